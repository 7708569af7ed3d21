"""What advisors, staff and applicants do on a dossier's advice.

Each action checks who may do it (``advice.access``), then works in one transaction:
the change, its timeline event and its notifications land together or not at all.
"""

import logging

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from advice.access import DossierAccess
from advice.models import (
    AdvisorProfile,
    AdvisorRole,
    DossierAdvisor,
    Message,
    Notification,
    NotificationKind,
    ProfileStatus,
    Recommendation,
    RecommendationAnswer,
    RecommendationStatus,
)
from dossiers.access import is_moderator
from dossiers.actions import record
from dossiers.models import DossierStatus, EventKind
from portals.roles.models import Role
from portals.roles.services import grant_role, revoke_role

logger = logging.getLogger(__name__)


class AdviceError(Exception):
    """The action is not allowed now; the message says why, for the person."""


def _require(allowed, message):
    if not allowed:
        raise AdviceError(message)


# Notifications --------------------------------------------------------------------


def audience(dossier, *, private=False):
    """Everyone who follows the dossier: its team (unless private) and its advisors."""
    users = set(dossier.advisors.values_list("user_id", flat=True))
    if not private:
        users |= set(dossier.members.values_list("user_id", flat=True))
    return users


def notify(
    dossier, kind, text, *, actor=None, private=False, recipients=None, url=None
):
    """In-app notifications; emails go out in the daily digest."""
    user_ids = (
        audience(dossier, private=private) if recipients is None else set(recipients)
    )
    if actor is not None:
        user_ids.discard(actor.pk)
    Notification.objects.bulk_create(
        Notification(
            recipient_id=user_id,
            dossier=dossier,
            kind=kind,
            text=text[:300],
            url=url or dossier.get_absolute_url(),
            is_private=private,
        )
        for user_id in sorted(user_ids)
    )


# Advisor profiles -----------------------------------------------------------------


def request_advisor_profile(
    user,
    *,
    organisation,
    job_title="",
    is_national=False,
    departments=(),
    motivation="",
):
    with transaction.atomic():
        profile, _created = AdvisorProfile.objects.update_or_create(
            user=user,
            defaults={
                "organisation": organisation,
                "job_title": job_title,
                "is_national": is_national,
                "motivation": motivation,
                "status": ProfileStatus.PENDING,
                "requested_at": timezone.now(),
                "decided_at": None,
                "decided_by": None,
                "refusal_reason": "",
            },
        )
        profile.departments.set(departments)
    logger.info("advisor profile requested user=%s", user.pk)
    return profile


def decide_advisor_profile(staff_user, profile, *, accept, reason=""):
    _require(
        is_moderator(staff_user),
        _("Seule l’équipe d’animation décide des conseillers."),
    )
    _require(accept or reason.strip(), _("Indiquez le motif du refus."))
    with transaction.atomic():
        profile.status = ProfileStatus.ACCEPTED if accept else ProfileStatus.REFUSED
        profile.decided_at = timezone.now()
        profile.decided_by = staff_user
        profile.refusal_reason = "" if accept else reason.strip()
        profile.save()
        if accept:
            grant_role(profile.user, Role.ADVISOR)
        else:
            revoke_role(profile.user, Role.ADVISOR)
            _remove_from_all_dossiers(profile.user, staff_user)
    logger.info(
        "advisor profile %s user=%s by=%s",
        "accepted" if accept else "refused",
        profile.user_id,
        staff_user.pk,
    )
    return profile


def _remove_from_all_dossiers(user, actor):
    """A refused (or withdrawn) advisor no longer follows any dossier."""
    for link in DossierAdvisor.objects.filter(user=user).select_related("dossier"):
        link.delete()
        record(
            link.dossier,
            EventKind.ADVISOR_LEFT,
            actor,
            message=user.get_full_name() or user.email,
        )


# Joining and leaving --------------------------------------------------------------


def join_dossier(user, dossier, role=AdvisorRole.ADVISOR):
    access = DossierAccess(user, dossier)
    _require(
        access.can_join,
        _("Ce dossier n’est pas dans votre territoire ou vous l’avez déjà rejoint."),
    )
    return _add_advisor(dossier, user, role, actor=user)


def add_advisor(staff_user, dossier, user, role=AdvisorRole.ADVISOR):
    access = DossierAccess(staff_user, dossier)
    _require(
        access.can_manage_advisors, _("Seule l’équipe d’animation peut faire cela.")
    )
    _require(
        DossierAccess(user, dossier).profile is not None,
        _("Cette personne n’est pas conseillère de ce portail."),
    )
    _require(
        access.is_advisable,
        _("Ce dossier n’a pas encore été accepté : il ne peut pas être suivi."),
    )
    return _add_advisor(dossier, user, role, actor=staff_user)


def _add_advisor(dossier, user, role, *, actor):
    with transaction.atomic():
        link, created = DossierAdvisor.objects.get_or_create(
            dossier=dossier, user=user, defaults={"role": role, "added_by": actor}
        )
        if not created:
            raise AdviceError(_("Cette personne suit déjà le dossier."))
        if role == AdvisorRole.ADVISOR and dossier.status == DossierStatus.TO_ADVISE:
            # An advisor took it up: the dossier is now in progress.
            dossier.status = DossierStatus.IN_PROGRESS
            dossier.save(update_fields=["status", "updated_at"])
            record(
                dossier,
                EventKind.STATUS_CHANGED,
                actor,
                from_status=DossierStatus.TO_ADVISE,
            )
        label = AdvisorRole(role).label
        record(
            dossier,
            EventKind.ADVISOR_JOINED,
            actor,
            message=f"{user.get_full_name() or user.email} ({label})",
        )
        notify(
            dossier,
            NotificationKind.ADVISOR_JOINED,
            _("%(name)s suit désormais le dossier « %(project)s » (%(role)s).")
            % {
                "name": user.get_full_name() or user.email,
                "project": dossier.project_name,
                "role": label,
            },
            # Whoever did it is not told; an advisor added by staff is.
            actor=actor,
        )
    logger.info(
        "advisor joined dossier=%s user=%s role=%s by=%s",
        dossier.pk,
        user.pk,
        role,
        actor.pk,
    )
    return link


def leave_dossier(user, dossier, *, removed_by=None):
    actor = removed_by or user
    if removed_by is not None:
        _require(
            DossierAccess(removed_by, dossier).can_manage_advisors,
            _("Seule l’équipe d’animation peut faire cela."),
        )
    with transaction.atomic():
        deleted, _count = DossierAdvisor.objects.filter(
            dossier=dossier, user=user
        ).delete()
        _require(deleted, _("Cette personne ne suit pas le dossier."))
        record(
            dossier,
            EventKind.ADVISOR_LEFT,
            actor,
            message=user.get_full_name() or user.email,
        )
    logger.info("advisor left dossier=%s user=%s by=%s", dossier.pk, user.pk, actor.pk)


# Recommendations ------------------------------------------------------------------


def save_recommendation(user, dossier, recommendation=None, **fields):
    """Create or edit a recommendation; it stays a draft until published."""
    from resources.models import validate_referenceable_sheet

    access = DossierAccess(user, dossier)
    _require(access.can_recommend, _("Seuls les conseillers du dossier recommandent."))
    if fields.get("sheet") is not None:
        validate_referenceable_sheet(fields["sheet"])
    with transaction.atomic():
        if recommendation is None:
            last = dossier.recommendations.aggregate(last=Max("position"))["last"]
            recommendation = Recommendation(
                dossier=dossier, author=user, position=(last or 0) + 1
            )
        for name, value in fields.items():
            setattr(recommendation, name, value)
        recommendation.save()
    return recommendation


def publish_recommendation(user, recommendation):
    from resources.models import validate_referenceable_sheet

    dossier = recommendation.dossier
    _require(
        DossierAccess(user, dossier).can_recommend,
        _("Seuls les conseillers du dossier recommandent."),
    )
    _require(
        not recommendation.is_published, _("Cette recommandation est déjà publiée.")
    )
    if recommendation.sheet_id:
        validate_referenceable_sheet(recommendation.sheet)
    with transaction.atomic():
        recommendation.status = RecommendationStatus.PUBLISHED
        recommendation.published_at = timezone.now()
        recommendation.save(update_fields=["status", "published_at"])
        Message.objects.create(
            dossier=dossier,
            author=user,
            recommendation=recommendation,
            body=_("Nouvelle recommandation : **%(title)s**")
            % {"title": recommendation.title},
        )
        record(
            dossier,
            EventKind.RECOMMENDATION_PUBLISHED,
            user,
            message=recommendation.title,
        )
        notify(
            dossier,
            NotificationKind.RECOMMENDATION,
            _("Nouvelle recommandation sur « %(project)s » : %(title)s")
            % {"project": dossier.project_name, "title": recommendation.title},
            actor=user,
            url=f"{dossier.get_absolute_url()}#recommandation-{recommendation.pk}",
        )
    logger.info(
        "recommendation published id=%s dossier=%s by=%s",
        recommendation.pk,
        dossier.pk,
        user.pk,
    )
    return recommendation


def reorder_recommendations(user, dossier, ordered_ids):
    _require(
        DossierAccess(user, dossier).can_recommend,
        _("Seuls les conseillers du dossier recommandent."),
    )
    known = set(dossier.recommendations.values_list("pk", flat=True))
    _require(
        set(ordered_ids) == known and len(ordered_ids) == len(known),
        _("L’ordre envoyé ne correspond pas aux recommandations du dossier."),
    )
    with transaction.atomic():
        for position, pk in enumerate(ordered_ids, start=1):
            Recommendation.objects.filter(pk=pk, dossier=dossier).update(
                position=position
            )


def move_recommendation(user, recommendation, offset):
    """Move one recommendation up (-1) or down (+1) in its dossier's order."""
    ids = list(recommendation.dossier.recommendations.values_list("pk", flat=True))
    index = ids.index(recommendation.pk)
    target = index + offset
    if 0 <= target < len(ids):
        ids[index], ids[target] = ids[target], ids[index]
    reorder_recommendations(user, recommendation.dossier, ids)


def answer_recommendation(user, recommendation, *, status, comment=""):
    dossier = recommendation.dossier
    _require(recommendation.is_published, _("Cette recommandation n’est pas publiée."))
    _require(
        DossierAccess(user, dossier).can_answer,
        _("Seule l’équipe du demandeur répond aux recommandations."),
    )
    with transaction.atomic():
        answer = RecommendationAnswer.objects.create(
            recommendation=recommendation,
            author=user,
            status=status,
            comment=comment.strip(),
        )
        recommendation.answer_status = status
        recommendation.answered_at = answer.created_at
        recommendation.save(update_fields=["answer_status", "answered_at"])
        label = answer.get_status_display()
        record(
            dossier,
            EventKind.ANSWER_GIVEN,
            user,
            message=f"{recommendation.title} : {label}",
        )
        notify(
            dossier,
            NotificationKind.ANSWER,
            _("« %(title)s » : %(status)s")
            % {"title": recommendation.title, "status": label},
            actor=user,
            url=f"{dossier.get_absolute_url()}#recommandation-{recommendation.pk}",
        )
    logger.info(
        "recommendation answered id=%s status=%s by=%s",
        recommendation.pk,
        status,
        user.pk,
    )
    return answer


def mark_recommendations_seen(user, dossier):
    """The applicant's team opened the dossier: its published advice has been seen."""
    if DossierAccess(user, dossier).is_team:
        dossier.recommendations.filter(
            status=RecommendationStatus.PUBLISHED, first_seen_at__isnull=True
        ).update(first_seen_at=timezone.now())


# Conversation ---------------------------------------------------------------------


def post_message(user, dossier, body, *, private=False, attachments=()):
    access = DossierAccess(user, dossier)
    _require(access.can_post_message, _("Vous ne participez pas à ce dossier."))
    _require(
        not private or access.can_see_private_notes,
        _("Seuls les conseillers et l’équipe d’animation écrivent des notes privées."),
    )
    _require(body.strip(), _("Le message est vide."))
    from advice.models import MessageAttachment

    with transaction.atomic():
        message = Message.objects.create(
            dossier=dossier, author=user, body=body.strip(), is_private=private
        )
        for attachment in attachments:
            attachment.dossier = dossier
            attachment.save()
            MessageAttachment.objects.create(message=message, attachment=attachment)
        notify(
            dossier,
            NotificationKind.MESSAGE,
            (
                _("Note privée sur « %(project)s »")
                if private
                else _("Nouveau message sur « %(project)s »")
            )
            % {"project": dossier.project_name},
            actor=user,
            private=private,
            url=f"{dossier.get_absolute_url()}#message-{message.pk}",
        )
    logger.info(
        "message posted dossier=%s private=%s by=%s", dossier.pk, private, user.pk
    )
    return message
