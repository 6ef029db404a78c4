from django.db import models
from django.utils import timezone

from coffeechat.accounts.ownership import Owned, OwnedQuerySet
from coffeechat.lib import tokens

TOKEN_PREFIX = "cc_"
# "Last used" is written at most this often: a script making hundreds of calls a minute should not
# turn every read into a write (on SQLite a write waits for every other writer).
LAST_USED_PRECISION = 60  # seconds


class ApiTokenQuerySet(OwnedQuerySet):
    def find(self, presented: str) -> "ApiToken | None":
        """The live token matching `presented`, with its owner, or None."""
        if not presented.startswith(TOKEN_PREFIX) or len(presented) > 200:
            return None
        found = self.select_related("owner").filter(token_hash=tokens.digest(presented)).first()
        if found is None or not tokens.matches(presented, found.token_hash) or not found.owner.is_active:
            return None
        return found


class ApiToken(Owned):
    """A personal API token: the owner's scripts act as the owner. Only a digest is kept."""

    name = models.CharField("what it is for", max_length=100)
    token_hash = models.CharField(max_length=tokens.DIGEST_LENGTH, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def issue(cls, owner, name: str) -> tuple["ApiToken", str]:
        """A new token for `owner`; the secret is returned here once and never stored."""
        secret = tokens.new_token(TOKEN_PREFIX)
        return cls.objects.create(owner=owner, name=name, token_hash=tokens.digest(secret)), secret

    def mark_used(self) -> None:
        now = timezone.now()
        if self.last_used_at is None or (now - self.last_used_at).total_seconds() > LAST_USED_PRECISION:
            ApiToken.objects.filter(pk=self.pk).update(last_used_at=now)
            self.last_used_at = now
