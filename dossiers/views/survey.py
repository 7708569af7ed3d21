"""The qualification survey of a dossier, filled in section by section."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from dossiers import access
from dossiers.models import DossierStatus
from dossiers.survey import SectionForm, save_section, survey_state

CLOSED_STATUSES = (DossierStatus.DRAFT, DossierStatus.REFUSED)


@require_http_methods(["GET", "POST"])
def survey(request, dossier_id):
    dossier = access.get_visible_dossier(request, dossier_id)
    can_edit = (
        access.is_member(request.user, dossier)
        and dossier.status not in CLOSED_STATUSES
    )
    state = survey_state(dossier)
    sections = [s for s in state.sections if state.visible_in(s)]
    if not sections:
        return render(
            request, "dossiers/survey.html", {"dossier": dossier, "state": state}
        )

    section = _chosen_section(request, sections, state)
    questions = state.visible_in(section)
    if request.method == "POST":
        if not can_edit:
            raise Http404
        form = SectionForm(
            request.POST, request.FILES, questions=questions, answers=state.answers
        )
        if form.is_valid():
            save_section(dossier, form, request.user)
            messages.success(request, _("Vos réponses sont enregistrées."))
            target = section
            if "next" in request.POST:
                position = sections.index(section)
                target = sections[min(position + 1, len(sections) - 1)]
            return redirect(
                reverse("dossiers:survey", args=[dossier.pk]) + f"?section={target.pk}"
            )
    else:
        form = SectionForm(questions=questions, answers=state.answers)

    position = sections.index(section)
    return render(
        request,
        "dossiers/survey.html",
        {
            "dossier": dossier,
            "state": state,
            "sections": [(s, *state.section_progress(s)) for s in sections],
            "section": section,
            "form": form,
            "can_edit": can_edit,
            "next_section": sections[position + 1]
            if position + 1 < len(sections)
            else None,
        },
        status=400 if form.errors else 200,
    )


def _chosen_section(request, sections, state):
    wanted = request.GET.get("section")
    for section in sections:
        if str(section.pk) == wanted:
            return section
    for section in sections:
        answered, total = state.section_progress(section)
        if answered < total:
            return section
    return sections[0]
