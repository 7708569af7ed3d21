from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class RolesConfig(AppConfig):
    name = "portals.roles"
    label = "roles"
    verbose_name = _("Rôles dans le portail")

    def ready(self):
        from portals.roles import signal_handlers  # noqa: F401


class PortalWagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, limited to the members of the current portal."""

    user_viewset = "portals.roles.views.PortalUserViewSet"
