"""Jinja2 fragments inside Django templates (coffeechat/lib/fragments.py) read like the rest of the page."""

import datetime as dt
import zoneinfo

from django.middleware.csrf import _unmask_cipher_token
from django.template import engines
from django.test import RequestFactory, SimpleTestCase
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from jinja2 import ChoiceLoader, DictLoader

from coffeechat.lib import fragments


class FragmentTests(SimpleTestCase):
    def render(self, source: str, context: dict) -> str:
        return fragments.render_template(fragments.engine().from_string(source), context)

    def test_it_escapes_like_django(self):
        for value in ("O'Brien & <Co>", '"quoted"', None, 5):
            django = engines["django"].from_string("{{ v }}").render({"v": value})
            self.assertEqual(self.render("{{ v }}", {"v": value}), django)

    def test_dates_are_in_the_user_s_time_zone_like_django(self):
        value = dt.datetime(2026, 3, 5, 23, 30, tzinfo=dt.UTC)
        with timezone.override(zoneinfo.ZoneInfo("Asia/Tokyo")):
            django = engines["django"].from_string('{{ v|date:"D j M, H:i" }}').render({"v": value})
            self.assertEqual(self.render('{{ v|date("D j M, H:i") }}', {"v": value}), django)
        self.assertEqual(django, "Fri 6 Mar, 08:30")
        self.assertEqual(self.render('{{ v|date("j M") }}', {"v": None}), "")

    def test_the_tag_passes_the_template_s_context_and_its_own_values(self):
        env = fragments.engine().env
        loader = env.loader
        env.loader = ChoiceLoader(
            [DictLoader({"fragments/echo.html": "{{ who }} {{ extra }} {{ request.path }}"}), loader]
        )
        env.cache.clear()
        template = engines["django"].from_string(
            "{% load coffeechat %}"
            '{% with who="Ana" %}{% fragment "fragments/echo.html" extra=b %}{% endwith %}'
        )
        try:
            self.assertEqual(
                template.render({"b": "<b>"}, RequestFactory().get("/somewhere/")),
                "Ana &lt;b&gt; /somewhere/",
            )
        finally:
            env.loader = loader
            env.cache.clear()

    def test_url_is_reverse(self):
        for name, args in [
            ("conversation", (7,)),
            ("task_action", (3, "done")),
            ("leads", ()),
            ("plan", (12,)),
        ]:
            self.assertEqual(
                self.render("{{ url(name, *args) }}", {"name": name, "args": args}), reverse(name, args=args)
            )

    def test_the_forms_of_a_fragment_share_one_csrf_token_that_the_middleware_accepts(self):
        request = RequestFactory().get("/")
        html = fragments.render_template(
            fragments.engine().from_string("{{ csrf_input }}|{{ csrf_input }}|{{ csrf_token }}"), {}, request
        )
        first, second, token = html.split("|")
        self.assertEqual(first, second)
        self.assertIn(f'value="{token}"', first)
        self.assertTrue(first.startswith('<input type="hidden" name="csrfmiddlewaretoken" value="'))
        secret = request.META["CSRF_COOKIE"]
        self.assertEqual(_unmask_cipher_token(token), secret)

    def test_linebreaksbr_is_django_s(self):
        for value in (
            "one\ntwo",
            "a\r\nb\rc\n\n",
            '<b>O\'Brien & "Co"</b>',
            None,
            5,
            mark_safe("<i>x</i>\ny"),
        ):
            django = engines["django"].from_string("{{ v|linebreaksbr }}").render({"v": value})
            self.assertEqual(self.render("{{ v|linebreaksbr }}", {"v": value}), django)
