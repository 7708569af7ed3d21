from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from themes.models import PortalIdentity

LEGAL_TITLES = {
    "legal_notice": _("Mentions légales"),
    "privacy": _("Données personnelles"),
    "accessibility": _("Accessibilité"),
}


def legal_page(request, kind):
    if kind not in LEGAL_TITLES:
        raise Http404
    identity = PortalIdentity.for_request(request)
    return render(
        request,
        "themes/legal_page.html",
        {"title": LEGAL_TITLES[kind], "text": getattr(identity, kind)},
    )
