"""Inviting colleagues into a dossier's team: invite, resend, revoke, accept, refuse.

An invitation is bound to an email address. Accepting needs the account of that
address (any letter case): logging in to it, or creating it from the link, which
proves the address since the link was sent there.
"""

import logging
from datetime import timedelta

from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from accounts.models import normalise_email
from dossiers import access
from dossiers.actions import DossierActionError, record
from dossiers.emails import notify
from dossiers.models import (
    DossierMember,
    EventKind,
    Invitation,
    InvitationStatus,
    MemberRole,
    _invitation_token,
)

logger = logging.getLogger(__name__)

INVITATION_VALIDITY = timedelta(days=14)


def _check_team_member(user, dossier):
    if not access.is_member(user, dossier):
        raise DossierActionError(
            _("Seule l’équipe du dossier peut gérer les invitations.")
        )


def _send(invitation):
    notify(
        "invitation",
        invitation.dossier,
        [invitation.email],
        path=invitation.get_absolute_url(),
        inviter=str(invitation.invited_by or ""),
        expires=formats.date_format(timezone.localtime(invitation.expires_at), "j F Y"),
    )


def invite(dossier, user, email):
    _check_team_member(user, dossier)
    email = normalise_email(email)
    if dossier.members.filter(user__email__iexact=email).exists():
        raise DossierActionError(_("Cette personne fait déjà partie de l’équipe."))
    if dossier.invitations.filter(
        email__iexact=email, status=InvitationStatus.PENDING
    ).exists():
        raise DossierActionError(
            _("Cette personne est déjà invitée : vous pouvez renvoyer l’invitation.")
        )
    with transaction.atomic():
        now = timezone.now()
        invitation = Invitation.objects.create(
            dossier=dossier,
            email=email,
            invited_by=user,
            sent_at=now,
            expires_at=now + INVITATION_VALIDITY,
        )
        _send(invitation)
    logger.info(
        "invitation sent id=%s dossier=%s by=%s", invitation.pk, dossier.pk, user.pk
    )
    return invitation


def _locked_pending(invitation):
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.status != InvitationStatus.PENDING:
        raise DossierActionError(
            _("Cette invitation est déjà « %(status)s ».")
            % {"status": invitation.get_status_display().lower()}
        )
    return invitation


def resend(invitation, user):
    """Send again with a new link and a new validity; the old link stops working."""
    _check_team_member(user, invitation.dossier)
    with transaction.atomic():
        invitation = _locked_pending(invitation)
        now = timezone.now()
        invitation.token = _invitation_token()
        invitation.sent_at = now
        invitation.expires_at = now + INVITATION_VALIDITY
        invitation.save(update_fields=["token", "sent_at", "expires_at"])
        _send(invitation)
    logger.info("invitation resent id=%s by=%s", invitation.pk, user.pk)
    return invitation


def revoke(invitation, user):
    _check_team_member(user, invitation.dossier)
    with transaction.atomic():
        invitation = _locked_pending(invitation)
        invitation.status = InvitationStatus.REVOKED
        invitation.responded_at = timezone.now()
        invitation.save(update_fields=["status", "responded_at"])
    logger.info("invitation revoked id=%s by=%s", invitation.pk, user.pk)
    return invitation


def refuse(invitation):
    with transaction.atomic():
        invitation = _locked_pending(invitation)
        if invitation.is_expired:
            raise DossierActionError(_("Cette invitation a expiré."))
        invitation.status = InvitationStatus.REFUSED
        invitation.responded_at = timezone.now()
        invitation.save(update_fields=["status", "responded_at"])
    logger.info("invitation refused id=%s", invitation.pk)
    return invitation


def accept(invitation, user):
    if normalise_email(user.email) != normalise_email(invitation.email):
        raise DossierActionError(
            _("Cette invitation est destinée à %(email)s.")
            % {"email": invitation.email}
        )
    with transaction.atomic():
        invitation = _locked_pending(invitation)
        if invitation.is_expired:
            raise DossierActionError(_("Cette invitation a expiré."))
        invitation.status = InvitationStatus.ACCEPTED
        invitation.accepted_by = user
        invitation.responded_at = timezone.now()
        invitation.save(update_fields=["status", "accepted_by", "responded_at"])
        _member, joined = DossierMember.objects.get_or_create(
            dossier=invitation.dossier, user=user, defaults={"role": MemberRole.MEMBER}
        )
        if joined:
            record(invitation.dossier, EventKind.MEMBER_JOINED, user)
    logger.info("invitation accepted id=%s by=%s", invitation.pk, user.pk)
    return invitation
