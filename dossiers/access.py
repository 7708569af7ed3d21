"""Who may do what with a dossier, in the current portal."""

from django.http import Http404

from portals.roles.models import Role
from portals.roles.services import roles_of

MODERATOR_ROLES = {Role.ADMIN, Role.STAFF}


def is_moderator(user):
    """Portal staff and admins moderate dossiers and see them all."""
    return bool(roles_of(user) & MODERATOR_ROLES)


def member_role(user, dossier):
    """``owner`` or ``member`` of the dossier's team, or None; read once per pair."""
    if not user.is_authenticated:
        return None
    known = dossier.__dict__.setdefault("_member_roles", {})
    if user.pk not in known:
        known[user.pk] = (
            dossier.members.filter(user=user).values_list("role", flat=True).first()
        )
    return known[user.pk]


def is_member(user, dossier):
    return member_role(user, dossier) is not None


def can_view(user, dossier):
    """Its team, the portal staff, and the advisors (see ``advice.access``)."""
    if is_member(user, dossier) or is_moderator(user):
        return True
    from advice.access import DossierAccess

    # Kept on the dossier so that the page reuses what was read to decide.
    dossier._advice_access = DossierAccess(user, dossier)
    return dossier._advice_access.can_view


def get_visible_dossier(request, dossier_id):
    """The dossier if the person may see it; a 404 otherwise, never a 403.

    A 404 says nothing about whether the dossier exists, here or on another portal.
    """
    from dossiers.models import Dossier

    dossier = (
        Dossier.objects.select_related("commune__department", "owner")
        .filter(pk=dossier_id)
        .first()
    )
    if dossier is None or not can_view(request.user, dossier):
        raise Http404
    return dossier


def moderators():
    """Accounts that moderate dossiers in the current portal."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            memberships__group__portal_role__code__in=MODERATOR_ROLES,
        )
        .distinct()
        .order_by("email")
    )


def post_only_for_visible_dossier(view):
    """Like ``require_POST``, but a dossier the person may not see is a 404 first.

    So that a GET on another portal's dossier answers 404, not 405.
    """
    import functools

    from django.http import HttpResponseNotAllowed

    @functools.wraps(view)
    def checked(request, dossier_id, *args, **kwargs):
        get_visible_dossier(request, dossier_id)
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return view(request, dossier_id, *args, **kwargs)

    return checked
