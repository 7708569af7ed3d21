from django.conf import settings
from django.core.management.base import BaseCommand

from portals.provisioning import replenish_spares
from portals.setup import ensure_platform, ensure_template


class Command(BaseCommand):
    help = "Register the platform's domain and create the portal template (idempotent)."

    def handle(self, *args, **options):
        ensure_platform()
        template = ensure_template()
        replenish_spares()
        self.stdout.write(
            self.style.SUCCESS(
                f"Platform served at {settings.PLATFORM_DOMAIN}; "
                f"template schema {template.schema_name} ready."
            )
        )
