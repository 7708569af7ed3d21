"""Advisors' pages: dashboard, CSV, profile requests, dossier advice, notifications."""

import csv
import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import validate_email
from django.http import Http404, HttpResponseNotAllowed, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from advice import actions
from advice.access import DossierAccess, accepted_profile
from advice.dashboard import DashboardFilterSet, annotate_for_listing, visible_dossiers
from advice.forms import (
    AdvisorProfileForm,
    AnswerForm,
    PostMessageForm,
    RecommendationForm,
    RefusalForm,
)
from advice.markdown import render_markdown
from advice.models import (
    AdvisorProfile,
    AdvisorRole,
    AnswerStatus,
    DossierReading,
    Notification,
    ProfileStatus,
    Recommendation,
)
from dossiers.access import is_moderator, post_only_for_visible_dossier
from dossiers.models import Dossier, DossierStatus, OrganisationKind
from geo.search import department_options

PAGE_SIZE = 50
BOARD_COLUMN_SIZE = 20


def _dashboard_viewer(request):
    """(profile, is_staff) of an advisor or staff member; 404 for anyone else."""
    profile = accepted_profile(request.user)
    is_staff = is_moderator(request.user)
    if profile is None and not is_staff:
        raise Http404
    return profile, is_staff


def _filtered(request):
    profile, is_staff = _dashboard_viewer(request)
    base = visible_dossiers(request.user, profile, is_staff)
    filters = DashboardFilterSet(
        request.GET or None, queryset=base, request=request, user=request.user
    )
    dossiers = filters.qs if filters.is_bound and filters.is_valid() else base
    return filters, dossiers, profile, is_staff


@login_required
def dashboard(request):
    filters, dossiers, profile, is_staff = _filtered(request)
    view = "board" if request.GET.get("vue") == "tableau" else "list"
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "filters": filters,
        "profile": profile,
        "is_staff": is_staff,
        "view": view,
        "query": query.urlencode(),
        "department_options": department_options(),
    }
    if view == "board":
        context["columns"] = _board(dossiers, request.user)
    else:
        page = Paginator(
            annotate_for_listing(dossiers, request.user), PAGE_SIZE
        ).get_page(request.GET.get("page"))
        context["dossiers_page"] = page
    return render(request, "advice/dashboard.html", context)


def _board(dossiers, user):
    """Columns by status, each with its count and its most recently active cards."""
    from django.db.models import Count

    counts = dict(dossiers.order_by().values_list("status").annotate(total=Count("pk")))
    listing = annotate_for_listing(dossiers, user)
    columns = []
    for status in (
        DossierStatus.TO_ADVISE,
        DossierStatus.IN_PROGRESS,
        DossierStatus.STUCK,
        DossierStatus.PAUSED,
        DossierStatus.DONE,
    ):
        columns.append(
            {
                "status": status,
                "count": counts.get(status, 0),
                "dossiers": listing.filter(status=status)[:BOARD_COLUMN_SIZE],
            }
        )
    return columns


FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CSV_HEADERS = [
    "id",
    "projet",
    "statut",
    "commune",
    "code INSEE",
    "département",
    "organisation",
    "type d'organisation",
    "déposé le",
    "dernière activité",
    "recommandations publiées",
    "suivi par moi",
]


def safe_cell(value):
    """A cell a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


@login_required
def export_csv(request):
    """The filtered list as CSV for Excel: UTF-8 with BOM, ';' separators, streamed."""
    _filters, dossiers, _profile, _is_staff = _filtered(request)
    rows = annotate_for_listing(dossiers, request.user)

    # Labels translated once, not once per row (get_FOO_display rebuilds its dict).
    status_labels = {value: str(label) for value, label in DossierStatus.choices}
    kind_labels = {value: str(label) for value, label in OrganisationKind.choices}

    def lines():
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";")
        buffer.write("\ufeff")
        writer.writerow(CSV_HEADERS)
        yield buffer.getvalue()
        for dossier in rows.iterator(chunk_size=2000):
            buffer.seek(0)
            buffer.truncate()
            commune = dossier.commune
            writer.writerow(
                safe_cell(value)
                for value in (
                    dossier.pk,
                    dossier.project_name,
                    status_labels.get(dossier.status, dossier.status),
                    commune.name if commune else "",
                    commune.insee_code if commune else "",
                    commune.department.code if commune else "",
                    dossier.organisation_name,
                    kind_labels.get(
                        dossier.organisation_kind, dossier.organisation_kind
                    ),
                    timezone.localtime(dossier.submitted_at).strftime("%Y-%m-%d %H:%M")
                    if dossier.submitted_at
                    else "",
                    timezone.localtime(dossier.last_activity).strftime("%Y-%m-%d %H:%M")
                    if dossier.last_activity
                    else "",
                    dossier.published_count,
                    "oui" if dossier.is_mine else "non",
                )
            )
            yield buffer.getvalue()

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="dossiers-{stamp}.csv"'
    return response


# Advisor profiles -----------------------------------------------------------------


@login_required
def become_advisor(request):
    profile = AdvisorProfile.objects.filter(user=request.user).first()
    form = AdvisorProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        actions.request_advisor_profile(
            request.user,
            organisation=form.cleaned_data["organisation"],
            job_title=form.cleaned_data["job_title"],
            is_national=form.cleaned_data["is_national"],
            departments=form.cleaned_data["departments"],
            motivation=form.cleaned_data["motivation"],
        )
        messages.success(
            request,
            _("Votre demande est transmise à l’équipe d’animation du portail."),
        )
        return redirect("advice:become_advisor")
    return render(
        request, "advice/become_advisor.html", {"form": form, "profile": profile}
    )


@login_required
def advisor_requests(request):
    if not is_moderator(request.user):
        raise Http404
    profiles = AdvisorProfile.objects.select_related("user").prefetch_related(
        "departments"
    )
    return render(
        request,
        "advice/advisor_requests.html",
        {
            "pending": [p for p in profiles if p.status == ProfileStatus.PENDING],
            "decided": [p for p in profiles if p.status != ProfileStatus.PENDING],
            "refusal_form": RefusalForm(),
        },
    )


@login_required
def decide_advisor(request, profile_id):
    if not is_moderator(request.user):
        raise Http404
    profile = get_object_or_404(AdvisorProfile, pk=profile_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    accept = request.POST.get("decision") == "accept"
    form = RefusalForm(request.POST)
    if not accept and not form.is_valid():
        messages.error(request, _("Indiquez le motif du refus."))
        return redirect("advice:advisor_requests")
    actions.decide_advisor_profile(
        request.user,
        profile,
        accept=accept,
        reason="" if accept else form.cleaned_data["reason"],
    )
    done = (
        _("%(name)s est conseiller du portail.")
        if accept
        else _("La demande de %(name)s est refusée.")
    )
    messages.success(request, done % {"name": profile.user})
    return redirect("advice:advisor_requests")


# On a dossier ---------------------------------------------------------------------


def dossier_for(request, dossier_id):
    """The dossier and the person's access to it; 404 when they may not see it."""
    dossier = Dossier.objects.select_related("commune").filter(pk=dossier_id).first()
    if dossier is None or not request.user.is_authenticated:
        raise Http404
    access = DossierAccess(request.user, dossier)
    if not access.can_view:
        raise Http404
    return dossier, access


def advice_context(request, dossier, access, **forms):
    """What the dossier page shows of the advice: used by ``dossiers`` views."""
    DossierReading.objects.bulk_create(
        [DossierReading(dossier=dossier, user=request.user, seen_at=timezone.now())],
        update_conflicts=True,
        unique_fields=["dossier", "user"],
        update_fields=["seen_at"],
    )
    if access.is_team:
        actions.mark_recommendations_seen(request.user, dossier)
    context = {"advice_access": access}
    if not access.can_follow_conversation:
        return context
    recommendations = dossier.recommendations.select_related(
        "sheet", "contact", "author"
    ).prefetch_related("answers__author")
    if not (access.advisor_role or access.is_staff):
        recommendations = recommendations.filter(status="published")
    conversation = dossier.messages.select_related("author").prefetch_related(
        "files__attachment"
    )
    if not access.can_see_private_notes:
        conversation = conversation.filter(is_private=False)
    conversation = conversation_items(dossier, conversation)
    context.update(
        {
            "recommendations": recommendations,
            "conversation": conversation,
            "dossier_advisors": access.advisor_links,
            # One reverse() for the list; each item appends its id (and action).
            "recommendations_path": reverse(
                "advice:recommendation_edit", args=[dossier.pk, 0]
            ).removesuffix("0/"),
            "answer_choices": [
                (value, str(label)) for value, label in AnswerStatus.choices
            ],
            "advice_message_form": forms.get("advice_message_form")
            or PostMessageForm(can_write_private=access.can_see_private_notes),
        }
    )
    return context


def conversation_items(dossier, messages):
    """What the page shows of each message, prepared in Python.

    A thread may hold hundreds of messages: formatting names, dates and links here
    is several times faster than through template filters and tags.
    """
    deleted = _("Compte supprimé")
    names = {}
    items = []
    for message in messages:
        author = message.author
        if author is None:
            name = deleted
        elif author.pk not in names:
            name = names[author.pk] = author.get_full_name() or author.email
        else:
            name = names[author.pk]
        created = timezone.localtime(message.created_at)
        items.append(
            {
                "pk": message.pk,
                "author": name,
                "iso": created.isoformat(),
                "when": created.strftime("%d/%m/%Y %H:%M"),
                "is_private": message.is_private,
                "html": message.body_html or render_markdown(message.body),
                "files": [
                    (
                        reverse(
                            "dossiers:attachment", args=[dossier.pk, f.attachment_id]
                        ),
                        f.attachment.original_name,
                    )
                    for f in message.files.all()
                ],
            }
        )
    return items


def _back(dossier, anchor=""):
    return redirect(dossier.get_absolute_url() + (f"#{anchor}" if anchor else ""))


def _run(request, dossier, action, success, anchor=""):
    try:
        action()
    except actions.AdviceError as error:
        messages.error(request, str(error))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, success)
    return _back(dossier, anchor)


@login_required
@post_only_for_visible_dossier
def join(request, dossier_id):
    dossier, _access = dossier_for(request, dossier_id)
    role = request.POST.get("role")
    role = role if role in AdvisorRole.values else AdvisorRole.ADVISOR
    return _run(
        request,
        dossier,
        lambda: actions.join_dossier(request.user, dossier, role),
        _("Vous suivez ce dossier."),
    )


@login_required
@post_only_for_visible_dossier
def leave(request, dossier_id):
    dossier, _access = dossier_for(request, dossier_id)
    return _run(
        request,
        dossier,
        lambda: actions.leave_dossier(request.user, dossier),
        _("Vous ne suivez plus ce dossier."),
    )


@login_required
@post_only_for_visible_dossier
def manage_advisor(request, dossier_id):
    dossier, access = dossier_for(request, dossier_id)
    if not access.can_manage_advisors:
        raise Http404
    from django.contrib.auth import get_user_model

    email = request.POST.get("email", "")
    try:
        validate_email(email)
    except ValidationError:
        messages.error(request, _("Indiquez une adresse électronique valide."))
        return _back(dossier, "conseillers")
    user = get_user_model().objects.find_by_email(email)
    if user is None:
        messages.error(request, _("Aucun compte avec cette adresse."))
        return _back(dossier, "conseillers")
    if request.POST.get("action") == "remove":
        return _run(
            request,
            dossier,
            lambda: actions.leave_dossier(user, dossier, removed_by=request.user),
            _("Conseiller retiré du dossier."),
            "conseillers",
        )
    role = request.POST.get("role")
    role = role if role in AdvisorRole.values else AdvisorRole.ADVISOR
    return _run(
        request,
        dossier,
        lambda: actions.add_advisor(request.user, dossier, user, role),
        _("Conseiller ajouté au dossier."),
        "conseillers",
    )


@login_required
def recommendation_form(request, dossier_id, recommendation_id=None):
    dossier, access = dossier_for(request, dossier_id)
    if not access.can_recommend:
        raise Http404
    recommendation = None
    if recommendation_id is not None:
        recommendation = get_object_or_404(
            Recommendation, pk=recommendation_id, dossier=dossier
        )
    form = RecommendationForm(request.POST or None, instance=recommendation)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in form.Meta.fields}
        recommendation = actions.save_recommendation(
            request.user, dossier, recommendation, **fields
        )
        if request.POST.get("publish") and not recommendation.is_published:
            return _run(
                request,
                dossier,
                lambda: actions.publish_recommendation(request.user, recommendation),
                _("Recommandation publiée : l’équipe du demandeur est prévenue."),
                f"recommandation-{recommendation.pk}",
            )
        messages.success(request, _("Recommandation enregistrée."))
        return _back(dossier, f"recommandation-{recommendation.pk}")
    return render(
        request,
        "advice/recommendation_form.html",
        {"dossier": dossier, "form": form, "recommendation": recommendation},
    )


@login_required
@post_only_for_visible_dossier
def publish(request, dossier_id, recommendation_id):
    dossier, access = dossier_for(request, dossier_id)
    if not access.can_recommend:
        raise Http404
    recommendation = get_object_or_404(
        Recommendation, pk=recommendation_id, dossier=dossier
    )
    return _run(
        request,
        dossier,
        lambda: actions.publish_recommendation(request.user, recommendation),
        _("Recommandation publiée : l’équipe du demandeur est prévenue."),
        f"recommandation-{recommendation.pk}",
    )


@login_required
@post_only_for_visible_dossier
def move(request, dossier_id, recommendation_id):
    dossier, access = dossier_for(request, dossier_id)
    if not access.can_recommend:
        raise Http404
    recommendation = get_object_or_404(
        Recommendation, pk=recommendation_id, dossier=dossier
    )
    offset = -1 if request.POST.get("direction") == "up" else 1
    return _run(
        request,
        dossier,
        lambda: actions.move_recommendation(request.user, recommendation, offset),
        _("Ordre des recommandations modifié."),
        "recommandations",
    )


@login_required
@post_only_for_visible_dossier
def answer(request, dossier_id, recommendation_id):
    dossier, access = dossier_for(request, dossier_id)
    recommendation = get_object_or_404(
        Recommendation, pk=recommendation_id, dossier=dossier
    )
    if not access.can_see_recommendation(recommendation):
        raise Http404
    form = AnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choisissez où vous en êtes."))
        return _back(dossier, f"recommandation-{recommendation.pk}")
    return _run(
        request,
        dossier,
        lambda: actions.answer_recommendation(
            request.user,
            recommendation,
            status=form.cleaned_data["status"],
            comment=form.cleaned_data["comment"],
        ),
        _("Votre réponse est enregistrée."),
        f"recommandation-{recommendation.pk}",
    )


@login_required
@post_only_for_visible_dossier
def post(request, dossier_id):
    dossier, access = dossier_for(request, dossier_id)
    if not access.can_post_message:
        raise Http404
    form = PostMessageForm(
        request.POST, request.FILES, can_write_private=access.can_see_private_notes
    )
    if not form.is_valid():
        # The dossier page again, with what was typed and each error on its field.
        from dossiers.views.dossier import render_detail

        return render_detail(request, dossier, status=400, advice_message_form=form)
    return _run(
        request,
        dossier,
        lambda: actions.post_message(
            request.user,
            dossier,
            form.cleaned_data["body"],
            private=form.cleaned_data.get("is_private", False),
            attachments=form.attachments(request.user),
        ),
        _("Message envoyé."),
        "conversation",
    )


# Notifications --------------------------------------------------------------------


@login_required
def notifications(request):
    mine = Notification.objects.filter(recipient=request.user)
    show = request.GET.get("filtre")
    listed = mine.filter(read_at__isnull=True) if show == "non-lues" else mine
    page = Paginator(listed.select_related("dossier"), 30).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "advice/notifications.html",
        {
            "page": page,
            "show": show,
            "unread": mine.filter(read_at__isnull=True).count(),
        },
    )


@login_required
@require_POST
def mark_read(request):
    mine = Notification.objects.filter(recipient=request.user, read_at__isnull=True)
    if "id" in request.POST:
        notification_id = request.POST["id"]
        if not notification_id.isdigit():
            raise Http404
        mine = mine.filter(pk=int(notification_id))
    mine.update(read_at=timezone.now())
    return redirect("advice:notifications")
