"""Resource sheets: the portal's capitalised guidance. Only the index exists so far."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class ResourceIndexPage(Page):
    """Lists the portal's resource sheets, at ``/ressources/``."""

    intro = models.TextField(_("présentation"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("index des fiches ressources")
