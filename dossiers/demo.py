"""Demo configuration of the submission form and the survey; safe to run again."""

from dossiers.models import ExtraQuestion
from dossiers.survey_models import SurveyChoice, SurveyQuestion, SurveySection


def load_demo_configuration():
    """Give the current portal a demo extra question and survey, once."""
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
        choices="Bouche-à-oreille\nServices de l’État\nRecherche sur internet",
        sort_order=1,
    )

    site = SurveySection.objects.create(title="Le site et son foncier", sort_order=0)
    owner = SurveyQuestion.objects.create(
        section=site,
        sort_order=0,
        text="Qui est propriétaire du site ?",
        kind="single",
        with_comment=True,
    )
    SurveyChoice.objects.create(question=owner, label="La collectivité", tags="public")
    SurveyChoice.objects.create(question=owner, label="Un propriétaire privé")
    SurveyChoice.objects.create(question=owner, label="Je ne sais pas")
    SurveyQuestion.objects.create(
        section=site,
        sort_order=1,
        text="Depuis quand la collectivité en est-elle propriétaire ?",
        kind="date",
        show_if_tag="public",
    )
    SurveyQuestion.objects.create(
        section=site,
        sort_order=2,
        text="Surface approximative (hectares)",
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
