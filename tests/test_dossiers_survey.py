"""The qualification survey: conditional questions, progress, answers that last."""

import pytest

from dossiers.survey_models import SurveyChoice, SurveyQuestion, SurveySection
from tests.factories_dossiers import make_dossier


@pytest.fixture
def survey(portal_a):
    with portal_a:
        site = SurveySection.objects.create(title="Le site", sort_order=0)
        owner = SurveyQuestion.objects.create(
            section=site, sort_order=0, text="Qui possède le terrain ?", kind="single"
        )
        public = SurveyChoice.objects.create(
            question=owner, label="La commune", tags="public"
        )
        private = SurveyChoice.objects.create(question=owner, label="Un particulier")
        deed = SurveyQuestion.objects.create(
            section=site,
            sort_order=1,
            text="Date de l’acte d’achat",
            kind="date",
            show_if_tag="public",
        )
        area = SurveyQuestion.objects.create(
            section=site,
            sort_order=2,
            text="Surface (ha)",
            kind="number",
            with_comment=True,
        )
    return {
        "section": site,
        "owner": owner,
        "public": public,
        "private": private,
        "deed": deed,
        "area": area,
    }


def survey_url(dossier):
    return f"/dossiers/{dossier.pk}/etat-des-lieux/"


def test_conditional_question_shows_after_a_tagged_answer(
    portal_a, client_for, make_user, survey
):
    applicant = make_user("maire@commune.test")
    dossier = make_dossier(portal_a, applicant)
    client = client_for(portal_a, applicant)

    before = client.get(survey_url(dossier))
    assert f"q_{survey['deed'].pk}" not in before.context["form"].fields
    assert before.context["state"].completion == 0

    client.post(
        survey_url(dossier),
        {f"q_{survey['owner'].pk}": str(survey["public"].pk), "save": ""},
    )
    after = client.get(survey_url(dossier))

    assert f"q_{survey['deed'].pk}" in after.context["form"].fields
    assert after.context["state"].completion == 33


def test_answers_are_saved_and_resumed(portal_a, client_for, make_user, survey):
    applicant = make_user("maire@commune.test")
    dossier = make_dossier(portal_a, applicant)
    client = client_for(portal_a, applicant)

    client.post(
        survey_url(dossier),
        {
            f"q_{survey['area'].pk}": "2,5",
            f"c_{survey['area'].pk}": "Environ",
            "save": "",
        },
    )
    form = client.get(survey_url(dossier)).context["form"]

    assert form.initial[f"q_{survey['area'].pk}"] == "2.5"
    assert form.initial[f"c_{survey['area'].pk}"] == "Environ"


def test_invalid_answer_is_reported_on_its_field(
    portal_a, client_for, make_user, survey
):
    applicant = make_user("maire@commune.test")
    dossier = make_dossier(portal_a, applicant)

    response = client_for(portal_a, applicant).post(
        survey_url(dossier), {f"q_{survey['area'].pk}": "beaucoup", "save": ""}
    )

    assert response.status_code == 400
    assert list(response.context["form"].errors) == [f"q_{survey['area'].pk}"]


def test_editing_or_deleting_questions_keeps_old_answers_readable(
    portal_a, client_for, make_user, survey
):
    applicant = make_user("maire@commune.test")
    dossier = make_dossier(portal_a, applicant)
    client = client_for(portal_a, applicant)
    client.post(
        survey_url(dossier),
        {
            f"q_{survey['owner'].pk}": str(survey["public"].pk),
            f"q_{survey['area'].pk}": "3",
            "save": "",
        },
    )

    with portal_a:
        survey["owner"].text = "Propriétaire actuel ?"
        survey["owner"].save()
        survey["public"].label = "Une collectivité"
        survey["public"].save()
        survey["area"].delete()

    page = client.get(f"/dossiers/{dossier.pk}/").content.decode()
    assert "Qui possède le terrain ?" in page
    assert "La commune" in page
    assert "Surface (ha)" in page and ">3<" in page.replace(" ", "")


def test_survey_is_read_only_for_staff_and_closed_to_strangers(
    portal_a, client_for, make_user, survey
):
    from portals.roles.models import Role

    dossier = make_dossier(portal_a, make_user("maire@commune.test"))
    staff = make_user("staff@portail.test", roles=[(portal_a, Role.STAFF)])

    staff_page = client_for(portal_a, staff).get(survey_url(dossier))
    staff_post = client_for(portal_a, staff).post(survey_url(dossier), {"save": ""})
    stranger = client_for(portal_a, make_user("x@ailleurs.test")).get(
        survey_url(dossier)
    )

    assert staff_page.status_code == 200 and not staff_page.context["can_edit"]
    assert staff_post.status_code == 404
    assert stranger.status_code == 404
