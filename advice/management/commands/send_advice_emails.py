"""For cron, once a day: queue every portal's digests and reminders.

Safe to run twice: what is queued is marked in the same transaction.
"""

from django.core.management.base import BaseCommand

from advice.digests import enqueue_due_emails
from portals.models import Portal


class Command(BaseCommand):
    help = "Queue the daily digests and the reminders of every live portal."

    def handle(self, *args, **options):
        for portal in Portal.objects.real().filter(is_live=True):
            with portal:
                digests, reminders = enqueue_due_emails()
            self.stdout.write(
                f"{portal.slug}: {digests} digest(s), {reminders} reminder(s) queued"
            )
