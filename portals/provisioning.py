"""Creating and deleting portals: one code path for platform admin, CLI and tests.

A portal is created by cloning the template schema (itself a tenant row, migrated with
the others), then running a real migrate on the clone (normally nothing is pending),
then the portal's own fix-ups. Everything happens in one transaction: PostgreSQL's DDL
is transactional, so a failure leaves no schema and no row behind; the media folder,
which is outside the database, is removed by hand.
"""

import logging
import re
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection, transaction
from django_tenants.clone import CloneSchema
from django_tenants.utils import schema_exists

from portals.models import (
    Domain,
    OperatorKind,
    Portal,
    Theme,
    schema_name_for,
    validate_slug,
    validate_theme,
)

logger = logging.getLogger(__name__)

# Ready-made clones of the template; a slug cannot map to this prefix ("--" refused).
SPARE_PREFIX = "spare__"
SPARE_LOCK_KEY = 7_384_201

DOMAIN_PATTERN = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)


class ProvisioningError(Exception):
    """A portal could not be created or deleted; the message is one line for people."""

    def __init__(self, message, field=None):
        super().__init__(str(message))
        self.field = field


@dataclass
class PortalSpec:
    slug: str
    name: str
    domain: str
    theme: str = Theme.NEUTRAL
    operator_kind: str = ""
    admin_email: str = ""
    description: str = ""

    def __post_init__(self):
        self.slug = (self.slug or "").strip()
        self.name = (self.name or "").strip()
        self.domain = (self.domain or "").strip().lower()
        self.admin_email = (self.admin_email or "").strip()
        if not self.operator_kind:
            self.operator_kind = (
                OperatorKind.STATE
                if self.theme == Theme.DSFR
                else OperatorKind.LOCAL_AUTHORITY
            )


def media_folder(schema_name: str) -> Path:
    return Path(settings.MEDIA_ROOT) / schema_name


class ProvisionPortal:
    """Check a portal's specification, then create the portal from the template."""

    def __init__(self, spec: PortalSpec):
        self.spec = spec
        self.duration = None
        self.used_spare = False

    def check(self):
        spec = self.spec
        try:
            validate_slug(spec.slug)
        except ValidationError as error:
            raise ProvisioningError(error.messages[0], "slug") from None
        if not spec.name:
            raise ProvisioningError("Le nom du portail est obligatoire.", "name")
        try:
            validate_theme(spec.theme, spec.operator_kind)
        except ValidationError as error:
            raise ProvisioningError(error.messages[0], "theme") from None
        if not DOMAIN_PATTERN.match(spec.domain):
            raise ProvisioningError(
                f"Domaine invalide « {spec.domain} » : lettres, chiffres, tirets et "
                "points seulement.",
                "domain",
            )
        if spec.domain == settings.PLATFORM_DOMAIN:
            raise ProvisioningError(
                f"Le domaine « {spec.domain} » est celui de la plateforme.", "domain"
            )
        schema = schema_name_for(spec.slug)
        if Portal.objects.filter(slug=spec.slug).exists() or schema_exists(schema):
            raise ProvisioningError(
                f"L’identifiant « {spec.slug} » est déjà pris.", "slug"
            )
        if Domain.objects.filter(domain=spec.domain).exists():
            raise ProvisioningError(
                f"Le domaine « {spec.domain} » est déjà utilisé.", "domain"
            )
        if spec.admin_email:
            try:
                from django.core.validators import validate_email

                validate_email(spec.admin_email)
            except ValidationError:
                raise ProvisioningError(
                    f"Adresse électronique invalide « {spec.admin_email} ».",
                    "admin_email",
                ) from None
        if not template_portal():
            raise ProvisioningError(
                "Le modèle de portail n’existe pas : lancez « manage.py "
                "migrate_schemas » puis « manage.py ensure_platform ».",
            )

    def execute(self) -> Portal:
        self.check()
        started = time.perf_counter()
        schema = schema_name_for(self.spec.slug)
        try:
            with transaction.atomic():
                portal = self._create_registry_rows(schema)
                self.used_spare = take_spare(schema)
                if not self.used_spare:
                    clone_template(schema)
                call_command(
                    "migrate_schemas",
                    schema_name=schema,
                    tenant=True,
                    interactive=False,
                    verbosity=0,
                )
                with portal:
                    from portals.setup import configure_portal

                    admin = configure_portal(portal, self.spec)
                self._copy_template_media(schema)
        except Exception:
            connection.set_schema_to_public()
            shutil.rmtree(media_folder(schema), ignore_errors=True)
            logger.exception("portal provisioning failed slug=%s", self.spec.slug)
            raise
        connection.set_schema_to_public()
        self.duration = time.perf_counter() - started
        if admin is not None:
            from portals.setup import send_member_welcome

            transaction.on_commit(
                lambda: send_member_welcome(portal, admin, as_admin=True)
            )
        logger.info(
            "portal provisioned slug=%s schema=%s in %.3fs",
            portal.slug,
            schema,
            self.duration,
        )
        return portal

    def _create_registry_rows(self, schema):
        spec = self.spec
        portal = Portal.objects.create(
            schema_name=schema,
            slug=spec.slug,
            name=spec.name,
            theme=spec.theme,
            operator_kind=spec.operator_kind,
            description=spec.description,
        )
        Domain.objects.create(domain=spec.domain, tenant=portal, is_primary=True)
        return portal

    @staticmethod
    def _copy_template_media(schema):
        source = media_folder(settings.PORTAL_TEMPLATE_SCHEMA)
        target = media_folder(schema)
        if source.exists():
            shutil.copytree(source, target, dirs_exist_ok=True)
        else:
            target.mkdir(parents=True, exist_ok=True)


def clone_template(schema):
    CloneSchema().clone_schema(settings.PORTAL_TEMPLATE_SCHEMA, schema, "DATA")


def spare_schemas():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nspname FROM pg_namespace WHERE starts_with(nspname, %s) "
            "ORDER BY nspname",
            [SPARE_PREFIX],
        )
        return [row[0] for row in cursor.fetchall()]


def take_spare(schema) -> bool:
    """Rename a clone of the template made in advance; False when none is ready.

    Cloning takes most of a provisioning's time, and grows with the number of
    schemas in the database; renaming a schema is instant. The transaction-level
    advisory lock keeps two provisionings from taking the same spare.
    """
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [SPARE_LOCK_KEY])
    spares = spare_schemas()
    if not spares:
        return False
    with connection.cursor() as cursor:
        cursor.execute(f'ALTER SCHEMA "{spares[0]}" RENAME TO "{schema}"')
    return True


def replenish_spares(count=1):
    """Clone the template ahead of time, so that the next provisioning is quick."""
    connection.set_schema_to_public()
    for _ in range(max(0, count - len(spare_schemas()))):
        with transaction.atomic():
            clone_template(f"{SPARE_PREFIX}{secrets.token_hex(6)}")


def drop_spares():
    """Spares copy the template as it was: drop them whenever it changes."""
    with connection.cursor() as cursor:
        for name in spare_schemas():
            cursor.execute(f'DROP SCHEMA "{name}" CASCADE')


def provision_portal(**spec) -> Portal:
    return ProvisionPortal(PortalSpec(**spec)).execute()


def template_portal():
    return Portal.objects.filter(
        schema_name=settings.PORTAL_TEMPLATE_SCHEMA, is_template=True
    ).first()


class DeletePortal:
    def __init__(self, slug):
        self.slug = slug

    def check(self):
        portal = Portal.objects.real().filter(slug=self.slug).first()
        if portal is None:
            raise ProvisioningError(f"Aucun portail « {self.slug} ».", "slug")
        return portal

    def execute(self):
        portal = self.check()
        schema = portal.schema_name
        connection.set_schema_to_public()
        with transaction.atomic():
            portal.delete(force_drop=True)
        shutil.rmtree(media_folder(schema), ignore_errors=True)
        logger.info("portal deleted slug=%s schema=%s", self.slug, schema)
