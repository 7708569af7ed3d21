"""What portal staff configure in /cms/: the submission form's extra questions and
the qualification survey; plus a link to the moderation queue."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from dossiers.models import ExtraQuestion
from dossiers.survey_models import SurveyQuestion, SurveySection


class ExtraQuestionViewSet(ModelViewSet):
    model = ExtraQuestion
    icon = "form"
    menu_label = _("Questions du formulaire de dépôt")
    url_prefix = "dossiers/questions-depot"
    list_display = ["label", "kind", "required", "is_active"]
    form_fields = ["label", "help_text", "kind", "choices", "required", "is_active"]
    add_to_admin_menu = False


class SurveySectionViewSet(ModelViewSet):
    model = SurveySection
    icon = "folder-open-inverse"
    menu_label = _("Sections de l’état des lieux")
    url_prefix = "dossiers/etat-des-lieux/sections"
    list_display = ["title"]
    form_fields = ["title", "intro"]


class SurveyQuestionViewSet(ModelViewSet):
    model = SurveyQuestion
    icon = "help"
    menu_label = _("Questions de l’état des lieux")
    url_prefix = "dossiers/etat-des-lieux/questions"
    list_display = ["text", "section", "kind", "show_if_tag"]
    list_filter = ["section", "kind"]
    ordering = ["section__sort_order", "sort_order", "pk"]


class DossierSettingsGroup(ViewSetGroup):
    menu_label = _("Dossiers")
    menu_icon = "folder-inverse"
    menu_order = 160
    items = (ExtraQuestionViewSet, SurveySectionViewSet, SurveyQuestionViewSet)


@hooks.register("register_admin_viewset")
def register_dossier_settings():
    return DossierSettingsGroup()


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        from dossiers.access import is_moderator

        return is_moderator(request.user)


@hooks.register("register_admin_menu_item")
def moderation_menu_item():
    return ModeratorMenuItem(
        _("Dossiers à modérer"),
        reverse("dossiers:moderation"),
        icon_name="tasks",
        order=159,
    )
