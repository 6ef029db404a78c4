"""Asking in a real browser: the composer's live checker, mark as sent, 3B7 on Today."""

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_compose_check_live_mark_sent_and_follow_ups_on_today(page, sign_in, data, password):
    idea = data["conversations"]["idea"]  # Eun-ji Park, met at an event
    sign_in(page, data["user"].email, password)
    page.goto(idea.get_absolute_url())
    page.get_by_role("link", name="Write the request").click()
    expect(page.get_by_role("heading", name="Write to Eun-ji Park")).to_be_visible()
    checker = page.locator("#checker")
    expect(checker).to_contain_text("Ready to send.")  # our template passes our own checker
    body = page.get_by_label("Message", exact=True)
    expect(body).to_have_value(re.compile(r"^Hi Eun-ji,\n\nWe met at an event recently"))

    # Typing a job ask: the checker says so while you type, without reloading the page.
    page.evaluate("() => { window.notReloaded = true; }")
    body.fill("I am looking for a job at your company. My CV is attached.")
    expect(checker).to_contain_text("things to look at")
    expect(checker.locator('[data-rule="asks_for_job"]')).to_be_visible()
    expect(checker.locator('[data-rule="attachment"]')).to_be_visible()
    mailto = page.get_by_role("link", name="Open in your mail app")
    expect(mailto).to_have_attribute(
        "href", re.compile(r"^mailto:\?subject=.*&body=I%20am%20looking%20for%20a%20job")
    )

    # Fixed: the checker turns to ready.
    body.fill(
        "Hi Eun-ji,\n\nWe met at the UX meetup in Lyon and I loved your talk on research. Would you have "
        "20 minutes to share how your team turns research into the roadmap?\n\nBest,\nMaya"
    )
    expect(checker).to_contain_text("Ready to send.")
    expect(checker).to_have_class(re.compile(r"\bready\b"))
    assert page.evaluate("() => window.notReloaded === true")
    copy = page.get_by_role("button", name="Copy the message")
    expect(copy).to_be_visible()

    page.get_by_role("button", name="Mark as sent").click()
    expect(page).to_have_url(re.compile(rf"{idea.get_absolute_url()}$"))
    expect(page.get_by_role("status").or_(page.locator(".messages"))).to_contain_text("Marked as sent")
    expect(page.locator(".stage.big")).to_have_text("Requested")

    # The 3B7 follow-ups are planned; on the day they are due, Today lists them with a draft.
    tasks = page.locator("section", has=page.get_by_role("heading", name="Tasks", exact=True))
    expect(tasks).to_contain_text("No reply from Eun-ji Park yet: write to a second contact")
    expect(tasks).to_contain_text("Follow up once with Eun-ji Park")
    from coffeechat.conversations.models import Task

    for task in Task.objects.filter(conversation=idea).exclude(kind=""):
        task.due_on = data["user"].today()
        task.save()
    page.goto("/today/")
    todo = page.locator("section", has=page.get_by_role("heading", name="To do", exact=True))
    expect(todo).to_contain_text("Follow up once with Eun-ji Park")
    todo.get_by_role("link", name=re.compile(r"^Draft it\b.*Follow up once")).click()
    expect(page.get_by_label("Message", exact=True)).to_have_value(
        re.compile(r"back to the top of your inbox")
    )


def test_compose_works_without_javascript(new_page, sign_in, data, password):
    page = new_page(java_script_enabled=False, viewport={"width": 375, "height": 800})
    idea = data["conversations"]["idea"]
    sign_in(page, data["user"].email, password)
    page.goto(f"/conversations/{idea.pk}/compose/")
    page.get_by_label("Message", exact=True).fill("Please tell me about any openings.")
    page.get_by_role("button", name="Check it").click()
    expect(page.locator('[data-rule="asks_for_job"]')).to_be_visible()
    expect(page.get_by_role("button", name="Copy the message")).to_be_hidden()
    page.get_by_label("How you will send it").select_option("linkedin")
    page.get_by_role("button", name="Start over with this").click()
    expect(page.get_by_label("Message", exact=True)).to_have_value(
        re.compile(r"^Hi Eun-ji, We met at an event")
    )
    page.get_by_role("button", name="Mark as sent").click()
    expect(page.locator(".stage.big")).to_have_text("Requested")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375


def test_outreach_pages_have_no_serious_accessibility_problems(page, sign_in, axe, data, password):
    sign_in(page, data["user"].email, password)
    conversations = data["conversations"]
    for url in [
        f"/conversations/{conversations['idea'].pk}/compose/",
        f"/conversations/{conversations['asked'].pk}/compose/?kind=follow_up",
        f"/conversations/{conversations['asked'].pk}/compose/?kind=second_contact",
        f"/conversations/{conversations['met'].pk}/compose/?kind=thank_you",
        "/templates/",
        "/templates/new/?from=request-email",
        "/accounts/settings/",
    ]:
        page.goto(url)
        axe.check(page, url)
    page.goto("/accounts/settings/")
    page.get_by_role("button", name="Turn on the calendar feed").click()
    feed = page.get_by_label("Your private feed address").input_value()
    axe.check(page, "settings with a new feed address")
    assert re.search(r"/calendar/cal_[\w-]+\.ics$", feed)
    assert dt.date.today()
