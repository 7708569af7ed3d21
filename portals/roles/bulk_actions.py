"""Wagtail's bulk actions on users, narrowed to what a portal may do to its members.

Registered after Wagtail's own (higher hook order), they replace them by action type:
a portal removes people from itself instead of deleting their platform-wide account,
and may not switch an account's active flag, which holds on every portal.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.users.views.bulk_actions import (
    AssignRoleBulkAction,
    DeleteBulkAction,
    SetActiveStateBulkAction,
)

from portals.roles.models import Membership


class MembersOnlyMixin:
    @classmethod
    def get_queryset(cls, model, object_ids):
        # Wagtail 8 hands back a list here, not a queryset.
        members = set(
            Membership.objects.filter(user__in=object_ids).values_list(
                "user_id", flat=True
            )
        )
        return [
            obj for obj in super().get_queryset(model, object_ids) if obj.pk in members
        ]


class PortalAssignRoleBulkAction(MembersOnlyMixin, AssignRoleBulkAction):
    pass


class RemoveFromPortalBulkAction(MembersOnlyMixin, DeleteBulkAction):
    display_name = _("Retirer du portail")
    aria_label = _("Retirer les personnes choisies du portail")

    @classmethod
    def execute_action(cls, objects, model=None, **kwargs):
        Membership.objects.filter(user__in=[obj.pk for obj in objects]).delete()
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d personne a été retirée du portail",
            "%(count)d personnes ont été retirées du portail",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class NoActiveStateBulkAction(MembersOnlyMixin, SetActiveStateBulkAction):
    def check_perm(self, obj):
        return False


PORTAL_USER_BULK_ACTIONS = [
    PortalAssignRoleBulkAction,
    RemoveFromPortalBulkAction,
    NoActiveStateBulkAction,
]
