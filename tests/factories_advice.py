"""Small builders for advice tests: accepted dossiers, advisors, recommendations.

Each builder works inside the portal it is given and returns what it created.
"""

import uuid

from django.utils import timezone

from geo.models import Commune, Department
from portals.roles.models import Role
from portals.roles.services import grant_role

# One sample commune per department the tests use.
COMMUNE_OF_DEPARTMENT = {"42": "42218", "69": "69123", "59": "59350"}


def accepted_dossier(portal, owner=None, *, department="42", members=(), **fields):
    """An accepted dossier ("à conseiller") in a commune of ``department``."""
    from dossiers.models import Dossier, DossierMember, MemberRole

    with portal:
        dossier = Dossier.objects.create(
            project_name=fields.pop("project_name", "Réhabiliter la halle"),
            obstacles="Charpente fragile.",
            help_wanted="Un diagnostic et des financements.",
            commune=Commune.objects.get(insee_code=COMMUNE_OF_DEPARTMENT[department]),
            organisation_name=fields.pop("organisation_name", "Mairie"),
            organisation_kind="commune",
            contact_first_name="Lucie",
            contact_last_name="Moreau",
            contact_role="Maire",
            contact_email=owner.email if owner else "contact@mairie.test",
            contact_phone="0477000000",
            submission_key=uuid.uuid4(),
            status=fields.pop("status", "to_advise"),
            submitted_at=timezone.now(),
            owner=owner,
            **fields,
        )
        if owner is not None:
            DossierMember.objects.create(
                dossier=dossier, user=owner, role=MemberRole.OWNER
            )
        for member in members:
            DossierMember.objects.create(
                dossier=dossier, user=member, role=MemberRole.MEMBER
            )
    return dossier


def make_advisor(portal, user, *, departments=("42",), national=False):
    """Give ``user`` an accepted advisor profile (and the role) in ``portal``."""
    from advice.models import AdvisorProfile, ProfileStatus

    with portal:
        profile = AdvisorProfile.objects.create(
            user=user,
            organisation="DDT",
            is_national=national,
            status=ProfileStatus.ACCEPTED,
            decided_at=timezone.now(),
        )
        profile.departments.set(Department.objects.filter(code__in=departments))
        grant_role(user, Role.ADVISOR)
    return profile


def put_on_dossier(portal, dossier, user, role="advisor"):
    from advice.models import DossierAdvisor

    with portal:
        return DossierAdvisor.objects.create(dossier=dossier, user=user, role=role)


def make_recommendation(portal, dossier, author, title, *, published=True, **fields):
    from advice.models import Recommendation, RecommendationStatus

    with portal:
        position = dossier.recommendations.count() + 1
        return Recommendation.objects.create(
            dossier=dossier,
            author=author,
            title=title,
            body=fields.pop("body", f"Le détail de « {title} »."),
            position=position,
            status=(
                RecommendationStatus.PUBLISHED
                if published
                else RecommendationStatus.DRAFT
            ),
            published_at=timezone.now() if published else None,
            **fields,
        )


def make_message(portal, dossier, author, body, *, private=False):
    from advice.models import Message

    with portal:
        return Message.objects.create(
            dossier=dossier, author=author, body=body, is_private=private
        )
