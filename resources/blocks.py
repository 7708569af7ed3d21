"""The blocks a resource sheet's body is made of."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Intertitre"), max_length=150)
    text = blocks.RichTextBlock(label=_("Texte"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("Section")
        template = "resources/blocks/section.html"


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Intitulé"), max_length=150)
    url = blocks.URLBlock(label=_("Adresse"))

    class Meta:
        icon = "link"
        label = _("Lien")
        template = "resources/blocks/link.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Intitulé"),
        max_length=150,
        required=False,
        help_text=_("Par défaut, le titre du document."),
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Document à télécharger")
        template = "resources/blocks/document.html"


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Chiffre"), max_length=40)
    label = blocks.CharBlock(label=_("Ce qu’il mesure"), max_length=150)
    detail = blocks.CharBlock(label=_("Précision"), max_length=250, required=False)

    class Meta:
        icon = "pick"
        label = _("Chiffre clé")
        template = "resources/blocks/key_figure.html"


class ResourceBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(label=_("Texte"), features=RICH_TEXT_FEATURES)
    section = SectionBlock()
    link = LinkBlock()
    document = DocumentBlock()
    contact = SnippetChooserBlock(
        "resources.Contact",
        label=_("Contact"),
        template="resources/blocks/contact.html",
    )
    key_figure = KeyFigureBlock()


class PublishedSheetChooserBlock(blocks.PageChooserBlock):
    """Points to a resource sheet; refuses one that is not published and live."""

    def __init__(self, **kwargs):
        super().__init__(page_type="resources.ResourceSheet", **kwargs)

    def clean(self, value):
        from resources.models import validate_referenceable_sheet

        value = super().clean(value)
        if value is not None:
            validate_referenceable_sheet(value)
        return value
