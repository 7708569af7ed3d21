"""create_portal, list_portals and delete_portal, as an operator runs them."""

import re
from io import StringIO

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django_tenants.utils import schema_exists

from portals.models import Domain, Portal
from portals.provisioning import ProvisionPortal, media_folder


def registry_snapshot():
    return sorted(Portal.objects.values_list("slug", "schema_name")), sorted(
        Domain.objects.values_list("domain", "tenant__slug")
    )


def schemas():
    with connection.cursor() as cursor:
        cursor.execute("SELECT schema_name FROM information_schema.schemata")
        return {row[0] for row in cursor.fetchall()}


def media_folders():
    root = settings.MEDIA_ROOT
    return {path.name for path in root.iterdir()} if root.exists() else set()


def platform_state():
    """What a failed provisioning must leave as it was: rows, schemas, media folders."""
    return registry_snapshot(), schemas(), media_folders()


@pytest.mark.parametrize(
    ("slug", "options", "reason"),
    [
        ("alpha", {"domain": "other.test"}, "déjà pris"),
        ("gamma", {"domain": "alpha.test"}, "déjà utilisé"),
        ("gamma", {"domain": "ALPHA.test"}, "déjà utilisé"),
        ("Bad Slug", {"domain": "bad.test"}, "identifiant"),
        ("a", {"domain": "short.test"}, "identifiant"),
        ("1abc", {"domain": "digit.test"}, "identifiant"),
        ("template", {"domain": "reserved.test"}, "réservé"),
        ("spare--abc", {"domain": "spare.test"}, "identifiant"),
        ("gamma", {"domain": "gamma.test", "theme": "purple"}, "Thème inconnu"),
        (
            "gamma",
            {"domain": "gamma.test", "theme": "dsfr", "operator": "local_authority"},
            "DSFR",
        ),
        ("gamma", {"domain": "localhost"}, "plateforme"),
        ("gamma", {"domain": "not a domain"}, "Domaine invalide"),
    ],
    ids=[
        "slug-taken",
        "domain-taken",
        "domain-taken-other-case",
        "slug-with-space",
        "slug-too-short",
        "slug-starting-with-digit",
        "slug-reserved",
        "slug-with-double-hyphen",
        "unknown-theme",
        "dsfr-for-local-authority",
        "platform-domain",
        "invalid-domain",
    ],
)
def test_bad_provisioning_input_is_refused_with_a_one_line_reason_and_leaves_nothing(
    slug, options, reason, portal_a
):
    before = platform_state()

    with pytest.raises(CommandError) as refused:
        call_command("create_portal", slug, name="Gamma", stdout=StringIO(), **options)

    message = str(refused.value)
    assert refused.value.returncode != 0
    assert reason in message
    assert "\n" not in message.strip()
    assert platform_state() == before


def test_failure_late_in_provisioning_leaves_no_schema_row_or_media(
    portal_a, monkeypatch
):
    copy_media = ProvisionPortal._copy_template_media

    def copy_then_fail(schema):
        copy_media(schema)
        assert media_folder(schema).is_dir()
        raise OSError("disk full")

    monkeypatch.setattr(
        ProvisionPortal, "_copy_template_media", staticmethod(copy_then_fail)
    )
    before = platform_state()

    with pytest.raises(OSError):
        call_command(
            "create_portal",
            "gamma",
            name="Gamma",
            domain="gamma.test",
            stdout=StringIO(),
        )

    assert platform_state() == before


@pytest.fixture
def gamma(portal_a, cleanup_media, django_capture_on_commit_callbacks):
    """Create the portal ``gamma`` through the command; return its output."""
    cleanup_media("gamma")
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "create_portal",
            "gamma",
            name="Gamma",
            domain="gamma.test",
            admin_email="Admin@Gamma.test",
            stdout=out,
        )
    return out.getvalue()


def test_create_portal_reports_its_duration(gamma):
    assert re.search(
        r"Portal gamma created at http://gamma\.test/ in \d+\.\d\d s", gamma
    )


def test_create_portal_makes_a_schema_a_domain_and_a_media_folder(gamma):
    portal = Portal.objects.get(slug="gamma")

    assert schema_exists("gamma")
    assert [d.domain for d in portal.domains.all()] == ["gamma.test"]
    assert portal.get_primary_domain().domain == "gamma.test"
    assert media_folder("gamma").is_dir()


def test_created_portal_is_served_on_its_domain(gamma, client_for):
    response = client_for(Portal.objects.get(slug="gamma")).get("/")

    assert response.status_code == 200
    assert "Gamma" in response.content.decode()


def test_create_portal_emails_its_first_admin_a_link_on_the_portal_domain(gamma):
    assert len(mail.outbox) == 1
    message = mail.outbox[0]

    assert message.to == ["admin@gamma.test"]
    assert "Gamma" in message.subject
    links = re.findall(r"https?://[^\s\"'<>]+", message.body)
    assert links
    assert all(link.startswith("http://gamma.test/") for link in links)


def test_list_portals_shows_the_new_portal_but_not_the_template(gamma):
    out = StringIO()

    call_command("list_portals", stdout=out)

    lines = out.getvalue().splitlines()
    assert any(
        line.startswith("gamma\tgamma\tneutral\tgamma.test\tlive") for line in lines
    )
    assert any(line.startswith("alpha\t") for line in lines)
    assert not any(settings.PORTAL_TEMPLATE_SCHEMA in line for line in lines)
    assert not any(line.startswith("platform\t") for line in lines)


def test_delete_portal_without_yes_refuses_and_keeps_everything(gamma):
    with pytest.raises(CommandError) as refused:
        call_command("delete_portal", "gamma", stdout=StringIO())

    assert "--yes" in str(refused.value)
    assert schema_exists("gamma")
    assert Domain.objects.filter(domain="gamma.test").exists()
    assert media_folder("gamma").is_dir()


def test_delete_portal_with_yes_drops_schema_domains_and_media(gamma):
    out = StringIO()
    # Creation and deletion share this test's transaction: fire the deferred
    # foreign-key checks now, or PostgreSQL refuses to drop tables they touched.
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")

    call_command("delete_portal", "gamma", "--yes", stdout=out)

    assert "deleted" in out.getvalue()
    assert not schema_exists("gamma")
    assert not Portal.objects.filter(slug="gamma").exists()
    assert not Domain.objects.filter(domain="gamma.test").exists()
    assert not media_folder("gamma").exists()
    assert Client(HTTP_HOST="gamma.test").get("/").status_code == 404


def test_delete_portal_refuses_unknown_portal_and_the_template(portal_a):
    for slug in ("nowhere", "portal-template", "platform"):
        with pytest.raises(CommandError):
            call_command("delete_portal", slug, "--yes", stdout=StringIO())

    assert schema_exists(settings.PORTAL_TEMPLATE_SCHEMA)
    assert schema_exists("public")
