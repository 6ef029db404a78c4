from django import template

from coffeechat.leads.forms import capture_forms

register = template.Library()


@register.simple_tag
def lead_capture_forms(conversation):
    """Empty quick-capture forms, for pages that include leads/_capture.html without making them."""
    return capture_forms(conversation)
