from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DossiersConfig(AppConfig):
    name = "dossiers"
    verbose_name = _("Dossiers")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from dossiers.survey import forget_survey

        for model in ("SurveySection", "SurveyQuestion", "SurveyChoice"):
            sender = self.get_model(model)
            post_save.connect(
                forget_survey, sender=sender, dispatch_uid=f"survey-{model}"
            )
            post_delete.connect(
                forget_survey, sender=sender, dispatch_uid=f"survey-del-{model}"
            )
