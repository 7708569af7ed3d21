"""A portal's sheets, media and snippets stay in that portal, in public and in /cms/."""

import io
import json

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from portals.roles.models import Role
from resources.models import Contact, ResourceIndexPage
from tests.factories_resources import make_document, make_sheet, make_topic
from tests.helpers import portal_path


def make_image(portal, title):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (8, 8), "green").save(buffer, "PNG")
    with portal:
        image = get_image_model()(title=title)
        image.file.save("carre.png", ImageFile(buffer, name="carre.png"), save=False)
        image.save()
        return image


@pytest.fixture
def items(portal_a, portal_b, cleanup_media):
    """The same kinds of things in both portals, named after their portal."""
    cleanup_media(portal_a.schema_name)
    cleanup_media(portal_b.schema_name)
    made = {}
    for portal, name in ((portal_a, "Alpha"), (portal_b, "Beta")):
        made[name] = {
            "sheet": make_sheet(portal, f"Friches de {name}"),
            "image": make_image(portal, f"Image de {name}"),
            "document": make_document(portal, f"Document de {name}"),
            "topic": make_topic(portal, f"Thème de {name}"),
        }
        with portal:
            made[name]["contact"] = Contact.objects.create(
                organisation=f"Agence de {name}"
            )
    return made


@pytest.fixture
def editor_a(portal_a, make_user):
    return make_user("editor-a@test.test", roles=[(portal_a, Role.EDITOR)])


def chooser_html(response):
    """A chooser answers JSON for its modal, or bare HTML for its results."""
    assert response.status_code == 200
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content)["html"]
    return response.content.decode()


def test_sheet_of_one_portal_is_404_on_the_other(items, portal_a, portal_b, client_for):
    address = f"/ressources/{items['Alpha']['sheet'].slug}/"

    assert client_for(portal_a).get(address).status_code == 200
    response = client_for(portal_b).get(address)
    assert response.status_code == 404
    assert "Friches de Alpha" not in response.content.decode()


def test_search_of_one_portal_never_returns_the_others_sheets(
    items, portal_a, portal_b, client_for
):
    in_b = client_for(portal_b).get("/ressources/?q=friche").content.decode()
    listing_b = client_for(portal_b).get("/ressources/").content.decode()

    assert "Friches de Beta" in in_b
    assert "Friches de Alpha" not in in_b
    assert "Friches de Alpha" not in listing_b


@pytest.mark.parametrize(
    ("chooser", "args", "kind"),
    [
        ("wagtailadmin_choose_page_search", {"q": "friches"}, "sheet"),
        ("wagtailimages_chooser:choose", {}, "image"),
        ("wagtaildocs_chooser:choose", {}, "document"),
        ("wagtailsnippetchoosers_resources_contact:choose", {}, "contact"),
        ("wagtailsnippetchoosers_resources_resourcetopic:choose", {}, "topic"),
    ],
)
def test_editor_choosers_offer_only_this_portals_items(
    items, portal_a, editor_a, client_for, chooser, args, kind
):
    html = chooser_html(
        client_for(portal_a, editor_a).get(portal_path(chooser, **args))
    )

    assert str(items["Alpha"][kind]) in html
    assert str(items["Beta"][kind]) not in html


def test_page_chooser_browsing_the_index_lists_only_this_portals_sheets(
    items, portal_a, editor_a, client_for
):
    with portal_a:
        index = ResourceIndexPage.objects.get()
    client = client_for(portal_a, editor_a)

    html = chooser_html(
        client.get(portal_path("wagtailadmin_choose_page_child", index.pk))
    )
    other = client.get(
        portal_path("wagtailadmin_choose_page_child", items["Beta"]["sheet"].pk)
    )

    assert "Friches de Alpha" in html
    assert "Friches de Beta" not in html
    assert other.status_code == 404 or "Friches de Beta" not in chooser_html(other)
