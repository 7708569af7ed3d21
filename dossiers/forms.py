"""Forms people fill in: the submission form and the small forms around a dossier."""

import uuid

from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from dossiers.actions import SETTABLE_STATUSES
from dossiers.models import Attachment, ExtraQuestion, ExtraQuestionKind
from dossiers.models import OrganisationKind as Kind
from dossiers.uploads import (
    ACCEPT_ATTRIBUTE,
    allowed_extensions_text,
    max_upload_size,
    validate_upload,
)
from geo.search import find_communes
from geo.text import fold

DOSSIER_FIELDS = (
    "submission_key",
    "project_name",
    "obstacles",
    "help_wanted",
    "organisation_name",
    "organisation_kind",
    "contact_first_name",
    "contact_last_name",
    "contact_role",
    "contact_email",
    "contact_phone",
)
COMMUNE_CANDIDATES = 20


def resolve_commune(query):
    """``(commune, candidates)``: the one commune meant, or the ones to pick from."""
    candidates = list(find_communes(query, limit=COMMUNE_CANDIDATES))
    if len(candidates) == 1:
        return candidates[0], candidates
    exact = [c for c in candidates if c.search_name == fold(query)]
    if len(exact) == 1 and not query.strip().isdigit():
        return exact[0], candidates
    return None, candidates


class SubmissionForm(forms.Form):
    submission_key = forms.UUIDField(widget=forms.HiddenInput)
    project_name = forms.CharField(
        label=_("Nom du projet"),
        max_length=200,
        help_text=_("Par exemple : reconversion de l’ancienne filature."),
    )
    obstacles = forms.CharField(
        label=_("Qu’est-ce qui bloque le projet ?"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Décrivez la situation avec vos mots : nul besoin d’être expert."),
    )
    help_wanted = forms.CharField(
        label=_("Quelle aide recherchez-vous ?"),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    commune_query = forms.CharField(
        label=_("Commune du projet"),
        max_length=100,
        help_text=_(
            "Son nom ou son code postal, par exemple « Saint-Étienne » ou 42000."
        ),
    )
    commune = forms.ChoiceField(
        label=_("Plusieurs communes correspondent : laquelle ?"),
        widget=forms.RadioSelect,
        required=False,
    )
    organisation_name = forms.CharField(
        label=_("Nom de votre organisation"),
        max_length=200,
        help_text=_("Par exemple : Mairie de Saint-Étienne."),
    )
    organisation_kind = forms.ChoiceField(
        label=_("Type d’organisation"), choices=[("", "—")] + Kind.choices
    )
    contact_first_name = forms.CharField(label=_("Prénom"), max_length=150)
    contact_last_name = forms.CharField(label=_("Nom"), max_length=150)
    contact_role = forms.CharField(
        label=_("Fonction"),
        max_length=150,
        help_text=_("Par exemple : maire, secrétaire de mairie, chargée de mission."),
    )
    contact_email = forms.EmailField(
        label=_("Adresse électronique"),
        help_text=_("Format attendu : nom@domaine.fr"),
    )
    contact_phone = forms.CharField(
        label=_("Téléphone"), max_length=30, help_text=_("Par exemple : 04 77 00 00 00")
    )
    attachment = forms.FileField(
        label=_("Pièce jointe"),
        required=False,
        validators=[validate_upload],
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT_ATTRIBUTE}),
    )
    accept_terms = forms.BooleanField(
        label=_(
            "J’accepte les conditions d’utilisation du portail et le traitement de "
            "mes données pour l’instruction de ma demande."
        ),
        error_messages={
            "required": _("Cochez cette case pour pouvoir déposer votre demande.")
        },
    )

    def __init__(self, *args, user=None, holder_key="", **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.holder_key = holder_key
        self.fields["attachment"].help_text = _(
            "Formats acceptés : %(formats)s ; %(size)s Mo au plus."
        ) % {
            "formats": allowed_extensions_text(),
            "size": max_upload_size() // (1024 * 1024),
        }
        self.extra_questions = list(ExtraQuestion.objects.filter(is_active=True))
        for question in self.extra_questions:
            self.fields[f"extra_{question.pk}"] = _extra_field(question)
        self.held_attachment = self._held_attachment()
        self.commune_candidates = []
        if self.is_bound:
            self._offer_communes()
        if not self.commune_candidates:
            del self.fields["commune"]
        if not self.is_bound:
            self.initial.setdefault("submission_key", uuid.uuid4())
            if user is not None and user.is_authenticated:
                self.initial.setdefault("contact_email", user.email)
                self.initial.setdefault("contact_first_name", user.first_name)
                self.initial.setdefault("contact_last_name", user.last_name)

    # Commune ---------------------------------------------------------------------

    def _offer_communes(self):
        query = (self.data.get("commune_query") or "").strip()
        if not query:
            return
        self.resolved_commune, candidates = resolve_commune(query)
        if self.resolved_commune is None and len(candidates) > 1:
            self.commune_candidates = candidates
            self.fields["commune"].choices = [
                (
                    str(c.pk),
                    f"{c.name} ({c.department.code}) – {', '.join(c.postal_codes)}",
                )
                for c in candidates
            ]
            self.fields["commune"].required = True
            self.fields["commune"].error_messages["required"] = _(
                "Choisissez votre commune dans la liste."
            )
            self.fields["commune"].label = _(
                "Votre commune parmi celles qui correspondent à « %(query)s »"
            ) % {"query": query}

    def clean(self):
        cleaned = super().clean()
        query = cleaned.get("commune_query")
        if query is None:
            return cleaned
        if self.commune_candidates:
            chosen = cleaned.get("commune")
            picked = [c for c in self.commune_candidates if str(c.pk) == chosen]
            if picked:
                cleaned["commune_obj"] = picked[0]
            elif "commune" not in self.errors:
                self.add_error("commune", _("Choisissez votre commune dans la liste."))
        elif getattr(self, "resolved_commune", None) is not None:
            cleaned["commune_obj"] = self.resolved_commune
        else:
            self.add_error(
                "commune_query",
                _(
                    "Aucune commune ne correspond à « %(query)s ». Vérifiez "
                    "l’orthographe ou saisissez le code postal."
                )
                % {"query": query},
            )
        return cleaned

    # Attachment kept across a failed validation -------------------------------------

    def _held_attachment(self):
        held_id = self.data.get("held_attachment") if self.is_bound else None
        if not held_id or not self.holder_key or self.data.get("drop_held"):
            return None
        return Attachment.objects.filter(
            pk=held_id if str(held_id).isdigit() else None,
            dossier__isnull=True,
            holder_key=self.holder_key,
        ).first()

    def hold_upload(self):
        """Keep a valid uploaded file while other fields have errors."""
        upload = self.files.get("attachment")
        if not upload or "attachment" in self.errors or not self.holder_key:
            return
        self.held_attachment = Attachment.objects.create(
            file=upload,
            original_name=upload.name[:255],
            content_type=validate_upload(upload),
            size=upload.size,
            holder_key=self.holder_key,
        )

    def attachments(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            return [
                Attachment(
                    file=upload,
                    original_name=upload.name[:255],
                    content_type=validate_upload(upload),
                    size=upload.size,
                )
            ]
        return [self.held_attachment] if self.held_attachment else []

    # What the action needs ----------------------------------------------------------

    def dossier_fields(self):
        fields = {name: self.cleaned_data[name] for name in DOSSIER_FIELDS}
        fields["commune"] = self.cleaned_data["commune_obj"]
        return fields

    def extra_answers(self):
        answers = []
        for question in self.extra_questions:
            value = self.cleaned_data.get(f"extra_{question.pk}")
            if question.kind == ExtraQuestionKind.YES_NO:
                value = {"yes": str(_("Oui")), "no": str(_("Non"))}.get(value, "")
            elif isinstance(value, list):
                value = ", ".join(value)
            answers.append(
                {
                    "question": question.label,
                    "kind": question.kind,
                    "answer": value or "",
                }
            )
        return answers

    def fieldsets(self):
        """Fields grouped for the template, each group with its legend."""
        groups = [
            (_("Votre projet"), ["project_name", "obstacles", "help_wanted"]),
            (_("Localisation"), ["commune_query", "commune"]),
            (_("Votre organisation"), ["organisation_name", "organisation_kind"]),
            (
                _("Vos coordonnées"),
                [
                    "contact_first_name",
                    "contact_last_name",
                    "contact_role",
                    "contact_email",
                    "contact_phone",
                ],
            ),
            (
                _("Questions du portail"),
                [f"extra_{question.pk}" for question in self.extra_questions],
            ),
        ]
        for legend, names in groups:
            present = [self[name] for name in names if name in self.fields]
            if present:
                yield legend, present


def _extra_field(question):
    common = {
        "label": question.label,
        "help_text": question.help_text,
        "required": question.required,
    }
    choices = [(label, label) for label in question.choice_list]
    if question.kind == ExtraQuestionKind.LONG_TEXT:
        return forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), **common)
    if question.kind == ExtraQuestionKind.CHOICE:
        return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
    if question.kind == ExtraQuestionKind.MULTIPLE_CHOICE:
        return forms.MultipleChoiceField(
            choices=choices, widget=forms.CheckboxSelectMultiple, **common
        )
    if question.kind == ExtraQuestionKind.YES_NO:
        return forms.ChoiceField(
            choices=[("yes", _("Oui")), ("no", _("Non"))],
            widget=forms.RadioSelect,
            **common,
        )
    return forms.CharField(max_length=500, **common)


class ModerationForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Décision"),
        widget=forms.RadioSelect,
        choices=[
            ("accept", _("Accepter la demande")),
            ("request_information", _("Demander des précisions")),
            ("refuse", _("Refuser la demande")),
        ],
    )
    message = forms.CharField(
        label=_("Message au demandeur"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Obligatoire pour refuser (la raison) ou demander des précisions."),
    )

    def clean(self):
        cleaned = super().clean()
        needs_message = cleaned.get("decision") in ("refuse", "request_information")
        if needs_message and not (cleaned.get("message") or "").strip():
            self.add_error(
                "message",
                _("Expliquez la raison du refus ou les précisions attendues."),
            )
        return cleaned


class MessageForm(forms.Form):
    message = forms.CharField(
        label=_("Votre réponse"), widget=forms.Textarea(attrs={"rows": 4})
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Nouveau statut"))
    message = forms.CharField(
        label=_("Message à l’équipe du dossier"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, dossier, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (status.value, status.label)
            for status in SETTABLE_STATUSES
            if status != dossier.status
        ]


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("Adresse électronique de la personne à inviter"),
        help_text=_("Format attendu : nom@domaine.fr"),
    )


class NewAccountForm(forms.Form):
    """Choose a password for an address the person has just proved is theirs."""

    first_name = forms.CharField(label=_("Prénom"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Nom"), max_length=150, required=False)
    password1 = forms.CharField(
        label=_("Mot de passe"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Au moins 8 caractères, pas uniquement des chiffres."),
    )
    password2 = forms.CharField(
        label=_("Confirmation du mot de passe"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if user.first_name:
            self.fields.pop("first_name")
        if user.last_name:
            self.fields.pop("last_name")

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("Les deux mots de passe diffèrent."))
        elif first:
            try:
                password_validation.validate_password(first, self.user)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned

    def save(self):
        for name in ("first_name", "last_name"):
            if self.cleaned_data.get(name):
                setattr(self.user, name, self.cleaned_data[name])
        self.user.set_password(self.cleaned_data["password1"])
        self.user.save()
        return self.user
