from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from resources import admin_views


@hooks.register("register_admin_viewset")
def register_sheet_listing():
    return admin_views.SheetListingViewSet("resource_sheets", url_prefix="fiches")


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path(
            "fiches/importer/",
            admin_views.import_catalogue,
            name="resources_import_catalogue",
        ),
        path(
            "fiches/importer/copier/",
            admin_views.import_sheet,
            name="resources_import_sheet",
        ),
        path(
            "fiches/importees/", admin_views.imported_sheets, name="resources_imported"
        ),
        path(
            "fiches/importees/<int:sheet_id>/mettre-a-jour/",
            admin_views.pull_update,
            name="resources_pull_update",
        ),
    ]


class EditorMenuItem(MenuItem):
    def is_shown(self, request):
        from resources.models import ResourceIndexPage

        index = ResourceIndexPage.objects.first()
        return (
            bool(index) and index.permissions_for_user(request.user).can_add_subpage()
        )


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return EditorMenuItem(
        _("Importer une fiche"),
        reverse("resources_import_catalogue"),
        icon_name="download",
        order=151,
    )


@hooks.register("register_admin_menu_item")
def imported_menu_item():
    return EditorMenuItem(
        _("Fiches importées"),
        reverse("resources_imported"),
        icon_name="doc-full-inverse",
        order=152,
    )
