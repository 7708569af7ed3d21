"""Class names and form-field rendering that differ between the themes.

Page templates stay one per page: they ask ``{% ui "button" %}`` for the classes
of a component and get the DSFR classes on ``dsfr`` portals, the neutral ones
elsewhere.
"""

from django import forms, template

register = template.Library()

DSFR_CLASSES = {
    "button": "fr-btn",
    "button-secondary": "fr-btn fr-btn--secondary",
    "buttons": "fr-btns-group fr-btns-group--inline-md",
    "lead": "fr-text--lead",
    "cards": "fr-grid-row fr-grid-row--gutters fr-raw-list",
    "cards__item": "fr-col-12 fr-col-md-6 fr-col-lg-4",
    "card": "fr-card fr-enlarge-link",
    "card__body": "fr-card__body",
    "card__content": "fr-card__content",
    "card__title": "fr-card__title",
    "card__desc": "fr-card__desc",
    "callout": "fr-callout",
    "callout__title": "fr-callout__title",
    "callout__text": "fr-callout__text",
    "form": "fr-form",
    "field": "fr-input-group",
    "field--error": "fr-input-group fr-input-group--error",
    "label": "fr-label",
    "hint": "fr-hint-text",
    "error": "fr-error-text",
    "input": "fr-input",
    "input--error": "fr-input fr-input--error",
    "select": "fr-select",
    "alert--error": "fr-alert fr-alert--error fr-mb-3w",
    "alert__title": "fr-alert__title",
    "narrow": "fr-grid-row",
    "narrow__col": "fr-col-12 fr-col-md-8 fr-col-lg-6",
    "rich-text": "rich-text",
}

NEUTRAL_CLASSES = {
    "button": "button",
    "button-secondary": "button button--secondary",
    "buttons": "buttons",
    "lead": "lead",
    "cards": "cards",
    "cards__item": "cards__item",
    "card": "card",
    "card__body": "card__body",
    "card__content": "card__content",
    "card__title": "card__title",
    "card__desc": "card__desc",
    "callout": "callout",
    "callout__title": "callout__title",
    "callout__text": "callout__text",
    "form": "form",
    "field": "field",
    "field--error": "field field--error",
    "label": "label",
    "hint": "hint",
    "error": "error-text",
    "input": "input",
    "input--error": "input input--error",
    "select": "input",
    "alert--error": "alert alert--error",
    "alert__title": "alert__title",
    "narrow": "narrow",
    "narrow__col": "narrow__col",
    "rich-text": "rich-text",
}

CLASSES = {"dsfr": DSFR_CLASSES, "neutral": NEUTRAL_CLASSES}


def _classes_for(context):
    theme = context.get("theme")
    return CLASSES.get(getattr(theme, "slug", None), NEUTRAL_CLASSES)


@register.simple_tag(takes_context=True)
def ui(context, component):
    """The class attribute value of ``component`` in the current theme."""
    return _classes_for(context)[component]


@register.simple_tag(takes_context=True)
def themed_widget(context, bound_field):
    """Render a field's widget with the theme's input class.

    Django adds ``aria-invalid`` and an ``aria-describedby`` pointing to
    ``<id>_helptext`` and ``<id>_error``; ``accounts/form_fields.html`` gives
    those ids to the hint and the error list.
    """
    classes = _classes_for(context)
    widget = bound_field.field.widget
    if isinstance(widget, (forms.CheckboxInput, forms.RadioSelect)):
        return bound_field.as_widget()

    kind = "select" if isinstance(widget, forms.Select) else "input"
    if bound_field.errors and kind == "input":
        kind = "input--error"
    existing = widget.attrs.get("class", "")
    return bound_field.as_widget(attrs={"class": f"{existing} {classes[kind]}".strip()})
