"""The API's pages in a real browser: making a token in settings, and the interactive docs."""

import re

import pytest
import requests
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_a_token_made_in_settings_works_and_the_docs_try_calls(
    page, sign_in, axe, user, password, live_server
):
    sign_in(page, user.email, password)
    page.goto("/accounts/settings/")
    page.get_by_role("link", name="API tokens").click()
    axe.check(page, "API tokens (none)")
    page.get_by_label("What it is for").fill("My backup script")
    page.get_by_role("button", name="Create a token").click()
    secret = page.get_by_label("Token").input_value()
    assert secret.startswith("cc_")
    axe.check(page, "API tokens (a new one shown)")
    r = requests.get(
        f"{live_server.url}/api/v1/people/", headers={"Authorization": f"Bearer {secret}"}, timeout=10
    )
    assert r.status_code == 200 and r.json()["count"] == 0

    # Swagger UI from our own server, under the strict CSP; "Try it out" uses the session.
    page.goto("/api/v1/docs/")
    operation = page.locator("#operations-people-person_list")
    operation.get_by_role("button").first.click()
    page.get_by_role("button", name="Try it out").click()
    page.get_by_role("button", name="Execute").click()
    expect(page.locator(".live-responses-table tbody .response-col_status").first).to_contain_text("200")

    page.goto("/accounts/settings/tokens/")
    page.get_by_role("link", name="Revoke").click()
    page.get_by_role("button", name="Yes, delete").click()
    expect(page.get_by_text("never used")).to_have_count(0)
    r = requests.get(
        f"{live_server.url}/api/v1/people/", headers={"Authorization": f"Bearer {secret}"}, timeout=10
    )
    assert r.status_code == 401


def test_a_new_token_fits_a_phone(new_page, sign_in, user, password):
    page = new_page(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    sign_in(page, user.email, password)
    page.goto("/accounts/settings/tokens/")
    page.get_by_label("What it is for").fill("Phone shortcut")
    page.get_by_role("button", name="Create a token").click()
    expect(page.get_by_label("Token")).to_have_value(re.compile(r"^cc_"))
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 376
