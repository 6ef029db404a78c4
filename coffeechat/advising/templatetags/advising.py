"""`{% load advising %}{% advisor_comments conversation %}`: advisors' comments, inline on the
student's own conversation page."""

from django import template

from coffeechat.advising.models import Comment

register = template.Library()


@register.inclusion_tag("advising/_conversation_comments.html")
def advisor_comments(conversation) -> dict:
    comments = list(
        Comment.objects.filter(conversation=conversation, owner_id=conversation.owner_id).select_related(
            "author"
        )
    )
    return {"comments": comments}
