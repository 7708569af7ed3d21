"""Reference geography of France, in the ``public`` schema, shared by every portal.

Codes are INSEE's (*code officiel géographique*). Regions and departments ship with
the migrations; communes are loaded from INSEE's and La Poste's files by the
``load_communes`` command (a sample of them ships with the migrations too).
"""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.utils.translation import gettext_lazy as _

from geo.text import fold


class Region(models.Model):
    code = models.CharField(_("code INSEE"), max_length=2, unique=True)
    name = models.CharField(_("nom"), max_length=100)

    class Meta:
        ordering = ["name"]
        verbose_name = _("région")
        verbose_name_plural = _("régions")

    def __str__(self):
        return self.name


class Department(models.Model):
    code = models.CharField(
        _("code INSEE"),
        max_length=3,
        unique=True,
        help_text=_("Par exemple 01, 2A, 971."),
    )
    name = models.CharField(_("nom"), max_length=100)
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        related_name="departments",
        verbose_name=_("région"),
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("département")
        verbose_name_plural = _("départements")

    def __str__(self):
        return f"{self.name} ({self.code})"


class Commune(models.Model):
    insee_code = models.CharField(_("code INSEE"), max_length=5, unique=True)
    name = models.CharField(_("nom"), max_length=100)
    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        related_name="communes",
        verbose_name=_("département"),
    )
    postal_codes = ArrayField(
        models.CharField(max_length=5),
        default=list,
        blank=True,
        verbose_name=_("codes postaux"),
    )
    # Kept in step with ``name`` by save() and by the loader (bulk writes skip save).
    search_name = models.CharField(
        _("nom pour la recherche"), max_length=100, editable=False
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        indexes = [
            GinIndex(fields=["postal_codes"], name="geo_commune_postal_codes"),
            # For ``LIKE 'prefix%'`` whatever the database's collation.
            models.Index(
                fields=["search_name"],
                name="geo_commune_search_name",
                opclasses=["varchar_pattern_ops"],
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.department.code})"

    def save(self, *args, **kwargs):
        self.search_name = fold(self.name)
        super().save(*args, **kwargs)
