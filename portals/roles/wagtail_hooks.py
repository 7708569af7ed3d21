from django.db import connection, transaction
from wagtail import hooks

from portals.models import Portal


@hooks.register("after_create_user")
def invite_new_member(request, user):
    """Someone added in the admin gets an email to set a password or to log in."""
    from portals.setup import send_member_welcome

    portal = Portal.objects.get(schema_name=connection.schema_name)
    transaction.on_commit(lambda: send_member_welcome(portal, user))
