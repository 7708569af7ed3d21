"""Importing a published sheet of another portal: a draft copy that can pull updates."""

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from wagtail.documents import get_document_model

from portals.roles.models import Role
from resources.importing import (
    ImportError_,
    ImportSheet,
    PullUpdate,
    updates_available,
)
from resources.models import Contact, ResourceSheet
from tests.factories_resources import make_document, make_sheet, make_topic
from tests.helpers import portal_path

GUIDE = b"Guide pratique des friches, version 1."


@pytest.fixture
def source(portal_a, portal_b, cleanup_media):
    """A published sheet of portal A with a document, a contact and a topic."""
    cleanup_media(portal_a.schema_name)
    cleanup_media(portal_b.schema_name)
    document = make_document(portal_a, "Guide des friches", "guide.txt", GUIDE)
    with portal_a:
        contact = Contact.objects.create(organisation="Ademe", name="Claire Martin")
    return make_sheet(
        portal_a,
        "Recenser les friches",
        summary="Comment inventorier les friches d’un territoire.",
        kind="methode",
        topics=[make_topic(portal_a, "Foncier")],
        departments=["42"],
        body=[
            ("text", "<p>Un inventaire commence par les fichiers fonciers.</p>"),
            ("document", {"document": document, "label": "Le guide"}),
            ("contact", contact),
        ],
    )


@pytest.fixture
def editor_b(portal_b, make_user):
    return make_user("editor-b@test.test", roles=[(portal_b, Role.EDITOR)])


def import_into_b(portal_b, editor_b, source):
    with portal_b:
        return ImportSheet(editor_b, "alpha", source.pk).execute()


def republish(portal, sheet, **changes):
    with portal:
        latest = sheet.get_latest_revision_as_object()
        for field, value in changes.items():
            setattr(latest, field, value)
        latest.save_revision().publish()
        return ResourceSheet.objects.get(pk=sheet.pk)


def edit_draft(portal, sheet, user, **changes):
    with portal:
        draft = ResourceSheet.objects.get(pk=sheet.pk).get_latest_revision_as_object()
        for field, value in changes.items():
            setattr(draft, field, value)
        draft.save_revision(user=user)


def latest_draft(portal, sheet):
    with portal:
        return ResourceSheet.objects.get(pk=sheet.pk).get_latest_revision_as_object()


def test_catalogue_offers_published_sheets_of_other_portals(
    source, portal_a, portal_b, editor_b, client_for
):
    make_sheet(portal_a, "Friches en brouillon", publish=False)
    make_sheet(portal_b, "Fiche écrite dans Beta")

    response = client_for(portal_b, editor_b).get(
        portal_path("resources_import_catalogue")
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Recenser les friches" in page
    assert "Alpha" in page
    assert "Friches en brouillon" not in page
    assert "Fiche écrite dans Beta" not in page


def test_editor_imports_a_sheet_as_a_draft_with_its_content_and_documents(
    source, portal_a, portal_b, editor_b, client_for
):
    response = client_for(portal_b, editor_b).post(
        portal_path("resources_import_sheet"), {"portal": "alpha", "page": source.pk}
    )

    with portal_b:
        copy = ResourceSheet.objects.get(source_portal="alpha")
        assert response.status_code == 302
        assert response["Location"] == portal_path("wagtailadmin_pages:edit", copy.pk)
        assert not copy.live
        assert (copy.title, copy.summary, copy.kind) == (
            source.title,
            source.summary,
            source.kind,
        )
        draft = copy.get_latest_revision_as_object()
        assert [topic.name for topic in draft.topics.all()] == ["Foncier"]
        assert [department.code for department in draft.departments.all()] == ["42"]
        assert not draft.is_national

        text, document_block, contact_block = copy.body
        assert text.value.source == source.body[0].value.source
        document = get_document_model().objects.get(
            pk=document_block.value["document"].pk
        )
        assert document_block.value["label"] == "Le guide"
        assert document.title == "Guide des friches"
        assert portal_b.schema_name in document.file.path
        with document.file.open("rb") as handle:
            assert handle.read() == GUIDE
        assert contact_block.value.organisation == "Ademe"

    assert client_for(portal_b).get(f"/ressources/{copy.slug}/").status_code == 404


def test_imported_sheet_records_where_it_comes_from(
    source, portal_a, portal_b, editor_b, client_for
):
    copy = import_into_b(portal_b, editor_b, source)

    assert copy.source_portal == "alpha"
    assert copy.source_portal_name == "Alpha"
    assert copy.source_page_id == source.pk
    assert copy.source_revision_id == source.live_revision_id
    assert copy.source_url == f"http://alpha.test/ressources/{source.slug}/"

    with portal_b:
        copy.get_latest_revision().publish()
    page = client_for(portal_b).get(f"/ressources/{copy.slug}/").content.decode()
    assert "Fiche reprise du portail « Alpha »" in page
    assert "Foncier" in page
    assert "Loire (42)" in page


def test_republished_source_shows_update_available(
    source, portal_a, portal_b, editor_b, client_for
):
    copy = import_into_b(portal_b, editor_b, source)
    listing = portal_path("resources_imported")
    client = client_for(portal_b, editor_b)

    with portal_b:
        assert updates_available([copy]) == {}
    assert "À jour" in client.get(listing).content.decode()

    republished = republish(portal_a, source, title="Recenser et qualifier les friches")

    with portal_b:
        assert updates_available([copy]) == {copy.pk: republished.live_revision_id}
    assert "Mise à jour disponible" in client.get(listing).content.decode()


def test_pull_keeping_local_changes_keeps_the_edited_summary_and_takes_the_title(
    source, portal_a, portal_b, editor_b
):
    copy = import_into_b(portal_b, editor_b, source)
    edit_draft(portal_b, copy, editor_b, summary="Notre résumé, adapté à Beta.")
    republished = republish(
        portal_a,
        source,
        title="Recenser et qualifier les friches",
        summary="Un nouveau résumé écrit dans Alpha.",
    )

    with portal_b:
        kept = PullUpdate(
            editor_b, ResourceSheet.objects.get(pk=copy.pk), keep_local_changes=True
        ).execute()

    draft = latest_draft(portal_b, copy)
    assert kept == ["summary"]
    assert draft.title == "Recenser et qualifier les friches"
    assert draft.summary == "Notre résumé, adapté à Beta."
    with portal_b:
        refreshed = ResourceSheet.objects.get(pk=copy.pk)
        assert refreshed.source_revision_id == republished.live_revision_id
        assert updates_available([refreshed]) == {}


def test_pull_discarding_local_changes_takes_everything_from_the_source(
    source, portal_a, portal_b, editor_b
):
    copy = import_into_b(portal_b, editor_b, source)
    edit_draft(portal_b, copy, editor_b, summary="Notre résumé, adapté à Beta.")
    republish(
        portal_a,
        source,
        title="Recenser et qualifier les friches",
        summary="Un nouveau résumé écrit dans Alpha.",
        kind="outil",
    )

    with portal_b:
        kept = PullUpdate(
            editor_b, ResourceSheet.objects.get(pk=copy.pk), keep_local_changes=False
        ).execute()

    draft = latest_draft(portal_b, copy)
    assert kept == []
    assert draft.title == "Recenser et qualifier les friches"
    assert draft.summary == "Un nouveau résumé écrit dans Alpha."
    assert draft.kind == "outil"


def test_pull_from_the_admin_list_keeps_local_changes_when_asked(
    source, portal_a, portal_b, editor_b, client_for
):
    copy = import_into_b(portal_b, editor_b, source)
    edit_draft(portal_b, copy, editor_b, summary="Notre résumé, adapté à Beta.")
    republish(portal_a, source, title="Recenser et qualifier les friches")

    response = client_for(portal_b, editor_b).post(
        portal_path("resources_pull_update", copy.pk), {"mode": "keep"}
    )

    assert response.status_code == 302
    draft = latest_draft(portal_b, copy)
    assert draft.title == "Recenser et qualifier les friches"
    assert draft.summary == "Notre résumé, adapté à Beta."


def test_importing_the_same_sheet_twice_is_refused(
    source, portal_b, editor_b, client_for
):
    import_into_b(portal_b, editor_b, source)

    with pytest.raises(ImportError_, match="déjà été importée"):
        import_into_b(portal_b, editor_b, source)

    client = client_for(portal_b, editor_b)
    response = client.post(
        portal_path("resources_import_sheet"),
        {"portal": "alpha", "page": source.pk},
        follow=True,
    )
    assert "Cette fiche a déjà été importée dans ce portail." in (
        response.content.decode()
    )
    with portal_b:
        assert ResourceSheet.objects.filter(source_portal="alpha").count() == 1


def test_a_draft_of_another_portal_cannot_be_imported(portal_a, portal_b, editor_b):
    draft = make_sheet(portal_a, "Friches en brouillon", publish=False)

    with pytest.raises(ImportError_, match="pas \\(ou plus\\) publiée"):
        import_into_b(portal_b, editor_b, draft)


@pytest.mark.parametrize("role_in_b", [None, Role.ADVISOR])
def test_user_without_admin_access_here_is_sent_to_the_login_page(
    source, portal_a, portal_b, make_user, client_for, role_in_b
):
    roles = [(portal_a, Role.EDITOR)] + ([(portal_b, role_in_b)] if role_in_b else [])
    client = client_for(portal_b, make_user("editor-a@test.test", roles=roles))

    catalogue = client.get(portal_path("resources_import_catalogue"))
    copy = client.post(
        portal_path("resources_import_sheet"), {"portal": "alpha", "page": source.pk}
    )

    for response in (catalogue, copy):
        assert response.status_code == 302
        assert response["Location"].startswith(portal_path("wagtailadmin_login"))
    with portal_b:
        assert not ResourceSheet.objects.filter(source_portal="alpha").exists()


def test_admin_user_who_may_not_add_sheets_here_is_refused_by_the_import_views(
    source, portal_a, portal_b, editor_b, make_user, client_for
):
    user = make_user("reader-b@test.test", roles=[(portal_a, Role.EDITOR)])
    with portal_b:
        user.user_permissions.add(
            Permission.objects.get(
                content_type__app_label="wagtailadmin", codename="access_admin"
            )
        )
    copy_in_b = import_into_b(portal_b, editor_b, source)
    republish(portal_a, source, title="Recenser et qualifier les friches")
    client = client_for(portal_b, user)

    responses = [
        client.get(portal_path("resources_import_catalogue")),
        client.get(portal_path("resources_imported")),
        client.post(
            portal_path("resources_import_sheet"),
            {"portal": "alpha", "page": source.pk},
        ),
        client.post(
            portal_path("resources_pull_update", copy_in_b.pk), {"mode": "replace"}
        ),
    ]

    # Wagtail's admin turns PermissionDenied into a redirect to its dashboard.
    dashboard = portal_path("wagtailadmin_home")
    assert [(r.status_code, r["Location"]) for r in responses] == [(302, dashboard)] * 4
    assert latest_draft(portal_b, copy_in_b).title == "Recenser les friches"
    with portal_b, pytest.raises(PermissionDenied):
        ImportSheet(user, "alpha", source.pk).execute()
