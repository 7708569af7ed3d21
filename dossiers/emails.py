"""Emails about dossiers, sent by the portal queue's worker in the portal's name.

Callers enqueue with ``notify(...)`` inside their transaction: if the operation
rolls back, so does the email (the queue is a table of the same database).
"""

import logging

from django.utils.translation import gettext as _

from portals.models import current_portal
from portals.setup import send_portal_email
from portals.tasks import portal_task

logger = logging.getLogger(__name__)

# Notice → subject, formatted with the dossier's project name.
SUBJECTS = {
    "confirm_address": lambda: _("Confirmez votre demande « %(project)s »"),
    "new_dossier": lambda: _("Nouvelle demande à modérer : « %(project)s »"),
    "submitted": lambda: _("Votre demande « %(project)s » est déposée"),
    "accepted": lambda: _("Votre demande « %(project)s » est acceptée"),
    "refused": lambda: _("Votre demande « %(project)s » n’a pas été retenue"),
    "info_requested": lambda: _("Précisions demandées sur « %(project)s »"),
    "info_provided": lambda: _("Le demandeur a répondu : « %(project)s »"),
    "status_changed": lambda: _("Le dossier « %(project)s » change de statut"),
    "invitation": lambda: _("Vous êtes invité à rejoindre le dossier « %(project)s »"),
}


def notify(notice, dossier, recipients, **extra):
    """Enqueue one email per recipient (no one sees the others' addresses)."""
    recipients = sorted({address for address in recipients if address})
    for address in recipients:
        send_dossier_email.enqueue(notice, dossier.pk, address, extra)
    logger.info(
        "dossier email queued notice=%s dossier=%s recipients=%s",
        notice,
        dossier.pk,
        len(recipients),
    )


@portal_task
def send_dossier_email(notice, dossier_id, address, extra):
    from dossiers.models import Dossier

    portal = current_portal()
    dossier = Dossier.objects.select_related("commune").filter(pk=dossier_id).first()
    if dossier is None:
        logger.info("dossier email dropped: no dossier id=%s", dossier_id)
        return
    base_url = portal.base_url()
    context = {
        "dossier": dossier,
        "dossier_url": base_url + dossier.get_absolute_url(),
        **extra,
    }
    if "path" in extra:
        context["link"] = base_url + extra["path"]
    subject = f"[{portal.name}] " + SUBJECTS[notice]() % {
        "project": dossier.project_name
    }
    send_portal_email(
        portal,
        subject=subject,
        template=f"dossiers/emails/{notice}",
        context=context,
        to=[address],
    )
    logger.info("dossier email sent notice=%s dossier=%s", notice, dossier_id)
