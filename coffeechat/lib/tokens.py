"""Secret tokens in links and headers (share links, calendar feeds, invitations, API tokens),
kept hashed at rest: a copy of the database does not hand out working links.

    token = new_token()                 # give this to the user once, in a link or on screen
    record.token_hash = hash_token(token)
    ...
    Model.objects.filter(token_hash=hash_token(presented))   # look it up by its hash
    matches(presented, record.token_hash)                     # or compare in constant time

A token carries 256 random bits, so one SHA-256 is enough (no salt or slow hash needed: there is
nothing to guess, unlike a password). Store the hash in a CharField(max_length=64, unique=True).
"""

import hashlib
import hmac
import secrets

HASH_LENGTH = 64  # hex characters of a SHA-256 digest


def new_token(prefix: str = "") -> str:
    """A fresh URL-safe token of 32 random bytes (43 characters), after an optional prefix that
    says what it is (e.g. "cc_api_"), which helps a user or a secret scanner recognise it."""
    return prefix + secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    """What to store and look up: the SHA-256 of the token, in hex."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def matches(token: str, token_hash: str) -> bool:
    """Does this presented token hash to the stored one? Constant time, whatever the input."""
    if not token or not token_hash:
        return False
    return hmac.compare_digest(hash_token(token), token_hash)
