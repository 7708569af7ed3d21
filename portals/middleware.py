"""Request routing to a portal's schema, and Wagtail's redirects where they exist."""

import logging

from django.db import connection
from django.template.response import TemplateResponse
from django_tenants.middleware.main import TenantMainMiddleware
from django_tenants.utils import get_public_schema_name
from wagtail.contrib.redirects.middleware import RedirectMiddleware

logger = logging.getLogger(__name__)


def unknown_portal_response(request, hostname):
    response = TemplateResponse(
        request, "portals/unknown_portal.html", {"hostname": hostname}, status=404
    )
    return response.render()


class PortalMiddleware(TenantMainMiddleware):
    """Picks the schema from the host; unknown, template or offline hosts get a 404."""

    def get_tenant(self, domain_model, hostname):
        tenant = super().get_tenant(domain_model, hostname)
        if tenant.is_template or not tenant.is_live:
            raise domain_model.DoesNotExist(hostname)
        return tenant

    def no_tenant_found(self, request, hostname):
        logger.info("no portal for host=%s", hostname)
        return unknown_portal_response(request, hostname)


class PortalRedirectMiddleware(RedirectMiddleware):
    """Wagtail's redirects live in portal schemas; the platform has none to look up."""

    def process_response(self, request, response):
        if connection.schema_name == get_public_schema_name():
            return response
        return super().process_response(request, response)
