"""The briefing sheet as a PDF, drawn by WeasyPrint from the same template as the HTML page.

Nothing is fetched from anywhere: the stylesheet is read from the app's static files, fonts come
from the system, and the URL fetcher refuses every URL that is not inline data.
"""

from pathlib import Path

from django.contrib.staticfiles import finders
from django.http import HttpRequest
from django.template.loader import render_to_string

STYLESHEET = "coffeechat/briefing.css"


class RemoteFetchRefused(Exception):
    pass


def local_only_fetcher(url: str, *args, **kwargs):
    """WeasyPrint's URL fetcher for the briefing: inline data only; anything else is refused."""
    if url.startswith("data:"):
        from weasyprint.urls import default_url_fetcher

        return default_url_fetcher(url, *args, **kwargs)
    raise RemoteFetchRefused(f"The briefing sheet does not load {url[:80]}")


def briefing_pdf(request: HttpRequest, context: dict) -> bytes:
    from weasyprint import CSS, HTML  # imported when needed: it loads Pango

    html = render_to_string("questions/briefing.html", {**context, "for_pdf": True}, request=request)
    css = Path(finders.find(STYLESHEET)).read_text(encoding="utf-8")
    document = HTML(string=html, url_fetcher=local_only_fetcher, base_url="about:blank")
    return document.write_pdf(stylesheets=[CSS(string=css, url_fetcher=local_only_fetcher)])
