"""Filling in the qualification survey: which questions show, saving, completion.

A question with ``show_if_tag`` shows only when an answer to an earlier visible
question carries that tag. Answers are saved section by section, so a person can stop
and come back; each save copies the current wording (see ``survey_models``).
"""

import logging
from dataclasses import dataclass

from django import forms
from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dossiers.models import Attachment
from dossiers.survey_models import (
    CHOICE_KINDS,
    SurveyAnswer,
    SurveyQuestion,
    SurveyQuestionKind,
    SurveySection,
    split_tags,
)
from dossiers.uploads import ACCEPT_ATTRIBUTE, validate_upload

logger = logging.getLogger(__name__)


@dataclass
class SurveyState:
    sections: list
    visible: list
    answers: dict

    @property
    def completion(self):
        if not self.visible:
            return 0
        answered = sum(
            1
            for question in self.visible
            if question.pk in self.answers and self.answers[question.pk].is_answered
        )
        return round(100 * answered / len(self.visible))

    def visible_in(self, section):
        return [q for q in self.visible if q.section_id == section.pk]

    def section_progress(self, section):
        questions = self.visible_in(section)
        answered = sum(
            1
            for q in questions
            if q.pk in self.answers and self.answers[q.pk].is_answered
        )
        return answered, len(questions)


SURVEY_CACHE_KEY = "dossiers:survey-definition"


def survey_definition():
    """The portal's sections and questions (with choices), cached until edited.

    The cache key carries the portal's schema (django-tenants' key function); any
    save or delete of a section, question or choice drops it (``forget_survey``).
    """
    # Inside a transaction the rows read may yet be rolled back: read, don't cache.
    cacheable = not connection.in_atomic_block
    definition = cache.get(SURVEY_CACHE_KEY) if cacheable else None
    if definition is None:
        definition = (
            list(SurveySection.objects.all()),
            list(
                SurveyQuestion.objects.select_related("section").prefetch_related(
                    "choices"
                )
            ),
        )
        if cacheable:
            cache.set(SURVEY_CACHE_KEY, definition, 3600)
    return definition


def forget_survey(**kwargs):
    cache.delete(SURVEY_CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(SURVEY_CACHE_KEY))


def survey_state(dossier, all_answers=None):
    """Which questions show and what is answered; ``all_answers`` if already read."""
    sections, questions = survey_definition()
    if all_answers is None:
        all_answers = dossier.survey_answers.filter(question__isnull=False)
    answers = {
        answer.question_id: answer
        for answer in all_answers
        if answer.question_id is not None
    }
    tags, visible = set(), []
    for question in questions:
        if question.show_if_tag and question.show_if_tag not in tags:
            continue
        visible.append(question)
        if question.pk in answers:
            tags.update(answers[question.pk].tags)
    return SurveyState(sections=sections, visible=visible, answers=answers)


def _answer_field(question):
    common = {
        "label": question.text,
        "help_text": question.help_text,
        "required": False,
    }
    choices = [(str(choice.pk), choice.label) for choice in question.choices.all()]
    if question.kind == SurveyQuestionKind.SINGLE_CHOICE:
        return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
    if question.kind == SurveyQuestionKind.MULTIPLE_CHOICE:
        return forms.MultipleChoiceField(
            choices=choices, widget=forms.CheckboxSelectMultiple, **common
        )
    if question.kind == SurveyQuestionKind.NUMBER:
        return forms.DecimalField(
            max_digits=15, decimal_places=2, localize=True, **common
        )
    if question.kind == SurveyQuestionKind.DATE:
        return forms.DateField(
            widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), **common
        )
    if question.kind == SurveyQuestionKind.FILE:
        return forms.FileField(
            widget=forms.ClearableFileInput(attrs={"accept": ACCEPT_ATTRIBUTE}),
            validators=[validate_upload],
            **common,
        )
    return forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), **common)


class SectionForm(forms.Form):
    """The visible questions of one section, each optionally with a comment."""

    def __init__(self, *args, questions, answers, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        self.answers = answers
        for question in questions:
            answer = answers.get(question.pk)
            field = _answer_field(question)
            self.fields[f"q_{question.pk}"] = field
            if answer is not None:
                self.initial[f"q_{question.pk}"] = _initial(question, answer)
            if question.with_comment:
                self.fields[f"c_{question.pk}"] = forms.CharField(
                    label=_("Commentaire sur « %(question)s »")
                    % {"question": question.text},
                    required=False,
                    widget=forms.Textarea(attrs={"rows": 2}),
                )
                if answer is not None:
                    self.initial[f"c_{question.pk}"] = answer.comment

    def question_fields(self):
        """(question, answer field, comment field or None, saved answer) in order."""
        for question in self.questions:
            comment = (
                self[f"c_{question.pk}"] if f"c_{question.pk}" in self.fields else None
            )
            yield (
                question,
                self[f"q_{question.pk}"],
                comment,
                self.answers.get(question.pk),
            )


def _initial(question, answer):
    if question.kind == SurveyQuestionKind.SINGLE_CHOICE:
        return str(answer.choice_ids[0]) if answer.choice_ids else None
    if question.kind == SurveyQuestionKind.MULTIPLE_CHOICE:
        return [str(pk) for pk in answer.choice_ids]
    if question.kind == SurveyQuestionKind.FILE:
        return None
    return answer.value


def save_section(dossier, form, user):
    """Save the answers of a valid ``SectionForm``; returns how many changed."""
    saved = 0
    with transaction.atomic():
        for question in form.questions:
            value = form.cleaned_data.get(f"q_{question.pk}")
            comment = form.cleaned_data.get(f"c_{question.pk}", "") or ""
            answer = form.answers.get(question.pk)
            if question.kind == SurveyQuestionKind.FILE and not value:
                if answer is None and not comment:
                    continue
                if answer is not None and not comment and answer.comment == comment:
                    continue
            elif _is_empty(value) and not comment and answer is None:
                continue
            answer = answer or SurveyAnswer(dossier=dossier, question=question)
            _fill(answer, question, value, comment, user, dossier)
            answer.save()
            saved += 1
    logger.info("survey saved dossier=%s answers=%s by=%s", dossier.pk, saved, user.pk)
    return saved


def _is_empty(value):
    return value in (None, "", [])


def _fill(answer, question, value, comment, user, dossier):
    answer.section_title = question.section.title
    answer.question_text = question.text
    answer.question_kind = question.kind
    answer.comment = comment
    answer.answered_by = user
    answer.updated_at = timezone.now()
    if question.kind in CHOICE_KINDS:
        ids = [value] if isinstance(value, str) and value else list(value or [])
        chosen = [c for c in question.choices.all() if str(c.pk) in ids]
        answer.choice_ids = [c.pk for c in chosen]
        answer.value = [c.label for c in chosen]
        answer.tags = sorted({tag for c in chosen for tag in split_tags(c.tags)})
    elif question.kind == SurveyQuestionKind.FILE:
        if value:
            answer.attachment = Attachment.objects.create(
                dossier=dossier,
                file=value,
                original_name=value.name[:255],
                content_type=validate_upload(value),
                size=value.size,
                uploaded_by=user,
            )
            answer.value = value.name[:255]
    elif question.kind == SurveyQuestionKind.NUMBER:
        answer.value = None if value is None else format(value.normalize(), "f")
    elif question.kind == SurveyQuestionKind.DATE:
        answer.value = value.isoformat() if value else None
    else:
        answer.value = value or None
