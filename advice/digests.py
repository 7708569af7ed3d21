"""Daily digests and reminders, through the portal-aware task queue.

``enqueue_due_emails`` claims what is due (marks it) and enqueues the tasks in one
transaction, so running it twice sends nothing twice. Each task checks again, at send
time, that the person may still see each dossier: nothing reaches someone who may not.
"""

import datetime
import logging
from itertools import groupby

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from advice.access import DossierAccess
from advice.models import (
    AdviceSettings,
    Notification,
    Recommendation,
    RecommendationStatus,
)
from portals.models import current_portal
from portals.setup import send_portal_email
from portals.tasks import portal_task

logger = logging.getLogger(__name__)


def enqueue_due_emails(now=None):
    """In the current portal: claim due digests and reminders, enqueue their emails."""
    now = now or timezone.now()
    with transaction.atomic():
        digests = _claim_digests(now)
        reminders = _claim_reminders(now)
    return digests, reminders


def _claim_digests(now):
    pending = (
        Notification.objects.select_for_update(skip_locked=True)
        .filter(digested_at__isnull=True, created_at__lte=now)
        .order_by("recipient_id", "pk")
    )
    by_person = {}
    for recipient_id, group in groupby(pending, key=lambda n: n.recipient_id):
        by_person[recipient_id] = [n.pk for n in group]
    Notification.objects.filter(
        pk__in=[pk for ids in by_person.values() for pk in ids]
    ).update(digested_at=now)
    for recipient_id, ids in by_person.items():
        send_digest.enqueue(recipient_id, ids)
    return len(by_person)


def _claim_reminders(now):
    from wagtail.models import Site

    delay = AdviceSettings.for_site(Site.objects.get(is_default_site=True))
    due_before = now - datetime.timedelta(days=delay.reminder_delay_days)
    due = list(
        Recommendation.objects.select_for_update(skip_locked=True)
        .filter(
            status=RecommendationStatus.PUBLISHED,
            published_at__lte=due_before,
            answer_status="",
            reminded_at__isnull=True,
        )
        .values_list("pk", flat=True)
    )
    Recommendation.objects.filter(pk__in=due).update(reminded_at=now)
    for pk in due:
        send_reminder.enqueue(pk)
    return len(due)


@portal_task
def send_digest(recipient_id, notification_ids):
    user = get_user_model().objects.filter(pk=recipient_id, is_active=True).first()
    if user is None:
        return 0
    notifications = [
        n
        for n in Notification.objects.filter(pk__in=notification_ids, recipient=user)
        .select_related("dossier__commune")
        .order_by("dossier_id", "created_at")
        if _may_see(user, n)
    ]
    if not notifications:
        return 0
    portal = current_portal()
    base = portal.base_url()
    dossiers = [
        {
            "dossier": dossier,
            "url": base + dossier.get_absolute_url(),
            "items": [(n, base + n.url) for n in items],
        }
        for dossier, items in groupby(notifications, key=lambda n: n.dossier)
    ]
    send_portal_email(
        portal,
        subject=_("[%(portal)s] Ce qui s’est passé dans vos dossiers")
        % {"portal": portal.name},
        template="advice/emails/digest",
        context={
            "user": user,
            "dossiers": dossiers,
            "notifications_url": base + "/notifications/",
        },
        to=[user.email],
    )
    logger.info("digest sent user=%s items=%s", user.pk, len(notifications))
    return len(notifications)


def _may_see(user, notification):
    access = DossierAccess(user, notification.dossier)
    if notification.is_private:
        return access.can_see_private_notes
    return access.can_follow_conversation


@portal_task
def send_reminder(recommendation_id):
    recommendation = (
        Recommendation.objects.select_related("dossier")
        .filter(pk=recommendation_id, answer_status="")
        .first()
    )
    if recommendation is None:
        return 0
    dossier = recommendation.dossier
    portal = current_portal()
    team = get_user_model().objects.filter(
        pk__in=dossier.members.values("user_id"), is_active=True
    )
    for user in team:
        send_portal_email(
            portal,
            subject=_("[%(portal)s] Une recommandation attend votre réponse")
            % {"portal": portal.name},
            template="advice/emails/reminder",
            context={
                "user": user,
                "dossier": dossier,
                "recommendation": recommendation,
                "link": portal.base_url()
                + f"{dossier.get_absolute_url()}#recommandation-{recommendation.pk}",
            },
            to=[user.email],
        )
    logger.info("reminder sent recommendation=%s to=%s", recommendation.pk, len(team))
    return len(team)
