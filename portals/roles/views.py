"""Wagtail's user admin, seen from one portal: its members, and their roles only."""

import logging

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.usage import UsageView
from wagtail.users.views import users

from portals.roles.forms import PortalUserCreationForm, PortalUserEditForm
from portals.roles.models import Membership

logger = logging.getLogger(__name__)


def portal_members():
    return get_user_model()._default_manager.filter(
        pk__in=Membership.objects.values("user_id")
    )


class MembersOnlyMixin:
    def get_queryset(self):
        return portal_members()


class PortalUserIndexView(users.IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .filter(pk__in=Membership.objects.values("user_id"))
        )


class PortalUserEditView(MembersOnlyMixin, users.EditView):
    pass


class PortalUserDeleteView(MembersOnlyMixin, users.DeleteView):
    page_title = _("Retirer du portail")
    success_message = _("« %(object)s » n’est plus membre du portail.")

    def delete_action(self):
        """Remove the person from this portal; the account itself lives on."""
        with transaction.atomic():
            Membership.objects.filter(user=self.object).delete()
        logger.info(
            "member removed user=%s by=%s", self.object.pk, self.request.user.pk
        )


class MemberObjectMixin:
    """Views about one account (history, usage): members of this portal only."""

    def get_base_object_queryset(self):
        return portal_members()


class PortalUserHistoryView(MemberObjectMixin, users.HistoryView):
    pass


class PortalUserUsageView(MemberObjectMixin, UsageView):
    pass


class PortalUserViewSet(users.UserViewSet):
    index_view_class = PortalUserIndexView
    edit_view_class = PortalUserEditView
    delete_view_class = PortalUserDeleteView
    history_view_class = PortalUserHistoryView
    usage_view_class = PortalUserUsageView
    # A copy would start from another person's account details: no copying.
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return PortalUserEditForm if for_update else PortalUserCreationForm
