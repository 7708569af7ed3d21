"""Who holds which role in this portal. Migrated in every portal schema.

``Membership`` is the through table of ``User.groups``: a person's groups, and so
their Wagtail permissions, are rows of the portal's own schema. Each role of the
product is a group tagged by a ``PortalRole`` row, so renaming a group in the admin
does not lose its meaning.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMIN = "admin", _("Administrateur du portail")
    STAFF = "staff", _("Équipe d’animation")
    EDITOR = "editor", _("Éditeur")
    ADVISOR = "advisor", _("Conseiller")


class PortalRole(models.Model):
    code = models.CharField(max_length=20, choices=Role.choices, unique=True)
    group = models.OneToOneField(
        Group, on_delete=models.CASCADE, related_name="portal_role"
    )

    class Meta:
        verbose_name = _("rôle")
        verbose_name_plural = _("rôles")

    def __str__(self):
        return self.get_code_display()


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    group = models.ForeignKey(
        Group, on_delete=models.CASCADE, related_name="memberships"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("appartenance")
        verbose_name_plural = _("appartenances")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "group"], name="roles_unique_membership"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.group}"


class UserPermission(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    permission = models.ForeignKey(Permission, on_delete=models.CASCADE)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "permission"], name="roles_unique_user_permission"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.permission}"
