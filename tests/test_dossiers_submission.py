"""Submitting a dossier: the form, accounts on the way, robustness, attachments."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from dossiers.models import Attachment, Dossier, DossierStatus, ExtraQuestion
from portals.roles.models import Role
from portals.tasks import run_queued_tasks
from tests.factories_dossiers import pdf_upload, submission_data

SUBMIT = "/deposer-une-demande/"


def dossiers_in(portal):
    with portal:
        return list(Dossier.objects.all())


def link_in(message):
    return re.search(r"https?://\S+", message.body.split("\n\n", 1)[1]).group(0)


def test_form_page_has_labelled_fields(portal_a, client_for):
    response = client_for(portal_a).get(SUBMIT)

    html = response.content.decode()
    assert response.status_code == 200
    assert '<label class="label" for="id_project_name">' in html
    assert 'name="submission_key"' in html


def test_double_submission_creates_one_dossier(portal_a, client_for, make_user):
    user = make_user("maire@commune.test")
    client = client_for(portal_a, user)
    data = submission_data()

    first = client.post(SUBMIT, data)
    second = client.post(SUBMIT, data)

    dossiers = dossiers_in(portal_a)
    assert len(dossiers) == 1
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]


def test_commune_is_found_ignoring_accents_case_and_hyphens(
    portal_a, client_for, make_user
):
    client = client_for(portal_a, make_user("maire@commune.test"))

    client.post(SUBMIT, submission_data(commune_query="SAINT etienne"))

    assert dossiers_in(portal_a)[0].commune.name == "Saint-Étienne"


def test_ambiguous_postal_code_asks_which_commune_on_that_field(
    portal_a, client_for, make_user
):
    client = client_for(portal_a, make_user("maire@commune.test"))
    data = submission_data(commune_query="20167")

    response = client.post(SUBMIT, data)

    form = response.context["form"]
    assert response.status_code == 200
    assert list(form.errors) == ["commune"]
    labels = [label for _, label in form.fields["commune"].choices]
    assert [label.split(" (")[0] for label in labels] == ["Afa", "Alata", "Appietto"]
    assert dossiers_in(portal_a) == []

    alata = next(v for v, label in form.fields["commune"].choices if "Alata" in label)
    client.post(SUBMIT, {**data, "commune": alata})
    assert dossiers_in(portal_a)[0].commune.name == "Alata"


def test_unknown_commune_error_is_on_the_commune_query(portal_a, client_for):
    response = client_for(portal_a).post(
        SUBMIT, submission_data(commune_query="Atlantide")
    )

    assert list(response.context["form"].errors) == ["commune_query"]
    assert "Atlantide" in response.context["form"].errors["commune_query"][0]


def test_values_and_file_are_kept_after_a_validation_error(portal_a, client_for):
    client = client_for(portal_a)
    data = submission_data(project_name="", attachment=pdf_upload("étude.pdf"))

    response = client.post(SUBMIT, data)

    form = response.context["form"]
    html = response.content.decode()
    assert list(form.errors) == ["project_name"]
    assert "Sol pollué, pas d’ingénieur à la mairie." in html
    assert 'value="lucie.moreau@mairie.test"' in html
    assert "Fichier conservé" in html and "étude.pdf" in html

    held = form.held_attachment
    fixed = submission_data(
        submission_key=data["submission_key"], held_attachment=str(held.pk)
    )
    client.post(SUBMIT, fixed)
    with portal_a:
        dossier = Dossier.objects.get()
        assert [a.original_name for a in dossier.attachments.all()] == ["étude.pdf"]


def test_a_held_file_is_given_back_to_no_other_session(portal_a, client_for):
    first = client_for(portal_a)
    response = first.post(
        SUBMIT, submission_data(project_name="", attachment=pdf_upload())
    )
    held = response.context["form"].held_attachment

    client_for(portal_a).post(SUBMIT, submission_data(held_attachment=str(held.pk)))

    with portal_a:
        assert not Dossier.objects.get().attachments.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.html", b"<html><script>alert(1)</script></html>"),
        ("fake.pdf", b"<html><script>alert(1)</script></html>"),
        ("photo.png", b"%PDF-1.4 not a png"),
        ("virus.exe", b"MZ\x90\x00"),
    ],
)
def test_a_disallowed_file_is_refused_on_its_field(portal_a, client_for, name, content):
    upload = SimpleUploadedFile(name, content)

    response = client_for(portal_a).post(SUBMIT, submission_data(attachment=upload))

    assert list(response.context["form"].errors) == ["attachment"]
    assert dossiers_in(portal_a) == []
    with portal_a:
        assert not Attachment.objects.exists()


def test_visitor_confirms_address_and_sets_a_password(portal_a, client_for):
    from accounts.models import User

    client = client_for(portal_a)
    response = client.post(SUBMIT, submission_data())
    assert response["Location"] == "/deposer-une-demande/envoyee/"
    dossier = dossiers_in(portal_a)[0]
    assert dossier.status == DossierStatus.DRAFT and dossier.owner is None

    run_queued_tasks()
    [message] = mail.outbox
    assert message.to == ["lucie.moreau@mairie.test"]
    assert message.from_email.startswith("Alpha <")
    link = link_in(message)
    assert link.startswith("http://alpha.test/deposer-une-demande/confirmer/")

    path = link.removeprefix("http://alpha.test")
    page = client.get(path)
    assert "Choisissez le mot de passe" in page.content.decode()
    client.post(
        path, {"password1": "un long secret 42", "password2": "un long secret 42"}
    )

    user = User.objects.get(email="lucie.moreau@mairie.test")
    assert user.check_password("un long secret 42")
    with portal_a:
        dossier.refresh_from_db()
        assert dossier.status == DossierStatus.TO_MODERATE
        assert dossier.owner == user
    assert client.get("/mes-dossiers/").context["dossiers"][0] == dossier


def test_existing_account_in_other_case_gets_the_dossier_after_login(
    portal_a, client_for, make_user
):
    from accounts.models import User

    existing = make_user("lucie.moreau@mairie.test")
    client = client_for(portal_a)
    client.post(SUBMIT, submission_data(contact_email="Lucie.MOREAU@Mairie.test"))
    run_queued_tasks()
    path = link_in(mail.outbox[0]).removeprefix("http://alpha.test")

    page = client.get(path)
    assert page.context["mode"] == "login"

    logged_in = client_for(portal_a, existing)
    logged_in.post(path)

    assert User.objects.filter(email__iexact="lucie.moreau@mairie.test").count() == 1
    dossier = dossiers_in(portal_a)[0]
    assert dossier.owner == existing
    assert dossier.status == DossierStatus.TO_MODERATE


def test_logged_in_user_submits_directly(portal_a, client_for, make_user):
    user = make_user("maire@commune.test")

    response = client_for(portal_a, user).post(SUBMIT, submission_data())

    dossier = dossiers_in(portal_a)[0]
    assert response["Location"] == f"/dossiers/{dossier.pk}/?depose=1"
    assert dossier.status == DossierStatus.TO_MODERATE
    assert dossier.owner == user


def test_extra_questions_are_asked_and_answers_keep_their_wording(
    portal_a, client_for, make_user
):
    with portal_a:
        question = ExtraQuestion.objects.create(
            label="Le terrain appartient-il à la commune ?",
            kind="yes_no",
            required=True,
        )
    client = client_for(portal_a, make_user("maire@commune.test"))

    missing = client.post(SUBMIT, submission_data())
    assert list(missing.context["form"].errors) == [f"extra_{question.pk}"]

    client.post(SUBMIT, submission_data(**{f"extra_{question.pk}": "yes"}))
    with portal_a:
        question.label = "Autre formulation"
        question.save()
    assert dossiers_in(portal_a)[0].extra_answers == [
        {
            "question": "Le terrain appartient-il à la commune ?",
            "kind": "yes_no",
            "answer": "Oui",
        }
    ]


def test_attachment_is_served_only_as_a_download_to_the_team(
    portal_a, client_for, make_user, cleanup_media
):
    cleanup_media(portal_a.schema_name)
    owner = make_user("maire@commune.test")
    client = client_for(portal_a, owner)
    client.post(SUBMIT, submission_data(attachment=pdf_upload()))
    dossier = dossiers_in(portal_a)[0]
    with portal_a:
        attachment = dossier.attachments.get()
    url = f"/dossiers/{dossier.pk}/fichiers/{attachment.pk}/"

    response = client.get(url)
    stranger = client_for(portal_a, make_user("autre@ailleurs.test")).get(url)
    staff = client_for(
        portal_a, make_user("equipe@portail.test", roles=[(portal_a, Role.STAFF)])
    ).get(url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="plan.pdf"')
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert stranger.status_code == 404
    assert staff.status_code == 200
