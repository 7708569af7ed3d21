"""Small factories for resource sheets, their topics, contacts and documents.

Each factory works inside the portal it is given and returns what it created; the
objects stay usable outside the portal for their ids and plain fields.
"""

from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model

from geo.models import Department, Region
from resources.models import ResourceIndexPage, ResourceSheet, ResourceTopic

SUMMARY = "Une fiche de test, assez courte pour une carte."


def resource_index():
    """The portal's French ``/ressources/`` page (translations have their own)."""
    return ResourceIndexPage.objects.get(locale__language_code="fr")


def make_topic(portal, name, slug=None):
    with portal:
        return ResourceTopic.objects.create(name=name, slug=slug or slugify(name))


def make_document(portal, title="Guide", name="guide.txt", content=b"Bonjour."):
    with portal:
        document = get_document_model()(title=title)
        document.file.save(name, ContentFile(content), save=False)
        document.save()
        return document


def make_sheet(
    portal,
    title,
    *,
    slug=None,
    summary=SUMMARY,
    kind="methode",
    body=(),
    topics=(),
    departments=(),
    regions=(),
    publish=True,
    **fields,
):
    """A sheet under the portal's resource index, published unless told otherwise.

    ``departments`` and ``regions`` are INSEE codes; a sheet with neither is national.
    """
    with portal:
        sheet = ResourceSheet(
            title=title,
            slug=slug or slugify(title),
            summary=summary,
            kind=kind,
            body=list(body),
            is_national=not (departments or regions),
            live=publish,
            **fields,
        )
        sheet.topics = list(topics)
        sheet.departments = list(Department.objects.filter(code__in=departments))
        sheet.regions = list(Region.objects.filter(code__in=regions))
        resource_index().add_child(instance=sheet)
        revision = sheet.save_revision()
        if publish:
            revision.publish()
        return ResourceSheet.objects.get(pk=sheet.pk)
