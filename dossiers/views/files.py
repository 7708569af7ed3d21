"""Dossier files, only ever served as downloads to people who may see the dossier."""

import logging

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from dossiers import access
from dossiers.models import Attachment

logger = logging.getLogger(__name__)


def _may_download(user, dossier, attachment):
    """Files of a private note only reach those who may read private notes."""
    from advice.access import DossierAccess
    from advice.models import MessageAttachment

    link = MessageAttachment.objects.filter(attachment=attachment).select_related(
        "message"
    )
    link = link.first()
    if link is None:
        return True
    access = DossierAccess(user, dossier)
    if link.message.is_private:
        return access.can_see_private_notes
    return access.can_follow_conversation


def download(request, dossier_id, attachment_id):
    dossier = access.get_visible_dossier(request, dossier_id)
    attachment = get_object_or_404(Attachment, pk=attachment_id, dossier=dossier)
    if not _may_download(request.user, dossier, attachment):
        raise Http404
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError as error:
        logger.warning("attachment file missing id=%s", attachment.pk)
        raise Http404 from error
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
