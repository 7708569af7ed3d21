"""A portal's pages, search index, sitemap and choosers are its own."""

import json
import re

import pytest
from wagtail.models import Page, Site

from pages.models import HomePage
from portals.roles.models import Role
from tests.helpers import portal_path

TITLE = "Reconversion de la friche Lumière"
SLUG = "friche-lumiere"


@pytest.fixture
def page_in_a(portal_a, publish_page):
    return publish_page(portal_a, TITLE, SLUG)


@pytest.fixture
def admins(portal_a, portal_b, make_user):
    return {
        "a": make_user("admin-a@test.test", roles=[(portal_a, Role.ADMIN)]),
        "b": make_user("admin-b@test.test", roles=[(portal_b, Role.ADMIN)]),
    }


def test_page_published_in_one_portal_is_absent_from_the_others_tree(
    page_in_a, portal_a, portal_b, client_for
):
    with portal_a:
        assert Page.objects.filter(slug=SLUG).exists()
    with portal_b:
        assert not Page.objects.filter(slug=SLUG).exists()

    assert client_for(portal_a).get(f"/{SLUG}/").status_code == 200
    response = client_for(portal_b).get(f"/{SLUG}/")
    assert response.status_code == 404
    assert TITLE not in response.content.decode()


def test_page_published_in_one_portal_is_not_found_by_the_others_search(
    page_in_a, portal_a, portal_b
):
    with portal_a:
        assert [page.title for page in Page.objects.live().search("Lumière")] == [TITLE]
    with portal_b:
        assert list(Page.objects.live().search("Lumière")) == []


def test_admin_page_search_of_a_portal_ignores_other_portals_pages(
    page_in_a, portal_a, portal_b, admins, client_for
):
    url = portal_path("wagtailadmin_pages:search", q="Lumière")

    found_in_a = client_for(portal_a, admins["a"]).get(url)
    found_in_b = client_for(portal_b, admins["b"]).get(url)

    assert found_in_a.status_code == 200
    assert TITLE in found_in_a.content.decode()
    assert found_in_b.status_code == 200
    assert TITLE not in found_in_b.content.decode()


def test_sitemap_of_a_portal_lists_only_its_own_pages(
    page_in_a, portal_a, portal_b, client_for
):
    sitemap_a = client_for(portal_a).get("/sitemap.xml")
    sitemap_b = client_for(portal_b).get("/sitemap.xml")

    assert f"http://alpha.test/{SLUG}/" in sitemap_a.content.decode()
    assert sitemap_b.status_code == 200
    assert "http://beta.test/" in sitemap_b.content.decode()
    assert SLUG not in sitemap_b.content.decode()
    assert "alpha.test" not in sitemap_b.content.decode()


def _chooser_html(response):
    """The chooser answers JSON for its modal, or bare HTML for search results."""
    assert response.status_code == 200
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content)["html"]
    return response.content.decode()


def test_admin_page_chooser_of_a_portal_offers_only_its_own_pages(
    page_in_a, portal_a, portal_b, admins, client_for
):
    client_a = client_for(portal_a, admins["a"])
    client_b = client_for(portal_b, admins["b"])
    with portal_a:
        home_a = HomePage.objects.get(depth=2)
    with portal_b:
        home_b = HomePage.objects.get(depth=2)
    search = portal_path("wagtailadmin_choose_page_search", q="Lumière")

    assert TITLE in _chooser_html(
        client_a.get(portal_path("wagtailadmin_choose_page_child", home_a.pk))
    )
    assert TITLE in _chooser_html(client_a.get(search))
    assert TITLE not in _chooser_html(
        client_b.get(portal_path("wagtailadmin_choose_page_child", home_b.pk))
    )
    assert TITLE not in _chooser_html(client_b.get(search))
    assert TITLE not in _chooser_html(
        client_b.get(portal_path("wagtailadmin_choose_page"))
    )
    other = client_b.get(portal_path("wagtailadmin_choose_page_child", page_in_a.pk))
    assert other.status_code == 404


def test_admin_of_a_portal_cannot_open_another_portals_page_by_id(
    page_in_a, portal_b, admins, client_for
):
    response = client_for(portal_b, admins["b"]).get(
        portal_path("wagtailadmin_pages:edit", page_in_a.pk)
    )

    assert response.status_code == 404


def test_wagtail_site_of_a_portal_answers_on_its_domain(portal_a, portal_b):
    with portal_b:
        assert list(Site.objects.values_list("hostname", flat=True)) == ["beta.test"]
    with portal_a:
        assert list(Site.objects.values_list("hostname", flat=True)) == ["alpha.test"]


def test_home_page_of_a_portal_is_titled_with_its_name(portal_a, client_for):
    with portal_a:
        assert HomePage.objects.get(depth=2).title == "Alpha"

    response = client_for(portal_a).get("/")

    assert response.status_code == 200
    assert re.search(r"<h1[^>]*>\s*Alpha\s*</h1>", response.content.decode())
