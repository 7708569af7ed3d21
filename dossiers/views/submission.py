"""Submitting a dossier, and confirming the address of a visitor's submission."""

import secrets
from urllib.parse import urlencode

from django.contrib.auth import get_user_model, login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from dossiers import actions
from dossiers.forms import NewAccountForm, SubmissionForm
from dossiers.models import DossierStatus

HOLDER_SESSION_KEY = "dossiers_upload_holder"
SUBMITTED_SESSION_KEY = "dossiers_submitted"


def _holder_key(request):
    """A random key of this browser's session, to give held files back to it only."""
    key = request.session.get(HOLDER_SESSION_KEY)
    if not key:
        key = secrets.token_hex(16)
        request.session[HOLDER_SESSION_KEY] = key
    return key


@require_http_methods(["GET", "POST"])
def submit(request):
    user = request.user if request.user.is_authenticated else None
    holder_key = _holder_key(request)
    if request.method == "POST":
        form = SubmissionForm(
            request.POST, request.FILES, user=user, holder_key=holder_key
        )
        if form.is_valid():
            dossier, _created = actions.submit_dossier(
                form.dossier_fields(),
                user=user,
                attachments=form.attachments(),
                extra_answers=form.extra_answers(),
            )
            request.session[SUBMITTED_SESSION_KEY] = dossier.pk
            if user is not None and dossier.members.filter(user=user).exists():
                return redirect(dossier.get_absolute_url() + "?depose=1")
            return redirect("dossiers:submitted")
        form.hold_upload()
    else:
        form = SubmissionForm(user=user, holder_key=holder_key)
    return render(request, "dossiers/submit.html", {"form": form})


def submitted(request):
    """What a visitor sees after submitting: the address must be confirmed."""
    from dossiers.models import Dossier

    dossier = Dossier.objects.filter(
        pk=request.session.get(SUBMITTED_SESSION_KEY)
    ).first()
    return render(request, "dossiers/submitted.html", {"dossier": dossier})


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    dossier = actions.dossier_for_confirmation(token)
    if dossier is None:
        return render(
            request,
            "dossiers/link_unusable.html",
            {"reason": "confirmation"},
            status=410,
        )
    if dossier.status != DossierStatus.DRAFT:
        return render(request, "dossiers/confirmed.html", {"dossier": dossier})

    User = get_user_model()
    account = User.objects.find_by_email(dossier.contact_email)
    needs_password = account is None or not account.has_usable_password()
    signed_in_as_owner = (
        request.user.is_authenticated
        and account is not None
        and request.user.pk == account.pk
    )
    context = {"dossier": dossier, "account": account}

    if needs_password and not signed_in_as_owner:
        candidate = account or User(email=dossier.contact_email.lower())
        if not candidate.first_name:
            candidate.first_name = dossier.contact_first_name
            candidate.last_name = dossier.contact_last_name
        form = NewAccountForm(
            request.POST if request.method == "POST" else None, user=candidate
        )
        if request.method == "POST" and form.is_valid():
            user = form.save()
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            actions.confirm_dossier(dossier, user)
            return redirect(dossier.get_absolute_url() + "?depose=1")
        return render(
            request, "dossiers/confirm.html", {**context, "form": form, "mode": "new"}
        )

    if not signed_in_as_owner:
        login_url = reverse("accounts:login") + "?" + urlencode({"next": request.path})
        return render(
            request,
            "dossiers/confirm.html",
            {**context, "mode": "login", "login_url": login_url},
        )
    if request.method == "POST":
        actions.confirm_dossier(dossier, request.user)
        return redirect(dossier.get_absolute_url() + "?depose=1")
    return render(request, "dossiers/confirm.html", {**context, "mode": "confirm"})
