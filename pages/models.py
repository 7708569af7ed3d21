"""The portal's editorial pages: its home page and free content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from resources.blocks import PublishedSheetChooserBlock


class ContentBlocks(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Intertitre"),
        form_classname="title",
        template="pages/blocks/heading.html",
    )
    paragraph = blocks.RichTextBlock(
        label=_("Paragraphe"),
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
    )
    sheet = PublishedSheetChooserBlock(
        label=_("Fiche ressource"), template="pages/blocks/sheet.html"
    )
    callout = blocks.StructBlock(
        [
            ("title", blocks.CharBlock(label=_("Titre"))),
            ("text", blocks.TextBlock(label=_("Texte"))),
        ],
        label=_("Mise en avant"),
        template="pages/blocks/callout.html",
    )


class HomePage(Page):
    """The root of a portal's public pages, titled with the portal's name."""

    intro = models.TextField(_("accroche"), blank=True)
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("contenu"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page d’accueil")


class ContentPage(Page):
    intro = models.TextField(_("chapeau"), blank=True)
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("contenu"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("page de contenu")
