"""URLs of a portal's domain. Wagtail serves the page tree for everything else."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portals import views
from themes import views as theme_views
from themes.views import LEGAL_ROUTES

urlpatterns = [
    path("cms/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("media/<path:path>", views.serve_portal_media, name="portal_media"),
    path("sitemap.xml", sitemap, name="sitemap"),
]

# Pages people read are French unless the address starts with /en/ (an English
# browser must not turn French pages into lang="en" ones).
urlpatterns += i18n_patterns(
    path("", include("accounts.urls")),
    *[
        path(route, theme_views.legal_page, {"kind": kind}, name=kind)
        for route, kind in LEGAL_ROUTES
    ],
    path("", include("dossiers.urls")),
    path("", include("advice.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "portals.views.not_found"
