from django.core.management.base import BaseCommand, CommandError

from portals.models import Theme
from portals.provisioning import (
    PortalSpec,
    ProvisioningError,
    ProvisionPortal,
    replenish_spares,
)


class Command(BaseCommand):
    help = (
        "Create a portal: its schema cloned from the template, its domain, its admin."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="lower-case letters, digits and hyphens")
        parser.add_argument("--name", required=True)
        parser.add_argument("--domain", required=True, help="e.g. friches.localhost")
        parser.add_argument("--theme", default=Theme.NEUTRAL, help="dsfr or neutral")
        parser.add_argument(
            "--operator",
            default="",
            help="state, local_authority, association or university "
            "(default: state for dsfr, local_authority otherwise)",
        )
        parser.add_argument("--admin-email", default="")
        parser.add_argument("--description", default="")

    def handle(self, *args, **options):
        action = ProvisionPortal(
            PortalSpec(
                slug=options["slug"],
                name=options["name"],
                domain=options["domain"],
                theme=options["theme"],
                operator_kind=options["operator"],
                admin_email=options["admin_email"],
                description=options["description"],
            )
        )
        try:
            portal = action.execute()
        except ProvisioningError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Portal {portal.slug} created at {portal.base_url()}/ "
                f"in {action.duration:.2f} s"
                + (" (from a spare clone)" if action.used_spare else "")
            )
        )
        replenish_spares()
