"""Only published, live, unexpired sheets are public, and only they may be cited."""

import datetime
import html
import json

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, streamfield

from pages.models import ContentPage, HomePage
from portals.roles.models import Role
from resources.blocks import PublishedSheetChooserBlock
from resources.models import ResourceSheet, validate_referenceable_sheet
from tests.factories_resources import make_sheet
from tests.helpers import portal_path

REFUSED = "n’est pas publiée : seule une fiche publiée peut être citée"


def as_block_error(text):
    """Block errors reach the editor as JSON in an attribute, non-ASCII escaped."""
    return json.dumps(text)[1:-1]


def expire(portal, sheet):
    """A scheduled expiry that has passed, before any job has unpublished it."""
    with portal:
        ResourceSheet.objects.filter(pk=sheet.pk).update(
            expire_at=timezone.now() - datetime.timedelta(hours=1)
        )
        sheet.refresh_from_db()
    assert sheet.live
    return sheet


def unpublish(portal, sheet):
    with portal:
        sheet.unpublish()
        sheet.refresh_from_db()
    return sheet


@pytest.fixture
def hidden_sheets(portal_a):
    draft = make_sheet(portal_a, "Friches en brouillon", publish=False)
    unpublished = unpublish(portal_a, make_sheet(portal_a, "Friches retirées"))
    expired = expire(portal_a, make_sheet(portal_a, "Friches expirées"))
    return {"draft": draft, "unpublished": unpublished, "expired": expired}


def test_public_list_shows_only_published_unexpired_sheets(
    hidden_sheets, portal_a, client_for
):
    make_sheet(portal_a, "Friches publiées")

    for address in ("/ressources/", "/ressources/?q=friche"):
        page = client_for(portal_a).get(address).content.decode()

        assert "Friches publiées" in page
        assert "1 fiche" in page
        for sheet in hidden_sheets.values():
            assert sheet.title not in page


@pytest.mark.parametrize("state", ["draft", "unpublished"])
def test_unpublished_sheet_address_is_404(hidden_sheets, portal_a, client_for, state):
    response = client_for(portal_a).get(f"/ressources/{hidden_sheets[state].slug}/")

    assert response.status_code == 404
    assert hidden_sheets[state].title not in response.content.decode()


def test_expired_sheet_address_is_404_even_before_the_scheduled_job(
    hidden_sheets, portal_a, client_for
):
    response = client_for(portal_a).get(f"/ressources/{hidden_sheets['expired'].slug}/")

    assert response.status_code == 404


@pytest.mark.parametrize("state", ["draft", "unpublished", "expired"])
def test_sheet_block_refuses_a_sheet_that_is_not_public(hidden_sheets, portal_a, state):
    sheet = hidden_sheets[state]

    with portal_a, pytest.raises(ValidationError) as refused:
        PublishedSheetChooserBlock().clean(sheet)

    assert REFUSED in refused.value.messages[0]
    assert sheet.title in refused.value.messages[0]


def test_sheet_block_accepts_a_published_sheet(portal_a):
    sheet = make_sheet(portal_a, "Friches publiées")

    with portal_a:
        assert PublishedSheetChooserBlock().clean(sheet).pk == sheet.pk
        validate_referenceable_sheet(sheet)


def test_content_page_citing_a_draft_sheet_is_refused_in_the_editor(
    hidden_sheets, portal_a, make_user, client_for
):
    editor = make_user("editor-a@test.test", roles=[(portal_a, Role.EDITOR)])
    with portal_a:
        home = HomePage.objects.get(depth=2)
    draft = hidden_sheets["draft"]
    form = nested_form_data(
        {
            "title": "Nos friches",
            "slug": "nos-friches",
            "intro": "",
            "body": streamfield([("sheet", draft.pk)]),
        }
    )

    response = client_for(portal_a, editor).post(
        portal_path("wagtailadmin_pages:add", "pages", "contentpage", home.pk), form
    )

    assert response.status_code == 200
    assert as_block_error(REFUSED) in html.unescape(response.content.decode())
    assert as_block_error(draft.title) in html.unescape(response.content.decode())
    with portal_a:
        assert not ContentPage.objects.filter(slug="nos-friches").exists()


def test_content_page_citing_a_published_sheet_is_saved(
    portal_a, make_user, client_for
):
    editor = make_user("editor-a@test.test", roles=[(portal_a, Role.EDITOR)])
    sheet = make_sheet(portal_a, "Friches publiées")
    with portal_a:
        home = HomePage.objects.get(depth=2)
    form = nested_form_data(
        {
            "title": "Nos friches",
            "slug": "nos-friches",
            "intro": "",
            "body": streamfield([("sheet", sheet.pk)]),
            "action-publish": "publish",
        }
    )

    response = client_for(portal_a, editor).post(
        portal_path("wagtailadmin_pages:add", "pages", "contentpage", home.pk), form
    )

    assert response.status_code == 302
    page = client_for(portal_a).get("/nos-friches/").content.decode()
    assert "Friches publiées" in page
    assert sheet.summary in page
