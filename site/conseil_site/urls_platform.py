"""URLs of the platform's own domain: the landing page and the platform admin."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from portals import views
from themes import views as theme_views
from themes.views import LEGAL_ROUTES

admin.site.site_header = "Conseil commun — plateforme"
admin.site.site_title = "Conseil commun"
admin.site.index_title = "Administration de la plateforme"

urlpatterns = [path("admin/", admin.site.urls)]

# Pages people read are French unless the address starts with /en/.
urlpatterns += i18n_patterns(
    path("", views.landing, name="landing"),
    path("", include("accounts.urls")),
    *[
        path(route, theme_views.platform_legal_page, {"kind": kind}, name=kind)
        for route, kind in LEGAL_ROUTES
    ],
    prefix_default_language=False,
)

handler404 = "portals.views.not_found"
