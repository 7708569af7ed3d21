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


def serve_portal_media(request, path):
    """Serve this portal's uploads only: another portal's folder is a 404 here."""
    schema = connection.schema_name
    # Normalised first, as serve() does: "alpha/../beta/x" is a file of beta.
    path = posixpath.normpath(path).lstrip("/")
    if not path.startswith(f"{schema}/"):
        raise Http404
    return serve(request, path, document_root=Path(settings.MEDIA_ROOT))
