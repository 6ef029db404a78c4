"""How django-axes tells sign-in attempts apart (see AXES_* in settings)."""

from django.conf import settings
from django.http import HttpRequest


def username(request: HttpRequest, credentials: dict | None) -> str:
    """The e-mail address as sign-in matches it: "Alice@Example.org " and "alice@example.org" are
    one account, so they count as one, and changing the case buys no extra attempts."""
    raw = (credentials or {}).get("username") or request.POST.get("username") or ""
    return raw.strip().lower()


def client_ip(request: HttpRequest) -> str:
    """The address the request came from. Behind our reverse proxy (COFFEECHAT_HTTPS) every request
    comes from the proxy; then the last X-Forwarded-For entry, the one the proxy added, is the
    client (earlier entries are whatever the client claimed)."""
    if settings.SECURE_PROXY_SSL_HEADER:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        last = forwarded.split(",")[-1].strip()
        if last:
            return last
    return request.META.get("REMOTE_ADDR", "")
