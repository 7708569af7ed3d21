from django.core.management.base import BaseCommand, CommandError

from portals.provisioning import DeletePortal, ProvisioningError


class Command(BaseCommand):
    help = "Delete a portal: its schema (every page, dossier and role), domains, media."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument(
            "--yes", action="store_true", help="confirm: this cannot be undone"
        )

    def handle(self, *args, **options):
        if not options["yes"]:
            raise CommandError(
                f"Deleting {options['slug']} destroys all its data: add --yes."
            )
        try:
            DeletePortal(options["slug"]).execute()
        except ProvisioningError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(self.style.SUCCESS(f"Portal {options['slug']} deleted."))
