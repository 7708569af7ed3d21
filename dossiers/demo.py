"""Demo configuration of the submission form and the survey; safe to run again."""

from dossiers.models import ExtraQuestion
from dossiers.survey_models import SurveyChoice, SurveyQuestion, SurveySection

FIRST_SECTION = {
    "friches": {
        "title": "Le site et son foncier",
        "owner": "Qui est propriétaire du site ?",
        "choices": ("La collectivité", "Un propriétaire privé", "Je ne sais pas"),
        "since": "Depuis quand la collectivité en est-elle propriétaire ?",
        "size": "Surface approximative (hectares)",
    },
    "ponts": {
        "title": "L’ouvrage",
        "owner": "Qui gère l’ouvrage ?",
        "choices": (
            "La commune",
            "Le département ou un autre gestionnaire",
            "Je ne sais pas",
        ),
        "since": "Date de la dernière inspection connue",
        "size": "Longueur approximative de l’ouvrage (mètres)",
    },
}


def load_demo_configuration(portal_slug="friches"):
    """Give the current portal a demo extra question and survey, once."""
    first = FIRST_SECTION.get(portal_slug, FIRST_SECTION["friches"])
    if ExtraQuestion.objects.exists() or SurveySection.objects.exists():
        return False
    ExtraQuestion.objects.create(
        label="Le projet a-t-il déjà fait l’objet d’une étude ?",
        kind="yes_no",
        required=True,
        sort_order=0,
    )
    ExtraQuestion.objects.create(
        label="Comment avez-vous connu le portail ?",
        kind="choice",
        choices="Bouche-à-oreille\nUn service public ou une collectivité\n"
        "Recherche sur internet",
        sort_order=1,
    )

    site = SurveySection.objects.create(title=first["title"], sort_order=0)
    owner = SurveyQuestion.objects.create(
        section=site,
        sort_order=0,
        text=first["owner"],
        kind="single",
        with_comment=True,
    )
    public, other, unknown = first["choices"]
    SurveyChoice.objects.create(question=owner, label=public, tags="public")
    SurveyChoice.objects.create(question=owner, label=other)
    SurveyChoice.objects.create(question=owner, label=unknown)
    SurveyQuestion.objects.create(
        section=site,
        sort_order=1,
        text=first["since"],
        kind="date",
        show_if_tag="public",
    )
    SurveyQuestion.objects.create(
        section=site,
        sort_order=2,
        text=first["size"],
        kind="number",
    )

    team = SurveySection.objects.create(title="Moyens du projet", sort_order=1)
    means = SurveyQuestion.objects.create(
        section=team,
        sort_order=0,
        text="De quels moyens disposez-vous déjà ?",
        kind="multiple",
    )
    for label in ("Un budget d’études", "Un agent dédié", "Un bureau d’études"):
        SurveyChoice.objects.create(question=means, label=label)
    SurveyQuestion.objects.create(
        section=team,
        sort_order=1,
        text="Un document utile (diagnostic, plan…)",
        kind="file",
    )
    SurveyQuestion.objects.create(
        section=team, sort_order=2, text="Autre chose à signaler ?", kind="text"
    )
    return True
