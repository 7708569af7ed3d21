"""A dossier's team: inviting colleagues, and the page an invitation link opens."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from dossiers import access, invitations
from dossiers.actions import DossierActionError
from dossiers.forms import InvitationForm, NewAccountForm
from dossiers.models import Invitation, InvitationStatus


@require_http_methods(["GET", "POST"])
def team(request, dossier_id):
    dossier = access.get_visible_dossier(request, dossier_id)
    is_member = access.is_member(request.user, dossier)
    form = InvitationForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if not is_member:
            raise Http404
        if form.is_valid():
            try:
                invitation = invitations.invite(
                    dossier, request.user, form.cleaned_data["email"]
                )
            except DossierActionError as error:
                form.add_error("email", str(error))
            else:
                messages.success(
                    request,
                    _("Invitation envoyée à %(email)s.") % {"email": invitation.email},
                )
                return redirect("dossiers:team", dossier.pk)
    return render(
        request,
        "dossiers/team.html",
        {
            "dossier": dossier,
            "is_member": is_member,
            "members": dossier.members.select_related("user"),
            "invitations": dossier.invitations.select_related("invited_by"),
            "form": form,
        },
        status=400 if form.errors else 200,
    )


def _team_invitation(request, dossier_id, invitation_id):
    dossier = access.get_visible_dossier(request, dossier_id)
    return get_object_or_404(Invitation, pk=invitation_id, dossier=dossier)


@access.post_only_for_visible_dossier
def resend_invitation(request, dossier_id, invitation_id):
    invitation = _team_invitation(request, dossier_id, invitation_id)
    try:
        invitations.resend(invitation, request.user)
    except DossierActionError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("Invitation renvoyée à %(email)s.") % {"email": invitation.email}
        )
    return redirect("dossiers:team", dossier_id)


@access.post_only_for_visible_dossier
def revoke_invitation(request, dossier_id, invitation_id):
    invitation = _team_invitation(request, dossier_id, invitation_id)
    try:
        invitations.revoke(invitation, request.user)
    except DossierActionError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request, _("Invitation de %(email)s annulée.") % {"email": invitation.email}
        )
    return redirect("dossiers:team", dossier_id)


@require_http_methods(["GET", "POST"])
def invitation(request, token):
    """Where an invitation link lands: it says what became of a used link."""
    invitation = get_object_or_404(
        Invitation.objects.select_related("dossier", "invited_by"), token=token
    )
    dossier = invitation.dossier
    context = {"invitation": invitation, "dossier": dossier}
    if invitation.status != InvitationStatus.PENDING or invitation.is_expired:
        context["is_member"] = access.is_member(request.user, dossier)
        return render(request, "dossiers/invitation_closed.html", context, status=410)

    if request.method == "POST" and request.POST.get("answer") == "refuse":
        invitations.refuse(invitation)
        messages.success(request, _("Vous avez refusé l’invitation."))
        return render(
            request,
            "dossiers/invitation_closed.html",
            {**context, "invitation": Invitation.objects.get(pk=invitation.pk)},
            status=200,
        )

    User = get_user_model()
    account = User.objects.find_by_email(invitation.email)
    signed_in_as_invitee = (
        request.user.is_authenticated
        and account is not None
        and request.user == account
    )
    if signed_in_as_invitee:
        if request.method == "POST" and request.POST.get("answer") == "accept":
            return _accept(request, invitation, request.user)
        return render(
            request, "dossiers/invitation.html", {**context, "mode": "accept"}
        )

    if account is not None and account.has_usable_password():
        login_url = reverse("accounts:login") + "?" + urlencode({"next": request.path})
        return render(
            request,
            "dossiers/invitation.html",
            {**context, "mode": "login", "login_url": login_url},
        )

    candidate = account or User(email=invitation.email)
    form = NewAccountForm(
        request.POST if request.method == "POST" else None, user=candidate
    )
    if request.method == "POST" and request.POST.get("answer") == "accept":
        if form.is_valid():
            user = form.save()
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            return _accept(request, invitation, user)
    return render(
        request,
        "dossiers/invitation.html",
        {**context, "mode": "new", "form": form},
        status=400 if form.errors else 200,
    )


def _accept(request, invitation, user):
    try:
        invitations.accept(invitation, user)
    except DossierActionError as error:
        messages.error(request, str(error))
        return redirect("dossiers:invitation", invitation.token)
    messages.success(request, _("Bienvenue dans l’équipe du dossier."))
    return redirect(invitation.dossier.get_absolute_url())
