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

import functools

import jinja2
from django.template import defaultfilters
from django.template.backends.jinja2 import Jinja2
from django.urls import reverse
from django.utils.html import conditional_escape
from django.utils.timezone import template_localtime

from coffeechat.templatetags.dates import date


def environment(**options) -> jinja2.Environment:
    # Escaped the way Django's templates escape (&#x27; where Jinja2 writes &#39;), so that a page
    # reads the same whichever engine wrote a part of it.
    env = jinja2.Environment(finalize=conditional_escape, **options)
    env.filters.update(
        {
            "date": lambda value, arg=None: date(template_localtime(value), arg),
            "linebreaksbr": defaultfilters.linebreaksbr,
            "urlencode": defaultfilters.urlencode,
        }
    )
    env.globals["url"] = lambda name, *args: reverse(name, args=args)
    return env


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


def render(template_name: str, context: dict, request=None) -> str:
    return engine().get_template(template_name).render(context, request=request)
