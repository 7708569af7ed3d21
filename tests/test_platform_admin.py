"""The platform admin, where policy owners create portals."""

import pytest
from django.conf import settings
from django_tenants.utils import schema_exists

from portals.models import Domain, Portal
from portals.roles.models import Role

ADD_PORTAL = "/admin/portals/portal/add/"


def portal_form(**overrides):
    return {
        "name": "Gamma",
        "slug": "gamma",
        "domain": "gamma.test",
        "theme": "neutral",
        "operator_kind": "local_authority",
        "description": "Portail de test",
        "admin_email": "",
        **overrides,
    }


@pytest.fixture
def policy_owner(make_user):
    return make_user("owner@plateforme.test", is_staff=True)


def test_policy_owner_creates_a_portal_through_the_admin_form(
    policy_owner, portal_a, client_for, cleanup_media
):
    cleanup_media("gamma")
    client = client_for(None, policy_owner)

    response = client.post(ADD_PORTAL, portal_form(), follow=True)

    assert response.status_code == 200
    assert "Portail créé en" in response.content.decode()
    portal = Portal.objects.get(slug="gamma")
    assert schema_exists("gamma")
    assert portal.get_primary_domain().domain == "gamma.test"
    assert client_for(portal).get("/").status_code == 200


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        ({"domain": "alpha.test"}, "domain", "déjà utilisé"),
        ({"slug": "alpha"}, "slug", "déjà pris"),
        ({"slug": "1abc"}, "slug", "identifiant"),
        ({"theme": "dsfr", "operator_kind": "association"}, "theme", "DSFR"),
        ({"domain": "localhost"}, "domain", "plateforme"),
    ],
    ids=["domain-taken", "slug-taken", "slug-invalid", "dsfr-not-state", "platform"],
)
def test_portal_form_errors_show_on_the_right_field_and_keep_the_input(
    overrides, field, words, policy_owner, portal_a, client_for
):
    portals_before = Portal.objects.count()
    client = client_for(None, policy_owner)

    response = client.post(ADD_PORTAL, portal_form(**overrides))

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert list(form.errors) == [field]
    assert words in " ".join(form.errors[field])
    assert 'value="Gamma"' in response.content.decode()
    assert Portal.objects.count() == portals_before


def test_portal_form_error_on_taken_domain_creates_nothing(
    policy_owner, portal_a, client_for
):
    client = client_for(None, policy_owner)

    client.post(ADD_PORTAL, portal_form(domain="alpha.test"))

    assert not schema_exists("gamma")
    assert list(
        Domain.objects.filter(domain="alpha.test").values_list(
            "tenant__slug", flat=True
        )
    ) == ["alpha"]
    assert not (settings.MEDIA_ROOT / "gamma").exists()


@pytest.mark.parametrize("roles", [(), "admin-of-alpha"])
def test_account_without_staff_flag_is_refused_the_platform_admin(
    roles, portal_a, make_user, client_for
):
    role_list = [(portal_a, Role.ADMIN)] if roles else []
    person = make_user("person@test.test", roles=role_list)
    client = client_for(None, person)

    for path in ("/admin/", ADD_PORTAL):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")

    response = client.post(ADD_PORTAL, portal_form())
    assert response.status_code == 302
    assert not Portal.objects.filter(slug="gamma").exists()


def test_platform_admin_is_not_served_on_a_portal_domain(
    policy_owner, portal_a, client_for
):
    response = client_for(portal_a, policy_owner).get(ADD_PORTAL)

    assert response.status_code == 404
