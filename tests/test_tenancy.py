"""What every request and every line of code shares: schema routing, cache, ids."""

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.test import Client

from pages.models import HomePage
from portals.models import Portal


def test_value_cached_in_one_portal_is_not_read_in_another(portal_a, portal_b):
    with portal_a:
        cache.set("home-title", "Titre d’Alpha")

    with portal_b:
        assert cache.get("home-title") is None
    assert cache.get("home-title") is None
    with portal_a:
        assert cache.get("home-title") == "Titre d’Alpha"
        cache.delete("home-title")


def _content_type_id_in_schema(schema, model):
    with connection.cursor() as cursor:
        cursor.execute(
            f'SELECT id FROM "{schema}".django_content_type '
            "WHERE app_label = %s AND model = %s",
            [model._meta.app_label, model._meta.model_name],
        )
        return cursor.fetchone()[0]


def test_content_type_ids_come_from_the_current_schema(portal_a, portal_b):
    public_id = _content_type_id_in_schema("public", HomePage)
    alpha_id = _content_type_id_in_schema("alpha", HomePage)
    assert public_id != alpha_id, "the schemas must differ for this test to mean much"
    ContentType.objects.clear_cache()

    in_public = ContentType.objects.get_for_model(HomePage)
    with portal_a:
        in_a = ContentType.objects.get_for_model(HomePage)
        home_type_in_a = HomePage.objects.get(depth=2).content_type_id
    with portal_b:
        in_b = ContentType.objects.get_for_model(HomePage)
        found_by_id_in_b = ContentType.objects.get_for_id(in_b.pk)
    back_in_public = ContentType.objects.get_for_model(HomePage)

    assert in_public.pk == public_id
    assert in_a.pk == alpha_id == home_type_in_a
    assert in_b.pk == _content_type_id_in_schema("beta", HomePage)
    assert found_by_id_in_b.model_class() is HomePage
    assert back_in_public.pk == public_id


def test_unknown_host_gets_a_portal_not_found_page(db):
    response = Client(HTTP_HOST="nowhere.test").get("/")

    assert response.status_code == 404
    assert "Portail introuvable" in response.content.decode()
    assert "nowhere.test" in response.content.decode()


@pytest.mark.parametrize("path", ["/", "/cms/", "/connexion/"])
def test_offline_portal_answers_like_an_unknown_host(path, portal_a):
    Portal.objects.filter(pk=portal_a.pk).update(is_live=False)

    response = Client(HTTP_HOST="alpha.test").get(path)

    assert response.status_code == 404
    assert "Portail introuvable" in response.content.decode()


def test_template_portal_is_never_served(db):
    from portals.models import Domain

    template = Portal.objects.get(schema_name=settings.PORTAL_TEMPLATE_SCHEMA)
    Domain.objects.create(domain="template.test", tenant=template, is_primary=True)

    response = Client(HTTP_HOST="template.test").get("/")

    assert response.status_code == 404
    assert "Portail introuvable" in response.content.decode()


def test_missing_page_on_the_platform_is_a_404_page(db):
    response = Client(HTTP_HOST=settings.PLATFORM_DOMAIN).get("/nothing/")

    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_missing_page_on_a_portal_is_a_404_page(portal_a, client_for):
    response = client_for(portal_a).get("/nothing/")

    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_platform_landing_lists_live_portals_with_links_to_their_domains(
    portal_a, portal_b
):
    response = Client(HTTP_HOST=settings.PLATFORM_DOMAIN).get("/")

    page = response.content.decode()
    assert response.status_code == 200
    assert 'href="http://alpha.test/"' in page
    assert 'href="http://beta.test/"' in page
    assert "Alpha" in page and "Beta" in page
    assert "Modèle de portail" not in page
    assert "portal_template" not in page


def test_platform_landing_leaves_out_offline_portals(portal_a, portal_b):
    Portal.objects.filter(pk=portal_b.pk).update(is_live=False)

    page = Client(HTTP_HOST=settings.PLATFORM_DOMAIN).get("/").content.decode()

    assert "http://alpha.test/" in page
    assert "http://beta.test/" not in page


@pytest.fixture
def media_files(portal_a, portal_b):
    """One public upload (an image) and two private ones in each portal's media."""
    files = []
    for portal in (portal_a, portal_b):
        for folder in ("original_images", "documents", "dossiers/abc"):
            path = (
                settings.MEDIA_ROOT / portal.schema_name / folder / "compte-rendu.txt"
            )
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"Compte rendu de {portal.name}")
            files.append(path)
    yield files
    for path in files:
        path.unlink()


def test_portal_serves_its_own_media(media_files, portal_a, client_for):
    response = client_for(portal_a).get("/media/alpha/original_images/compte-rendu.txt")

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Compte rendu de Alpha"


@pytest.mark.parametrize(
    "path",
    [
        "/media/beta/original_images/compte-rendu.txt",
        "/media/alpha/../beta/original_images/compte-rendu.txt",
        "/media/alpha/%2e%2e/beta/original_images/compte-rendu.txt",
        "/media/alpha/./../beta/original_images/compte-rendu.txt",
    ],
)
def test_media_of_another_portal_is_404_on_a_portal_domain(
    path, media_files, portal_a, client_for
):
    response = client_for(portal_a).get(path)

    assert response.status_code == 404
    assert b"Compte rendu de Beta" not in response.getvalue()


@pytest.mark.parametrize(
    "path",
    [
        "/media/alpha/documents/compte-rendu.txt",
        "/media/alpha/dossiers/abc/compte-rendu.txt",
    ],
)
def test_private_uploads_are_not_served_as_media(
    path, media_files, portal_a, client_for
):
    """Documents and dossier files have their own views, which check permissions."""
    response = client_for(portal_a).get(path)

    assert response.status_code == 404
