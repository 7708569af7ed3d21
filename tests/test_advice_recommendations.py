"""Recommendations cite only published sheets of their own portal."""

import pytest
from django.core.exceptions import ValidationError

from advice import actions
from advice.models import Recommendation
from resources.models import ResourceSheet
from tests.factories_advice import (
    accepted_dossier,
    make_advisor,
    make_recommendation,
    put_on_dossier,
)
from tests.factories_resources import make_sheet


@pytest.fixture
def advised(portal_a, make_user):
    """A dossier of portal A and the advisor who follows it."""
    advisor = make_user("advisor@ddt.test")
    make_advisor(portal_a, advisor)
    dossier = accepted_dossier(portal_a, make_user("owner@commune.test"))
    put_on_dossier(portal_a, dossier, advisor)
    return dossier, advisor


def _post_form(client, dossier, sheet_pk, **extra):
    return client.post(
        f"/dossiers/{dossier.pk}/recommandations/nouvelle/",
        {"title": "Lire la fiche", "body": "Elle aide.", "sheet": sheet_pk, **extra},
    )


def test_recommendation_form_refuses_a_draft_sheet_and_keeps_what_was_typed(
    portal_a, client_for, advised
):
    dossier, advisor = advised
    draft = make_sheet(portal_a, "Fonds friches (brouillon)", publish=False)

    response = _post_form(client_for(portal_a, advisor), dossier, draft.pk, publish=1)

    assert response.status_code == 200
    assert "n’est pas publiée" in " ".join(response.context["form"].errors["sheet"])
    assert response.context["form"]["title"].value() == "Lire la fiche"
    with portal_a:
        assert not Recommendation.objects.exists()


def test_recommendation_form_refuses_a_sheet_of_another_portal(
    portal_a, portal_b, client_for, advised
):
    dossier, advisor = advised
    foreign = make_sheet(portal_b, "Fonds vert de B")
    with portal_a:
        assert not ResourceSheet.objects.filter(pk=foreign.pk).exists()

    response = _post_form(client_for(portal_a, advisor), dossier, foreign.pk)

    assert response.status_code == 200
    assert response.context["form"].errors["sheet"]
    with portal_a:
        assert not Recommendation.objects.exists()


def test_recommendation_form_accepts_a_published_sheet_and_shows_it(
    portal_a, client_for, advised
):
    dossier, advisor = advised
    sheet = make_sheet(portal_a, "Fonds friches", summary="Jusqu’à 40 % des études.")
    client = client_for(portal_a, advisor)

    _post_form(client, dossier, sheet.pk, publish=1)
    page = client.get(f"/dossiers/{dossier.pk}/").content.decode()

    assert "Fonds friches" in page
    assert "Jusqu’à 40 % des études." in page
    assert 'href="/ressources/fonds-friches/"' in page


def test_save_recommendation_action_refuses_a_draft_sheet(portal_a, advised):
    dossier, advisor = advised
    draft = make_sheet(portal_a, "Fonds friches (brouillon)", publish=False)

    with portal_a, pytest.raises(ValidationError):
        actions.save_recommendation(
            advisor, dossier, title="Lire", body="La fiche.", sheet=draft
        )
    with portal_a:
        assert not Recommendation.objects.exists()


def test_publish_action_refuses_a_sheet_unpublished_since_the_draft(portal_a, advised):
    dossier, advisor = advised
    sheet = make_sheet(portal_a, "Fonds friches")
    with portal_a:
        recommendation = actions.save_recommendation(
            advisor, dossier, title="Lire", body="La fiche.", sheet=sheet
        )
        sheet.unpublish()

        with pytest.raises(ValidationError):
            actions.publish_recommendation(advisor, recommendation)
        recommendation.refresh_from_db()
    assert not recommendation.is_published


def test_save_recommendation_action_refuses_a_sheet_of_another_portal(
    portal_a, portal_b, advised
):
    dossier, advisor = advised
    foreign = make_sheet(portal_b, "Fonds vert de B")

    with portal_a, pytest.raises(ValidationError):
        actions.save_recommendation(
            advisor, dossier, title="Lire", body="La fiche.", sheet=foreign
        )


def _align_page_ids(*portals):
    """Make the next page id the same in every portal given (as happens in life)."""
    from django.db import connection

    nexts = []
    for portal in portals:
        with portal, connection.cursor() as cursor:
            cursor.execute("SELECT max(id) FROM wagtailcore_page")
            nexts.append(cursor.fetchone()[0] + 1)
    for portal in portals:
        with portal, connection.cursor() as cursor:
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence('wagtailcore_page', 'id'), %s)",
                [max(nexts) + 10],
            )


def test_save_recommendation_refuses_a_foreign_sheet_sharing_an_id_with_a_local_one(
    portal_a, portal_b, advised
):
    dossier, advisor = advised
    _align_page_ids(portal_a, portal_b)
    local = make_sheet(portal_a, "Fonds friches")
    foreign = make_sheet(portal_b, "Fonds vert de B")
    assert foreign.pk == local.pk

    with portal_a, pytest.raises(ValidationError):
        actions.save_recommendation(
            advisor, dossier, title="Lire", body="La fiche.", sheet=foreign
        )


def test_publishing_tells_the_team_and_advisors_see_when_it_was_seen(
    portal_a, client_for, make_user, advised
):
    dossier, advisor = advised
    with portal_a:
        owner = dossier.owner
    draft = make_recommendation(portal_a, dossier, advisor, "Audit", published=False)
    advisor_client = client_for(portal_a, advisor)

    advisor_client.post(f"/dossiers/{dossier.pk}/recommandations/{draft.pk}/publier/")
    before = advisor_client.get(f"/dossiers/{dossier.pk}/").content.decode()
    client_for(portal_a, owner).get(f"/dossiers/{dossier.pk}/")
    after = advisor_client.get(f"/dossiers/{dossier.pk}/").content.decode()

    assert "pas encore vue par le demandeur" in before
    assert "vue par le demandeur le" in after
    assert "pas encore vue" not in after
    with portal_a:
        [notification] = dossier.notifications.filter(recipient=owner)
    assert "Audit" in notification.text
