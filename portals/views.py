import posixpath
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.http import Http404
from django.shortcuts import render
from django.views.static import serve

from portals.models import Portal


def landing(request):
    """The platform's home: what Conseil commun is, and the portals that are live."""
    portals = (
        Portal.objects.real()
        .filter(is_live=True)
        .prefetch_related("domains")
        .order_by("name")
    )
    return render(request, "portals/landing.html", {"portals": portals})


def not_found(request, exception=None):
    return render(request, "404.html", status=404)


# Only images are public files. Documents go through Wagtail's serve view (collection
# privacy), dossier files through their permission-checked download view.
PUBLIC_MEDIA_FOLDERS = ("images", "original_images")


def serve_portal_media(request, path):
    """Serve this portal's public uploads only: anything else is a 404 here."""
    schema = connection.schema_name
    # Normalised first, as serve() does: "alpha/../beta/x" is a file of beta.
    path = posixpath.normpath(path).lstrip("/")
    folder = path.split("/")[1] if path.count("/") >= 2 else ""
    if not path.startswith(f"{schema}/") or folder not in PUBLIC_MEDIA_FOLDERS:
        raise Http404
    return serve(request, path, document_root=Path(settings.MEDIA_ROOT))
