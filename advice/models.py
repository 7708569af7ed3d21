"""Advisors of a portal: who they are, which territory they cover."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from advice.markdown import render_markdown


class ProfileStatus(models.TextChoices):
    PENDING = "pending", _("En attente")
    ACCEPTED = "accepted", _("Accepté")
    REFUSED = "refused", _("Refusé")


class AdvisorProfile(models.Model):
    """A person's advisor profile in this portal; accepting it grants the role."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="advisor_profile",
        verbose_name=_("personne"),
    )
    organisation = models.CharField(_("organisme"), max_length=200)
    job_title = models.CharField(_("fonction"), max_length=150, blank=True)
    is_national = models.BooleanField(
        _("compétence nationale"),
        default=False,
        help_text=_("Cochez si vous conseillez sur tout le territoire."),
    )
    departments = models.ManyToManyField(
        "geo.Department",
        blank=True,
        related_name="+",
        verbose_name=_("départements couverts"),
    )
    motivation = models.TextField(_("message à l’équipe d’animation"), blank=True)
    status = models.CharField(
        _("statut"),
        max_length=20,
        choices=ProfileStatus.choices,
        default=ProfileStatus.PENDING,
    )
    requested_at = models.DateTimeField(_("demandé le"), default=timezone.now)
    decided_at = models.DateTimeField(_("décidé le"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("décidé par"),
    )
    refusal_reason = models.TextField(_("motif du refus"), blank=True)

    class Meta:
        verbose_name = _("profil de conseiller")
        verbose_name_plural = _("profils de conseillers")
        ordering = ["-requested_at"]

    def __str__(self):
        return f"{self.user} ({self.organisation})"

    def covers(self, department_id) -> bool:
        """Whether this advisor's territory includes a department."""
        if self.is_national:
            return True
        return any(d.pk == department_id for d in self.departments.all())


class AdvisorRole(models.TextChoices):
    ADVISOR = "advisor", _("Conseiller")
    OBSERVER = "observer", _("Observateur")


class DossierAdvisor(models.Model):
    """An advisor (or observer) who joined a dossier."""

    dossier = models.ForeignKey(
        "dossiers.Dossier", on_delete=models.CASCADE, related_name="advisors"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(
        _("rôle"),
        max_length=10,
        choices=AdvisorRole.choices,
        default=AdvisorRole.ADVISOR,
    )
    joined_at = models.DateTimeField(default=timezone.now)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["joined_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "user"], name="advice_unique_advisor"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.dossier_id} ({self.role})"


class RecommendationStatus(models.TextChoices):
    DRAFT = "draft", _("Brouillon")
    PUBLISHED = "published", _("Publiée")


class AnswerStatus(models.TextChoices):
    TO_DO = "to_do", _("À faire")
    IN_PROGRESS = "in_progress", _("En cours")
    BLOCKED = "blocked", _("Bloquée")
    DONE = "done", _("Faite")
    NOT_RELEVANT = "not_relevant", _("Pas pertinente")
    ALREADY_DONE = "already_done", _("Déjà faite")


class Recommendation(models.Model):
    dossier = models.ForeignKey(
        "dossiers.Dossier", on_delete=models.CASCADE, related_name="recommendations"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("auteur"),
    )
    title = models.CharField(_("titre"), max_length=200)
    body = models.TextField(
        _("recommandation"), help_text=_("Mise en forme Markdown possible.")
    )
    # ``body`` rendered and sanitised once, when saved (see advice/markdown.py).
    body_html = models.TextField(blank=True, editable=False)
    sheet = models.ForeignKey(
        "resources.ResourceSheet",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("fiche ressource"),
    )
    contact = models.ForeignKey(
        "resources.Contact",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("contact"),
    )
    position = models.PositiveIntegerField(_("ordre"), default=0)
    deadline = models.DateField(_("échéance"), null=True, blank=True)
    status = models.CharField(
        max_length=10,
        choices=RecommendationStatus.choices,
        default=RecommendationStatus.DRAFT,
    )
    created_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)
    first_seen_at = models.DateTimeField(
        null=True, blank=True, help_text="First view by the applicant's team."
    )
    # The latest answer, kept here so that lists need no extra query.
    answer_status = models.CharField(
        max_length=20, choices=AnswerStatus.choices, blank=True
    )
    answered_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("recommandation")
        verbose_name_plural = _("recommandations")
        indexes = [models.Index(fields=["dossier", "status", "position"])]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.body_html = render_markdown(self.body)
        if (
            kwargs.get("update_fields") is not None
            and "body" in kwargs["update_fields"]
        ):
            kwargs["update_fields"] = {*kwargs["update_fields"], "body_html"}
        super().save(*args, **kwargs)

    @property
    def is_published(self):
        return self.status == RecommendationStatus.PUBLISHED


class RecommendationAnswer(models.Model):
    """What the applicant did with a recommendation; every answer is kept."""

    recommendation = models.ForeignKey(
        Recommendation, on_delete=models.CASCADE, related_name="answers"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        _("où en êtes-vous ?"), max_length=20, choices=AnswerStatus.choices
    )
    comment = models.TextField(_("commentaire"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.recommendation_id} {self.status}"


class Message(models.Model):
    """A message of the dossier's conversation, or a private note of the advisors."""

    dossier = models.ForeignKey(
        "dossiers.Dossier", on_delete=models.CASCADE, related_name="messages"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(
        _("message"), help_text=_("Mise en forme Markdown possible.")
    )
    body_html = models.TextField(blank=True, editable=False)
    is_private = models.BooleanField(
        _("note privée"),
        default=False,
        help_text=_("Visible des seuls conseillers et de l’équipe d’animation."),
    )
    recommendation = models.ForeignKey(
        Recommendation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["dossier", "created_at"])]

    def __str__(self):
        return f"{self.dossier_id} {self.created_at:%Y-%m-%d}"

    def save(self, *args, **kwargs):
        self.body_html = render_markdown(self.body)
        super().save(*args, **kwargs)


class MessageAttachment(models.Model):
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="files")
    attachment = models.OneToOneField(
        "dossiers.Attachment", on_delete=models.CASCADE, related_name="+"
    )

    def __str__(self):
        return f"{self.message_id} {self.attachment_id}"


class DossierReading(models.Model):
    """When a person last looked at a dossier, for the unread-activity marker."""

    dossier = models.ForeignKey(
        "dossiers.Dossier", on_delete=models.CASCADE, related_name="readings"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "user"], name="advice_unique_reading"
            )
        ]

    def __str__(self):
        return f"{self.user_id} {self.dossier_id} {self.seen_at:%Y-%m-%d}"


class NotificationKind(models.TextChoices):
    RECOMMENDATION = "recommendation", _("Nouvelle recommandation")
    MESSAGE = "message", _("Nouveau message")
    ANSWER = "answer", _("Réponse à une recommandation")
    ADVISOR_JOINED = "advisor_joined", _("Conseiller sur le dossier")
    STATUS = "status", _("Changement de statut")
    REMINDER = "reminder", _("Rappel")


class Notification(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    dossier = models.ForeignKey(
        "dossiers.Dossier", on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    text = models.CharField(max_length=300)
    url = models.CharField(max_length=300)
    is_private = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    digested_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "read_at"]),
            models.Index(fields=["recipient", "digested_at"]),
        ]

    def __str__(self):
        return self.text


@register_setting(icon="mail")
class AdviceSettings(BaseSiteSetting):
    reminder_delay_days = models.PositiveSmallIntegerField(
        _("délai avant rappel (jours)"),
        default=30,
        help_text=_(
            "Une recommandation publiée restée sans réponse aussi longtemps vaut un "
            "rappel au demandeur (un seul par recommandation)."
        ),
    )

    class Meta:
        verbose_name = _("suivi du conseil")


class DossierIndex(models.Model):
    """What the advisors' dashboard filters and sorts on, kept up to date.

    ``text`` is the dossier's searchable text folded like every search of the
    product (case, accents, punctuation); ``last_activity_at`` moves with each
    message, recommendation, answer and timeline event, for the unread marker.
    """

    dossier = models.OneToOneField(
        "dossiers.Dossier",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="advice_index",
    )
    text = models.TextField(blank=True)
    last_activity_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self):
        return f"{self.dossier_id}"
