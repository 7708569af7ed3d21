"""The qualification survey (*état des lieux*) that portal staff define in /cms/.

An answer copies the wording of its question and of the chosen choices (with their
tags) when it is given: staff may reword, reorder or delete questions and choices
afterwards without changing or blanking what a dossier already says.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable


def split_tags(text):
    return sorted(
        {tag.strip().lower() for tag in text.replace(",", " ").split() if tag}
    )


class SurveySection(Orderable):
    title = models.CharField(_("titre"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("intro")]

    class Meta(Orderable.Meta):
        verbose_name = _("section de l’état des lieux")
        verbose_name_plural = _("sections de l’état des lieux")

    def __str__(self):
        return self.title


class SurveyQuestionKind(models.TextChoices):
    SINGLE_CHOICE = "single", _("Choix unique")
    MULTIPLE_CHOICE = "multiple", _("Choix multiple")
    TEXT = "text", _("Texte libre")
    NUMBER = "number", _("Nombre")
    DATE = "date", _("Date")
    FILE = "file", _("Fichier")


CHOICE_KINDS = (SurveyQuestionKind.SINGLE_CHOICE, SurveyQuestionKind.MULTIPLE_CHOICE)


class SurveyQuestion(ClusterableModel):
    section = models.ForeignKey(
        SurveySection,
        on_delete=models.CASCADE,
        related_name="questions",
        verbose_name=_("section"),
    )
    sort_order = models.IntegerField(_("ordre dans la section"), default=0)
    text = models.CharField(_("question"), max_length=300)
    help_text = models.CharField(_("aide"), max_length=300, blank=True)
    kind = models.CharField(
        _("type de réponse"), max_length=10, choices=SurveyQuestionKind.choices
    )
    with_comment = models.BooleanField(_("avec un champ de commentaire"), default=False)
    show_if_tag = models.CharField(
        _("afficher seulement si une réponse précédente porte l’étiquette"),
        max_length=50,
        blank=True,
        help_text=_("Laissez vide pour toujours poser la question."),
    )

    panels = [
        FieldPanel("section"),
        FieldPanel("sort_order"),
        FieldPanel("text"),
        FieldPanel("help_text"),
        FieldPanel("kind"),
        FieldPanel("with_comment"),
        FieldPanel("show_if_tag"),
        InlinePanel("choices", label=_("Choix (questions à choix)")),
    ]

    class Meta:
        ordering = ["section__sort_order", "section_id", "sort_order", "pk"]
        verbose_name = _("question de l’état des lieux")
        verbose_name_plural = _("questions de l’état des lieux")

    def __str__(self):
        return self.text

    def save(self, *args, **kwargs):
        self.show_if_tag = self.show_if_tag.strip().lower()
        super().save(*args, **kwargs)


class SurveyChoice(Orderable):
    question = ParentalKey(
        SurveyQuestion, on_delete=models.CASCADE, related_name="choices"
    )
    label = models.CharField(_("choix"), max_length=200)
    tags = models.CharField(
        _("étiquettes"),
        max_length=200,
        blank=True,
        help_text=_(
            "Séparées par des espaces ; servent aux questions conditionnelles."
        ),
    )

    panels = [FieldPanel("label"), FieldPanel("tags")]

    def __str__(self):
        return self.label

    @property
    def tag_list(self):
        return split_tags(self.tags)


class SurveyAnswer(models.Model):
    dossier = models.ForeignKey(
        "dossiers.Dossier", on_delete=models.CASCADE, related_name="survey_answers"
    )
    # Null once the question is deleted; the copied wording below remains.
    question = models.ForeignKey(
        SurveyQuestion,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="answers",
    )
    section_title = models.CharField(max_length=200)
    question_text = models.CharField(max_length=300)
    question_kind = models.CharField(max_length=10, choices=SurveyQuestionKind.choices)
    # Text, number (as text), ISO date, or the labels of the chosen choices.
    value = models.JSONField(default=None, null=True, blank=True)
    # Ids of the chosen choices, to show the form again; labels are in ``value``.
    choice_ids = models.JSONField(default=list, blank=True)
    tags = models.JSONField(default=list, blank=True)
    comment = models.TextField(blank=True)
    attachment = models.ForeignKey(
        "dossiers.Attachment",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["dossier", "question"], name="dossiers_one_answer_per_question"
            )
        ]

    def __str__(self):
        return f"{self.dossier_id}: {self.question_text}"

    @property
    def display_value(self):
        if isinstance(self.value, list):
            return ", ".join(str(item) for item in self.value)
        return "" if self.value is None else str(self.value)

    @property
    def is_answered(self):
        return bool(self.value not in (None, "", []) or self.attachment_id)
