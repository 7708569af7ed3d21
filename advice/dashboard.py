"""The advisors' dashboard: which dossiers, filtered how, in constant queries."""

import datetime

import django_filters
from django import forms
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from advice.access import ADVISABLE_STATUSES
from advice.models import (
    DossierAdvisor,
    DossierReading,
    Recommendation,
    RecommendationStatus,
)
from dossiers.models import Dossier, DossierStatus
from geo.models import Department
from geo.text import fold

ACTIVITY_CHOICES = [
    ("7", _("7 derniers jours")),
    ("30", _("30 derniers jours")),
    ("90", _("3 derniers mois")),
]
SCOPE_CHOICES = [("territory", _("Mon territoire")), ("mine", _("Mes dossiers"))]


def visible_dossiers(user, access_profile, is_staff):
    """Dossiers this person may find on the dashboard (territory or joined)."""
    dossiers = Dossier.objects.filter(status__in=ADVISABLE_STATUSES)
    if is_staff:
        return dossiers
    joined = DossierAdvisor.objects.filter(dossier=OuterRef("pk"), user=user)
    if access_profile is None:
        return dossiers.filter(Exists(joined))
    if access_profile.is_national:
        return dossiers
    departments = [d.pk for d in access_profile.departments.all()]
    return dossiers.filter(Q(commune__department_id__in=departments) | Exists(joined))


def annotate_for_listing(dossiers, user):
    joined = DossierAdvisor.objects.filter(dossier=OuterRef("pk"), user=user)
    seen_since = DossierReading.objects.filter(
        dossier=OuterRef("pk"),
        user=user,
        seen_at__gte=OuterRef("advice_index__last_activity_at"),
    )
    # A correlated count rather than a join and GROUP BY over every dossier:
    # PostgreSQL then counts only for the rows of the page (after ORDER BY/LIMIT).
    published = (
        Recommendation.objects.filter(
            dossier=OuterRef("pk"), status=RecommendationStatus.PUBLISHED
        )
        .order_by()
        .values("dossier")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return (
        dossiers.select_related("commune__department", "advice_index")
        .annotate(
            is_mine=Exists(joined),
            is_read=Exists(seen_since),
            published_count=Coalesce(
                Subquery(published, output_field=IntegerField()), 0
            ),
            last_activity=F("advice_index__last_activity_at"),
        )
        .order_by("-advice_index__last_activity_at", "-pk")
    )


class DashboardFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Rechercher"),
        method="filter_text",
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    scope = django_filters.ChoiceFilter(
        label=_("Dossiers"),
        choices=SCOPE_CHOICES,
        method="filter_scope",
        empty_label=_("Tous ceux que je peux voir"),
    )
    status = django_filters.MultipleChoiceFilter(
        label=_("Statut"),
        choices=[(s.value, s.label) for s in DossierStatus if s in ADVISABLE_STATUSES],
        widget=forms.CheckboxSelectMultiple,
    )
    department = django_filters.ModelChoiceFilter(
        label=_("Département"),
        queryset=Department.objects.order_by("code"),
        to_field_name="code",
        field_name="commune__department",
        empty_label=_("Tous"),
    )
    activity = django_filters.ChoiceFilter(
        label=_("Activité récente"),
        choices=ACTIVITY_CHOICES,
        method="filter_activity",
        empty_label=_("Peu importe"),
    )

    class Meta:
        model = Dossier
        fields = ["q", "scope", "status", "department", "activity"]

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def filter_text(self, queryset, name, value):
        words = fold(value).split()
        for word in words:
            queryset = queryset.filter(advice_index__text__contains=word)
        return queryset

    def filter_scope(self, queryset, name, value):
        if value == "mine":
            return queryset.filter(advisors__user=self.user)
        return queryset

    def filter_activity(self, queryset, name, value):
        since = timezone.now() - datetime.timedelta(days=int(value))
        return queryset.filter(advice_index__last_activity_at__gte=since)
