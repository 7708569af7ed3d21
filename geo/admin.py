"""Reference geography in the platform admin: browsable, searchable, read-only lists."""

from django.contrib import admin

from geo.models import Commune, Department, Region


class ReadOnlyAdmin(admin.ModelAdmin):
    """Reference data comes from INSEE's files through ``load_communes``."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Region)
class RegionAdmin(ReadOnlyAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name"]


@admin.register(Department)
class DepartmentAdmin(ReadOnlyAdmin):
    list_display = ["code", "name", "region"]
    list_filter = ["region"]
    search_fields = ["code", "name"]


@admin.register(Commune)
class CommuneAdmin(ReadOnlyAdmin):
    list_display = ["insee_code", "name", "department", "postal_codes"]
    list_select_related = ["department"]
    list_filter = ["department__region"]
    search_fields = ["insee_code", "name", "search_name"]
