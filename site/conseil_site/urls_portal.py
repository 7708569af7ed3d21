"""URLs of a portal's domain. Wagtail serves the page tree for everything else."""

from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portals import views
from themes import views as theme_views

urlpatterns = [
    path("cms/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("media/<path:path>", views.serve_portal_media, name="portal_media"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("", include("accounts.urls")),
    path(
        "mentions-legales/",
        theme_views.legal_page,
        {"kind": "legal_notice"},
        name="legal_notice",
    ),
    path(
        "donnees-personnelles/",
        theme_views.legal_page,
        {"kind": "privacy"},
        name="privacy",
    ),
    path(
        "accessibilite/",
        theme_views.legal_page,
        {"kind": "accessibility"},
        name="accessibility",
    ),
    path("", include(wagtail_urls)),
]

handler404 = "portals.views.not_found"
