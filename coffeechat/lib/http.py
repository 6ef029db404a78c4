"""Request helpers shared by the views."""

import functools

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def query_param(request: HttpRequest, name: str, max_length: int = 200) -> str:
    """A search or filter value from the query string, safe to hand to the database: trimmed,
    cut to a sane length, and without the NUL characters PostgreSQL refuses."""
    return request.GET.get(name, "").replace("\x00", "").strip()[:max_length]


def safe_next(request: HttpRequest, fallback: str) -> str:
    """The `next` URL of the request when it stays on this site, else `fallback`."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    if any(ord(c) < 32 for c in url):
        return fallback
    if url.startswith("/") and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return fallback


TIMELINE_LENGTH = 20


def timeline(entries, request: HttpRequest) -> dict:
    """The newest log entries for a page, or the whole log (up to 1,000) with ?timeline=all.
    `entries`: a queryset, or a prepared read taking `limit` (lib/prepared.py)."""
    limit = 1000 if request.GET.get("timeline") == "all" else TIMELINE_LENGTH
    items = entries(limit=limit + 1) if callable(entries) else list(entries[: limit + 1])
    return {"timeline": items[:limit], "timeline_more": len(items) > limit}


@functools.cache
def _url_pattern(name: str) -> tuple[str, str]:
    before, _, after = reverse(name, args=[987654321]).partition("987654321")
    return before, after


def object_url(name: str, pk: int) -> str:
    """reverse(name, args=[pk]) for one-id routes, without resolving the route on every call:
    list pages build dozens of these per request."""
    before, after = _url_pattern(name)
    return f"{before}{pk}{after}"


def confirm_delete(
    request: HttpRequest, obj, *, what: str, message: str, after: str, cancel: str, effects=()
) -> HttpResponse:
    """The one way things are deleted: GET asks, saying what goes with it (`effects`); POST
    deletes, says `message` and goes on to `after`. A safe `next` overrides where both lead."""
    back = safe_next(request, "")
    if request.method == "POST":
        obj.delete()
        messages.success(request, message)
        return redirect(back or after)
    context = {"what": what, "consequences": effects, "cancel_url": back or cancel, "next": back}
    return render(request, "confirm_delete.html", context)
