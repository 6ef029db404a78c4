"""Jinja2 for the longest lists on the main pages, inside their Django templates.

A Django template spends a few microseconds on every variable, tag and filter: a list of 50
pipeline cards or 20 timeline entries costs 2-4 ms of a page's 8-15. The same markup in Jinja2,
which compiles templates to Python, costs a quarter of that. So the rows of those lists live in
`coffeechat/jinja2/fragments/` and the page's Django template includes them with

    {% load coffeechat %}{% fragment "fragments/pipeline_lanes.html" %}

which renders the fragment with the template's whole context (and any `name=value` given).
Filters the fragments use that Jinja2 lacks are Django's own (below); `date` is the fast one
templates use (coffeechat.templatetags.dates), in the user's time zone as in Django templates.
"""

import datetime as dt
import functools

import jinja2
import markupsafe
from django.conf import settings
from django.middleware.csrf import get_token
from django.template import defaultfilters
from django.template.backends.jinja2 import Jinja2
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.html import format_html
from markupsafe import Markup

from coffeechat.lib.http import object_url
from coffeechat.templatetags.coffeechat import ago, form_fields, markdown_filter, phone
from coffeechat.templatetags.dates import date


def environment(**options) -> jinja2.Environment:
    env = jinja2.Environment(**options)
    env.filters.update(
        {
            "ago": ago,
            "capfirst": defaultfilters.capfirst,
            "date": _date,
            "form_fields": form_fields,
            "linebreaksbr": linebreaksbr,
            "markdown": markdown_filter,
            "phone": phone,
            "pluralize": defaultfilters.pluralize,
            "truncatechars": defaultfilters.truncatechars,
            "urlencode": defaultfilters.urlencode,
            "urlize": defaultfilters.urlize,
        }
    )
    env.globals["url"] = url
    return env


def linebreaksbr(value) -> Markup:
    """Django's `linebreaksbr`, escaping in C: a timeline shows twenty summaries."""
    text = markupsafe.escape(value)  # what is marked safe already stays as it is
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\n", Markup("<br>"))


def url(name: str, *args) -> str:
    """`url('name', arg, ...)`: reverse(), by lib/http.py's object_url for a route of one id (the
    most of them: a page has dozens of these links, and reverse() resolves the route every time)."""
    if len(args) == 1 and type(args[0]) is int:
        return object_url(name, args[0])
    return reverse(name, args=args)


@jinja2.pass_context
def _date(context, value, arg=None) -> str:
    """Django's `date` filter as Django's templates apply it: an aware date and time is shown in
    the current time zone (looked up once per fragment, in `render`)."""
    if (
        isinstance(value, dt.datetime)
        and settings.USE_TZ
        and value.utcoffset() is not None
        and getattr(value, "convert_to_local_time", True)
    ):
        value = value.astimezone(context.get("fragment_time_zone") or timezone.get_current_timezone())
    return date(value, arg)


@functools.cache
def engine() -> Jinja2:
    return Jinja2(
        {
            "NAME": "fragments",
            "DIRS": [],
            "APP_DIRS": True,
            "OPTIONS": {"environment": "coffeechat.lib.fragments.environment"},
        }
    )


def _csrf_input(token) -> str:
    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token)


def render(template_name: str, context: dict, request=None) -> str:
    return render_template(engine().get_template(template_name), context, request)


def render_template(template, context: dict, request=None) -> str:
    """Escaped the way Django's templates escape (&#x27; and &quot; where Jinja2 writes &#39; and
    &#34;), so that a page reads the same whichever engine wrote a part of it. Jinja2 escapes in C;
    a final replace costs far less than Django's `escape` on every value."""
    context = {**context, "fragment_time_zone": timezone.get_current_timezone()}
    if request is not None:
        # What Django's backend would add, but the form field made once: its `csrf_input` masks
        # the token anew at every use (a page of ten forms drew 320 random characters), where
        # `{% csrf_token %}` in a Django template makes one per page.
        token = SimpleLazyObject(lambda: get_token(request))
        context.update(
            request=request, csrf_token=token, csrf_input=SimpleLazyObject(lambda: _csrf_input(token))
        )
    html = template.render(context)
    return html.replace("&#39;", "&#x27;").replace("&#34;", "&quot;")
