"""Markdown written by people, rendered to HTML that cannot run anything.

Markdown is converted first, then the HTML is cleaned by nh3 (the Rust ``ammonia``
sanitiser) with an allow-list: no script, no style, no event handler, and links only
to http(s), mailto and tel addresses. The same function serves pages and emails.
"""

import threading

import markdown as markdown_lib
import nh3
from django.utils.safestring import mark_safe

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "a",
    "h3",
    "h4",
    "hr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_SCHEMES = {"http", "https", "mailto", "tel"}


_converters = threading.local()


def _converter():
    """One Markdown converter per thread: building one costs more than a message."""
    converter = getattr(_converters, "markdown", None)
    if converter is None:
        converter = _converters.markdown = markdown_lib.Markdown(
            extensions=["sane_lists"]
        )
    return converter.reset()


def render_markdown(text: str) -> str:
    html = _converter().convert(text or "")
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )
    return mark_safe(cleaned)  # noqa: S308 - cleaned by nh3 just above
