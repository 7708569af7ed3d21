"""Small helpers shared by the test modules."""

from django.conf import settings

PASSWORD = "correct horse battery staple"


def portal_path(name, *args, **query):
    """A path of a portal's URLconf (the Wagtail admin, pages, login)."""
    from urllib.parse import urlencode

    from django.urls import reverse

    path = reverse(name, urlconf=settings.ROOT_URLCONF, args=args)
    return f"{path}?{urlencode(query)}" if query else path
