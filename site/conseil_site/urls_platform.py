"""URLs of the platform's own domain: the landing page and the platform admin."""

from django.contrib import admin
from django.urls import include, path

from portals import views

admin.site.site_header = "Conseil commun — plateforme"
admin.site.site_title = "Conseil commun"
admin.site.index_title = "Administration de la plateforme"

urlpatterns = [
    path("", views.landing, name="landing"),
    path("admin/", admin.site.urls),
    path("", include("accounts.urls")),
]

handler404 = "portals.views.not_found"
