from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils.translation import gettext_lazy as _

from accounts.models import normalise_email


class EmailAuthenticationForm(AuthenticationForm):
    """Log in with an email address, whatever its letter case."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "Adresse électronique ou mot de passe incorrect. Les deux champs "
            "tiennent compte des majuscules pour le mot de passe seulement."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Adresse électronique")
        self.fields["username"].widget.attrs.update(
            {"autocomplete": "email", "type": "email"}
        )

    def clean_username(self):
        return normalise_email(self.cleaned_data.get("username"))


class InvitationAwarePasswordResetForm(PasswordResetForm):
    """Also sends a link to people invited who never chose a password."""

    def get_users(self, email):
        User = get_user_model()
        return User.objects.filter(email__iexact=normalise_email(email), is_active=True)
