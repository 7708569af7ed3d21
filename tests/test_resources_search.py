"""The public list of sheets: French search, filters, pages, all in the address."""

import html
import re
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from tests.factories_resources import make_sheet, make_topic

LISTING = "/ressources/"


def listed_titles(response):
    assert response.status_code == 200
    found = re.findall(
        r'<h2[^>]*><a href="/ressources/[^"]+">(.*?)</a></h2>',
        response.content.decode(),
    )
    return {html.unescape(title) for title in found}


def search(client, **query):
    return listed_titles(client.get(f"{LISTING}?{urlencode(query)}"))


@pytest.fixture
def sheets(portal_a):
    titles = [
        ("École du renouvellement urbain", "methode"),
        ("Friches industrielles : les recenser", "outil"),
        ("Financer le réaménagement des quartiers", "financement"),
        ("Composter les déchets verts", "methode"),
    ]
    for title, kind in titles:
        make_sheet(portal_a, title, kind=kind)
    return [title for title, _ in titles]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ecole", "École du renouvellement urbain"),
        ("friche", "Friches industrielles : les recenser"),
        ("FRICHE", "Friches industrielles : les recenser"),
        ("reamenagement", "Financer le réaménagement des quartiers"),
        ("Réaménagements", "Financer le réaménagement des quartiers"),
    ],
)
def test_search_ignores_accents_case_and_plurals(
    sheets, portal_a, client_for, typed, expected
):
    assert search(client_for(portal_a), q=typed) == {expected}


def test_search_finds_words_of_the_summary_and_body(portal_a, client_for):
    make_sheet(
        portal_a,
        "Diagnostic des sols",
        summary="Avant de construire sur une ancienne usine.",
        body=[("text", "<p>Le bureau d’études prélève des échantillons.</p>")],
    )
    client = client_for(portal_a)

    assert search(client, q="usines") == {"Diagnostic des sols"}
    assert search(client, q="echantillon") == {"Diagnostic des sols"}
    assert search(client, q="parking") == set()


def test_listing_without_query_shows_every_published_sheet(
    sheets, portal_a, client_for
):
    response = client_for(portal_a).get(LISTING)

    assert listed_titles(response) == set(sheets)
    assert "4 fiches" in response.content.decode()


def test_kind_filter_combines_with_search(portal_a, client_for):
    make_sheet(portal_a, "Recenser les friches", kind="methode")
    make_sheet(portal_a, "Fonds friches", kind="financement")
    make_sheet(portal_a, "Méthode de concertation", kind="methode")
    client = client_for(portal_a)

    assert search(client, q="friche", kind="methode") == {"Recenser les friches"}
    assert search(client, kind="methode") == {
        "Recenser les friches",
        "Méthode de concertation",
    }


def test_topic_filter_combines_with_search(portal_a, client_for):
    soils = make_topic(portal_a, "Pollution des sols", "pollution-des-sols")
    make_sheet(portal_a, "Friches polluées", topics=[soils])
    make_sheet(portal_a, "Friches agricoles")
    make_sheet(portal_a, "Sols vivants", topics=[soils])

    found = search(client_for(portal_a), q="friche", topic="pollution-des-sols")

    assert found == {"Friches polluées"}


def test_department_filter_keeps_national_department_and_region_sheets(
    portal_a, client_for
):
    make_sheet(portal_a, "Friches : le fonds national")
    make_sheet(portal_a, "Friches de la Loire", departments=["42"])
    make_sheet(portal_a, "Friches en Auvergne-Rhône-Alpes", regions=["84"])
    make_sheet(portal_a, "Friches du Nord", departments=["59"])
    make_sheet(portal_a, "Friches des Hauts-de-France", regions=["32"])
    make_sheet(portal_a, "Jardins de la Loire", departments=["42"])

    found = search(client_for(portal_a), q="friche", department="42")

    assert found == {
        "Friches : le fonds national",
        "Friches de la Loire",
        "Friches en Auvergne-Rhône-Alpes",
    }


def test_unknown_filter_value_is_shown_as_an_error_not_a_crash(portal_a, client_for):
    make_sheet(portal_a, "Friches urbaines")

    response = client_for(portal_a).get(f"{LISTING}?kind=inconnu&q=friche")

    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode() or (
        "Sélectionnez un choix valide" in response.content.decode()
    )


def test_next_page_link_keeps_the_search_and_filters(portal_a, client_for):
    for number in range(1, 15):
        make_sheet(portal_a, f"Friche numéro {number:02}", kind="methode")
    make_sheet(portal_a, "Friche à financer", kind="financement")
    client = client_for(portal_a)

    first = client.get(f"{LISTING}?q=friche&kind=methode")
    page = first.content.decode()
    link = re.search(r'<a href="([^"]+)">Page suivante</a>', page)

    assert "Page 1 sur 2" in page
    assert link, "no link to the next page"
    query = parse_qs(urlsplit(html.unescape(link.group(1))).query)
    assert query == {"q": ["friche"], "kind": ["methode"], "page": ["2"]}

    second = client.get(f"{LISTING}?{urlencode(query, doseq=True)}")
    first_titles, second_titles = listed_titles(first), listed_titles(second)
    assert len(first_titles) == 12 and len(second_titles) == 2
    assert first_titles.isdisjoint(second_titles)
    assert "Friche à financer" not in first_titles | second_titles


def test_search_is_a_get_form_so_results_can_be_bookmarked(
    sheets, portal_a, client_for
):
    bookmarked = f"{LISTING}?q=ecole&kind=methode"

    response = client_for(portal_a).get(bookmarked)
    page = response.content.decode()

    assert re.search(r'<form method="get" role="search"', page)
    assert re.search(r'<input type="search" name="q" value="ecole"', page)
    assert listed_titles(response) == {"École du renouvellement urbain"}
    assert listed_titles(client_for(portal_a).get(bookmarked)) == listed_titles(
        response
    )
