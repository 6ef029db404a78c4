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


class RequestDraft(Owned):
    """The request for a chat as the user last saved it in the composer, before sending it: kept so
    they can come back to it, and so a reviewer or their advisor can read it first."""

    conversation = models.OneToOneField(
        "conversations.Conversation", on_delete=models.CASCADE, related_name="request_draft"
    )
    channel = models.CharField(max_length=20, choices=list(drafts.CHANNELS.items()), default=drafts.EMAIL)
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField(max_length=5000)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OwnedQuerySet.as_manager()

    def __str__(self) -> str:
        return f"Request draft for {self.conversation}"

    @classmethod
    def for_conversation(cls, conversation) -> "RequestDraft | None":
        return cls.objects.filter(conversation=conversation, owner_id=conversation.owner_id).first()

    @classmethod
    def save_for(cls, conversation, channel: str, subject: str, body: str) -> "RequestDraft":
        draft, _ = cls.objects.update_or_create(
            conversation=conversation,
            defaults={
                "owner_id": conversation.owner_id,
                "channel": channel,
                "subject": subject,
                "body": body,
            },
        )
        return draft
