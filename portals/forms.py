from django import forms
from django.utils.translation import gettext_lazy as _

from portals.models import OperatorKind, Portal, Theme
from portals.provisioning import PortalSpec, ProvisioningError, ProvisionPortal


class PortalCreationForm(forms.ModelForm):
    """The platform admin's form: what a policy owner gives to get a new portal."""

    domain = forms.CharField(
        label=_("domaine"),
        max_length=253,
        help_text=_("Par exemple friches.localhost ou friches.exemple.gouv.fr."),
    )
    admin_email = forms.EmailField(
        label=_("adresse du premier administrateur"),
        required=False,
        help_text=_("Cette personne recevra un message pour choisir son mot de passe."),
    )

    class Meta:
        model = Portal
        fields = [
            "name",
            "slug",
            "domain",
            "theme",
            "operator_kind",
            "description",
            "admin_email",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = Theme.choices
        self.fields["operator_kind"].choices = OperatorKind.choices
        self.action = None

    def validate_unique(self):
        """Uniqueness is checked by the provisioning action, with its own messages."""

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        self.action = ProvisionPortal(
            PortalSpec(
                slug=cleaned["slug"],
                name=cleaned["name"],
                domain=cleaned["domain"],
                theme=cleaned["theme"],
                operator_kind=cleaned["operator_kind"],
                admin_email=cleaned.get("admin_email", ""),
                description=cleaned.get("description", ""),
            )
        )
        try:
            self.action.check()
        except ProvisioningError as error:
            self.add_error(
                error.field if error.field in self.fields else None, str(error)
            )
        return cleaned

    def save(self, commit=True):
        """Provision once: the admin calls this twice (``commit=False``, then not)."""
        if self.instance.pk is not None:
            return self.instance
        try:
            self.instance = self.action.execute()
        except ProvisioningError as error:
            raise forms.ValidationError(str(error)) from None
        return self.instance

    def save_m2m(self):
        pass
