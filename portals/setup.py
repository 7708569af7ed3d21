"""What the template schema holds, and the fix-ups that make a clone a portal."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django.db import connection, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_tenants.utils import get_public_schema_name
from wagtail.models import Locale, Page, Site
from wagtail.search import index

from portals.models import Portal
from portals.roles.models import Role
from portals.roles.services import (
    ensure_review_workflow,
    ensure_role_groups,
    grant_role,
)

logger = logging.getLogger(__name__)

TEMPLATE_HOME_TITLE = "Portail"
HOME_SLUG = "accueil"
RESOURCES_SLUG = "ressources"


def ensure_platform() -> Portal:
    """The ``public`` schema's registry row and domain, which django-tenants needs."""
    from portals.models import Domain

    platform, _ = Portal.objects.get_or_create(
        schema_name=get_public_schema_name(),
        defaults={"slug": "platform", "name": settings.PLATFORM_NAME},
    )
    Domain.objects.get_or_create(
        domain=settings.PLATFORM_DOMAIN,
        defaults={"tenant": platform, "is_primary": True},
    )
    return platform


def ensure_template() -> Portal:
    """Create and migrate the template schema if missing; fill its starter pages.

    Migrations run outside any transaction (some of them alter tables that earlier
    data migrations touched, which PostgreSQL refuses inside one), so a failure
    drops what was created instead.
    """
    connection.set_schema_to_public()
    template = Portal.objects.filter(
        schema_name=settings.PORTAL_TEMPLATE_SCHEMA
    ).first()
    if template is None:
        template = Portal(
            schema_name=settings.PORTAL_TEMPLATE_SCHEMA,
            slug="portal-template",
            name="Modèle de portail",
            is_template=True,
            is_live=False,
        )
        template.save()
        try:
            connection.cursor().execute(f'CREATE SCHEMA "{template.schema_name}"')
            call_command(
                "migrate_schemas",
                schema_name=template.schema_name,
                tenant=True,
                interactive=False,
                verbosity=0,
            )
        except Exception:
            connection.set_schema_to_public()
            template.delete(force_drop=True)
            raise
        connection.set_schema_to_public()
        from portals.provisioning import drop_spares

        drop_spares()
    with template, transaction.atomic():
        _fill_template()
    return template


def _fill_template():
    for code in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
        Locale.objects.get_or_create(language_code=code)
    french = Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    from pages.models import HomePage
    from resources.models import ResourceIndexPage

    root = Page.get_first_root_node()
    home = HomePage.objects.filter(depth=2).first()
    if home is None:
        for starter in root.get_children().exclude(content_type__model="homepage"):
            starter.delete()
        home = root.add_child(
            instance=HomePage(title=TEMPLATE_HOME_TITLE, slug=HOME_SLUG, locale=french)
        )
        home.save_revision().publish()
    if not ResourceIndexPage.objects.exists():
        resources = home.add_child(
            instance=ResourceIndexPage(
                title="Ressources",
                slug=RESOURCES_SLUG,
                locale=french,
                intro="Les fiches ressources du portail : financements, méthodes, "
                "outils, acteurs, réglementation et retours d’expérience.",
            )
        )
        resources.save_revision().publish()

    Site.objects.exclude(root_page=home).delete()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": TEMPLATE_HOME_TITLE,
        },
    )
    ensure_role_groups()
    ensure_review_workflow()


def configure_portal(portal: Portal, spec):
    """Per-portal fix-ups, run in the new schema. Returns the first admin, if any."""
    from pages.models import HomePage
    from themes.models import PortalIdentity

    domain = portal.get_primary_domain().domain
    port = settings.PORTAL_URL_PORT or (
        443 if settings.PORTAL_URL_SCHEME == "https" else 80
    )
    home = HomePage.objects.get(depth=2)
    home.title = spec.name
    home.draft_title = spec.name
    home.seo_title = ""
    home.save_revision(log_action=False).publish(log_action=None)

    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port, site.site_name = domain, port, spec.name
    site.save()
    identity = PortalIdentity.for_site(site)
    identity.name = spec.name
    identity.save()

    _index_live_pages()

    if not spec.admin_email:
        return None
    admin = _account_for(spec.admin_email)
    grant_role(admin, Role.ADMIN)
    return admin


def _index_live_pages():
    """Cloned rows are not in the new schema's search index: index them."""
    for page in Page.objects.live().specific():
        index.insert_or_update_object(page)


def _account_for(email):
    User = get_user_model()
    return User.objects.find_by_email(email) or User.objects.create_user(email)


def portal_url(portal: Portal, path: str) -> str:
    return portal.base_url() + path


def send_member_welcome(portal: Portal, user, *, as_admin=False):
    """Tell someone they joined a portal, with a link to set a password if needed."""
    with portal:
        if user.has_usable_password():
            link = portal_url(portal, reverse("accounts:login"))
        else:
            token = default_token_generator.make_token(user)
            uid = urlsafe_base64_encode(force_bytes(user.pk))
            link = portal_url(
                portal,
                reverse(
                    "accounts:set_password", kwargs={"uidb64": uid, "token": token}
                ),
            )
        subject = (
            f"[{portal.name}] Vous administrez ce portail"
            if as_admin
            else f"[{portal.name}] Vous êtes membre de ce portail"
        )
        send_portal_email(
            portal,
            subject=subject,
            template="portals/emails/member_welcome",
            context={
                "user": user,
                "link": link,
                "as_admin": as_admin,
                "needs_password": not user.has_usable_password(),
            },
            to=[user.email],
        )
    logger.info("member welcomed portal=%s user=%s", portal.slug, user.pk)


def send_portal_email(portal, *, subject, template, context, to):
    """Send an email written in the portal's name, with links to its domain."""
    context = {"portal": portal, "portal_url": portal.base_url(), **context}
    text = render_to_string(f"{template}.txt", context)
    html = render_to_string(f"{template}.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=portal_sender(portal),
        to=to,
    )
    message.attach_alternative(html, "text/html")
    message.send()


def portal_sender(portal):
    from email.utils import formataddr, parseaddr

    _, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    return formataddr((portal.name, address))
