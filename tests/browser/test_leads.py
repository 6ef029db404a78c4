"""Leads and business cards in a real browser: from a meeting to the next coffee chat."""

import io
import re

import pytest
from playwright.sync_api import expect

from coffeechat.lib.tests.card_images import Card, available_fonts, draw

pytestmark = pytest.mark.browser


def test_a_referral_from_a_meeting_becomes_the_next_coffee_chat(page, sign_in, data, axe):
    met = data["conversations"]["met"]
    sign_in(page, data["user"].email)
    page.goto(met.get_absolute_url())
    page.evaluate("() => { window.notReloaded = true; }")

    referral = page.locator("#leads details").filter(has_text="Someone to talk to next")
    referral.get_by_text("Someone to talk to next").click()
    referral.get_by_label("Their name").fill("Kofi Mensah")
    referral.get_by_label(re.compile(r"^Company")).fill("Globex")
    referral.get_by_label(re.compile(r"^Their job")).fill("Data team lead")
    referral.get_by_label(re.compile(r"^Note")).fill("Chloé will introduce us by e-mail.")
    referral.get_by_role("button", name="Add them").click()
    expect(page.get_by_role("status")).to_contain_text("Added Kofi Mensah, introduced by Chloé Martin")
    assert page.evaluate("() => window.notReloaded === true"), "the capture reloaded the page"
    axe.check(page, "a conversation after capturing a lead")

    # The new person knows who introduced them, and where they work.
    page.locator("#leads").get_by_role("link", name="Kofi Mensah").click()
    expect(page.get_by_role("heading", name="Kofi Mensah", level=1)).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text("Introduced by")
    expect(page.get_by_role("link", name="Chloé Martin")).to_be_visible()
    expect(page.locator(".page-head").get_by_role("link", name="Globex")).to_be_visible()

    # On the Leads page: one click starts the coffee chat with them.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Leads").click()
    row = page.locator(".lead", has_text="Kofi Mensah")
    expect(row).to_contain_text("From your coffee chat with Chloé Martin")
    axe.check(page, "Leads")
    row.get_by_role("button", name=re.compile(r"^Start a coffee chat")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Coffee chat with Kofi Mensah")
    expect(page.locator(".facts")).to_contain_text("Introduction by someone")
    # Its request opens with the introduction; what to learn is the user's to write.
    page.get_by_role("link", name="Write the request").click()
    expect(page.locator("textarea").first).to_have_value(re.compile(r"Chloé Martin suggested"))


def test_quick_capture_in_a_meeting_makes_the_lead_and_keeps_the_note_line(new_page, sign_in, data, axe):
    from coffeechat.leads.models import Lead
    from coffeechat.questions.models import Plan

    soon = data["conversations"]["soon"]
    page = new_page(viewport={"width": 375, "height": 800})
    sign_in(page, data["user"].email)
    page.goto(f"/conversations/{soon.pk}/meeting/")
    page.evaluate("() => { window.notReloaded = true; }")
    notes = page.get_by_label("Everything else")
    notes.fill("She moved from print to product.")
    page.get_by_label("Quick capture").fill("Priya Shah at Globex, runs ops")
    page.get_by_role("button", name="Someone to meet").click()
    # The line is in the notes at once; the lead is made beside it, shown with an undo.
    expect(notes).to_have_value(
        "She moved from print to product.\nSomeone to meet: Priya Shah at Globex, runs ops"
    )
    captured = page.locator("#captured")
    expect(captured).to_contain_text("Added Priya Shah, introduced by Ana Lima.")
    expect(captured.get_by_role("link", name="Priya Shah")).to_be_visible()
    expect(page.locator("#notes-status")).to_contain_text("Saved at")
    # A tap on the wrong button is taken back; the note line stays.
    page.get_by_label("Quick capture").fill("Keep a portfolio of small projects")
    page.get_by_role("button", name="An opening").click()
    expect(captured).to_contain_text("Saved the opening")
    captured.get_by_role("button", name=re.compile(r"^Undo: Opening")).click()
    expect(captured).to_contain_text("Took back “Keep a portfolio of small projects”.")
    assert page.evaluate("() => window.notReloaded === true"), "the capture reloaded the page"
    axe.check(page, "meeting mode after a quick capture")

    page.reload()
    expect(page.get_by_label("Everything else")).to_have_value(
        "She moved from print to product.\nSomeone to meet: Priya Shah at Globex, runs ops\n"
        "An opening: Keep a portfolio of small projects"
    )
    expect(page.locator("#captured").get_by_role("link", name="Priya Shah")).to_be_visible()
    lead = Lead.objects.get(owner=data["user"])
    assert (lead.kind, lead.title, lead.person.introduced_by.name) == ("referral", "Priya Shah", "Ana Lima")
    assert Plan.objects.get(conversation=soon).meeting_notes.endswith(
        "An opening: Keep a portfolio of small projects"
    )

    # And Globex now has a way in through Ana.
    page.goto(lead.company.get_absolute_url())
    ways = page.locator("section", has=page.get_by_role("heading", name="Ways in to Globex"))
    expect(ways).to_contain_text("Ana Lima → Priya Shah")


def test_quick_capture_without_javascript(new_page, sign_in, data):
    soon = data["conversations"]["soon"]
    page = new_page(viewport={"width": 375, "height": 800}, java_script_enabled=False)
    sign_in(page, data["user"].email)
    page.goto(f"/conversations/{soon.pk}/meeting/")
    page.get_by_label("Quick capture").fill("Interns are hired in March")
    page.get_by_role("button", name="Hiring season").click()
    expect(page.get_by_text("Noted: Interns are hired in March. You will be reminded on")).to_be_visible()
    expect(page.get_by_label("Everything else")).to_have_value("Hiring season: Interns are hired in March")
    page.locator("#captured").get_by_role("button", name=re.compile(r"^Undo")).click()
    expect(page.get_by_text("Took back “Interns are hired in March”.")).to_be_visible()
    expect(page.get_by_label("Everything else")).to_have_value("Hiring season: Interns are hired in March")


def test_openings_and_seasons_change_status_in_place(page, sign_in, data):
    met = data["conversations"]["met"]
    sign_in(page, data["user"].email)
    page.goto(met.get_absolute_url())
    leads = page.locator("#leads")
    leads.get_by_text("A hiring season").click()
    leads.get_by_label("What they said").fill("They hire interns sometimes")
    leads.get_by_role("button", name="Remind me then").click()
    expect(leads.get_by_text("Say when hiring opens")).to_be_visible()
    expect(leads.get_by_label(re.compile(r"^When it opens"))).to_be_focused()
    leads.get_by_label("What they said").fill("Internship hiring opens in March")
    leads.get_by_role("button", name="Remind me then").click()
    expect(page.get_by_role("status")).to_contain_text("You will be reminded on")
    leads.get_by_text("An opening").click()
    leads.get_by_label("The opening").fill("Junior data analyst")
    leads.get_by_role("button", name="Save the opening").click()
    expect(page.get_by_role("status")).to_contain_text("Saved the opening “Junior data analyst”")

    page.goto("/leads/")
    page.evaluate("() => { window.notReloaded = true; }")
    row = page.locator(".lead", has_text="Junior data analyst")
    row.get_by_role("button", name=re.compile(r"^Acted on")).click()
    expect(row.locator(".lead-status")).to_contain_text("Acted on")
    expect(row.get_by_role("button", name=re.compile(r"^Close"))).to_be_focused()
    expect(row.get_by_role("button", name=re.compile(r"^Reopen"))).to_be_visible()
    page.get_by_label("Status").select_option("acted_on")
    expect(page.locator(".lead")).to_have_count(1)
    assert page.evaluate("() => window.notReloaded === true"), "the Leads page reloaded"


def test_leads_work_without_javascript(new_page, sign_in, data):
    page = new_page(viewport={"width": 375, "height": 800}, java_script_enabled=False)
    sign_in(page, data["user"].email)
    page.goto(data["conversations"]["met"].get_absolute_url())
    leads = page.locator("#leads")
    leads.get_by_text("Someone to talk to next").click()
    leads.get_by_label("Their name").fill("Lu Wen")
    leads.get_by_role("button", name="Add them").click()
    expect(page).to_have_url(re.compile(r"/conversations/\d+/#leads$"))
    expect(page.get_by_text("Added Lu Wen, introduced by Chloé Martin.")).to_be_visible()
    page.goto("/leads/")
    page.locator(".lead", has_text="Lu Wen").get_by_role("button", name=re.compile(r"^Close")).click()
    expect(page.get_by_text("Lu Wen: closed.")).to_be_visible()
    expect(page.locator(".lead", has_text="Lu Wen").locator(".lead-status")).to_contain_text("Closed")


def test_a_card_photo_fills_the_card_form(page, sign_in, data, axe, tmp_path):
    ana = data["people"]["Ana Lima"]
    card = Card(
        name="Ana Lima",
        title="Design Lead",
        company="Acme Robotics",
        email="ana.lima@acme-robotics.com",
        phone="+1 415 555 0142",
        phone_e164="+14155550142",
        website="www.acme-robotics.com",
        address="",
        font=available_fonts()[1],
        layout="centered",
        angle=-1.0,
    )
    photo = tmp_path / "card.png"
    out = io.BytesIO()
    draw(card).save(out, "PNG")
    photo.write_bytes(out.getvalue())

    sign_in(page, data["user"].email)
    page.goto(ana.get_absolute_url())
    page.get_by_role("link", name="Add their card").click()
    axe.check(page, "business card form")
    page.get_by_label("Photo of the card").set_input_files(photo)
    page.get_by_role("button", name="Read the photo").click()
    expect(page.get_by_role("heading", name="Check what the photo says")).to_be_visible()
    expect(page.get_by_label("Job title")).to_have_value("Design Lead")
    expect(page.get_by_label("Phone numbers")).to_have_value("+14155550142")
    page.get_by_role("button", name="Save the card").click()
    history = page.locator("section", has=page.get_by_role("heading", name="Business card"))
    expect(history).to_contain_text("from a photo")
    expect(history).to_contain_text("Product Designer → Design Lead")
