from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import reverse_lazy

from accounts.forms import InvitationAwarePasswordResetForm


class PasswordResetView(auth_views.PasswordResetView):
    """Sends the reset link in the name of the portal (or platform) being visited."""

    form_class = InvitationAwarePasswordResetForm
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/emails/password_reset.txt"
    subject_template_name = "accounts/emails/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_sent")

    def form_valid(self, form):
        from portals.setup import portal_sender

        portal = getattr(self.request, "tenant", None)
        service_name = portal.name if portal else settings.PLATFORM_NAME
        self.from_email = portal_sender(portal) if portal else None
        self.extra_email_context = {"service_name": service_name}
        return super().form_valid(form)
