from django.db import models

from coffeechat.accounts.ownership import Owned, OwnedQuerySet
from coffeechat.lib.http import object_url
from coffeechat.outreach import drafts


class MessageTemplate(Owned):
    """A user's own template, next to coffeechat's built-in ones (outreach.drafts.BUILT_IN)."""

    name = models.CharField(max_length=100, help_text="So you can find it again, e.g. “Alumni, short”.")
    purpose = models.CharField(
        "for", max_length=20, choices=list(drafts.PURPOSES.items()), default=drafts.REQUEST
    )
    channel = models.CharField(max_length=20, choices=list(drafts.CHANNELS.items()), default=drafts.EMAIL)
    subject = models.CharField(max_length=200, blank=True, help_text="E-mail only.")
    body = models.TextField(
        help_text="Placeholders in braces are filled in for each host, e.g. {host_first_name}."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["purpose", "name", "id"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return object_url("template_edit", self.pk)
