from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from advice.models import (
    AdvisorProfile,
    AnswerStatus,
    Message,
    Recommendation,
)
from dossiers.models import Attachment
from dossiers.uploads import ACCEPT_ATTRIBUTE, allowed_extensions_text, validate_upload
from geo.models import Department
from resources.models import Contact, ResourceSheet

# Long enough for any real message; refuses megabytes pasted by accident or malice.
MAX_TEXT_LENGTH = 20_000


def limit_length(field, limit=MAX_TEXT_LENGTH):
    field.validators.append(MaxLengthValidator(limit))
    field.widget.attrs["maxlength"] = str(limit)


class AdvisorProfileForm(forms.ModelForm):
    departments = forms.ModelMultipleChoiceField(
        label=_("Départements couverts"),
        queryset=Department.objects.order_by("code"),
        required=False,
        help_text=_("Maintenez Ctrl (ou Cmd) pour en choisir plusieurs."),
    )

    class Meta:
        model = AdvisorProfile
        fields = [
            "organisation",
            "job_title",
            "is_national",
            "departments",
            "motivation",
        ]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("is_national") and not cleaned.get("departments"):
            self.add_error(
                "departments",
                _(
                    "Choisissez au moins un département, ou cochez la compétence "
                    "nationale."
                ),
            )
        return cleaned


class RefusalForm(forms.Form):
    reason = forms.CharField(
        label=_("Motif du refus"), widget=forms.Textarea(attrs={"rows": 3})
    )


class RecommendationForm(forms.ModelForm):
    sheet = forms.ModelChoiceField(
        label=_("Fiche ressource"),
        queryset=ResourceSheet.objects.none(),
        required=False,
        empty_label=_("Aucune"),
        help_text=_("Seules les fiches publiées de ce portail peuvent être citées."),
    )
    contact = forms.ModelChoiceField(
        label=_("Contact"),
        queryset=Contact.objects.all(),
        required=False,
        empty_label=_("Aucun"),
    )

    class Meta:
        model = Recommendation
        fields = ["title", "body", "sheet", "contact", "deadline"]
        widgets = {
            "body": forms.Textarea(attrs={"rows": 6}),
            "deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_length(self.fields["body"])
        # Any sheet may be posted; the clean below refuses drafts with a clear message.
        self.fields["sheet"].queryset = ResourceSheet.objects.all().order_by("title")
        self.fields["sheet"].choices = [("", _("Aucune"))] + [
            (sheet.pk, sheet.title)
            for sheet in ResourceSheet.objects.visible().order_by("title").only("title")
        ]

    def clean_sheet(self):
        from resources.models import validate_referenceable_sheet

        sheet = self.cleaned_data.get("sheet")
        if sheet is not None:
            validate_referenceable_sheet(sheet)
        return sheet


class AnswerForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Où en êtes-vous ?"), choices=AnswerStatus.choices
    )
    comment = forms.CharField(
        label=_("Commentaire"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class PostMessageForm(forms.ModelForm):
    attachment = forms.FileField(
        label=_("Pièce jointe"),
        required=False,
        help_text=_("Formats acceptés : %(formats)s.")
        % {"formats": allowed_extensions_text()},
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT_ATTRIBUTE}),
    )

    class Meta:
        model = Message
        fields = ["body", "is_private"]
        widgets = {"body": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, can_write_private=False, **kwargs):
        super().__init__(*args, **kwargs)
        limit_length(self.fields["body"])
        if not can_write_private:
            del self.fields["is_private"]

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            self.content_type = validate_upload(upload)
        return upload

    def attachments(self, user):
        """The uploaded file as an unsaved ``Attachment``, once the form is valid."""
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return []
        return [
            Attachment(
                file=upload,
                original_name=upload.name[:255],
                content_type=self.content_type,
                size=upload.size,
                uploaded_by=user,
            )
        ]
