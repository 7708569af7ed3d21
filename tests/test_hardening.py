"""Regressions of what a security review found: each was reproduced, then fixed."""

import pytest
from wagtail.models import Collection, CollectionViewRestriction

from advice import actions
from advice.models import DossierAdvisor, Notification
from portals.roles.models import Role
from resources.importing import ImportSheet
from resources.models import ResourceSheet
from tests.factories_advice import (
    accepted_dossier,
    make_advisor,
    make_recommendation,
    put_on_dossier,
)
from tests.factories_resources import make_document, make_sheet


@pytest.fixture
def admin_a(portal_a, make_user):
    return make_user("admin-a@portail.test", roles=[(portal_a, Role.ADMIN)])


@pytest.mark.parametrize("view", ["history", "usage"])
def test_user_pages_of_a_non_member_are_404_in_the_portal_admin(
    view, portal_a, admin_a, make_user, client_for
):
    stranger = make_user("ailleurs@portail.test")

    response = client_for(portal_a, admin_a).get(f"/cms/users/{view}/{stranger.pk}/")

    assert response.status_code == 404


def test_a_member_history_page_opens(portal_a, admin_a, make_user, client_for):
    member = make_user("membre@portail.test", roles=[(portal_a, Role.EDITOR)])

    response = client_for(portal_a, admin_a).get(f"/cms/users/history/{member.pk}/")

    assert response.status_code == 200


def test_accounts_cannot_be_copied_from_the_portal_admin(
    portal_a, admin_a, make_user, client_for
):
    stranger = make_user("ailleurs@portail.test")

    response = client_for(portal_a, admin_a).get(f"/cms/users/copy/{stranger.pk}/")

    assert response.status_code == 404
    assert b"ailleurs@portail.test" not in response.content


def test_bulk_removal_takes_members_out_of_the_portal_only(
    portal_a, admin_a, make_user, client_for
):
    member = make_user("membre@portail.test", roles=[(portal_a, Role.EDITOR)])
    stranger = make_user("ailleurs@portail.test")
    url = f"/cms/bulk/accounts/user/delete/?id={member.pk}&id={stranger.pk}"
    client = client_for(portal_a, admin_a)

    confirm = client.get(url)
    done = client.post(url)

    assert confirm.status_code == 200
    assert b"membre@portail.test" in confirm.content
    assert b"ailleurs@portail.test" not in confirm.content
    assert done.status_code == 302
    with portal_a:
        assert not member.groups.exists()
    member.refresh_from_db()
    assert member.is_active


def test_a_nul_character_in_an_address_is_a_400(portal_a, client_for):
    response = client_for(portal_a).get("/invitations/%00/")

    assert response.status_code == 400


def test_marking_an_unknown_notification_read_is_404(portal_a, make_user, client_for):
    user = make_user("lecteur@portail.test")

    response = client_for(portal_a, user).post("/notifications/lues/", {"id": "abc"})

    assert response.status_code == 404


def test_import_leaves_restricted_documents_behind(portal_a, portal_b, make_user):
    editor_b = make_user("editeur-b@portail.test", roles=[(portal_b, Role.EDITOR)])
    with portal_a:
        private = Collection.get_first_root_node().add_child(name="Interne")
        CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.LOGIN
        )
    secret = make_document(portal_a, "Note interne", "secret.txt", b"NE PAS DIFFUSER")
    public = make_document(portal_a, "Guide", "guide.txt", b"Bonjour.")
    with portal_a:
        secret.collection = private
        secret.save()
    source = make_sheet(
        portal_a,
        "Recenser les friches",
        body=[
            ("document", {"document": secret, "label": "La note"}),
            ("document", {"document": public, "label": "Le guide"}),
        ],
    )

    with portal_b:
        copy = ImportSheet(editor_b, "alpha", source.pk).execute()
        copy = ResourceSheet.objects.get(pk=copy.pk)
        labels = [block.value["label"] for block in copy.body]

    assert labels == ["Le guide"]


def test_an_applicant_cannot_learn_that_a_draft_recommendation_exists(
    portal_a, make_user, client_for
):
    owner = make_user("maire@portail.test")
    dossier = accepted_dossier(portal_a, owner)
    advisor = make_user("conseil@portail.test")
    make_advisor(portal_a, advisor)
    put_on_dossier(portal_a, dossier, advisor)
    draft = make_recommendation(
        portal_a, dossier, advisor, "Brouillon", published=False
    )
    client = client_for(portal_a, owner)
    base = f"/dossiers/{dossier.pk}/recommandations"

    published = client.post(f"{base}/{draft.pk}/publier/")
    moved = client.post(f"{base}/{draft.pk}/deplacer/", {"direction": "up"})

    assert published.status_code == 404
    assert moved.status_code == 404


def test_refusing_an_advisor_takes_them_off_their_dossiers(portal_a, make_user):
    staff = make_user("animation@portail.test", roles=[(portal_a, Role.STAFF)])
    advisor = make_user("conseil@portail.test")
    profile = make_advisor(portal_a, advisor)
    dossier = accepted_dossier(portal_a, make_user("maire@portail.test"))
    put_on_dossier(portal_a, dossier, advisor)

    with portal_a:
        actions.decide_advisor_profile(
            staff, profile, accept=False, reason="Hors réseau"
        )

        assert not DossierAdvisor.objects.filter(user=advisor).exists()
        assert dossier.events.filter(kind="advisor_left").exists()


def test_an_advisor_added_by_staff_is_notified_and_staff_is_not(portal_a, make_user):
    staff = make_user("animation@portail.test", roles=[(portal_a, Role.STAFF)])
    advisor = make_user("conseil@portail.test")
    make_advisor(portal_a, advisor)
    dossier = accepted_dossier(portal_a, make_user("maire@portail.test"))

    with portal_a:
        actions.add_advisor(staff, dossier, advisor)
        recipients = set(Notification.objects.values_list("recipient_id", flat=True))

    assert advisor.pk in recipients
    assert staff.pk not in recipients


def test_staff_cannot_put_an_advisor_on_a_dossier_not_yet_accepted(portal_a, make_user):
    staff = make_user("animation@portail.test", roles=[(portal_a, Role.STAFF)])
    advisor = make_user("conseil@portail.test")
    make_advisor(portal_a, advisor)
    dossier = accepted_dossier(
        portal_a, make_user("maire@portail.test"), status="to_moderate"
    )

    with portal_a, pytest.raises(actions.AdviceError):
        actions.add_advisor(staff, dossier, advisor)


def test_recommendation_actions_on_the_dossier_page_lead_to_their_views(
    portal_a, make_user, client_for
):
    """The page builds these addresses without reverse() per item: check each one."""
    import re

    from django.urls import resolve

    owner = make_user("maire@portail.test")
    dossier = accepted_dossier(portal_a, owner)
    advisor = make_user("conseil@portail.test")
    make_advisor(portal_a, advisor)
    put_on_dossier(portal_a, dossier, advisor)
    make_recommendation(portal_a, dossier, advisor, "Publiée")
    draft = make_recommendation(
        portal_a, dossier, advisor, "Brouillon", published=False
    )

    page = client_for(portal_a, advisor).get(f"/dossiers/{dossier.pk}/")
    links = set(
        re.findall(
            r'(?:href|action)="(/dossiers/\d+/recommandations/[^"]+)"',
            page.content.decode(),
        )
    )

    with portal_a:
        names = {
            resolve(link, urlconf="conseil_site.urls_portal").url_name for link in links
        }
    assert f"/dossiers/{dossier.pk}/recommandations/{draft.pk}/publier/" in links
    assert names == {
        "recommendation_new",
        "recommendation_edit",
        "recommendation_publish",
        "recommendation_move",
    }
