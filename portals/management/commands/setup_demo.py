"""Create the platform, the template and the two demo portals; safe to run again."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from advice.demo import load_demo_advice
from dossiers.demo import load_demo_configuration
from portals.demo import (
    DEMO_ADMIN_EMAIL,
    DEMO_ADVISOR_EMAIL,
    DEMO_APPLICANT_EMAIL,
    DEMO_PASSWORD,
    DEMO_POLICY_OWNER_EMAIL,
    DEMO_PORTALS,
)
from portals.models import Portal
from portals.provisioning import PortalSpec, ProvisionPortal, replenish_spares
from portals.roles.models import Role
from portals.roles.services import grant_role
from portals.setup import ensure_platform, ensure_template
from resources.demo import load_demo_sheets


class Command(BaseCommand):
    help = "Create (idempotently) the platform and the demo portals Friches and Ponts."

    def handle(self, *args, **options):
        ensure_platform()
        ensure_template()
        User = get_user_model()
        admin = self._demo_account(User, DEMO_ADMIN_EMAIL, "Camille", "Martin")
        applicant = self._demo_account(User, DEMO_APPLICANT_EMAIL, "Alix", "Durand")
        advisor = self._demo_account(User, DEMO_ADVISOR_EMAIL, "Sacha", "Petit")
        owner = self._demo_account(
            User, DEMO_POLICY_OWNER_EMAIL, "Dominique", "Bernard"
        )
        if not owner.is_staff:
            owner.is_staff = True
            owner.save(update_fields=["is_staff"])

        for spec in DEMO_PORTALS:
            portal = Portal.objects.filter(slug=spec["slug"]).first()
            if portal is None:
                action = ProvisionPortal(
                    PortalSpec(
                        **{
                            key: spec[key]
                            for key in (
                                "slug",
                                "name",
                                "domain",
                                "theme",
                                "operator_kind",
                                "description",
                            )
                        }
                    )
                )
                portal = action.execute()
                self.stdout.write(f"Created {portal.slug} in {action.duration:.2f} s")
            with portal, transaction.atomic():
                self._write_home(spec)
                grant_role(admin, Role.ADMIN)
                sheets = load_demo_sheets(portal.slug)
                load_demo_configuration(portal.slug)
                load_demo_advice(
                    portal.slug, applicant=applicant, advisor=advisor, staff=admin
                )
            if sheets:
                self.stdout.write(f"  {sheets} demo resource sheets in {portal.slug}")
        replenish_spares()

    @staticmethod
    def _demo_account(User, email, first_name, last_name):
        user = User.objects.find_by_email(email)
        if user is None:
            user = User.objects.create_user(
                email, DEMO_PASSWORD, first_name=first_name, last_name=last_name
            )
        elif not user.check_password(DEMO_PASSWORD):
            # The banner prints this password: keep it true for the demo accounts.
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        return user

    @staticmethod
    def _write_home(spec):
        from wagtail.models import Site

        from pages.models import HomePage
        from themes.models import PortalIdentity

        home = HomePage.objects.get(depth=2)
        if home.intro:
            return
        home.intro = spec["intro"]
        home.body = list(spec["body"])
        home.save_revision().publish()
        identity = PortalIdentity.for_site(Site.objects.get(is_default_site=True))
        identity.tagline = spec["tagline"]
        identity.operator_name = spec["operator_name"]
        identity.save()
