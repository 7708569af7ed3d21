from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdviceConfig(AppConfig):
    name = "advice"
    verbose_name = _("Conseil")

    def ready(self):
        from advice import signal_handlers  # noqa: F401
