from django.core.management.base import BaseCommand

from portals.demo import (
    DEMO_ADMIN_EMAIL,
    DEMO_ADVISOR_EMAIL,
    DEMO_APPLICANT_EMAIL,
    DEMO_PASSWORD,
    DEMO_POLICY_OWNER_EMAIL,
)
from portals.models import Portal


class Command(BaseCommand):
    help = "Print where the demo is served and how to log in."

    def handle(self, *args, **options):
        lines = [
            "",
            "Conseil commun is starting:",
            "  platform: http://localhost:8000/",
        ]
        for portal in Portal.objects.real().filter(is_live=True):
            lines.append(f"  {portal.name}: {portal.base_url()}/  (admin: /cms/)")
        lines += [
            "",
            f"Portal admin of every demo portal: {DEMO_ADMIN_EMAIL} / {DEMO_PASSWORD}",
            f"Advisor (dashboard at /conseil/): {DEMO_ADVISOR_EMAIL} / {DEMO_PASSWORD}",
            f"Applicant (dossiers at /mes-dossiers/): {DEMO_APPLICANT_EMAIL} / "
            f"{DEMO_PASSWORD}",
            f"Policy owner (platform admin at http://localhost:8000/admin/): "
            f"{DEMO_POLICY_OWNER_EMAIL} / {DEMO_PASSWORD}",
            "",
        ]
        self.stdout.write("\n".join(lines))
