from django.conf import settings
from django.db import connection

from themes.registry import PLATFORM_THEME, get_theme


def theme(request):
    """The theme, portal and identity settings that every page's layout needs."""
    portal = getattr(request, "tenant", None)
    if portal is None or connection.schema_name == "public" or portal.is_template:
        return {
            "theme": PLATFORM_THEME,
            "portal": None,
            "identity": None,
            "platform_name": settings.PLATFORM_NAME,
        }

    from themes.models import PortalIdentity

    return {
        "theme": get_theme(portal.theme),
        "portal": portal,
        "identity": PortalIdentity.for_request(request),
        "platform_name": settings.PLATFORM_NAME,
    }
