"""Notes written in Markdown, rendered to HTML that is safe to show anyone.

Notes are the user's own words, but an advisor reads a student's notes too, and text pasted from
an e-mail or a web page can carry HTML. So the Markdown's HTML goes through nh3 (a whitelist
sanitiser): no scripts, no event handlers, no styles, no images (they would load from another
site), links only to the web or an e-mail address, each marked rel="noopener nofollow".
"""

import re
from functools import lru_cache

import markdown
import nh3

TAGS = {
    "p", "br", "strong", "em", "b", "i", "del", "code", "pre", "blockquote", "hr",
    "ul", "ol", "li", "a",
}  # fmt: skip
ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}
# A bare web address becomes a link, as people expect from a pasted URL. Not when it is already
# part of Markdown or HTML syntax: after ( < " ' = or ].
_BARE_URL = re.compile(r"(?<![(<\"'=\]])\bhttps?://[^\s<>()\"']+[^\s<>()\"'.,;:!?]")

_HEADING = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]>", re.S)


@lru_cache(maxsize=512)
def render_markdown(text: str) -> str:
    """Markdown → sanitised HTML. Single line breaks are kept, as typed."""
    if not text or not text.strip():
        return ""
    linked = _BARE_URL.sub(lambda m: f"<{m.group(0)}>", text)
    html = markdown.markdown(linked, extensions=["nl2br", "sane_lists", "fenced_code"])
    # A heading inside a note would break the page's outline: it becomes a bold line.
    html = _HEADING.sub(r"<p><strong>\1</strong></p>", html)
    return nh3.clean(
        html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES, link_rel="noopener nofollow"
    )


NOTES_HELP = "You can use Markdown: **bold**, *italics*, lists starting with “-”, links."
