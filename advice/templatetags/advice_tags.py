from django import template

from advice.markdown import render_markdown

register = template.Library()


@register.filter
def markdown(text):
    """Markdown to sanitised HTML (see advice/markdown.py)."""
    return render_markdown(text)
