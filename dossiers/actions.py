"""Operations on dossiers: each checks who may do it, then does all of it or nothing.

Views, the admin and tests call these; none writes dossier rows itself. An action's
``check()`` raises ``DossierActionError`` with a message for the person; ``execute()``
runs in one transaction with the dossier row locked, so two moderators clicking at
once make one decision, and the emails are queued in the same transaction.
"""

import logging

from django.core import signing
from django.db import IntegrityError, connection, transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from dossiers import access
from dossiers.emails import notify
from dossiers.models import (
    ACTIVE_STATUSES,
    Dossier,
    DossierEvent,
    DossierMember,
    DossierStatus,
    EventKind,
    MemberRole,
)

logger = logging.getLogger(__name__)

CONFIRMATION_SALT = "dossiers.confirm-address"
CONFIRMATION_MAX_AGE = 7 * 24 * 3600


class DossierActionError(Exception):
    """The action is not allowed now; the message says why, for the person."""


def team_addresses(dossier):
    return list(dossier.members.values_list("user__email", flat=True))


def record(dossier, kind, actor=None, *, from_status="", message=""):
    return DossierEvent.objects.create(
        dossier=dossier,
        kind=kind,
        actor=actor if actor and actor.is_authenticated else None,
        from_status=from_status,
        to_status=dossier.status if from_status else "",
        message=message,
    )


# Submission and confirmation of the address ---------------------------------------


def submit_dossier(fields, *, user, attachments=(), extra_answers=()):
    """Create the dossier of a submission form, once per ``submission_key``.

    Returns ``(dossier, created)``. A logged-in person's dossier goes to moderation
    at once; a visitor's waits as a draft until the address is confirmed.
    """
    key = fields["submission_key"]
    existing = Dossier.objects.filter(submission_key=key).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            dossier = _create(fields, user, attachments, extra_answers)
    except IntegrityError:
        # The same form posted twice at the same moment: the other request won.
        existing = Dossier.objects.filter(submission_key=key).first()
        if existing is None:
            raise
        return existing, False
    return dossier, True


def _create(fields, user, attachments, extra_answers):
    logged_in = user is not None and user.is_authenticated
    dossier = Dossier.objects.create(
        **fields,
        extra_answers=list(extra_answers),
        owner=user if logged_in else None,
        status=DossierStatus.DRAFT,
    )
    for attachment in attachments:
        attachment.dossier = dossier
        attachment.holder_key = ""
        attachment.uploaded_by = user if logged_in else None
        if attachment.pk is None:
            attachment.save()
        else:
            attachment.save(update_fields=["dossier", "holder_key", "uploaded_by"])

    if logged_in:
        DossierMember.objects.create(dossier=dossier, user=user, role=MemberRole.OWNER)
        _send_to_moderation(dossier, user)
    else:
        record(dossier, EventKind.CREATED)
        _ask_confirmation(dossier)
    logger.info(
        "dossier created id=%s by=%s status=%s",
        dossier.pk,
        user.pk if logged_in else "visitor",
        dossier.status,
    )
    return dossier


def _send_to_moderation(dossier, user):
    previous = dossier.status
    dossier.status = DossierStatus.TO_MODERATE
    dossier.submitted_at = timezone.now()
    dossier.save(update_fields=["status", "submitted_at", "updated_at"])
    record(dossier, EventKind.SUBMITTED, user, from_status=previous)
    notify("submitted", dossier, team_addresses(dossier))
    notify("new_dossier", dossier, access.moderators().values_list("email", flat=True))


def confirmation_token(dossier):
    return signing.dumps(
        {
            "schema": connection.schema_name,
            "dossier": dossier.pk,
            "email": dossier.contact_email.lower(),
        },
        salt=CONFIRMATION_SALT,
    )


def dossier_for_confirmation(token):
    """The dossier a confirmation link names; None if the link has expired.

    A link that was tampered with, or names a dossier of another portal, is a 404.
    """
    try:
        data = signing.loads(
            token, salt=CONFIRMATION_SALT, max_age=CONFIRMATION_MAX_AGE
        )
    except signing.SignatureExpired:
        return None
    except signing.BadSignature as error:
        raise Http404 from error
    if data.get("schema") != connection.schema_name:
        raise Http404
    dossier = (
        Dossier.objects.filter(
            pk=data.get("dossier"), contact_email__iexact=data.get("email")
        )
        .select_related("commune")
        .first()
    )
    if dossier is None:
        raise Http404
    return dossier


def _ask_confirmation(dossier):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    account = get_user_model().objects.find_by_email(dossier.contact_email)
    path = reverse("dossiers:confirm", args=[confirmation_token(dossier)])
    notify(
        "confirm_address",
        dossier,
        [dossier.contact_email],
        path=path,
        needs_password=account is None or not account.has_usable_password(),
    )


def confirm_dossier(dossier, user):
    """The applicant proved the address: attach the dossier and send it on."""
    with transaction.atomic():
        dossier = Dossier.objects.select_for_update().get(pk=dossier.pk)
        if dossier.status != DossierStatus.DRAFT:
            return dossier
        if user.email.lower() != dossier.contact_email.lower():
            raise DossierActionError(
                _("Cette demande doit être confirmée par le compte %(email)s.")
                % {"email": dossier.contact_email}
            )
        dossier.owner = user
        dossier.save(update_fields=["owner", "updated_at"])
        DossierMember.objects.get_or_create(
            dossier=dossier, user=user, defaults={"role": MemberRole.OWNER}
        )
        _send_to_moderation(dossier, user)
    logger.info("dossier confirmed id=%s by=%s", dossier.pk, user.pk)
    return dossier


# Moderation and statuses ----------------------------------------------------------


class DossierAction:
    """Check, then execute on the locked dossier row, in one transaction."""

    allowed_from = ()
    message_required = False

    def __init__(self, dossier, user, message=""):
        self.dossier = dossier
        self.user = user
        self.message = (message or "").strip()

    def check_permission(self):
        if not access.is_moderator(self.user):
            raise DossierActionError(
                _("Seule l’équipe d’animation du portail peut faire cela.")
            )

    def check(self):
        self.check_permission()
        if self.allowed_from and self.dossier.status not in self.allowed_from:
            raise DossierActionError(
                _("Impossible : le dossier est au statut « %(status)s ».")
                % {"status": self.dossier.get_status_display()}
            )
        if self.message_required and not self.message:
            raise DossierActionError(_("Ce message est obligatoire."))

    def execute(self):
        with transaction.atomic():
            self.dossier = Dossier.objects.select_for_update().get(pk=self.dossier.pk)
            self.check()
            previous = self.dossier.status
            self.apply()
            self.dossier.save()
            record(
                self.dossier,
                self.event_kind,
                self.user,
                from_status=previous if previous != self.dossier.status else "",
                message=self.message,
            )
            self.after()
        logger.info(
            "dossier %s id=%s by=%s", self.event_kind, self.dossier.pk, self.user.pk
        )
        return self.dossier

    def apply(self):
        pass

    def after(self):
        notify(
            self.event_kind,
            self.dossier,
            team_addresses(self.dossier),
            message=self.message,
        )


class AcceptDossier(DossierAction):
    event_kind = EventKind.ACCEPTED
    allowed_from = (DossierStatus.TO_MODERATE,)

    def apply(self):
        self.dossier.status = DossierStatus.TO_ADVISE


class RefuseDossier(DossierAction):
    event_kind = EventKind.REFUSED
    allowed_from = (DossierStatus.TO_MODERATE,)
    message_required = True

    def apply(self):
        self.dossier.status = DossierStatus.REFUSED


class RequestInformation(DossierAction):
    event_kind = EventKind.INFO_REQUESTED
    allowed_from = (DossierStatus.TO_MODERATE,)
    message_required = True


class ProvideInformation(DossierAction):
    """The applicant's team answers a request for information."""

    event_kind = EventKind.INFO_PROVIDED
    allowed_from = (DossierStatus.TO_MODERATE,)
    message_required = True

    def check_permission(self):
        if not access.is_member(self.user, self.dossier):
            raise DossierActionError(_("Seule l’équipe du dossier peut répondre."))

    def after(self):
        notify(
            self.event_kind,
            self.dossier,
            access.moderators().values_list("email", flat=True),
            message=self.message,
        )


# Statuses staff may set by hand once a dossier is accepted.
SETTABLE_STATUSES = (*ACTIVE_STATUSES, DossierStatus.DONE)


class ChangeStatus(DossierAction):
    event_kind = EventKind.STATUS_CHANGED
    allowed_from = SETTABLE_STATUSES

    def __init__(self, dossier, user, status, message=""):
        super().__init__(dossier, user, message)
        self.status = status

    def check(self):
        super().check()
        if self.status not in SETTABLE_STATUSES or self.status == self.dossier.status:
            raise DossierActionError(_("Choisissez un autre statut."))

    def apply(self):
        self.dossier.status = self.status


class PauseDossier(DossierAction):
    """The team or the staff pause a dossier; resuming returns to where it was."""

    event_kind = EventKind.PAUSED
    allowed_from = ACTIVE_STATUSES

    def check_permission(self):
        if not (
            access.is_member(self.user, self.dossier) or access.is_moderator(self.user)
        ):
            raise DossierActionError(_("Vous ne pouvez pas modifier ce dossier."))

    def apply(self):
        self.dossier.paused_from = self.dossier.status
        self.dossier.status = DossierStatus.PAUSED

    def after(self):
        pass


class ResumeDossier(PauseDossier):
    event_kind = EventKind.RESUMED
    allowed_from = (DossierStatus.PAUSED,)

    def apply(self):
        self.dossier.status = self.dossier.paused_from or DossierStatus.TO_ADVISE
        self.dossier.paused_from = ""


MODERATION_ACTIONS = {
    "accept": AcceptDossier,
    "refuse": RefuseDossier,
    "request_information": RequestInformation,
}
