"""Moderation by portal staff, statuses and the timeline."""

from django.core import mail

from dossiers.models import DossierStatus, EventKind
from portals.roles.models import Role
from portals.tasks import run_queued_tasks
from tests.factories_dossiers import make_dossier, submission_data


def test_new_dossier_email_reaches_only_this_portals_staff_and_the_applicant(
    portal_a, portal_b, client_for, make_user
):
    make_user("staff-a@portail.test", roles=[(portal_a, Role.STAFF)])
    make_user("admin-a@portail.test", roles=[(portal_a, Role.ADMIN)])
    make_user("editor-a@portail.test", roles=[(portal_a, Role.EDITOR)])
    make_user("staff-b@portail.test", roles=[(portal_b, Role.STAFF)])
    applicant = make_user("maire@commune.test")

    client_for(portal_a, applicant).post("/deposer-une-demande/", submission_data())
    run_queued_tasks()

    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == [
        "admin-a@portail.test",
        "maire@commune.test",
        "staff-a@portail.test",
    ]
    assert all(message.from_email.startswith("Alpha <") for message in mail.outbox)
    assert all("http://alpha.test/dossiers/" in message.body for message in mail.outbox)


def test_staff_accepts_and_the_decision_is_recorded_and_emailed(
    portal_a, client_for, make_user
):
    staff = make_user("staff@portail.test", roles=[(portal_a, Role.STAFF)])
    applicant = make_user("maire@commune.test")
    dossier = make_dossier(portal_a, applicant)

    queue = client_for(portal_a, staff).get("/moderation/")
    assert list(queue.context["to_moderate"]) == [dossier]
    response = client_for(portal_a, staff).post(
        f"/dossiers/{dossier.pk}/moderer/", {"decision": "accept"}
    )
    run_queued_tasks()

    assert response.status_code == 302
    with portal_a:
        dossier.refresh_from_db()
        event = dossier.events.get(kind=EventKind.ACCEPTED)
    assert dossier.status == DossierStatus.TO_ADVISE
    assert (event.actor, event.from_status, event.to_status) == (
        staff,
        DossierStatus.TO_MODERATE,
        DossierStatus.TO_ADVISE,
    )
    [message] = mail.outbox
    assert message.to == ["maire@commune.test"]
    assert "acceptée" in message.subject


def test_refusal_needs_a_reason_shown_on_the_message_field(
    portal_a, client_for, make_user
):
    staff = make_user("staff@portail.test", roles=[(portal_a, Role.STAFF)])
    dossier = make_dossier(portal_a, make_user("maire@commune.test"))
    client = client_for(portal_a, staff)

    response = client.post(f"/dossiers/{dossier.pk}/moderer/", {"decision": "refuse"})
    assert response.status_code == 400
    assert list(response.context["moderation_form"].errors) == ["message"]

    client.post(
        f"/dossiers/{dossier.pk}/moderer/",
        {"decision": "refuse", "message": "Hors du champ du portail."},
    )
    run_queued_tasks()
    with portal_a:
        dossier.refresh_from_db()
        assert dossier.events.get(kind=EventKind.REFUSED).message == (
            "Hors du champ du portail."
        )
    assert dossier.status == DossierStatus.REFUSED
    assert "Hors du champ du portail." in mail.outbox[0].body


def test_request_for_information_and_the_applicants_reply(
    portal_a, client_for, make_user
):
    staff = make_user("staff@portail.test", roles=[(portal_a, Role.STAFF)])
    applicant = make_user("maire@commune.test")
    dossier = make_dossier(portal_a, applicant)

    client_for(portal_a, staff).post(
        f"/dossiers/{dossier.pk}/moderer/",
        {"decision": "request_information", "message": "Quelle surface ?"},
    )
    page = client_for(portal_a, applicant).get(f"/dossiers/{dossier.pk}/")
    assert "Quelle surface ?" in page.content.decode()
    client_for(portal_a, applicant).post(
        f"/dossiers/{dossier.pk}/repondre/", {"message": "Deux hectares."}
    )
    run_queued_tasks()

    with portal_a:
        kinds = list(dossier.events.values_list("kind", flat=True))
        dossier.refresh_from_db()
    assert kinds == [EventKind.INFO_REQUESTED, EventKind.INFO_PROVIDED]
    assert dossier.status == DossierStatus.TO_MODERATE
    assert [m.to for m in mail.outbox] == [
        ["maire@commune.test"],
        ["staff@portail.test"],
    ]


def test_only_staff_can_moderate(portal_a, client_for, make_user):
    applicant = make_user("maire@commune.test")
    advisor = make_user("conseil@portail.test", roles=[(portal_a, Role.ADVISOR)])
    dossier = make_dossier(portal_a, applicant)

    by_applicant = client_for(portal_a, applicant).post(
        f"/dossiers/{dossier.pk}/moderer/", {"decision": "accept"}
    )
    queue = client_for(portal_a, advisor).get("/moderation/")

    assert by_applicant.status_code == 403
    assert queue.status_code == 404
    with portal_a:
        dossier.refresh_from_db()
    assert dossier.status == DossierStatus.TO_MODERATE


def test_applicant_pauses_and_resumes_to_the_previous_status(
    portal_a, client_for, make_user
):
    applicant = make_user("maire@commune.test")
    dossier = make_dossier(portal_a, applicant, status=DossierStatus.IN_PROGRESS)
    client = client_for(portal_a, applicant)

    client.post(f"/dossiers/{dossier.pk}/pause/")
    with portal_a:
        dossier.refresh_from_db()
    assert dossier.status == DossierStatus.PAUSED
    client.post(f"/dossiers/{dossier.pk}/reprise/")

    with portal_a:
        dossier.refresh_from_db()
        kinds = list(dossier.events.values_list("kind", flat=True))
    assert dossier.status == DossierStatus.IN_PROGRESS
    assert kinds == [EventKind.PAUSED, EventKind.RESUMED]
    page = client.get(f"/dossiers/{dossier.pk}/").content.decode()
    assert "Dossier mis en pause" in page and "Dossier repris" in page


def test_staff_sets_a_status_and_it_shows_in_the_timeline(
    portal_a, client_for, make_user
):
    staff = make_user("staff@portail.test", roles=[(portal_a, Role.STAFF)])
    dossier = make_dossier(
        portal_a, make_user("maire@commune.test"), status=DossierStatus.TO_ADVISE
    )

    client_for(portal_a, staff).post(
        f"/dossiers/{dossier.pk}/statut/", {"status": "stuck", "message": "Foncier."}
    )

    with portal_a:
        dossier.refresh_from_db()
        event = dossier.events.get()
    assert dossier.status == DossierStatus.STUCK
    assert (event.kind, event.actor, event.message) == (
        EventKind.STATUS_CHANGED,
        staff,
        "Foncier.",
    )
