"""One account per person, whatever the letter case of the email they type."""

import pytest
from django.db import IntegrityError, transaction

from accounts.models import User
from portals.provisioning import PortalSpec, ProvisionPortal
from portals.roles.models import Role
from portals.roles.services import roles_of
from tests.helpers import PASSWORD, portal_path


@pytest.fixture
def camille(make_user):
    return make_user("Camille.Martin@Mairie.test")


def log_in(client, email, password=PASSWORD):
    return client.post(
        portal_path("accounts:login"), {"username": email, "password": password}
    )


@pytest.mark.parametrize(
    "typed",
    [
        "camille.martin@mairie.test",
        "CAMILLE.MARTIN@MAIRIE.TEST",
        " Camille.Martin@Mairie.test ",
    ],
)
def test_login_on_a_portal_accepts_the_email_in_any_case(
    typed, camille, portal_a, client_for
):
    client = client_for(portal_a)

    response = log_in(client, typed)

    assert response.status_code == 302
    assert client.get("/").wsgi_request.user == camille


def test_login_on_a_portal_with_a_wrong_password_shows_an_error(
    camille, portal_a, client_for
):
    client = client_for(portal_a)

    response = log_in(client, "camille.martin@mairie.test", "wrong password")

    assert response.status_code == 200
    assert "mot de passe incorrect" in response.content.decode()
    assert not client.get("/").wsgi_request.user.is_authenticated


def test_second_account_with_the_same_email_in_another_case_is_refused(camille):
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create_user("CAMILLE.MARTIN@mairie.test")

    assert User.objects.filter(email__iexact="camille.martin@mairie.test").count() == 1


def test_database_refuses_a_duplicate_email_that_bypasses_normalisation(camille):
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.bulk_create([User(email="CAMILLE.martin@mairie.test")])


def test_provisioning_with_an_admin_email_in_another_case_reuses_the_account(
    camille, portal_a, cleanup_media, django_capture_on_commit_callbacks
):
    cleanup_media("gamma")
    accounts_before = User.objects.count()

    with django_capture_on_commit_callbacks(execute=True):
        gamma = ProvisionPortal(
            PortalSpec(
                slug="gamma",
                name="Gamma",
                domain="gamma.test",
                admin_email="CAMILLE.MARTIN@mairie.TEST",
            )
        ).execute()

    assert User.objects.count() == accounts_before
    with gamma:
        assert roles_of(camille) == {Role.ADMIN}
