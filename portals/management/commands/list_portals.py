from django.core.management.base import BaseCommand

from portals.models import Portal


class Command(BaseCommand):
    help = "List the portals: slug, schema, theme, domains, status."

    def handle(self, *args, **options):
        portals = Portal.objects.real().prefetch_related("domains")
        if not portals:
            self.stdout.write("No portal yet.")
            return
        for portal in portals:
            domains = ", ".join(domain.domain for domain in portal.domains.all())
            status = "live" if portal.is_live else "offline"
            self.stdout.write(
                f"{portal.slug}\t{portal.schema_name}\t{portal.theme}\t{domains}\t"
                f"{status}\t{portal.name}"
            )
