"""The public list of sheets: search, filters and pages, all in the query string."""

import django_filters
from django import forms
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.paginator import Paginator
from django.db.models import Exists, F, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from geo.models import Department
from geo.search import department_options
from geo.text import fold
from resources.models import (
    SEARCH_CONFIG,
    ResourceSheet,
    ResourceTopic,
    SheetKind,
)

PAGE_SIZE = 12


def search_sheets(queryset, text):
    """Full-text search, accent- and case-insensitive, plurals stemmed (French)."""
    folded = fold(text)
    if not folded:
        return queryset
    query = SearchQuery(folded, config=SEARCH_CONFIG, search_type="websearch")
    return (
        queryset.filter(search_vector=query)
        .annotate(rank=SearchRank(F("search_vector"), query))
        .order_by("-rank", "title")
    )


class SheetFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Rechercher"),
        method="filter_text",
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Type de fiche"), choices=SheetKind.choices, empty_label=_("Tous")
    )
    topic = django_filters.ModelChoiceFilter(
        label=_("Thématique"),
        # Themes of published sheets only: a theme brought by a draft is no choice.
        queryset=ResourceTopic.objects.filter(
            Exists(
                ResourceSheet.topics.through.objects.filter(
                    resourcetopic=OuterRef("pk"), resourcesheet__live=True
                )
            )
        ),
        to_field_name="slug",
        field_name="topics",
        empty_label=_("Toutes"),
    )
    department = django_filters.ModelChoiceFilter(
        label=_("Département"),
        queryset=Department.objects.order_by("code"),
        to_field_name="code",
        method="filter_department",
        empty_label=_("Tous"),
    )

    class Meta:
        model = ResourceSheet
        fields = ["q", "kind", "topic", "department"]

    def filter_text(self, queryset, name, value):
        return search_sheets(queryset, value)

    def filter_department(self, queryset, name, department):
        """National sheets, and sheets aimed at this department or its region."""
        in_department = ResourceSheet.departments.through.objects.filter(
            department=department
        ).values("resourcesheet_id")
        in_region = ResourceSheet.regions.through.objects.filter(
            region_id=department.region_id
        ).values("resourcesheet_id")
        return queryset.filter(
            Q(is_national=True) | Q(pk__in=in_department) | Q(pk__in=in_region)
        )


def sheet_listing_context(request, index_page):
    sheets = (
        ResourceSheet.objects.visible()
        .child_of(index_page)
        .order_by("title")
        .only(
            "id",
            "title",
            "slug",
            "url_path",
            "summary",
            "kind",
            "review_due",
            "last_reviewed_at",
            "depth",
            "path",
            "locale_id",
        )
        .prefetch_related("topics")
    )
    filters = SheetFilterSet(request.GET or None, queryset=sheets, request=request)
    results = filters.qs if filters.is_bound and filters.is_valid() else sheets
    page = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filters": filters,
        "department_options": department_options(),
        "sheets_page": page,
        "page_query": query.urlencode(),
        "is_filtered": any(request.GET.get(key) for key in SheetFilterSet.Meta.fields),
    }
