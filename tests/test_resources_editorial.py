"""Editors' side of sheets: the admin listing, review dates, translations."""

import datetime
import re

import pytest
from wagtail.models import Locale

from portals.roles.models import Role
from resources.models import ResourceSheet
from tests.factories_resources import make_sheet
from tests.helpers import portal_path

LAST_MONTH = datetime.date.today() - datetime.timedelta(days=30)
NEXT_YEAR = datetime.date.today() + datetime.timedelta(days=365)


@pytest.fixture
def editor_a(portal_a, make_user):
    return make_user("editor-a@test.test", roles=[(portal_a, Role.EDITOR)])


def admin_listing(client, **filters):
    response = client.get(portal_path("resource_sheets:index", **filters))
    assert response.status_code == 200
    return response.content.decode()


def test_admin_listing_shows_only_this_portals_sheets(
    portal_a, portal_b, editor_a, client_for
):
    make_sheet(portal_a, "Friches de Alpha")
    make_sheet(portal_a, "Brouillon de Alpha", publish=False)
    make_sheet(portal_b, "Friches de Beta")

    page = admin_listing(client_for(portal_a, editor_a))

    assert "Friches de Alpha" in page
    assert "Brouillon de Alpha" in page
    assert "Friches de Beta" not in page


def test_admin_listing_filters_by_kind(portal_a, editor_a, client_for):
    make_sheet(portal_a, "Fonds friches", kind="financement")
    make_sheet(portal_a, "Recenser les friches", kind="methode")

    page = admin_listing(client_for(portal_a, editor_a), kind="financement")

    assert "Fonds friches" in page
    assert "Recenser les friches" not in page


def test_sheet_past_its_review_date_is_listed_to_review(portal_a, editor_a, client_for):
    make_sheet(
        portal_a,
        "Fonds friches 2023",
        last_reviewed_at=LAST_MONTH - datetime.timedelta(days=300),
        review_due=LAST_MONTH,
    )
    make_sheet(portal_a, "Fonds friches 2025", review_due=NEXT_YEAR)
    make_sheet(portal_a, "Recenser les friches")

    page = admin_listing(client_for(portal_a, editor_a), to_review="1")

    assert "Fonds friches 2023" in page
    assert "Fonds friches 2025" not in page
    assert "Recenser les friches" not in page
    with portal_a:
        assert [s.title for s in ResourceSheet.objects.to_review()] == [
            "Fonds friches 2023"
        ]


def test_sheet_page_shows_its_last_review_date(portal_a, client_for):
    sheet = make_sheet(
        portal_a, "Fonds friches", last_reviewed_at=datetime.date(2025, 3, 5)
    )

    page = client_for(portal_a).get(f"/ressources/{sheet.slug}/").content.decode()

    assert "Dernière relecture" in page
    assert '<time datetime="2025-03-05">5 mars 2025</time>' in page


def translate(portal, sheet, title, summary):
    with portal:
        english = Locale.objects.get(language_code="en")
        translation = sheet.copy_for_translation(english, copy_parents=True)
        translation.title = title
        translation.summary = summary
        translation.save_revision().publish()
        return ResourceSheet.objects.get(pk=translation.pk)


def test_english_translation_is_served_under_en_and_offered_by_the_switcher(
    portal_a, client_for
):
    sheet = make_sheet(portal_a, "Recenser les friches", summary="En français.")
    translation = translate(
        portal_a, sheet, "Listing brownfields", "An English summary."
    )
    client = client_for(portal_a)

    english = client.get(f"/en/ressources/{translation.slug}/")
    french = client.get(f"/ressources/{sheet.slug}/").content.decode()

    assert english.status_code == 200
    assert re.search(r'<html lang="en"', english.content.decode())
    assert "Listing brownfields" in english.content.decode()
    assert "An English summary." in english.content.decode()
    switcher = re.search(
        r'<nav [^>]*class="language-switcher">(.*?)</nav>', french, re.S
    )
    assert switcher, "no language switcher on the French page"
    assert f'href="/en/ressources/{translation.slug}/"' in switcher.group(1)
    assert 'hreflang="en"' in switcher.group(1)


def test_untranslated_sheet_under_en_leads_to_its_french_page_beside_translated_ones(
    portal_a, client_for
):
    translated = make_sheet(portal_a, "Recenser les friches")
    translate(portal_a, translated, "Listing brownfields", "In English.")
    untranslated = make_sheet(
        portal_a, "Fonds friches", summary="Seulement en français."
    )
    client = client_for(portal_a)

    response = client.get(f"/en/ressources/{untranslated.slug}/", follow=True)

    assert response.redirect_chain == [(f"/ressources/{untranslated.slug}/", 302)]
    assert response.status_code == 200
    assert "Seulement en français." in response.content.decode()
    assert re.search(r'<html lang="fr"', response.content.decode())


def test_sheet_under_en_without_any_translation_is_shown_in_french(
    portal_a, client_for
):
    sheet = make_sheet(portal_a, "Fonds friches", summary="Seulement en français.")

    response = client_for(portal_a).get(f"/en/ressources/{sheet.slug}/")

    assert response.status_code == 200
    assert "Seulement en français." in response.content.decode()
    assert re.search(r'<html lang="fr"', response.content.decode())
    assert "language-switcher" not in response.content.decode()
