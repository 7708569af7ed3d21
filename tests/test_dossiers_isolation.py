"""Every dossier-scoped URL of portal A answers 404 on portal B.

The URLs are read from the resolver, so a URL added to ``dossiers.urls`` is walked
too; one with a parameter this test does not know makes it fail until it is added.
"""

from django.conf import settings
from django.urls import get_resolver

from dossiers.actions import confirmation_token
from dossiers.models import Attachment, DossierStatus, Invitation
from portals.roles.models import Role
from tests.factories_dossiers import make_dossier, pdf_upload

# Pages of the portal as a whole, scoped to no dossier.
PORTAL_WIDE = {"submit", "submitted", "mine", "moderation"}


def dossier_patterns():
    _prefix, resolver = get_resolver(settings.ROOT_URLCONF).namespace_dict["dossiers"]
    return resolver.url_patterns


def test_every_dossier_scoped_url_of_a_is_404_on_b(
    portal_a, portal_b, client_for, make_user, cleanup_media
):
    cleanup_media(portal_a.schema_name)
    # The most privileged person there is: member of the dossier in A, staff of both.
    person = make_user(
        "partout@portail.test", roles=[(portal_a, Role.STAFF), (portal_b, Role.STAFF)]
    )
    dossier = make_dossier(portal_a, person)
    draft = make_dossier(portal_a, None, status=DossierStatus.DRAFT)
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
        token_for = {
            "confirm": confirmation_token(draft),
            "invitation": invitation.token,
        }
    values = {
        "dossier_id": dossier.pk,
        "invitation_id": invitation.pk,
        "attachment_id": attachment.pk,
    }
    with portal_b:
        from dossiers.models import Dossier

        assert not Dossier.objects.filter(pk=dossier.pk).exists()

    on_a, on_b = client_for(portal_a, person), client_for(portal_b, person)
    walked = []
    for pattern in dossier_patterns():
        names = list(pattern.pattern.converters)
        if pattern.name in PORTAL_WIDE:
            assert not names, f"{pattern.name} takes parameters: is it dossier-scoped?"
            continue
        kwargs = {}
        for name in names:
            if name == "token":
                kwargs[name] = token_for[pattern.name]
            else:
                assert name in values, f"unknown parameter {name} in {pattern.name}"
                kwargs[name] = values[name]
        path = "/" + str(pattern.pattern)
        path = path.replace("<int:", "{").replace("<str:", "{").replace(">", "}")
        path = path.format(**kwargs)

        assert on_a.get(path).status_code in (200, 405), path
        assert on_b.get(path).status_code == 404, f"GET {path} on B"
        assert on_b.post(path, {}).status_code == 404, f"POST {path} on B"
        walked.append(pattern.name)

    assert len(walked) >= 12
