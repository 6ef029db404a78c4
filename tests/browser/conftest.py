"""Fixtures for the browser tests: Debian's Chromium driven by Playwright against Django's live server.

Every test gets a fresh browser context (no cookies, no storage). On failure, each page the test
opened is saved as a screenshot in test-artifacts/. The `axe` fixture runs axe-core in the page.
"""

import datetime as dt
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import axe_playwright_python
import pytest
from django.utils import timezone
from playwright.sync_api import Browser, Page, sync_playwright

# The Playwright sync API keeps an asyncio event loop running in this thread; Django refuses ORM
# calls from a thread with a running loop unless told that this is deliberate.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

# Debian's Chromium (Playwright's own browser downloads are not used); scripts/ensure-test-deps
# installs it, and COFFEECHAT_CHROMIUM points elsewhere.
CHROMIUM_CANDIDATES = [
    os.environ.get("COFFEECHAT_CHROMIUM", ""),
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
AXE_SCRIPT = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
PASSWORD = "a quiet espresso at nine"
# The browser reports this zone; users created by the fixtures below live in it too, so that times
# typed in forms, shown on pages and computed in the tests all agree (and differ from UTC).
TIME_ZONE = "Europe/Paris"


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so fixtures can tell whether the test failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def browser() -> Browser:
    chromium = next((path for path in CHROMIUM_CANDIDATES if path and os.access(path, os.X_OK)), None)
    if chromium is None:
        pytest.fail("No Chromium: run scripts/ensure-test-deps, or set COFFEECHAT_CHROMIUM.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(request, browser, live_server, transactional_db):
    """Open a page in a fresh context: new_page(viewport={"width": 375, "height": 800}).

    Every request any page makes is appended to `new_page.requests` (URLs, in order). After a
    test that passed, the fixture still fails it for JavaScript errors, answers of 400 and more
    and requests to any other server than the live server.
    """
    contexts = []
    requests_seen: list[str] = []
    js_errors: list[str] = []
    failed: list[str] = []

    def open_page(**options) -> Page:
        options = {"base_url": live_server.url, "timezone_id": TIME_ZONE, "locale": "en-US", **options}
        context = browser.new_context(**options)
        context.set_default_timeout(8_000)
        context.on("request", lambda r: requests_seen.append(r.url))
        context.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda e: js_errors.append(f"{page.url}: {e}"))
        # The Content-Security-Policy refusing something (an inline script or style) is a bug too.
        page.on(
            "console",
            lambda m: (
                js_errors.append(f"{page.url}: {m.text}")
                if m.type == "error" and "Content Security Policy" in m.text
                else None
            ),
        )
        return page

    open_page.requests = requests_seen
    open_page.js_errors = js_errors
    yield open_page

    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)
        for i, context in enumerate(contexts):
            for j, page in enumerate(context.pages):
                try:
                    page.screenshot(path=ARTIFACTS / f"{name}-{i}-{j}.png", full_page=True)
                except Exception as e:  # a crashed page must not hide the real failure
                    print(f"Could not save a screenshot of {page.url}: {e}")
    for context in contexts:
        context.close()
    if report is not None and report.passed:
        # Whatever the test was about, no page may break its script, miss a file or call another site.
        if js_errors:
            pytest.fail("JavaScript errors in the page:\n" + "\n".join(js_errors))
        if failed:
            pytest.fail("Requests that failed:\n" + "\n".join(failed))
        elsewhere = _elsewhere(requests_seen, live_server.url)
        if elsewhere:
            pytest.fail("Requests left the live server:\n" + "\n".join(elsewhere))


@pytest.fixture
def page(new_page) -> Page:
    """A desktop-sized page in its own fresh browser context."""
    return new_page(viewport={"width": 1280, "height": 900})


def _elsewhere(urls: list[str], server_url: str) -> list[str]:
    host = urlsplit(server_url).netloc
    return sorted(
        {u for u in urls if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).netloc != host}
    )


@pytest.fixture
def same_origin(live_server):
    """Assert that every URL in a list goes to the live server, listing the others."""

    def check(urls: list[str]) -> None:
        assert urls, "No requests were recorded at all."
        elsewhere = _elsewhere(urls, live_server.url)
        assert not elsewhere, "Requests left the live server:\n" + "\n".join(elsewhere)

    return check


class Axe:
    """axe-core, injected into the page from the axe-playwright-python package."""

    def violations(self, page: Page, impacts=("serious", "critical")) -> list[dict]:
        if not page.evaluate("() => typeof window.axe !== 'undefined'"):
            # Evaluated through the DevTools protocol, which the page's Content-Security-Policy
            # (no inline scripts) does not cover, unlike an injected <script> tag.
            page.evaluate(AXE_SCRIPT)
        results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
        return [v for v in results["violations"] if v.get("impact") in impacts]

    @staticmethod
    def describe(violations: list[dict], where: str) -> str:
        lines = []
        for v in violations:
            lines.append(f"[{v['impact']}] {v['id']} on {where}: {v['help']} ({v['helpUrl']})")
            for node in v["nodes"][:5]:
                target = " ".join(str(t) for t in node["target"])
                summary = (node.get("failureSummary") or "").replace("\n", " ")
                lines.append(f"    {target}: {summary}")
            if len(v["nodes"]) > 5:
                lines.append(f"    … and {len(v['nodes']) - 5} more elements")
        return "\n".join(lines)

    def check(self, page: Page, where: str | None = None) -> None:
        found = self.violations(page)
        assert not found, "Serious accessibility problems:\n" + self.describe(found, where or page.url)


@pytest.fixture
def axe() -> Axe:
    return Axe()


@pytest.fixture
def sign_in(live_server):
    """Sign in through the form, like a user."""

    def do(page: Page, email: str, password: str = PASSWORD) -> None:
        page.goto("/accounts/login/")
        page.get_by_label("E-mail address").fill(email)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url("**/today/")

    return do


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture
def user(transactional_db):
    from coffeechat.accounts.models import User

    return User.objects.create_user("maya@example.org", PASSWORD, name="Maya Okafor", time_zone=TIME_ZONE)


@pytest.fixture
def data(user):
    """A small network at every interesting stage, owned by `user`."""
    from coffeechat.conversations.models import Conversation, InteractionKind, Task
    from coffeechat.lib import stages
    from coffeechat.network.models import Company, Person

    now = timezone.now()
    acme = Company.objects.create(
        owner=user, name="Acme Robotics", industry="Robotics", location="Lyon", website="https://acme.example"
    )
    north = Company.objects.create(owner=user, name="Northwind Health", industry="Health care")
    people = {
        name: Person.objects.create(owner=user, name=name, title=title, company=company, relationship=rel)
        for name, title, company, rel in [
            ("Ana Lima", "Product Designer", acme, "alumni"),
            ("Bruno Costa", "Engineering Manager", acme, "former_colleague"),
            ("Chloé Martin", "Data Scientist", north, "friend"),
            ("Dev Patel", "Head of Research", north, "cold"),
            ("Eun-ji Park", "UX Researcher", None, "event"),
        ]
    }
    people["Ana Lima"].set_emails(["ana@acme.example"])
    people["Ana Lima"].set_tags(["design", "alumni"])

    def chat(name: str, goal: str, **fields) -> Conversation:
        person = people[name]
        return Conversation.objects.create(
            owner=user, host=person, company=person.company, goal=goal, **fields
        )

    idea = chat("Eun-ji Park", "How research shapes the roadmap")
    asked = chat("Bruno Costa", "What a manager looks for in juniors")
    asked.move_to(stages.REQUESTED, when=now - dt.timedelta(days=3), summary="Hi Bruno, …")
    soon = chat("Ana Lima", "Learn how design works at Acme", place="Café Mokka, rue Mercière")
    soon.move_to(stages.REQUESTED, when=now - dt.timedelta(days=5))
    soon.scheduled_at = now + dt.timedelta(days=2)
    soon.save()
    soon.move_to(stages.SCHEDULED, when=now - dt.timedelta(days=4))
    met = chat("Chloé Martin", "Moving from biology to data science", notes="Learn SQL properly.")
    met.move_to(stages.REQUESTED, when=now - dt.timedelta(days=10))
    met.scheduled_at = now - dt.timedelta(days=1)
    met.save()
    met.move_to(stages.SCHEDULED, when=now - dt.timedelta(days=8))
    met.move_to(stages.MET, when=now - dt.timedelta(days=1))
    met.log(InteractionKind.NOTE, "She offered to introduce me to her team lead.")
    declined = chat("Dev Patel", "Research careers in health")
    declined.move_to(stages.REQUESTED, when=now - dt.timedelta(days=20))
    declined.move_to(stages.DECLINED, when=now - dt.timedelta(days=15))
    # The tasks coffeechat plans by itself on these moves (3B7, thank-you) are left out: the tests
    # below count the tasks they set up. tests/browser/test_outreach.py covers the planned ones.
    Task.objects.filter(owner=user).exclude(kind="").delete()
    today = user.today()
    Task.objects.create(owner=user, title="Follow up with Bruno", conversation=asked, due_on=today)
    Task.objects.create(
        owner=user, title="Send Ana my portfolio", conversation=soon, due_on=today - dt.timedelta(days=1)
    )
    Task.objects.create(
        owner=user, title="Read Chloé's paper", person=people["Chloé Martin"], due_on=today + dt.timedelta(2)
    )
    return {
        "user": user,
        "companies": {"acme": acme, "north": north},
        "people": people,
        "conversations": {"idea": idea, "asked": asked, "soon": soon, "met": met, "declined": declined},
    }
