"""Shared fixtures: a platform, a template and two portals, provisioned once.

pytest-django migrates the ``public`` schema; the session fixture below then builds
what every test relies on, committed outside the per-test transactions: the platform
row, the template schema and the portals ``alpha`` and ``beta``. Each test works in a
transaction (the ``db`` fixture) that is rolled back afterwards, schemas included.
"""

import shutil

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from portals.models import Portal
from portals.provisioning import PortalSpec, ProvisionPortal, media_folder
from portals.roles.services import grant_role
from tests.helpers import PASSWORD


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test that touches the database finds the platform and both portals."""
    from portals.provisioning import replenish_spares
    from portals.setup import ensure_platform, ensure_template

    with django_db_blocker.unblock():
        ensure_platform()
        ensure_template()
        # As ensure_platform does: alpha takes a spare clone, beta clones the
        # template, and the tests that provision find a spare again.
        replenish_spares()
        ProvisionPortal(
            PortalSpec(slug="alpha", name="Alpha", domain="alpha.test")
        ).execute()
        ProvisionPortal(
            PortalSpec(slug="beta", name="Beta", domain="beta.test")
        ).execute()
        replenish_spares()


@pytest.fixture(autouse=True)
def _public_schema_after_each_test():
    yield
    connection.set_schema_to_public()


@pytest.fixture
def portal_a(db):
    return Portal.objects.get(slug="alpha")


@pytest.fixture
def portal_b(db):
    return Portal.objects.get(slug="beta")


@pytest.fixture
def make_user(db):
    """Create an account (in ``public``), optionally with roles in some portals."""
    from accounts.models import User

    def make(email, *, password=PASSWORD, roles=(), **fields):
        user = User.objects.create_user(email, password, **fields)
        for portal, role in roles:
            with portal:
                grant_role(user, role)
        return user

    return make


@pytest.fixture
def client_for(db):
    """A test client for a portal (or the platform when ``None``), logged in or not.

    Sessions live in each schema, so logging in happens inside the portal's schema.
    """

    def make(portal=None, user=None):
        host = portal.primary_domain.domain if portal else settings.PLATFORM_DOMAIN
        client = Client(HTTP_HOST=host)
        if user is not None:
            if portal is None:
                connection.set_schema_to_public()
                client.force_login(user)
            else:
                with portal:
                    client.force_login(user)
        return client

    return make


@pytest.fixture
def cleanup_media():
    """Media folders are outside the database: remove those a test created."""
    schemas = []
    yield schemas.append
    for schema in schemas:
        shutil.rmtree(media_folder(schema), ignore_errors=True)


@pytest.fixture
def publish_page(db):
    """Publish a content page under a portal's home page."""

    def publish(portal, title, slug):
        from pages.models import ContentPage, HomePage

        with portal:
            home = HomePage.objects.get(depth=2)
            page = home.add_child(instance=ContentPage(title=title, slug=slug))
            page.save_revision().publish()
        return page

    return publish
