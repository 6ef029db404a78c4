"""The briefing sheet as a PDF, drawn by WeasyPrint from the same template as the HTML page.

Nothing is fetched from anywhere: the stylesheet is read from the app's static files, fonts come
from the system, and the URL fetcher refuses every URL that is not inline data.
"""

from pathlib import Path

from django.contrib.staticfiles import finders
from django.http import HttpRequest
from django.template.loader import render_to_string

STYLESHEET = "coffeechat/briefing.css"


def local_only_fetcher():
    """WeasyPrint's URL fetcher for the briefing: `data:` URLs only, every other scheme refused."""
    from weasyprint.urls import URLFetcher  # imported when needed: WeasyPrint loads Pango

    return URLFetcher(allowed_protocols={"data"}, allow_redirects=False, timeout=1)


def briefing_document(request: HttpRequest, context: dict):
    from weasyprint import CSS, HTML

    fetcher = local_only_fetcher()
    html = render_to_string("questions/briefing.html", {**context, "for_pdf": True}, request=request)
    css = Path(finders.find(STYLESHEET)).read_text(encoding="utf-8")
    document = HTML(string=html, url_fetcher=fetcher, base_url="about:blank")
    return document.render(stylesheets=[CSS(string=css, url_fetcher=fetcher)])


def briefing_pdf(request: HttpRequest, context: dict) -> bytes:
    return briefing_document(request, context).write_pdf()
