from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from themes.models import PortalIdentity

LEGAL_ROUTES = [
    ("mentions-legales/", "legal_notice"),
    ("donnees-personnelles/", "privacy"),
    ("accessibilite/", "accessibility"),
]
LEGAL_TITLES = {
    "legal_notice": _("Mentions légales"),
    "privacy": _("Données personnelles"),
    "accessibility": _("Accessibilité"),
}


def legal_page(request, kind):
    """A portal's legal texts, as its admins wrote them in the portal's settings."""
    if kind not in LEGAL_TITLES:
        raise Http404
    identity = PortalIdentity.for_request(request)
    return render(
        request,
        "themes/legal_page.html",
        {"title": LEGAL_TITLES[kind], "text": getattr(identity, kind)},
    )


def platform_legal_page(request, kind):
    """The platform's own legal texts, which ship with the product."""
    if kind not in LEGAL_TITLES:
        raise Http404
    return render(
        request,
        f"themes/platform/{kind}.html",
        {"title": LEGAL_TITLES[kind]},
    )
