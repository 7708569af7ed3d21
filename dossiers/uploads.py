"""Files people attach to dossiers: allow-listed by extension and content, size-capped.

The extension must be in the list and the content must be what the extension says
(magic bytes, read by ``filetype``); text files must be text. Whatever passes is
still only ever served as a download (``views.files``).
"""

import logging
from pathlib import PurePosixPath

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

# Extension → the content type ``filetype`` must find (None: plain text).
ALLOWED_TYPES = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "txt": None,
    "csv": None,
}
TEXT_TYPES = {"txt": "text/plain", "csv": "text/csv"}
ACCEPT_ATTRIBUTE = ",".join(f".{extension}" for extension in ALLOWED_TYPES)


def max_upload_size():
    return getattr(settings, "DOSSIERS_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)


def allowed_extensions_text():
    return ", ".join(sorted(ALLOWED_TYPES))


def validate_upload(upload):
    """Return the content type of an acceptable upload; raise ValidationError."""
    extension = PurePosixPath(upload.name or "").suffix.lower().lstrip(".")
    if extension not in ALLOWED_TYPES:
        raise ValidationError(
            _("Ce type de fichier n’est pas accepté. Formats acceptés : %(formats)s.")
            % {"formats": allowed_extensions_text()},
            code="file_type",
        )
    if upload.size > max_upload_size():
        raise ValidationError(
            _("Le fichier dépasse la taille maximale de %(size)s.")
            % {"size": filesizeformat(max_upload_size())},
            code="file_size",
        )
    if upload.size == 0:
        raise ValidationError(_("Le fichier est vide."), code="file_empty")

    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    expected = ALLOWED_TYPES[extension]
    if expected is None:
        if not _looks_like_text(head):
            raise _mismatch(extension)
        return TEXT_TYPES[extension]
    found = filetype.guess(head)
    if found is None or found.mime != expected:
        raise _mismatch(extension)
    return expected


def _looks_like_text(head):
    if b"\x00" in head or filetype.guess(head) is not None:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character may be cut at the end of what was read.
        if error.start < len(head) - 4:
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return False
    return True


def _mismatch(extension):
    logger.info("upload refused: content does not match extension=%s", extension)
    return ValidationError(
        _(
            "Le contenu du fichier ne correspond pas à son extension « .%(ext)s ». "
            "Enregistrez-le de nouveau dans ce format, ou choisissez un autre fichier."
        )
        % {"ext": extension},
        code="file_content",
    )
