"""Resource sheets: the portal's capitalised guidance, as Wagtail pages.

A sheet explains a funding scheme, a method, a tool, an actor, a regulation or a case
study, so that advisors point to it instead of rewriting it. Sheets may be imported
from another portal's catalogue: the copy records its origin and can pull updates.
"""

import datetime

from django import forms
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, Value
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, PageQuerySet
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from geo.text import fold
from resources.blocks import ResourceBodyBlock

SEARCH_CONFIG = "french"


class SheetKind(models.TextChoices):
    FUNDING = "financement", _("Financement")
    TOOL = "outil", _("Outil")
    METHOD = "methode", _("Méthode")
    ACTOR = "acteur", _("Acteur")
    REGULATION = "reglementation", _("Réglementation")
    CASE_STUDY = "retour-experience", _("Retour d’expérience")


class ResourceTopic(models.Model):
    """A theme of the portal's own taxonomy (e.g. « Pollution des sols »)."""

    name = models.CharField(_("nom"), max_length=80, unique=True)
    slug = models.SlugField(_("identifiant"), max_length=80, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        verbose_name = _("thématique")
        verbose_name_plural = _("thématiques")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Contact(index.Indexed, models.Model):
    """Someone to contact about a sheet, reusable across the portal's sheets."""

    organisation = models.CharField(_("organisme"), max_length=200)
    name = models.CharField(_("personne"), max_length=150, blank=True)
    role = models.CharField(_("fonction"), max_length=150, blank=True)
    email = models.EmailField(_("adresse électronique"), blank=True)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)

    panels = [
        FieldPanel("organisation"),
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]
    search_fields = [
        index.SearchField("organisation"),
        index.SearchField("name"),
        index.AutocompleteField("organisation"),
    ]

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["organisation", "name"]

    def __str__(self):
        parts = [self.name, self.role, self.organisation]
        return " – ".join(part for part in parts if part)


register_snippet(ResourceTopic)
register_snippet(Contact)


class ResourceSheetQuerySet(PageQuerySet):
    def visible(self):
        """Published, live and not past their expiry: what the public may see."""
        now = timezone.now()
        return (
            self.live()
            .public()
            .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
            .filter(Q(go_live_at__isnull=True) | Q(go_live_at__lte=now))
        )

    def to_review(self, today=None):
        return self.filter(review_due__lt=today or datetime.date.today())


ResourceSheetManager = PageManager.from_queryset(ResourceSheetQuerySet)


class ResourceIndexPage(Page):
    """Lists the portal's resource sheets, at ``/ressources/``."""

    intro = models.TextField(_("présentation"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["resources.ResourceSheet"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("index des fiches ressources")

    def get_context(self, request, *args, **kwargs):
        from resources.listing import sheet_listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(sheet_listing_context(request, self))
        return context


class ResourceSheet(Page):
    summary = models.TextField(
        _("résumé"),
        max_length=400,
        help_text=_(
            "Quelques lignes, reprises dans les cartes, les recommandations et les "
            "courriels."
        ),
    )
    body = StreamField(ResourceBodyBlock(), blank=True, verbose_name=_("contenu"))
    kind = models.CharField(
        _("type de fiche"), max_length=30, choices=SheetKind.choices
    )
    topics = ParentalManyToManyField(
        ResourceTopic, blank=True, related_name="sheets", verbose_name=_("thématiques")
    )
    illustration = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("illustration"),
    )
    is_national = models.BooleanField(
        _("portée nationale"),
        default=True,
        help_text=_("Décochez pour limiter la fiche à des régions ou départements."),
    )
    regions = ParentalManyToManyField(
        "geo.Region", blank=True, related_name="+", verbose_name=_("régions")
    )
    departments = ParentalManyToManyField(
        "geo.Department", blank=True, related_name="+", verbose_name=_("départements")
    )
    last_reviewed_at = models.DateField(
        _("dernière relecture"), default=datetime.date.today
    )
    review_due = models.DateField(
        _("à relire avant le"),
        null=True,
        blank=True,
        help_text=_("Passé cette date, la fiche apparaît « à relire » aux éditeurs."),
    )

    # Where an imported sheet comes from; empty for a sheet written here.
    source_portal = models.CharField(max_length=40, blank=True, editable=False)
    source_portal_name = models.CharField(max_length=120, blank=True, editable=False)
    source_page_id = models.PositiveIntegerField(null=True, blank=True, editable=False)
    source_revision_id = models.PositiveIntegerField(
        null=True, blank=True, editable=False
    )
    source_url = models.URLField(blank=True, editable=False)
    source_snapshot = models.JSONField(default=dict, blank=True, editable=False)

    search_vector = SearchVectorField(null=True, editable=False)

    objects = ResourceSheetManager()

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Classement"),
        ),
        FieldPanel("illustration"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("is_national"),
                FieldPanel("regions"),
                FieldPanel("departments"),
            ],
            heading=_("Territoire"),
        ),
        MultiFieldPanel(
            [FieldPanel("last_reviewed_at"), FieldPanel("review_due")],
            heading=_("Relecture"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]
    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("fiche ressource")
        verbose_name_plural = _("fiches ressources")
        indexes = [GinIndex(fields=["search_vector"], name="resources_sheet_search")]

    def clean(self):
        super().clean()
        errors = {}
        if self.review_due and self.review_due < self.last_reviewed_at:
            errors["review_due"] = _(
                "Cette date précède la dernière relecture : choisissez une date "
                "postérieure."
            )
        if not self.is_national and not (self.regions.all() or self.departments.all()):
            errors["is_national"] = _(
                "Une fiche qui n’est pas nationale doit viser au moins une région "
                "ou un département."
            )
        if errors:
            raise ValidationError(errors)

    def serve(self, request, *args, **kwargs):
        """Past its expiry a sheet is gone, even before the scheduler unpublishes it."""
        if self.expire_at and self.expire_at <= timezone.now():
            raise Http404
        return super().serve(request, *args, **kwargs)

    @property
    def is_visible(self):
        """Live, published and not past its expiry (what the public may see)."""
        now = timezone.now()
        return self.live and not (self.expire_at and self.expire_at <= now)

    @property
    def is_imported(self):
        return bool(self.source_portal)

    @property
    def needs_review(self):
        return bool(self.review_due and self.review_due < datetime.date.today())

    def searchable_parts(self):
        """Folded text by weight: title (A), summary and kind (B), body (C)."""
        return {
            "A": fold(self.title),
            "B": fold(f"{self.summary} {self.get_kind_display()}"),
            "C": fold(body_text(self.body)),
        }

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.refresh_search_vector()

    def refresh_search_vector(self):
        vector = None
        for weight, text in self.searchable_parts().items():
            part = SearchVector(Value(text), weight=weight, config=SEARCH_CONFIG)
            vector = part if vector is None else vector + part
        ResourceSheet.objects.filter(pk=self.pk).update(search_vector=vector)


def body_text(body) -> str:
    """The readable text of a sheet's body, for the search index."""
    from django.utils.html import strip_tags

    parts = []
    for block in body:
        value = block.value
        if block.block_type in ("text",):
            parts.append(strip_tags(value.source))
        elif block.block_type == "section":
            parts += [value["heading"], strip_tags(value["text"].source)]
        elif block.block_type in ("link", "key_figure"):
            parts += [str(v) for v in value.values() if v]
        elif block.block_type == "document" and value["label"]:
            parts.append(value["label"])
    return " ".join(parts)


def validate_referenceable_sheet(page) -> None:
    """Only live, published sheets of this portal may be pointed to."""
    sheet = page.specific if isinstance(page, Page) else page
    if not isinstance(sheet, ResourceSheet):
        raise ValidationError(_("Choisissez une fiche ressource."))
    # The translation key tells this portal's sheet from another portal's sheet that
    # happens to have the same id in its own schema.
    if (
        not ResourceSheet.objects.visible()
        .filter(pk=sheet.pk, translation_key=sheet.translation_key)
        .exists()
    ):
        raise ValidationError(
            _(
                "La fiche « %(title)s » n’est pas publiée : seule une fiche publiée "
                "peut être citée. Publiez-la d’abord ou choisissez-en une autre."
            ),
            params={"title": sheet.title},
            code="sheet_not_published",
        )
