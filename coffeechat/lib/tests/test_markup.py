"""Notes as Markdown, sanitised with nh3: what a hostile paste can and cannot do."""

import re

from hypothesis import given
from hypothesis import strategies as st

from coffeechat.lib.markup import render_markdown

XSS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<a href="https://ok.example" onclick="steal()">x</a>',
    '<p style="background:url(https://tracker.example/p.gif)">hi</p>',
    "<iframe src=https://evil.example></iframe>",
    "<svg onload=alert(1)>",
    '<form action="https://evil.example"><input name=password></form>',
    "<style>body{display:none}</style>",
    "![tracker](https://tracker.example/pixel.gif)",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '"><script>alert(1)</script>',
]


def test_markdown_becomes_html():
    html = render_markdown("**Met Ana** at *Acme*\nsecond line\n\n- one\n- two\n\n1. first\n\n`code`")
    assert "<strong>Met Ana</strong>" in html and "<em>Acme</em>" in html
    assert "<br>" in html  # a single line break is kept, as typed
    assert "<ul>" in html and "<ol>" in html and "<code>code</code>" in html


def test_links_get_noopener_nofollow():
    html = render_markdown("[Acme careers](https://acme.example/careers)")
    assert html == ('<p><a href="https://acme.example/careers" rel="noopener nofollow">Acme careers</a></p>')


def test_a_pasted_address_becomes_a_link_without_its_full_stop():
    html = render_markdown("Read https://acme.example/blog?id=3. Then write.")
    assert '<a href="https://acme.example/blog?id=3" rel="noopener nofollow">' in html
    assert "</a>. Then write." in html


def test_a_heading_becomes_a_bold_line_not_a_page_heading():
    assert render_markdown("# Big news") == "<p><strong>Big news</strong></p>"


def test_an_email_link_is_kept():
    assert 'href="mailto:ana@acme.example"' in render_markdown("[Ana](mailto:ana@acme.example)")


def test_hostile_html_is_defused():
    for payload in XSS:
        html = render_markdown(payload).lower()
        assert "<script" not in html, payload
        assert "javascript:" not in html and "data:" not in html, payload
        assert not re.search(r"\son\w+\s*=", html), payload
        assert "style" not in html, payload
        for tag in ("<img", "<iframe", "<svg", "<form", "<input", "<math", "<table"):
            assert tag not in html, payload


def test_empty_notes_render_nothing():
    assert render_markdown("") == "" and render_markdown("  \n ") == ""


@given(st.text())
def test_any_text_leaves_only_allowed_tags(text):
    html = render_markdown(text)
    tags = set(re.findall(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)", html))
    allowed = {"p", "br", "strong", "em", "b", "i", "del", "code", "pre", "blockquote", "hr"}
    assert tags <= allowed | {"ul", "ol", "li", "a"}
    assert not re.search(r"\son\w+\s*=", html)
