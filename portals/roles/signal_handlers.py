from django.apps import apps
from django.conf import settings
from django.db import connection
from django.db.models.signals import post_migrate
from django.dispatch import receiver
from django_tenants.utils import get_public_schema_name


def _last_app_with_models():
    return [config for config in apps.get_app_configs() if config.models_module][-1]


@receiver(post_migrate)
def complete_role_groups(sender, app_config, **kwargs):
    """After each portal migration, make sure the role groups have their rights.

    Runs on the signal of the last app, once every app's permissions exist.
    """
    if app_config is not _last_app_with_models():
        return
    if connection.schema_name == get_public_schema_name():
        return
    from portals.roles.services import ensure_review_workflow, ensure_role_groups

    ensure_role_groups()
    ensure_review_workflow()
    if connection.schema_name == settings.PORTAL_TEMPLATE_SCHEMA and kwargs.get("plan"):
        # New migrations reached the template: clones made before them are stale.
        from portals.provisioning import drop_spares

        drop_spares()
