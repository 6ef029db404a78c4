"""Secrets that travel in links and headers — review links, calendar feeds, invitations, API tokens.

A token is shown to its owner once and only its SHA-256 digest is stored, so a copy of the database
does not open anyone's links. Tokens are long and random, so a plain digest (no salt, no slow hash) is
enough, and lookups stay a simple indexed equality: `Model.objects.filter(token_hash=digest(token))`.
"""

import hashlib
import hmac
import secrets

DIGEST_LENGTH = 64  # hex characters of a SHA-256 digest: the max_length of a token_hash field


def new_token(prefix: str = "") -> str:
    """A fresh URL-safe token with 256 bits of randomness; the prefix says what it is for ("cc_")."""
    return prefix + secrets.token_urlsafe(32)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def matches(token: str, stored_digest: str) -> bool:
    """Compare a presented token with a stored digest in constant time."""
    return hmac.compare_digest(digest(token), stored_digest)
