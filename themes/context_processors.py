from django.conf import settings
from django.db import connection
from django.utils.functional import SimpleLazyObject

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
        "nav": SimpleLazyObject(lambda: portal_navigation(request)),
    }


def portal_navigation(request):
    """The main menu: what this person can reach on this portal."""
    from django.urls import reverse
    from django.utils.translation import gettext as _

    from dossiers.access import MODERATOR_ROLES
    from portals.roles.models import Role
    from portals.roles.services import roles_of

    items = [
        (_("Accueil"), "/"),
        (_("Ressources"), "/ressources/"),
        (_("Déposer une demande"), reverse("dossiers:submit")),
    ]
    user = request.user
    if user.is_authenticated:
        from advice.models import Notification

        roles = roles_of(user)
        items.append((_("Mes dossiers"), reverse("dossiers:mine")))
        if roles & {Role.ADVISOR, Role.STAFF, Role.ADMIN}:
            items.append((_("Conseil"), reverse("advice:dashboard")))
        if roles & MODERATOR_ROLES:
            items.append((_("Modération"), reverse("dossiers:moderation")))
            items.append((_("Conseillers"), reverse("advice:advisor_requests")))
        elif Role.ADVISOR not in roles:
            items.append((_("Devenir conseiller"), reverse("advice:become_advisor")))
        unread = Notification.objects.filter(recipient=user, read_at=None).count()
        label = _("Notifications")
        items.append(
            (
                f"{label} ({unread})" if unread else label,
                reverse("advice:notifications"),
            )
        )
        if roles & {Role.ADMIN, Role.STAFF, Role.EDITOR}:
            items.append((_("Administration"), "/cms/"))
    path = request.path
    return [
        {
            "label": label,
            "url": url,
            "current": path == url or (url != "/" and path.startswith(url)),
        }
        for label, url in items
    ]
