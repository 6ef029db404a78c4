"""Taking your data along, in a real browser: a backup downloaded from the settings fills a new
account; the account can be deleted with the password; Insights draws its charts."""

import json
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_backup_restore_and_delete_account(new_page, sign_in, data, password, tmp_path):
    page = new_page(viewport={"width": 1280, "height": 900})
    sign_in(page, data["user"].email, password)

    page.goto("/accounts/settings/")
    page.get_by_role("link", name="Your data").click()
    expect(page.get_by_role("heading", name="Your data", level=1)).to_be_visible()
    expect(page.get_by_text("A backup goes into an empty account only")).to_be_visible()
    with page.expect_download() as caught:
        page.get_by_role("link", name="Download everything (JSON)").click()
    backup = tmp_path / caught.value.suggested_filename
    caught.value.save_as(backup)
    document = json.loads(backup.read_text())
    assert {p["name"] for p in document["data"]["network.person"]} >= {"Ana Lima", "Dev Patel"}

    with page.expect_download() as caught:
        page.get_by_role("link", name="People (CSV)").click()
    assert caught.value.suggested_filename.startswith("coffeechat-people-")

    # A new account, filled from the file.
    page.locator("summary", has_text="Account").click()
    page.get_by_role("button", name="Sign out").click()
    page.goto("/accounts/signup/")
    page.get_by_label("Your name").fill("Maya Again")
    page.get_by_label("E-mail address").fill("maya.again@example.org")
    page.get_by_label(re.compile(r"^Password( \(optional\))?$")).fill(password)
    page.get_by_label("Password again").fill(password)
    page.get_by_role("button", name="Create my account").click()
    page.goto("/accounts/data/")
    page.get_by_label("Backup file").set_input_files(str(backup))
    page.get_by_role("button", name="Restore").click()
    expect(page.get_by_text(re.compile(r"Restored \d+ records\. Welcome back\."))).to_be_visible()
    page.goto("/people/")
    expect(page.get_by_role("main").get_by_role("link", name="Ana Lima", exact=True)).to_be_visible()

    # A second restore is refused: the account is not empty any more.
    page.goto("/accounts/data/")
    expect(page.get_by_label("Backup file")).to_have_count(0)

    # Delete the new account: a wrong password first.
    page.get_by_role("link", name="Delete my account…").click()
    page.get_by_label("Your password").fill("not my password")
    page.get_by_role("button", name="Delete my account and all my data").click()
    expect(page.get_by_text("That is not your password. Nothing was deleted.")).to_be_visible()
    page.get_by_label("Your password").fill(password)
    page.get_by_role("button", name="Delete my account and all my data").click()
    expect(page.get_by_text("Your account and everything in it are deleted")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/accounts/login/$"))

    # The first account is as it was.
    sign_in(page, data["user"].email, password)
    page.goto("/people/")
    expect(page.get_by_role("main").get_by_role("link", name="Ana Lima", exact=True)).to_be_visible()


def test_insights_draws_charts_with_tables(new_page, sign_in, data, password):
    page = new_page(viewport={"width": 1280, "height": 900})
    sign_in(page, data["user"].email, password)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Insights").click()
    expect(page.get_by_role("heading", name="Insights")).to_be_visible()
    expect(page.locator("svg.chart")).to_have_count(5)
    funnel = page.locator("section").filter(has=page.get_by_role("heading", name="From target to opening"))
    funnel.get_by_text("The numbers").click()
    expect(funnel.get_by_role("row", name=re.compile(r"^Targets \d+"))).to_be_visible()
    with page.expect_download() as caught:
        funnel.get_by_role("link", name="Download as CSV").click()
    assert caught.value.suggested_filename.startswith("coffeechat-funnel-")
