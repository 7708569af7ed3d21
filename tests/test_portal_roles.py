"""A role held in one portal opens that portal's admin and nothing else."""

import pytest

from accounts.models import User
from portals.roles.models import Role
from tests.helpers import portal_path

ADMIN_HOME = "/cms/"


def assert_refused(response):
    """Wagtail sends people without access to its login page, or answers 403."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"].startswith(portal_path("wagtailadmin_login"))


@pytest.fixture
def admin_of_a(portal_a, make_user):
    return make_user("admin-a@test.test", roles=[(portal_a, Role.ADMIN)])


def test_portal_admin_opens_the_admin_of_their_portal(portal_a, admin_of_a, client_for):
    response = client_for(portal_a, admin_of_a).get(ADMIN_HOME)

    assert response.status_code == 200
    assert "wagtailadmin/home.html" in [t.name for t in response.templates]


def test_portal_admin_is_refused_the_admin_of_another_portal(
    portal_b, admin_of_a, client_for
):
    response = client_for(portal_b, admin_of_a).get(ADMIN_HOME)

    assert_refused(response)


def test_portal_admin_session_does_not_follow_them_to_another_portal(
    portal_a, portal_b, admin_of_a, client_for
):
    client = client_for(portal_a, admin_of_a)
    assert client.get(ADMIN_HOME).status_code == 200

    client.defaults["HTTP_HOST"] = "beta.test"
    assert_refused(client.get(ADMIN_HOME))


def test_account_without_role_gets_no_admin_anywhere(
    portal_a, portal_b, make_user, client_for
):
    nobody = make_user("nobody@test.test")

    for portal in (portal_a, portal_b):
        assert_refused(client_for(portal, nobody).get(ADMIN_HOME))


@pytest.mark.parametrize("role", [Role.EDITOR, Role.STAFF])
def test_editor_and_staff_open_the_admin_of_their_portal_only(
    role, portal_a, portal_b, make_user, client_for
):
    person = make_user("person@test.test", roles=[(portal_a, role)])

    assert client_for(portal_a, person).get(ADMIN_HOME).status_code == 200
    assert_refused(client_for(portal_b, person).get(ADMIN_HOME))


def test_revoked_role_closes_the_admin(portal_a, admin_of_a, client_for):
    from portals.roles.services import revoke_role

    with portal_a:
        revoke_role(admin_of_a, Role.ADMIN)

    assert_refused(client_for(portal_a, admin_of_a).get(ADMIN_HOME))


@pytest.fixture
def people(portal_a, portal_b, make_user):
    return {
        "admin_b": make_user("admin-b@test.test", roles=[(portal_b, Role.ADMIN)]),
        "editor_b": make_user("editor-b@test.test", roles=[(portal_b, Role.EDITOR)]),
        "member_a": make_user("member-a@test.test", roles=[(portal_a, Role.EDITOR)]),
        "nobody": make_user("nobody@test.test"),
    }


def test_user_admin_of_a_portal_lists_only_its_members(portal_b, people, client_for):
    response = client_for(portal_b, people["admin_b"]).get(
        portal_path("wagtailusers_users:index")
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "admin-b@test.test" in page
    assert "editor-b@test.test" in page
    assert "member-a@test.test" not in page
    assert "nobody@test.test" not in page


@pytest.mark.parametrize("who", ["member_a", "nobody"])
def test_user_admin_of_a_portal_cannot_edit_a_non_member(
    who, portal_b, people, client_for
):
    client = client_for(portal_b, people["admin_b"])

    response = client.get(portal_path("wagtailusers_users:edit", people[who].pk))

    assert response.status_code == 404


def test_user_admin_of_a_portal_cannot_delete_a_non_member(
    portal_b, people, client_for
):
    client = client_for(portal_b, people["admin_b"])

    response = client.post(
        portal_path("wagtailusers_users:delete", people["member_a"].pk)
    )

    assert response.status_code == 404
    assert User.objects.filter(pk=people["member_a"].pk).exists()


def test_user_admin_of_a_portal_offers_no_superuser_field(portal_b, people, client_for):
    client = client_for(portal_b, people["admin_b"])

    edit = client.get(portal_path("wagtailusers_users:edit", people["editor_b"].pk))
    add = client.get(portal_path("wagtailusers_users:add"))

    assert edit.status_code == 200
    assert add.status_code == 200
    assert 'name="is_superuser"' not in edit.content.decode()
    assert 'name="is_superuser"' not in add.content.decode()


def test_user_admin_of_a_portal_ignores_a_forged_superuser_flag(
    portal_b, people, client_for
):
    from portals.roles.models import PortalRole

    client = client_for(portal_b, people["admin_b"])
    editor = people["editor_b"]
    with portal_b:
        editor_group = PortalRole.objects.get(code=Role.EDITOR).group_id

    response = client.post(
        portal_path("wagtailusers_users:edit", editor.pk),
        {"groups": [editor_group], "is_superuser": "on", "is_active": "on"},
    )

    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.is_superuser is False
