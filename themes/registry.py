"""The themes a portal can wear, and what each needs."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class ThemeSpec:
    slug: str
    label: str
    base_template: str
    state_only: bool


THEMES = {
    "dsfr": ThemeSpec(
        "dsfr", _("Système de design de l’État (DSFR)"), "themes/dsfr/base.html", True
    ),
    "neutral": ThemeSpec("neutral", _("Neutre"), "themes/neutral/base.html", False),
}
PLATFORM_THEME = THEMES["neutral"]


def get_theme(slug: str) -> ThemeSpec:
    return THEMES.get(slug, PLATFORM_THEME)
