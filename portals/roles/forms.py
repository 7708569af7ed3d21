"""User forms of a portal's admin: they manage roles here, never the account itself.

An account is shared by the whole platform, so a portal admin may not change its
email, name, password or active flag (that would reach into other portals), nor make
it a superuser. Adding someone whose email already has an account (in any letter
case) gives that account the chosen groups instead of creating a duplicate.
"""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from accounts.models import normalise_email

User = get_user_model()


class MemberFormMixin:
    password_enabled = False
    password_required = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("is_superuser", "is_active", "password1", "password2"):
            self.fields.pop(name, None)
        self.fields["groups"].label = _("Rôles dans ce portail")
        self.fields["groups"].required = True
        self.fields["groups"].error_messages["required"] = _(
            "Choisissez au moins un rôle : c’est ce qui fait d’une personne un "
            "membre du portail."
        )


class PortalUserCreationForm(MemberFormMixin, UserCreationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = False
        self.fields["last_name"].required = False
        self.existing_account = None

    def _clean_username(self):
        email = normalise_email(self.cleaned_data.get("email"))
        if email:
            self.cleaned_data["email"] = email
            self.existing_account = User.objects.find_by_email(email)

    def validate_unique(self):
        """An existing email is not an error here: that person joins the portal."""

    def save(self, commit=True):
        if self.existing_account is None:
            return super().save(commit)
        user = self.existing_account
        user.groups.add(*self.cleaned_data["groups"])
        self.instance = user
        return user


class PortalUserEditForm(MemberFormMixin, UserEditForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("email", "first_name", "last_name"):
            self.fields[name].disabled = True
            self.fields[name].required = False
            self.fields[name].help_text = _(
                "Seule la personne peut modifier son compte, commun aux portails."
            )
