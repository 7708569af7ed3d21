"""Editors' admin for sheets: the filtered listing, the catalogue import, updates."""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from portals.models import current_portal
from resources.importing import (
    ImportError_,
    ImportSheet,
    PullUpdate,
    catalogue,
    updates_available,
)
from resources.models import ResourceIndexPage, ResourceSheet, ResourceTopic, SheetKind


class SheetAdminFilterSet(PageFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Type de fiche"), choices=SheetKind.choices
    )
    topics = django_filters.ModelMultipleChoiceFilter(
        label=_("Thématiques"),
        queryset=ResourceTopic.objects.all(),
        widget=forms.CheckboxSelectMultiple,
    )
    live = django_filters.ChoiceFilter(
        label=_("Statut"),
        choices=[("true", _("Publiée")), ("false", _("Brouillon"))],
        method="filter_live",
    )
    to_review = django_filters.ChoiceFilter(
        label=_("À relire"),
        choices=[("1", _("Oui"))],
        method="filter_to_review",
        empty_label=_("Peu importe"),
    )
    imported = django_filters.ChoiceFilter(
        label=_("Importée d’un autre portail"),
        choices=[("1", _("Oui"))],
        method="filter_imported",
        empty_label=_("Peu importe"),
    )

    class Meta:
        model = ResourceSheet
        fields = []

    def filter_live(self, queryset, name, value):
        return queryset.filter(live=value == "true")

    def filter_to_review(self, queryset, name, value):
        return queryset.to_review() if value else queryset

    def filter_imported(self, queryset, name, value):
        return queryset.exclude(source_portal="") if value else queryset


class SheetListingViewSet(PageListingViewSet):
    model = ResourceSheet
    icon = "doc-full"
    menu_label = _("Fiches ressources")
    menu_order = 150
    add_to_admin_menu = True
    filterset_class = SheetAdminFilterSet


def _require_editor(request):
    index = ResourceIndexPage.objects.first()
    if index is None or not index.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    return index


def import_catalogue(request):
    """Published sheets of the other portals, to copy into this one."""
    _require_editor(request)
    text = request.GET.get("q", "").strip()
    entries = catalogue(current_portal(), text)
    imported = set(
        ResourceSheet.objects.exclude(source_portal="").values_list(
            "source_portal", "source_page_id"
        )
    )
    return TemplateResponse(
        request,
        "resources/admin/catalogue.html",
        {
            "entries": entries,
            "imported": {f"{slug}:{page_id}" for slug, page_id in imported},
            "query": text,
            "page_title": _("Importer une fiche d’un autre portail"),
        },
    )


@require_POST
def import_sheet(request):
    _require_editor(request)
    try:
        sheet = ImportSheet(
            request.user,
            request.POST.get("portal", ""),
            int(request.POST.get("page", "0") or 0),
        ).execute()
    except (ImportError_, ValueError) as error:
        messages.error(
            request,
            str(error) if isinstance(error, ImportError_) else _("Fiche inconnue."),
        )
        return redirect("resources_import_catalogue")
    messages.success(
        request,
        _("« %(title)s » a été importée comme brouillon : relisez-la puis publiez-la.")
        % {"title": sheet.title},
    )
    return redirect("wagtailadmin_pages:edit", sheet.pk)


def imported_sheets(request):
    """Sheets copied from elsewhere, and which of them have an update waiting."""
    _require_editor(request)
    sheets = list(ResourceSheet.objects.exclude(source_portal="").order_by("title"))
    outdated = updates_available(sheets)
    return TemplateResponse(
        request,
        "resources/admin/imported.html",
        {
            "rows": [(sheet, sheet.pk in outdated) for sheet in sheets],
            "page_title": _("Fiches importées"),
        },
    )


@require_POST
def pull_update(request, sheet_id):
    sheet = get_object_or_404(
        ResourceSheet.objects.exclude(source_portal=""), pk=sheet_id
    )
    keep = request.POST.get("mode") == "keep"
    try:
        kept = PullUpdate(request.user, sheet, keep_local_changes=keep).execute()
    except ImportError_ as error:
        messages.error(request, str(error))
        return redirect("resources_imported")
    if kept:
        messages.success(
            request,
            _(
                "Mise à jour récupérée en brouillon ; vos modifications locales sont "
                "gardées pour : %(fields)s."
            )
            % {
                "fields": ", ".join(
                    str(ResourceSheet._meta.get_field(name).verbose_name)
                    for name in kept
                )
            },
        )
    else:
        messages.success(request, _("Mise à jour récupérée en brouillon."))
    return redirect(reverse("wagtailadmin_pages:edit", args=[sheet.pk]))
