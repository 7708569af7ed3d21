from django.db import transaction
from wagtail import hooks

from portals.models import current_portal
from portals.roles.bulk_actions import PORTAL_USER_BULK_ACTIONS

for action_class in PORTAL_USER_BULK_ACTIONS:
    hooks.register("register_bulk_action", action_class, order=100)


@hooks.register("after_create_user")
def welcome_new_member(request, user):
    """Someone added in the admin gets an email to set a password or to log in."""
    from portals.setup import send_member_welcome

    portal = current_portal()
    transaction.on_commit(lambda: send_member_welcome(portal, user))
