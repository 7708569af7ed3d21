"""Every dossier-scoped URL of portal A answers 404 on portal B.

The URLs are read from the portal URLconf's resolver: any pattern of ``advice`` or
``dossiers`` taking a ``dossier_id`` is walked, so a new one cannot be forgotten; one
with a parameter this test does not know makes it fail until it is added here.

A GET on a POST-only view answers 405 whatever the id, before any lookup.
"""

import re

from django.conf import settings
from django.urls import get_resolver

from dossiers.models import Attachment, Dossier, Invitation
from portals.roles.models import Role
from tests.factories_advice import (
    accepted_dossier,
    make_advisor,
    make_recommendation,
    put_on_dossier,
)
from tests.factories_dossiers import pdf_upload


def dossier_scoped_patterns():
    """(namespace:name, route) of every pattern taking a ``dossier_id``."""
    resolver = get_resolver(settings.ROOT_URLCONF)
    found = []
    for namespace in ("advice", "dossiers"):
        _prefix, sub_resolver = resolver.namespace_dict[namespace]
        for pattern in sub_resolver.url_patterns:
            if "dossier_id" in pattern.pattern.converters:
                found.append((f"{namespace}:{pattern.name}", str(pattern.pattern)))
    return found


def fill(route, values):
    def replace(match):
        name = match.group(1)
        assert name in values, f"unknown parameter {name} in {route}"
        return str(values[name])

    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", replace, route)


def test_every_dossier_scoped_url_of_a_is_404_on_b_even_for_someone_with_every_role(
    portal_a, portal_b, client_for, make_user, cleanup_media
):
    cleanup_media(portal_a.schema_name)
    every_role = [Role.ADMIN, Role.STAFF, Role.EDITOR, Role.ADVISOR]
    person = make_user(
        "partout@portail.test",
        roles=[(p, role) for p in (portal_a, portal_b) for role in every_role],
    )
    make_advisor(portal_a, person, national=True)
    make_advisor(portal_b, person, national=True)

    # In B the person owns a dossier and advises it, under another id than A's.
    in_b = accepted_dossier(portal_b, person, project_name="Dossier de B")
    dossier = accepted_dossier(portal_a, person, project_name="Dossier de A")
    if dossier.pk == in_b.pk:
        dossier = accepted_dossier(portal_a, person, project_name="Dossier de A")
    put_on_dossier(portal_b, in_b, person)
    put_on_dossier(portal_a, dossier, person)
    recommendation = make_recommendation(portal_a, dossier, person, "Diagnostic")
    make_recommendation(portal_b, in_b, person, "Diagnostic de B")
    with portal_a:
        invitation = Invitation.objects.create(
            dossier=dossier,
            email="x@commune.test",
            invited_by=person,
            expires_at=dossier.created_at.replace(year=dossier.created_at.year + 1),
        )
        attachment = Attachment.objects.create(
            dossier=dossier,
            file=pdf_upload(),
            original_name="plan.pdf",
            content_type="application/pdf",
            size=10,
        )
    with portal_b:
        assert not Dossier.objects.filter(pk=dossier.pk).exists()
    values = {
        "dossier_id": dossier.pk,
        "recommendation_id": recommendation.pk,
        "invitation_id": invitation.pk,
        "attachment_id": attachment.pk,
    }

    on_a, on_b = client_for(portal_a, person), client_for(portal_b, person)
    walked = []
    for name, route in dossier_scoped_patterns():
        path = fill(route, values)

        assert on_a.get(path).status_code in (200, 405), f"GET {path} on A"
        # POST-only views refuse a GET (405) before looking anything up: the same
        # answer as for an id that exists nowhere, so it tells nothing.
        nowhere = fill(route, {name: 999999 for name in values})
        answer_on_b = on_b.get(path).status_code
        assert answer_on_b == 404 or answer_on_b == on_b.get(nowhere).status_code == 405
        assert on_b.post(path, {}).status_code == 404, f"POST {path} on B"
        walked.append(name)

    assert {
        "advice:join",
        "advice:leave",
        "advice:manage_advisor",
        "advice:recommendation_new",
        "advice:recommendation_edit",
        "advice:recommendation_publish",
        "advice:recommendation_move",
        "advice:recommendation_answer",
        "advice:post_message",
        "dossiers:detail",
        "dossiers:attachment",
        "dossiers:team",
    } <= set(walked)
    with portal_a:
        assert not dossier.advisors.exclude(user=person).exists()
        assert dossier.recommendations.count() == 1
