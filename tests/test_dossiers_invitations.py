"""A dossier's team: invitations accepted, refused, resent, revoked, expired."""

import re
from datetime import timedelta

from django.core import mail
from django.utils import timezone

from dossiers.models import Invitation, InvitationStatus
from portals.tasks import run_queued_tasks
from tests.factories_dossiers import make_dossier


def invite(portal, client, dossier, email):
    client.post(f"/dossiers/{dossier.pk}/equipe/", {"email": email})
    run_queued_tasks()
    with portal:
        return Invitation.objects.get(dossier=dossier, email=email.lower())


def invitation_path(message):
    return re.search(r"http://alpha\.test(/invitations/\S+/)", message.body).group(1)


def test_invitee_without_account_signs_up_and_joins(portal_a, client_for, make_user):
    owner = make_user("maire@commune.test")
    dossier = make_dossier(portal_a, owner)
    invitation = invite(
        portal_a, client_for(portal_a, owner), dossier, "Adjoint@Commune.test"
    )
    [message] = mail.outbox
    assert message.to == ["adjoint@commune.test"]
    path = invitation_path(message)
    assert path == invitation.get_absolute_url()

    client = client_for(portal_a)
    client.post(
        path,
        {
            "answer": "accept",
            "first_name": "Paul",
            "last_name": "Adjoint",
            "password1": "un long secret 42",
            "password2": "un long secret 42",
        },
    )

    with portal_a:
        invitation.refresh_from_db()
        members = list(dossier.members.values_list("user__email", flat=True))
    assert invitation.status == InvitationStatus.ACCEPTED
    assert members == ["maire@commune.test", "adjoint@commune.test"]
    assert client.get("/mes-dossiers/").context["dossiers"][0] == dossier


def test_existing_account_logs_in_and_accepts(portal_a, client_for, make_user):
    owner = make_user("maire@commune.test")
    colleague = make_user("adjoint@commune.test")
    dossier = make_dossier(portal_a, owner)
    invitation = invite(
        portal_a, client_for(portal_a, owner), dossier, "ADJOINT@commune.test"
    )

    anonymous = client_for(portal_a).get(invitation.get_absolute_url())
    assert anonymous.context["mode"] == "login"
    client_for(portal_a, colleague).post(
        invitation.get_absolute_url(), {"answer": "accept"}
    )

    with portal_a:
        assert dossier.members.filter(user=colleague).exists()


def test_refused_invitation_link_says_so(portal_a, client_for, make_user):
    owner = make_user("maire@commune.test")
    dossier = make_dossier(portal_a, owner)
    invitation = invite(
        portal_a, client_for(portal_a, owner), dossier, "x@commune.test"
    )
    client = client_for(portal_a)

    client.post(invitation.get_absolute_url(), {"answer": "refuse"})
    again = client.get(invitation.get_absolute_url())

    assert again.status_code == 410
    assert "a été refusée" in again.content.decode()


def test_resend_gives_a_new_link_and_the_old_one_stops(portal_a, client_for, make_user):
    owner = make_user("maire@commune.test")
    dossier = make_dossier(portal_a, owner)
    client = client_for(portal_a, owner)
    invitation = invite(portal_a, client, dossier, "x@commune.test")
    old_path = invitation.get_absolute_url()

    client.post(f"/dossiers/{dossier.pk}/equipe/invitations/{invitation.pk}/renvoyer/")
    run_queued_tasks()

    assert len(mail.outbox) == 2
    new_path = invitation_path(mail.outbox[1])
    assert new_path != old_path
    assert client_for(portal_a).get(old_path).status_code == 404
    assert client_for(portal_a).get(new_path).status_code == 200


def test_revoked_invitation_link_says_so(portal_a, client_for, make_user):
    owner = make_user("maire@commune.test")
    dossier = make_dossier(portal_a, owner)
    client = client_for(portal_a, owner)
    invitation = invite(portal_a, client, dossier, "x@commune.test")

    client.post(f"/dossiers/{dossier.pk}/equipe/invitations/{invitation.pk}/annuler/")
    response = client_for(portal_a).get(invitation.get_absolute_url())

    assert response.status_code == 410
    assert "a été annulée" in response.content.decode()


def test_expired_invitation_link_says_so_and_cannot_be_accepted(
    portal_a, client_for, make_user
):
    owner = make_user("maire@commune.test")
    colleague = make_user("x@commune.test")
    dossier = make_dossier(portal_a, owner)
    invitation = invite(
        portal_a, client_for(portal_a, owner), dossier, "x@commune.test"
    )
    with portal_a:
        Invitation.objects.filter(pk=invitation.pk).update(
            expires_at=timezone.now() - timedelta(minutes=1)
        )

    client = client_for(portal_a, colleague)
    page = client.get(invitation.get_absolute_url())
    client.post(invitation.get_absolute_url(), {"answer": "accept"})

    assert page.status_code == 410
    assert "a expiré" in page.content.decode()
    with portal_a:
        assert not dossier.members.filter(user=colleague).exists()


def test_used_invitation_link_says_so(portal_a, client_for, make_user):
    owner = make_user("maire@commune.test")
    colleague = make_user("x@commune.test")
    dossier = make_dossier(portal_a, owner)
    invitation = invite(
        portal_a, client_for(portal_a, owner), dossier, "x@commune.test"
    )
    client = client_for(portal_a, colleague)
    client.post(invitation.get_absolute_url(), {"answer": "accept"})

    again = client.get(invitation.get_absolute_url())

    assert again.status_code == 410
    assert "déjà été acceptée" in again.content.decode()


def test_only_the_team_can_invite(portal_a, client_for, make_user):
    dossier = make_dossier(portal_a, make_user("maire@commune.test"))
    stranger = client_for(portal_a, make_user("x@ailleurs.test"))

    response = stranger.post(f"/dossiers/{dossier.pk}/equipe/", {"email": "y@a.test"})

    assert response.status_code == 404
    with portal_a:
        assert not Invitation.objects.exists()
