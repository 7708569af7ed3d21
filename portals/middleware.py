"""Request routing to a portal's schema, and Wagtail's redirects where they exist."""

import logging

from django.db import connection
from django.http import HttpResponseBadRequest
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


class RejectNullBytesMiddleware:
    """A NUL character in an address or a form value is refused with a 400.

    PostgreSQL cannot store or compare NUL in text, so such input would otherwise
    surface as a server error wherever it reaches a query.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in value
            for source in (request.GET, request.POST)
            for values in source.lists()
            for value in values[1]
            if isinstance(value, str)
        ):
            return HttpResponseBadRequest(
                "Caractère nul refusé dans la requête.", content_type="text/plain"
            )
        return self.get_response(request)
