"""The portal registry, in the ``public`` schema: one row and one schema per portal."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_tenants.models import DomainMixin, TenantMixin

SLUG_PATTERN = re.compile(r"^[a-z][a-z0-9-]{1,38}[a-z0-9]$")
RESERVED_SLUGS = {"public", "www", "admin", "static", "media", "pg-catalog", "template"}


class OperatorKind(models.TextChoices):
    """Who runs the portal; only the State may use its design system."""

    STATE = "state", _("Service de l’État ou opérateur public")
    LOCAL_AUTHORITY = "local_authority", _("Collectivité territoriale")
    ASSOCIATION = "association", _("Association")
    UNIVERSITY = "university", _("Université ou établissement de recherche")


class Theme(models.TextChoices):
    DSFR = "dsfr", _("Système de design de l’État (DSFR)")
    NEUTRAL = "neutral", _("Neutre")


def schema_name_for(slug: str) -> str:
    return slug.replace("-", "_")


def validate_slug(slug: str) -> None:
    if not SLUG_PATTERN.match(slug or "") or "--" in slug:
        raise ValidationError(
            _(
                "L’identifiant doit faire 3 à 40 caractères : lettres minuscules sans "
                "accent, chiffres et tirets, en commençant par une lettre."
            ),
            code="invalid_slug",
        )
    if slug in RESERVED_SLUGS or slug.startswith("pg-"):
        raise ValidationError(
            _("L’identifiant « %(slug)s » est réservé."),
            code="reserved_slug",
            params={"slug": slug},
        )


def validate_theme(theme: str, operator_kind: str) -> None:
    if theme not in Theme.values:
        raise ValidationError(
            _("Thème inconnu « %(theme)s » : choisissez parmi %(choices)s."),
            code="unknown_theme",
            params={"theme": theme, "choices": ", ".join(Theme.values)},
        )
    if theme == Theme.DSFR and operator_kind != OperatorKind.STATE:
        raise ValidationError(
            _("Le thème DSFR est réservé aux portails opérés par l’État."),
            code="dsfr_not_allowed",
        )


class PortalQuerySet(models.QuerySet):
    def real(self):
        """Portals people use: neither the platform's own row nor the template."""
        from django_tenants.utils import get_public_schema_name

        return self.filter(is_template=False).exclude(
            schema_name=get_public_schema_name()
        )


class Portal(TenantMixin):
    """A thematic advisory portal. Its schema is cloned from the template's."""

    name = models.CharField(_("nom"), max_length=120)
    slug = models.SlugField(_("identifiant"), max_length=40, unique=True)
    theme = models.CharField(
        _("thème"), max_length=20, choices=Theme.choices, default=Theme.NEUTRAL
    )
    operator_kind = models.CharField(
        _("opérateur"),
        max_length=20,
        choices=OperatorKind.choices,
        default=OperatorKind.LOCAL_AUTHORITY,
    )
    description = models.TextField(_("présentation courte"), blank=True)
    is_template = models.BooleanField(default=False, editable=False)
    is_live = models.BooleanField(_("en ligne"), default=True)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)

    objects = PortalQuerySet.as_manager()

    # Provisioning creates and fills the schema itself (portals/provisioning.py).
    auto_create_schema = False
    auto_drop_schema = True

    class Meta:
        verbose_name = _("portail")
        verbose_name_plural = _("portails")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def primary_domain(self):
        return self.get_primary_domain()

    def base_url(self, port: int | None = None) -> str:
        domain = self.get_primary_domain()
        port = settings.PORTAL_URL_PORT if port is None else port
        scheme = settings.PORTAL_URL_SCHEME
        default_port = 443 if scheme == "https" else 80
        suffix = "" if port in (None, default_port) else f":{port}"
        return f"{scheme}://{domain.domain}{suffix}" if domain else ""


class Domain(DomainMixin):
    class Meta:
        verbose_name = _("domaine")
        verbose_name_plural = _("domaines")


def current_portal():
    """The portal whose schema the database connection is set to, if any."""
    from django.db import connection

    tenant = getattr(connection, "tenant", None)
    return tenant if isinstance(tenant, Portal) else None


def current_site_name() -> str:
    portal = current_portal()
    return portal.name if portal else settings.PLATFORM_NAME


def current_base_url() -> str:
    portal = current_portal()
    return portal.base_url() if portal else ""
