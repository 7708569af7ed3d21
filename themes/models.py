"""What a portal admin edits about the portal's look and legal pages."""

from django.db import connection, models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField

from themes.colours import validate_main_colour

LEGAL_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class FooterLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Intitulé"), max_length=80)
    url = blocks.URLBlock(label=_("Adresse"))

    class Meta:
        icon = "link"
        label = _("Lien")


@register_setting(icon="view")
class PortalIdentity(BaseSiteSetting):
    name = models.CharField(_("nom du portail"), max_length=120)
    tagline = models.CharField(_("sous-titre"), max_length=200, blank=True)
    operator_name = models.CharField(
        _("opérateur"),
        max_length=200,
        blank=True,
        help_text=_("L’organisme qui opère le portail, affiché en pied de page."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    main_colour = models.CharField(
        _("couleur principale"),
        max_length=7,
        default="#1f4e79",
        validators=[validate_main_colour],
        help_text=_("Au format #RRVVBB ; le texte blanc doit y rester lisible."),
    )
    footer_links = StreamField(
        [("link", FooterLinkBlock())],
        blank=True,
        verbose_name=_("liens du pied de page"),
    )
    legal_notice = RichTextField(
        _("mentions légales"), blank=True, features=LEGAL_FEATURES
    )
    privacy = RichTextField(
        _("données personnelles"), blank=True, features=LEGAL_FEATURES
    )
    accessibility = RichTextField(
        _("déclaration d’accessibilité"), blank=True, features=LEGAL_FEATURES
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("tagline"), FieldPanel("operator_name")],
            heading=_("Identité"),
        ),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("main_colour"), FieldPanel("footer_links")],
            heading=_("Apparence"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("legal_notice"),
                FieldPanel("privacy"),
                FieldPanel("accessibility"),
            ],
            heading=_("Pages légales"),
        ),
    ]

    class Meta:
        verbose_name = _("identité du portail")

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self._sync_registry_name()

    def _sync_registry_name(self):
        """Keep the platform's list of portals showing the name admins chose."""
        from portals.models import Portal

        Portal.objects.filter(schema_name=connection.schema_name).exclude(
            name=self.name
        ).update(name=self.name)
