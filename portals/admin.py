"""The platform admin, on the platform's domain, for policy owners (``is_staff``)."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from portals.forms import PortalCreationForm
from portals.models import Domain, Portal
from portals.provisioning import replenish_spares


class DomainInline(admin.TabularInline):
    model = Domain
    extra = 0


@admin.register(Portal)
class PortalAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "theme", "operator_kind", "is_live", "created_at"]
    list_filter = ["theme", "operator_kind", "is_live"]
    search_fields = ["name", "slug", "domains__domain"]
    readonly_fields = ["slug", "schema_name", "created_at"]
    fields = [
        "name",
        "slug",
        "schema_name",
        "theme",
        "operator_kind",
        "description",
        "is_live",
        "created_at",
    ]
    inlines = [DomainInline]

    def get_queryset(self, request):
        return super().get_queryset(request).model.objects.real()

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = PortalCreationForm
            kwargs["fields"] = PortalCreationForm.Meta.fields
        return super().get_form(request, obj, change, **kwargs)

    def get_fields(self, request, obj=None):
        if obj is None:
            return PortalCreationForm.Meta.fields
        return self.fields

    def get_readonly_fields(self, request, obj=None):
        return [] if obj is None else self.readonly_fields

    def get_inlines(self, request, obj):
        return [] if obj is None else self.inlines

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        form.save()
        replenish_spares()
        messages.info(
            request,
            _("Portail créé en %(seconds).2f s.") % {"seconds": form.action.duration},
        )

    def save_related(self, request, form, formsets, change):
        if change:
            super().save_related(request, form, formsets, change)

    def has_delete_permission(self, request, obj=None):
        # Deleting a portal destroys all its data: only through `delete_portal --yes`.
        return False


@admin.register(User)
class UserAdmin(admin.ModelAdmin):
    list_display = ["email", "first_name", "last_name", "is_staff", "is_active"]
    search_fields = ["email", "first_name", "last_name"]
    fields = [
        "email",
        "first_name",
        "last_name",
        "is_active",
        "is_staff",
        "date_joined",
        "last_login",
    ]
    readonly_fields = ["date_joined", "last_login"]

    def has_delete_permission(self, request, obj=None):
        # An account may hold roles in many portal schemas: deactivate it instead.
        return False
