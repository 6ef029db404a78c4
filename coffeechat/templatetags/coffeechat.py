"""Small display filters: `{% load coffeechat %}`."""

import datetime as dt

import phonenumbers
from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.timesince import timesince

from coffeechat.lib.markup import render_markdown

register = template.Library()


@register.filter
def phone(number: str) -> str:
    """+14155550123 → +1 415-555-0123, the way people read numbers."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


@register.filter
def ago(value: dt.datetime | None) -> str:
    """ "3 days ago", one unit only; "just now" under a minute."""
    if not value:
        return ""
    if timezone.now() - value < dt.timedelta(minutes=1):
        return "just now"
    return f"{timesince(value, depth=1)} ago"


@register.filter
def minutes(value: dt.timedelta | None) -> int:
    """A duration in whole minutes (rounded up): 15 for a 15-minute pause."""
    if not value:
        return 0
    return -(-int(value.total_seconds()) // 60)


@register.filter(name="markdown")
def markdown_filter(text: str | None) -> str:
    """Notes as Markdown, sanitised: `{{ person.notes|markdown }}`."""
    return mark_safe(render_markdown(text or ""))  # noqa: S308 - sanitised by nh3 in render_markdown


@register.filter
def form_fields(form) -> str:
    """A form's fields with labels, help and errors, as `_form.html` shows them. Rendered by Jinja2
    (`jinja2/coffeechat/form.html`, through the form renderer): several times faster than the
    same loop in a Django template, and the conversation page shows seven forms."""
    return form.render("coffeechat/form.html") if form else ""


@register.simple_tag(takes_context=True)
def fragment(context, template_name: str, **extra) -> str:
    """`{% fragment "fragments/x.html" %}`: a Jinja2 fragment (coffeechat/lib/fragments.py) rendered
    with this template's context, for lists long enough that Django's templates slow a page."""
    from coffeechat.lib import fragments

    html = fragments.render(template_name, {**context.flatten(), **extra}, request=context.get("request"))
    return mark_safe(html)  # noqa: S308 - Jinja2 escapes (autoescape is on)
