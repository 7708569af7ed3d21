"""Keep the dashboard's index of dossiers in step with what happens to them."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from geo.text import fold


def dossier_text(dossier):
    commune = dossier.commune.name if dossier.commune_id else ""
    return fold(
        " ".join(
            [
                dossier.project_name,
                dossier.organisation_name,
                commune,
                dossier.contact_last_name,
            ]
        )
    )


def touch(dossier_id, when=None):
    from advice.models import DossierIndex

    DossierIndex.objects.filter(dossier_id=dossier_id).update(
        last_activity_at=when or timezone.now()
    )


@receiver(post_save, sender="dossiers.Dossier")
def index_dossier(sender, instance, **kwargs):
    from advice.models import DossierIndex

    DossierIndex.objects.update_or_create(
        dossier=instance,
        defaults={"text": dossier_text(instance), "last_activity_at": timezone.now()},
    )


@receiver(post_save, sender="dossiers.DossierEvent")
@receiver(post_save, sender="advice.Message")
@receiver(post_save, sender="advice.RecommendationAnswer")
def note_activity(sender, instance, created, **kwargs):
    if created:
        dossier_id = getattr(instance, "dossier_id", None) or (
            instance.recommendation.dossier_id
        )
        touch(dossier_id, instance.created_at)
