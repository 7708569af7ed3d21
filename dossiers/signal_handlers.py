"""Portal admins and staff configure the submission form and the survey.

Role groups are created by ``portals.roles.services.ensure_role_groups`` when a
schema is set up; this adds the dossier configuration permissions to the admin and
staff groups as they are created. Migration 0002 does it for existing portals.
"""

from django.contrib.auth.models import Permission
from django.db.models.signals import post_save
from django.dispatch import receiver

from portals.roles.models import PortalRole, Role

CONFIGURED_MODELS = ("extraquestion", "surveysection", "surveyquestion")


def configuration_permissions():
    return Permission.objects.filter(
        content_type__app_label="dossiers", content_type__model__in=CONFIGURED_MODELS
    )


@receiver(post_save, sender=PortalRole)
def grant_configuration_permissions(sender, instance, created, raw=False, **kwargs):
    if raw or instance.code not in (Role.ADMIN, Role.STAFF):
        return
    instance.group.permissions.add(*configuration_permissions())
