"""The form renderer: Jinja2 for speed, and Django's templates for widgets only they have."""

import functools

from django.forms.renderers import DjangoTemplates, Jinja2
from django.template import TemplateDoesNotExist

# Django's input widgets render three nested templates each (text.html includes input.html, which
# includes attrs.html); these are the same markup in one (coffeechat/jinja2/coffeechat/widgets/):
# about a tenth less time per field (most of it is Django building the widget's context).
INPUTS = (
    *("text", "email", "number", "url", "password", "hidden", "date", "datetime", "time", "search"),
    *("tel", "color", "checkbox"),
)
FLATTENED = {
    **{f"django/forms/widgets/{name}.html": "coffeechat/widgets/input.html" for name in (*INPUTS, "input")},
    "django/forms/widgets/textarea.html": "coffeechat/widgets/textarea.html",
    "django/forms/widgets/select.html": "coffeechat/widgets/select.html",
}


class FormRenderer(Jinja2):
    """Django's admin wraps related fields in `admin/widgets/related_widget_wrapper.html`, which
    exists only as a Django template: with the plain Jinja2 renderer, admin pages with a foreign
    key (organisations and their advisors, for one) fail to render."""

    @functools.cached_property
    def _django(self) -> DjangoTemplates:
        return DjangoTemplates()

    def get_template(self, template_name):
        template_name = FLATTENED.get(template_name, template_name)
        try:
            return super().get_template(template_name)
        except TemplateDoesNotExist:
            return self._django.get_template(template_name)
