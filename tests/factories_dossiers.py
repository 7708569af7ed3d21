"""Small builders for dossier tests: a valid submission, a dossier, a survey."""

import uuid

from django.core.files.uploadedfile import SimpleUploadedFile

from geo.models import Commune

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def pdf_upload(name="plan.pdf"):
    return SimpleUploadedFile(name, PDF_BYTES, content_type="application/pdf")


def submission_data(**overrides):
    data = {
        "submission_key": str(uuid.uuid4()),
        "project_name": "Reconversion de la filature",
        "obstacles": "Sol pollué, pas d’ingénieur à la mairie.",
        "help_wanted": "Savoir par où commencer et quels financements existent.",
        "commune_query": "saint etienne",
        "organisation_name": "Mairie de Saint-Étienne",
        "organisation_kind": "commune",
        "contact_first_name": "Lucie",
        "contact_last_name": "Moreau",
        "contact_role": "Chargée de mission",
        "contact_email": "lucie.moreau@mairie.test",
        "contact_phone": "04 77 00 00 00",
        "accept_terms": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def make_dossier(portal, owner=None, *, status="to_moderate", **fields):
    """A dossier in ``portal``, its owner a member when given."""
    from dossiers.models import Dossier, DossierMember, MemberRole

    with portal:
        dossier = Dossier.objects.create(
            project_name=fields.pop("project_name", "Pont de la Loire"),
            obstacles="Fissures sur une pile.",
            help_wanted="Un diagnostic.",
            commune=Commune.objects.get(insee_code="42218"),
            organisation_name="Mairie",
            organisation_kind="commune",
            contact_first_name="Lucie",
            contact_last_name="Moreau",
            contact_role="Maire",
            contact_email=owner.email if owner else "contact@mairie.test",
            contact_phone="0477000000",
            submission_key=uuid.uuid4(),
            status=status,
            owner=owner,
            **fields,
        )
        if owner is not None:
            DossierMember.objects.create(
                dossier=dossier, user=owner, role=MemberRole.OWNER
            )
    return dossier
