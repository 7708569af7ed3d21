"""Let the portal's admins and staff configure the form and the survey in /cms/.

Role groups get their permissions when a schema is set up; permissions of a model
added later exist only after ``post_migrate``, so they are created here first.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONFIGURED_MODELS = ("extraquestion", "surveysection", "surveyquestion")
ROLES = ("admin", "staff")


def grant(apps, schema_editor):
    app_config = apps.get_app_config("dossiers")
    app_config.models_module = True  # create_permissions skips apps without models
    create_permissions(app_config, verbosity=0, apps=apps)
    Permission = apps.get_model("auth", "Permission")
    PortalRole = apps.get_model("roles", "PortalRole")
    permissions = list(
        Permission.objects.filter(
            content_type__app_label="dossiers",
            content_type__model__in=CONFIGURED_MODELS,
        )
    )
    for portal_role in PortalRole.objects.filter(code__in=ROLES).select_related(
        "group"
    ):
        portal_role.group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("dossiers", "0001_initial"),
        ("roles", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
