"""The form renderer: Jinja2 for speed (inputs written in Python), and Django's templates for widgets
only they have."""

import functools

from django.forms.renderers import DjangoTemplates, Jinja2
from django.template import TemplateDoesNotExist
from markupsafe import escape

# Django's select widget renders three nested templates (select.html includes attrs.html and
# select_option.html for each option); this is the same markup in one
# (coffeechat/jinja2/coffeechat/widgets/select.html).
FLATTENED = {"django/forms/widgets/select.html": "coffeechat/widgets/select.html"}


def _attrs(attrs: dict) -> str:
    """Django's widgets/attrs.html: ` name="value"`, the name alone for True, nothing for False."""
    return "".join(
        f" {escape(name)}" if value is True else f' {escape(name)}="{escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def _input(widget: dict) -> str:
    value = "" if widget["value"] is None else f' value="{escape(widget["value"])}"'
    start = f'<input type="{escape(widget["type"])}" name="{escape(widget["name"])}"'
    return f"{start}{value}{_attrs(widget['attrs'])}>"


def _textarea(widget: dict) -> str:
    value = escape(widget["value"]) if widget["value"] else ""
    return f'<textarea name="{escape(widget["name"])}"{_attrs(widget["attrs"])}>\n{value}</textarea>'


# Inputs and text areas, most of a page's fields, written here: the same markup as Django's
# templates (input.html with attrs.html), escaped the same way (markupsafe), in a quarter of the
# time a template takes to render (a page of seven forms has some thirty of them).
INPUTS = (
    *("text", "email", "number", "url", "password", "hidden", "date", "datetime", "time", "search"),
    *("tel", "color", "checkbox", "input"),
)
WRITTEN = {
    **{f"django/forms/widgets/{name}.html": _input for name in INPUTS},
    "django/forms/widgets/textarea.html": _textarea,
}


class FormRenderer(Jinja2):
    """Django's admin wraps related fields in `admin/widgets/related_widget_wrapper.html`, which
    exists only as a Django template: with the plain Jinja2 renderer, admin pages with a foreign
    key (organisations and their advisors, for one) fail to render."""

    @functools.cached_property
    def _django(self) -> DjangoTemplates:
        return DjangoTemplates()

    def render(self, template_name, context, request=None):
        write = WRITTEN.get(template_name)
        if write is not None:
            return write(context["widget"])
        return super().render(template_name, context, request)

    def get_template(self, template_name):
        template_name = FLATTENED.get(template_name, template_name)
        try:
            return super().get_template(template_name)
        except TemplateDoesNotExist:
            return self._django.get_template(template_name)
