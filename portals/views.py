import posixpath
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.http import Http404
from django.shortcuts import redirect, render
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
    fallback = untranslated_fallback(request)
    if fallback:
        return redirect(fallback)
    return render(request, "404.html", status=404)


def untranslated_fallback(request):
    """``/en/<path>`` of a page with no English version: its French address.

    Once one page is translated, Wagtail routes ``/en/`` through the English tree,
    where untranslated pages do not exist; they stay readable in French instead.
    """
    from wagtail.models import Page, Site

    if connection.schema_name == "public":
        return None
    for code, _name in settings.LANGUAGES:
        prefix = f"/{code}/"
        if code != settings.LANGUAGE_CODE and request.path.startswith(prefix):
            french_path = "/" + request.path[len(prefix) :]
            site = Site.find_for_request(request)
            if site is None:
                return None
            url_path = site.root_page.url_path + french_path.lstrip("/")
            if Page.objects.live().public().filter(url_path=url_path).exists():
                return french_path
    return None


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
