"""Dossiers: a project holder's request for help, its team, timeline and files.

Everything here lives in the portal's schema. People (``accounts.User``) and
communes (``geo.Commune``) live in ``public``; the foreign keys cross schemas, which
PostgreSQL allows because ``public`` is on every portal's search path.

The qualification survey (sections, questions, choices, answers) is in
``dossiers.survey_models`` and imported here so that Django finds it.
"""

import secrets
import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class DossierStatus(models.TextChoices):
    DRAFT = "draft", _("Brouillon")
    TO_MODERATE = "to_moderate", _("À modérer")
    REFUSED = "refused", _("Refusé")
    TO_ADVISE = "to_advise", _("À conseiller")
    IN_PROGRESS = "in_progress", _("En cours")
    DONE = "done", _("Terminé")
    STUCK = "stuck", _("Bloqué")
    PAUSED = "paused", _("En pause")


# Statuses the team may pause from; the staff may also set these by hand.
ACTIVE_STATUSES = (
    DossierStatus.TO_ADVISE,
    DossierStatus.IN_PROGRESS,
    DossierStatus.STUCK,
)


class OrganisationKind(models.TextChoices):
    COMMUNE = "commune", _("Commune")
    INTERCOMMUNALITY = "epci", _("Intercommunalité (EPCI)")
    DEPARTMENT = "department", _("Département")
    REGION = "region", _("Région")
    PUBLIC_BODY = "public_body", _("Autre organisme public")
    ASSOCIATION = "association", _("Association")
    COMPANY = "company", _("Entreprise")
    OTHER = "other", _("Autre")


class DossierQuerySet(models.QuerySet):
    def of_member(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(members__user=user).distinct()


class Dossier(models.Model):
    project_name = models.CharField(_("nom du projet"), max_length=200)
    obstacles = models.TextField(_("ce qui bloque le projet"))
    help_wanted = models.TextField(_("l’aide recherchée"))
    commune = models.ForeignKey(
        "geo.Commune",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("commune"),
    )
    organisation_name = models.CharField(_("nom de l’organisation"), max_length=200)
    organisation_kind = models.CharField(
        _("type d’organisation"), max_length=20, choices=OrganisationKind.choices
    )
    contact_first_name = models.CharField(_("prénom"), max_length=150)
    contact_last_name = models.CharField(_("nom"), max_length=150)
    contact_role = models.CharField(_("fonction"), max_length=150)
    contact_email = models.EmailField(_("adresse électronique"))
    contact_phone = models.CharField(_("téléphone"), max_length=30)
    # The portal's own questions as asked at submission: wording kept with the answer.
    extra_answers = models.JSONField(default=list, blank=True, editable=False)

    status = models.CharField(
        _("statut"),
        max_length=20,
        choices=DossierStatus.choices,
        default=DossierStatus.DRAFT,
    )
    paused_from = models.CharField(
        max_length=20, choices=DossierStatus.choices, blank=True, editable=False
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("demandeur"),
    )
    # One per submission form shown: submitting the same form twice finds this one.
    submission_key = models.UUIDField(unique=True, editable=False)
    created_at = models.DateTimeField(_("créé le"), default=timezone.now)
    submitted_at = models.DateTimeField(_("soumis le"), null=True, blank=True)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)

    objects = DossierQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("dossier")
        verbose_name_plural = _("dossiers")
        indexes = [models.Index(fields=["status", "-created_at"])]

    def __str__(self):
        return self.project_name

    def get_absolute_url(self):
        return reverse("dossiers:detail", args=[self.pk])

    @property
    def contact_name(self):
        return f"{self.contact_first_name} {self.contact_last_name}".strip()

    @property
    def is_paused(self):
        return self.status == DossierStatus.PAUSED


class MemberRole(models.TextChoices):
    OWNER = "owner", _("Demandeur")
    MEMBER = "member", _("Membre de l’équipe")


class DossierMember(models.Model):
    dossier = models.ForeignKey(
        Dossier, on_delete=models.CASCADE, related_name="members"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(max_length=10, choices=MemberRole.choices)
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["joined_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "user"], name="dossiers_unique_member"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.dossier}"


class EventKind(models.TextChoices):
    CREATED = "created", _("Demande enregistrée, adresse à confirmer")
    SUBMITTED = "submitted", _("Demande déposée")
    ACCEPTED = "accepted", _("Demande acceptée")
    REFUSED = "refused", _("Demande refusée")
    INFO_REQUESTED = "info_requested", _("Informations demandées")
    INFO_PROVIDED = "info_provided", _("Informations apportées")
    STATUS_CHANGED = "status_changed", _("Statut modifié")
    PAUSED = "paused", _("Dossier mis en pause")
    RESUMED = "resumed", _("Dossier repris")
    MEMBER_JOINED = "member_joined", _("Nouveau membre de l’équipe")
    ADVISOR_JOINED = "advisor_joined", _("Un conseiller suit le dossier")
    ADVISOR_LEFT = "advisor_left", _("Un conseiller ne suit plus le dossier")
    RECOMMENDATION_PUBLISHED = "recommended", _("Recommandation publiée")
    ANSWER_GIVEN = "answered", _("Réponse à une recommandation")


class DossierEvent(models.Model):
    """One line of a dossier's timeline: what happened, who did it and when."""

    dossier = models.ForeignKey(
        Dossier, on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(max_length=20, choices=EventKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    from_status = models.CharField(
        max_length=20, choices=DossierStatus.choices, blank=True
    )
    to_status = models.CharField(
        max_length=20, choices=DossierStatus.choices, blank=True
    )
    message = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.dossier_id} {self.kind}"


def _private_upload_path(instance, filename):
    """Unguessable names under the portal's media: ``dossiers/<uuid>/<uuid>.ext``."""
    suffix = PurePosixPath(filename).suffix.lower()
    return f"dossiers/{uuid.uuid4().hex}/{uuid.uuid4().hex}{suffix}"


class Attachment(models.Model):
    """A file given with a dossier; served only by ``views.files.download``.

    Held with no dossier while a submission form has errors, so that the person
    does not have to choose the file again (see ``forms.SubmissionForm``).
    """

    dossier = models.ForeignKey(
        Dossier,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="attachments",
    )
    file = models.FileField(upload_to=_private_upload_path, max_length=255)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # The session that holds an unattached file, to give it back to no one else.
    holder_key = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return self.original_name


class ExtraQuestionKind(models.TextChoices):
    SHORT_TEXT = "short_text", _("Texte court")
    LONG_TEXT = "long_text", _("Texte long")
    CHOICE = "choice", _("Choix unique")
    MULTIPLE_CHOICE = "multiple_choice", _("Choix multiple")
    YES_NO = "yes_no", _("Oui / non")


class ExtraQuestion(Orderable):
    """A question of the portal's own, asked on the submission form."""

    label = models.CharField(_("question"), max_length=255)
    help_text = models.CharField(_("aide"), max_length=255, blank=True)
    kind = models.CharField(
        _("type de réponse"), max_length=20, choices=ExtraQuestionKind.choices
    )
    choices = models.TextField(
        _("choix possibles"),
        blank=True,
        help_text=_("Un choix par ligne (pour les questions à choix)."),
    )
    required = models.BooleanField(_("réponse obligatoire"), default=False)
    is_active = models.BooleanField(_("posée sur le formulaire"), default=True)

    panels = [
        FieldPanel("label"),
        FieldPanel("help_text"),
        FieldPanel("kind"),
        FieldPanel("choices"),
        FieldPanel("required"),
        FieldPanel("is_active"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question du formulaire de dépôt")
        verbose_name_plural = _("questions du formulaire de dépôt")

    def __str__(self):
        return self.label

    @property
    def choice_list(self):
        return [line.strip() for line in self.choices.splitlines() if line.strip()]

    def clean(self):
        from django.core.exceptions import ValidationError

        needs_choices = self.kind in (
            ExtraQuestionKind.CHOICE,
            ExtraQuestionKind.MULTIPLE_CHOICE,
        )
        if needs_choices and len(self.choice_list) < 2:
            raise ValidationError(
                {"choices": _("Indiquez au moins deux choix, un par ligne.")}
            )


class InvitationStatus(models.TextChoices):
    PENDING = "pending", _("En attente")
    ACCEPTED = "accepted", _("Acceptée")
    REFUSED = "refused", _("Refusée")
    REVOKED = "revoked", _("Annulée")


def _invitation_token():
    return secrets.token_urlsafe(32)


class Invitation(models.Model):
    dossier = models.ForeignKey(
        Dossier, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("adresse électronique"))
    token = models.CharField(max_length=64, unique=True, default=_invitation_token)
    status = models.CharField(
        max_length=10,
        choices=InvitationStatus.choices,
        default=InvitationStatus.PENDING,
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    responded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "email"],
                condition=models.Q(status="pending"),
                name="dossiers_one_pending_invitation_per_email",
            )
        ]

    def __str__(self):
        return f"{self.email} → {self.dossier}"

    def get_absolute_url(self):
        return reverse("dossiers:invitation", args=[self.token])

    @property
    def is_expired(self):
        return timezone.now() >= self.expires_at


from dossiers.survey_models import (  # noqa: E402, F401
    SurveyAnswer,
    SurveyChoice,
    SurveyQuestion,
    SurveySection,
)
