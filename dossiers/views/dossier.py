"""A dossier's page and what its team and the portal staff do from it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from advice.models import MessageAttachment
from dossiers import access, actions
from dossiers.forms import InvitationForm, MessageForm, ModerationForm, StatusForm
from dossiers.models import Dossier, DossierStatus, EventKind
from dossiers.survey import survey_state


@login_required
def my_dossiers(request):
    dossiers = (
        Dossier.objects.of_member(request.user)
        .select_related("commune")
        .order_by("-created_at")
    )
    return render(
        request,
        "dossiers/my_dossiers.html",
        {"dossiers": dossiers, "is_moderator": access.is_moderator(request.user)},
    )


@login_required
def moderation_queue(request):
    if not access.is_moderator(request.user):
        raise Http404
    to_moderate = (
        Dossier.objects.filter(status=DossierStatus.TO_MODERATE)
        .select_related("commune__department")
        .order_by("submitted_at")
    )
    recent = (
        Dossier.objects.exclude(
            status__in=[DossierStatus.DRAFT, DossierStatus.TO_MODERATE]
        )
        .select_related("commune__department")
        .order_by("-updated_at")[:20]
    )
    return render(
        request,
        "dossiers/moderation_queue.html",
        {"to_moderate": to_moderate, "recent": recent},
    )


def _detail_context(request, dossier, **forms):
    is_member = access.is_member(request.user, dossier)
    is_moderator = access.is_moderator(request.user)
    survey_answers = list(dossier.survey_answers.order_by("pk"))
    state = survey_state(dossier, survey_answers)
    events = list(dossier.events.select_related("actor"))
    requests = [event for event in events if event.kind == EventKind.INFO_REQUESTED]
    last_request = requests[-1] if requests else None
    context = {
        "dossier": dossier,
        "is_member": is_member,
        "is_moderator": is_moderator,
        "events": events,
        # Files of the conversation are listed with their messages.
        "attachments": dossier.attachments.exclude(
            pk__in=MessageAttachment.objects.values("attachment_id")
        ),
        "members": dossier.members.select_related("user"),
        "survey_answers": survey_answers,
        "completion": state.completion,
        "has_survey": bool(state.visible),
        "last_request": last_request,
        "can_pause": dossier.status in actions.PauseDossier.allowed_from,
        "can_resume": dossier.status == DossierStatus.PAUSED,
        "just_submitted": request.GET.get("depose") == "1",
    }
    if is_moderator and dossier.status == DossierStatus.TO_MODERATE:
        context["moderation_form"] = forms.get("moderation_form") or ModerationForm()
    if is_moderator and dossier.status in actions.SETTABLE_STATUSES:
        context["status_form"] = forms.get("status_form") or StatusForm(dossier=dossier)
    if is_member and dossier.status == DossierStatus.TO_MODERATE and last_request:
        context["reply_form"] = forms.get("reply_form") or MessageForm()
    if is_member:
        context["invitation_form"] = InvitationForm()
    return context


@login_required
def detail(request, dossier_id):
    """Logged out, the address (the one in every email) leads to the login page."""
    dossier = access.get_visible_dossier(request, dossier_id)
    return render_detail(request, dossier)


def render_detail(request, dossier, status=200, **forms):
    """The dossier page, with the advice part (advisors, recommendations, messages)."""
    from advice.access import DossierAccess
    from advice.views import advice_context

    context = _detail_context(request, dossier, **forms)
    access = getattr(dossier, "_advice_access", None) or DossierAccess(
        request.user, dossier
    )
    context.update(advice_context(request, dossier, access, **forms))
    return render(request, "dossiers/detail.html", context, status=status)


def _run(request, dossier, action):
    try:
        action.execute()
    except actions.DossierActionError as error:
        messages.error(request, str(error))
        return False
    return True


@access.post_only_for_visible_dossier
def moderate(request, dossier_id):
    dossier = access.get_visible_dossier(request, dossier_id)
    if not access.is_moderator(request.user):
        raise PermissionDenied
    form = ModerationForm(request.POST)
    if not form.is_valid():
        context = _detail_context(request, dossier, moderation_form=form)
        return render(request, "dossiers/detail.html", context, status=400)
    action_class = actions.MODERATION_ACTIONS[form.cleaned_data["decision"]]
    if _run(
        request,
        dossier,
        action_class(dossier, request.user, form.cleaned_data["message"]),
    ):
        messages.success(
            request, _("Décision enregistrée ; le demandeur est prévenu par courriel.")
        )
    return redirect(dossier.get_absolute_url())


@access.post_only_for_visible_dossier
def change_status(request, dossier_id):
    dossier = access.get_visible_dossier(request, dossier_id)
    if not access.is_moderator(request.user):
        raise PermissionDenied
    form = StatusForm(request.POST, dossier=dossier)
    if not form.is_valid():
        context = _detail_context(request, dossier, status_form=form)
        return render(request, "dossiers/detail.html", context, status=400)
    action = actions.ChangeStatus(
        dossier, request.user, form.cleaned_data["status"], form.cleaned_data["message"]
    )
    if _run(request, dossier, action):
        messages.success(request, _("Statut modifié."))
    return redirect(dossier.get_absolute_url())


@access.post_only_for_visible_dossier
def reply(request, dossier_id):
    dossier = access.get_visible_dossier(request, dossier_id)
    form = MessageForm(request.POST)
    if not form.is_valid():
        context = _detail_context(request, dossier, reply_form=form)
        return render(request, "dossiers/detail.html", context, status=400)
    action = actions.ProvideInformation(
        dossier, request.user, form.cleaned_data["message"]
    )
    if _run(request, dossier, action):
        messages.success(request, _("Réponse envoyée à l’équipe du portail."))
    return redirect(dossier.get_absolute_url())


@access.post_only_for_visible_dossier
def pause(request, dossier_id):
    dossier = access.get_visible_dossier(request, dossier_id)
    if _run(request, dossier, actions.PauseDossier(dossier, request.user)):
        messages.success(request, _("Le dossier est en pause."))
    return redirect(dossier.get_absolute_url())


@access.post_only_for_visible_dossier
def resume(request, dossier_id):
    dossier = access.get_visible_dossier(request, dossier_id)
    if _run(request, dossier, actions.ResumeDossier(dossier, request.user)):
        messages.success(request, _("Le dossier a repris."))
    return redirect(dossier.get_absolute_url())
