"""A demo dossier followed by a demo advisor, so that the dashboard is not empty."""

import uuid

from advice import actions
from advice.models import AdvisorProfile
from dossiers.actions import AcceptDossier, submit_dossier
from dossiers.models import Dossier
from geo.models import Commune
from resources.models import ResourceSheet

DEMO_DOSSIERS = {
    "friches": {
        "project_name": "Reconversion de l’ancienne usine de rubans",
        "obstacles": "Le site de 3 ha est à l’abandon depuis dix ans ; nous ne savons "
        "pas si les sols sont pollués ni qui peut porter le rachat.",
        "help_wanted": "Être orientés pour un diagnostic de pollution et un montage "
        "foncier.",
        "commune": "42218",
        "organisation_name": "Commune (démonstration)",
        "recommendation": (
            "Faire établir un diagnostic de l’état des sols",
            "Avant toute étude de programme, un **diagnostic de pollution** cadre le "
            "coût de la remise en état. Demandez un devis à un bureau d’études "
            "certifié.",
        ),
    },
    "ponts": {
        "project_name": "Pont de pierre fissuré sur la route du moulin",
        "obstacles": "Une fissure s’élargit sous la voûte ; des poids lourds passent "
        "encore.",
        "help_wanted": "Savoir s’il faut limiter le tonnage et qui peut inspecter "
        "l’ouvrage.",
        "commune": "42218",
        "organisation_name": "Commune (démonstration)",
        "recommendation": (
            "Limiter provisoirement le tonnage",
            "En attendant une inspection, un **arrêté de limitation de tonnage** "
            "protège l’ouvrage et les usagers.",
        ),
    },
}


def load_demo_advice(portal_slug, *, applicant, advisor, staff):
    spec = DEMO_DOSSIERS.get(portal_slug)
    if (
        spec is None
        or Dossier.objects.filter(project_name=spec["project_name"]).exists()
    ):
        return False
    commune = Commune.objects.filter(insee_code=spec["commune"]).first()
    dossier, _created = submit_dossier(
        {
            "project_name": spec["project_name"],
            "obstacles": spec["obstacles"],
            "help_wanted": spec["help_wanted"],
            "commune": commune,
            "organisation_name": spec["organisation_name"],
            "organisation_kind": "commune",
            "contact_first_name": applicant.first_name,
            "contact_last_name": applicant.last_name,
            "contact_role": "Maire",
            "contact_email": applicant.email,
            "contact_phone": "01 02 03 04 05",
            "submission_key": uuid.uuid4(),
        },
        user=applicant,
    )
    dossier = AcceptDossier(dossier, staff, "Bienvenue sur le portail.").execute()
    profile = AdvisorProfile.objects.filter(user=advisor).first()
    if profile is None:
        profile = actions.request_advisor_profile(
            advisor, organisation="Réseau de conseil (démonstration)", is_national=True
        )
        actions.decide_advisor_profile(staff, profile, accept=True)
    actions.join_dossier(advisor, dossier)
    title, body = spec["recommendation"]
    recommendation = actions.save_recommendation(
        advisor,
        dossier,
        title=title,
        body=body,
        sheet=ResourceSheet.objects.visible().order_by("title").first(),
    )
    actions.publish_recommendation(advisor, recommendation)
    return True
