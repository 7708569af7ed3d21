"""Loads the demo sheets of ``resources.demo_sheets`` into the current portal."""

import datetime

from django.db import transaction

from geo.models import Department
from resources.demo_sheets import DEMO_SHEETS, DEMO_TOPICS
from resources.models import Contact, ResourceIndexPage, ResourceSheet, ResourceTopic


@transaction.atomic
def load_demo_sheets(portal_slug) -> int:
    """Create the portal's demo sheets that do not exist yet; returns how many."""
    index = ResourceIndexPage.objects.first()
    topics = {
        slug: ResourceTopic.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in DEMO_TOPICS.get(portal_slug, [])
    }
    existing = set(ResourceSheet.objects.values_list("slug", flat=True))
    created = 0
    for spec in DEMO_SHEETS.get(portal_slug, []):
        if spec["slug"] in existing:
            continue
        _create_sheet(index, spec, topics)
        created += 1
    return created


def _create_sheet(index, spec, topics):
    national = spec["scope"] == "national"
    sheet = ResourceSheet(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        kind=spec["kind"],
        body=[_block(block_type, value) for block_type, value in spec["body"]],
        is_national=national,
        last_reviewed_at=datetime.date.fromisoformat(spec["last_reviewed"]),
        review_due=datetime.date.fromisoformat(spec["next_review"]),
    )
    sheet.topics = [topics[slug] for slug in spec["topics"]]
    if not national:
        sheet.departments = list(Department.objects.filter(code__in=spec["scope"]))
    index.add_child(instance=sheet)
    sheet.save_revision().publish()


def _block(block_type, value):
    if block_type == "contact":
        contact, _ = Contact.objects.get_or_create(**value)
        return ("contact", contact)
    return (block_type, value)
