"""Reuse across portals: copy a published sheet from another portal's catalogue.

There is no live reference across schemas: the copy is a page of this portal, with its
own documents, images, contacts and topics, and remembers where it came from (portal,
page, revision) and what the source said at the time (``source_snapshot``). When the
source is republished, the copy can pull the new version, either replacing local edits
or keeping every field an editor changed here.
"""

import json
import logging
from dataclasses import dataclass
from types import SimpleNamespace

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from portals.models import Portal, current_portal
from resources.models import Contact, ResourceIndexPage, ResourceSheet, ResourceTopic

logger = logging.getLogger(__name__)

SYNCED_FIELDS = [
    "title",
    "summary",
    "kind",
    "body",
    "is_national",
    "last_reviewed_at",
    "review_due",
]


class ImportError_(Exception):
    """A sheet could not be imported or updated; the message is for people."""


@dataclass
class CatalogueEntry:
    portal_slug: str
    portal_name: str
    page_id: int
    title: str
    summary: str
    kind: str
    url: str

    @property
    def key(self):
        return f"{self.portal_slug}:{self.page_id}"


def other_portals(portal):
    return Portal.objects.real().filter(is_live=True).exclude(pk=portal.pk)


def catalogue(portal, text="", limit_per_portal=50):
    """Published sheets written in other portals (copies of copies are left out)."""
    from resources.listing import search_sheets

    entries = []
    for source in other_portals(portal):
        with source:
            sheets = ResourceSheet.objects.visible().filter(source_portal="")
            sheets = search_sheets(sheets, text) if text else sheets.order_by("title")
            for sheet in sheets[:limit_per_portal]:
                entries.append(
                    CatalogueEntry(
                        source.slug,
                        source.name,
                        sheet.pk,
                        sheet.title,
                        sheet.summary,
                        sheet.get_kind_display(),
                        sheet.get_full_url(),
                    )
                )
    return entries


@dataclass
class SourceSheet:
    """What is read from the source portal, before anything is written here."""

    portal: Portal
    page_id: int
    revision_id: int
    url: str
    fields: dict
    region_ids: list
    department_ids: list
    topics: list
    documents: dict
    contacts: dict
    illustration: dict | None


def read_source(portal_slug, page_id) -> SourceSheet:
    source = Portal.objects.real().filter(slug=portal_slug, is_live=True).first()
    if source is None or source == current_portal():
        raise ImportError_("Ce portail source n’existe pas.")
    with source:
        sheet = ResourceSheet.objects.visible().filter(pk=page_id).first()
        if sheet is None:
            raise ImportError_(
                "Cette fiche n’est pas (ou plus) publiée sur le portail source."
            )
        body = sheet.body.get_prep_value()
        return SourceSheet(
            portal=source,
            page_id=sheet.pk,
            revision_id=sheet.live_revision_id,
            url=sheet.get_full_url(),
            fields={
                "title": sheet.title,
                "summary": sheet.summary,
                "kind": sheet.kind,
                "body": body,
                "is_national": sheet.is_national,
                "last_reviewed_at": sheet.last_reviewed_at.isoformat(),
                "review_due": sheet.review_due.isoformat()
                if sheet.review_due
                else None,
            },
            region_ids=list(sheet.regions.values_list("pk", flat=True)),
            department_ids=list(sheet.departments.values_list("pk", flat=True)),
            topics=list(sheet.topics.values_list("slug", "name")),
            documents=_read_documents(body),
            contacts=_read_contacts(body),
            illustration=_read_image(sheet.illustration),
        )


def _block_ids(body, block_type, key=None):
    ids = set()
    for block in body:
        if block["type"] == block_type:
            value = block["value"]
            ids.add(value[key] if key else value)
    return {i for i in ids if i}


def _read_documents(body):
    """Documents the sheet offers to everyone; restricted ones stay at home."""
    documents = {}
    for document in (
        get_document_model()
        .objects.filter(pk__in=_block_ids(body, "document", "document"))
        .select_related("collection")
    ):
        if document.collection.get_view_restrictions().exists():
            continue
        with document.file.open("rb") as handle:
            documents[document.pk] = {
                "title": document.title,
                "name": document.file.name.rsplit("/", 1)[-1],
                "content": handle.read(),
            }
    return documents


def _read_contacts(body):
    fields = ["organisation", "name", "role", "email", "phone"]
    return {
        contact["id"]: {field: contact[field] for field in fields}
        for contact in Contact.objects.filter(
            pk__in=_block_ids(body, "contact")
        ).values("id", *fields)
    }


def _read_image(image):
    if image is None:
        return None
    with image.file.open("rb") as handle:
        return {
            "title": image.title,
            "name": image.file.name.rsplit("/", 1)[-1],
            "content": handle.read(),
        }


class LocalCopies:
    """Writes the source's documents, contacts and topics here, reusing copies."""

    def __init__(self, known_documents=None):
        self.documents = {int(k): v for k, v in (known_documents or {}).items()}
        self.skipped_documents = 0

    def document(self, source_id, data):
        Document = get_document_model()
        existing = self.documents.get(source_id)
        if existing and Document.objects.filter(pk=existing).exists():
            return existing
        document = Document(title=data["title"])
        document.file.save(data["name"], ContentFile(data["content"]), save=False)
        document.save()
        self.documents[source_id] = document.pk
        return document.pk

    @staticmethod
    def contact(data):
        contact, _ = Contact.objects.get_or_create(**data)
        return contact.pk

    @staticmethod
    def image(data):
        if data is None:
            return None
        image = get_image_model()(title=data["title"])
        image.file.save(data["name"], ContentFile(data["content"]), save=False)
        image.save()
        return image

    @staticmethod
    def topics(pairs):
        return [
            ResourceTopic.objects.get_or_create(slug=slug, defaults={"name": name})[0]
            for slug, name in pairs
        ]

    def body(self, source: SourceSheet):
        """The source body with ids of documents and contacts mapped to local ones."""
        mapped = []
        for block in source.fields["body"]:
            block = json.loads(json.dumps(block))
            if block["type"] == "document" and block["value"].get("document"):
                source_id = block["value"]["document"]
                if source_id not in source.documents:
                    # Restricted in its portal: not copied, so not offered here.
                    self.skipped_documents += 1
                    continue
                block["value"]["document"] = self.document(
                    source_id, source.documents[source_id]
                )
            elif block["type"] == "contact" and block["value"]:
                block["value"] = self.contact(source.contacts[block["value"]])
            mapped.append(block)
        return mapped


def comparable(sheet, field):
    value = getattr(sheet, field)
    if field == "body":
        return json.loads(json.dumps(value.get_prep_value()))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


class ImportSheet:
    """Copy a published sheet of another portal into this portal, as a draft."""

    def __init__(self, user, portal_slug, page_id):
        self.user = user
        self.portal_slug = portal_slug
        self.page_id = page_id

    def check(self, index):
        if not index.permissions_for_user(self.user).can_add_subpage():
            raise PermissionDenied

    def execute(self) -> ResourceSheet:
        index = ResourceIndexPage.objects.first()
        if index is None:
            raise ImportError_("Ce portail n’a pas de page « Ressources ».")
        self.check(index)
        source = read_source(self.portal_slug, self.page_id)
        if ResourceSheet.objects.filter(
            source_portal=source.portal.slug, source_page_id=source.page_id
        ).exists():
            raise ImportError_("Cette fiche a déjà été importée dans ce portail.")

        with transaction.atomic():
            copies = LocalCopies()
            fields = {**source.fields, "body": copies.body(source)}
            sheet = ResourceSheet(
                **fields,
                slug=self._free_slug(index, source),
                live=False,
                owner=self.user,
                illustration=copies.image(source.illustration),
                **_provenance(source, fields, copies),
            )
            # Set before the page is saved, so that the page row has them too.
            _set_relations(sheet, source, copies)
            index.add_child(instance=sheet)
            sheet.save_revision(user=self.user, log_action=True)
        logger.info(
            "sheet imported id=%s from=%s:%s by=%s",
            sheet.pk,
            source.portal.slug,
            source.page_id,
            self.user.pk,
        )
        return sheet

    @staticmethod
    def _free_slug(index, source):
        from wagtail.models import Page

        base = source.url.rstrip("/").rsplit("/", 1)[-1] or "fiche"
        slug, n = base, 1
        while Page.objects.child_of(index).filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        return slug


def _set_relations(sheet, source, copies):
    from geo.models import Department, Region

    sheet.topics = copies.topics(source.topics)
    sheet.regions = list(Region.objects.filter(pk__in=source.region_ids))
    sheet.departments = list(Department.objects.filter(pk__in=source.department_ids))


def _relations_of(sheet):
    """Topics and territory as compared between the copy and its snapshot."""
    return {
        "topics": sorted(topic.slug for topic in sheet.topics.all()),
        "regions": sorted(region.pk for region in sheet.regions.all()),
        "departments": sorted(d.pk for d in sheet.departments.all()),
    }


def _source_relations(source):
    return {
        "topics": sorted(slug for slug, _name in source.topics),
        "regions": sorted(source.region_ids),
        "departments": sorted(source.department_ids),
    }


def _provenance(source, mapped_fields, copies):
    return {
        "source_portal": source.portal.slug,
        "source_portal_name": source.portal.name,
        "source_page_id": source.page_id,
        "source_revision_id": source.revision_id,
        "source_url": source.url,
        "source_snapshot": {
            "fields": mapped_fields,
            "relations": _source_relations(source),
            "documents": copies.documents,
            "imported_at": timezone.now().isoformat(),
        },
    }


def updates_available(sheets):
    """The imported sheets whose source has been republished since the last pull."""
    by_portal = {}
    for sheet in sheets:
        if sheet.source_portal:
            by_portal.setdefault(sheet.source_portal, []).append(sheet)
    outdated = {}
    for portal in Portal.objects.real().filter(slug__in=by_portal):
        with portal:
            live = dict(
                ResourceSheet.objects.visible()
                .filter(pk__in=[s.source_page_id for s in by_portal[portal.slug]])
                .values_list("pk", "live_revision_id")
            )
        for sheet in by_portal[portal.slug]:
            revision = live.get(sheet.source_page_id)
            if revision and revision != sheet.source_revision_id:
                outdated[sheet.pk] = revision
    return outdated


class PullUpdate:
    """Bring an imported sheet up to its source's published version, as a draft."""

    def __init__(self, user, sheet, keep_local_changes):
        self.user = user
        self.sheet = sheet
        self.keep_local_changes = keep_local_changes

    def check(self):
        if not self.sheet.permissions_for_user(self.user).can_edit():
            raise PermissionDenied
        if not self.sheet.is_imported:
            raise ImportError_("Cette fiche n’a pas été importée.")

    def _pull_relations(self, draft, source, copies):
        """Topics and territory: taken from the source unless edited here (kept)."""
        snapshot = self.sheet.source_snapshot.get("relations")
        current = _relations_of(draft)
        incoming = _source_relations(source)
        kept = []
        for name in ("topics", "regions", "departments"):
            changed_here = snapshot is None or current[name] != snapshot.get(name)
            if self.keep_local_changes and changed_here:
                kept.append(name)
        updated = SimpleNamespace(topics=None, regions=None, departments=None)
        _set_relations(updated, source, copies)
        for name in ("topics", "regions", "departments"):
            if name not in kept and current[name] != incoming[name]:
                setattr(draft, name, getattr(updated, name))
        return kept

    def execute(self):
        self.check()
        source = read_source(self.sheet.source_portal, self.sheet.source_page_id)
        snapshot = self.sheet.source_snapshot.get("fields", {})
        with transaction.atomic():
            copies = LocalCopies(self.sheet.source_snapshot.get("documents"))
            incoming = {**source.fields, "body": copies.body(source)}
            draft = self.sheet.get_latest_revision_as_object()
            kept = []
            for field in SYNCED_FIELDS:
                changed_here = comparable(draft, field) != snapshot.get(field)
                if self.keep_local_changes and changed_here:
                    kept.append(field)
                    continue
                setattr(draft, field, incoming[field])
            kept += self._pull_relations(draft, source, copies)
            for name, value in _provenance(source, incoming, copies).items():
                setattr(draft, name, value)
            draft.save_revision(user=self.user, log_action=True)
            ResourceSheet.objects.filter(pk=self.sheet.pk).update(
                source_revision_id=source.revision_id,
                source_snapshot=draft.source_snapshot,
            )
        logger.info(
            "sheet update pulled id=%s revision=%s kept=%s by=%s",
            self.sheet.pk,
            source.revision_id,
            ",".join(kept) or "-",
            self.user.pk,
        )
        return kept
