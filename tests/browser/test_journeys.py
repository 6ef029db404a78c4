"""What a user does, in a real browser: from a fresh install to a thanked host, and around it."""

import datetime as dt
import io
import re
import zoneinfo

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def label(text: str) -> re.Pattern:
    """A field's label exactly, with or without the "(optional)" of fields that may stay empty."""
    return re.compile(rf"^{re.escape(text)}( \(optional\))?$")


def move_button(stage: str, name: str) -> re.Pattern:
    """A pipeline card's button, "Requested →" with ": move Ana Lima" for screen readers."""
    return re.compile(rf"^{re.escape(stage)} →\s*: move {re.escape(name)}$")


def section(page: Page, heading: str | re.Pattern):
    """The card or column whose heading is `heading`."""
    return page.locator("section").filter(has=page.get_by_role("heading", name=heading, exact=True))


def test_full_journey_from_first_run_to_thanked(new_page, same_origin, password):
    page = new_page(viewport={"width": 1280, "height": 900})
    time_zone = page.evaluate("() => Intl.DateTimeFormat().resolvedOptions().timeZone")
    assert time_zone != "UTC", "Run the journey away from UTC, so time zone slips show"

    # A fresh install sends the first visitor to sign up, and says so.
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/accounts/signup/$"))
    expect(page.get_by_role("heading", name="Welcome to coffeechat")).to_be_visible()
    expect(page.get_by_text("This is a fresh install")).to_be_visible()
    expect(page.get_by_label("Your name")).to_be_focused()  # the first field, ready to type
    page.get_by_label("Your name").fill("Maya Okafor")
    page.get_by_label("E-mail address").fill("maya@example.org")
    page.get_by_label(label("Password")).fill(password)
    page.get_by_label("Password again").fill(password)
    page.get_by_role("button", name="Create my account").click()

    expect(page).to_have_url(re.compile(r"/today/$"))
    expect(page.get_by_text("Welcome, Maya!")).to_be_visible()
    expect(page.get_by_role("heading", name="Start your first coffee chat")).to_be_visible()

    # A company, then a person who works there.
    page.get_by_role("link", name="Add a company").click()
    page.get_by_label(label("Name")).fill("Acme Robotics")
    page.get_by_label("Website").fill("https://acme.example")
    page.get_by_label("Industry").fill("Robotics")
    page.get_by_label("Location").fill("Lyon")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", name="Acme Robotics", level=1)).to_be_visible()
    expect(page.get_by_text("Saved Acme Robotics.")).to_be_visible()

    page.get_by_role("link", name="Add someone who works here").click()
    page.get_by_label(label("Name")).fill("Ana Lima")
    page.get_by_label("Job title").fill("Product Designer")
    expect(page.get_by_label(label("Company"))).to_have_value("Acme Robotics")  # filled in from the company
    page.get_by_label("How you know them").select_option(label="Alumni of my school")
    page.get_by_label("E-mail addresses").fill("ana@acme.example")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", name="Ana Lima", level=1)).to_be_visible()
    expect(page.locator(".page-head").get_by_role("link", name="Acme Robotics")).to_be_visible()

    # A coffee chat with her, starting as an idea.
    page.get_by_role("link", name="Plan a coffee chat").click()
    expect(page.get_by_role("heading", name="A coffee chat with Ana Lima")).to_be_visible()
    expect(page.get_by_label("Where are you with them?")).to_have_value("idea")
    expect(page.get_by_label(label("Company"))).to_have_value("Acme Robotics")
    page.get_by_label("Why you want to talk").fill("Learn how design works at Acme")
    page.get_by_role("button", name="Start the coffee chat").click()
    expect(page.get_by_role("heading", name="Coffee chat with Ana Lima")).to_be_visible()
    expect(page.locator(".stage.big")).to_have_text("Idea")
    conversation_url = page.url

    # The request goes out.
    page.get_by_label("What you sent (optional)").fill("Hi Ana, could I ask you about design at Acme?")
    page.get_by_role("button", name="I sent the request").click()
    expect(page.locator(".stage.big")).to_have_text("Requested")
    expect(page.get_by_text("Ana Lima moved to “Requested”.")).to_be_visible()

    # She said yes: the meeting is in two days, at 10:00 where the user lives.
    tz = zoneinfo.ZoneInfo(time_zone)
    meeting = (dt.datetime.now(tz) + dt.timedelta(days=2)).replace(hour=10, minute=0)
    page.get_by_label(label("Meeting time")).fill(meeting.strftime("%Y-%m-%dT%H:%M"))
    expect(page.get_by_label("Time zone of the meeting time")).to_have_value(time_zone)
    page.get_by_label("Place or video link").fill("Café Mokka, rue Mercière")
    page.get_by_role("button", name="Schedule the meeting").click()
    expect(page.locator(".stage.big")).to_have_text("Scheduled")
    expect(page.get_by_text(f"Scheduled for {meeting:%A %d %B} at 10:00")).to_be_visible()

    # Today lists the meeting.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Today").click()
    meetings = section(page, "Meetings in the next 7 days")
    expect(meetings.get_by_role("link", name="Ana Lima", exact=True)).to_be_visible()
    expect(meetings).to_contain_text(f"{meeting:%a} {meeting.day} {meeting:%b}, 10:00")
    expect(section(page, "Waiting on you")).to_contain_text("Nothing is waiting on you")

    # After the meeting: marked as met, with what was learned.
    meetings.get_by_role("link", name="Mark as met with Ana Lima").click()
    expect(page).to_have_url(re.compile(r"/conversations/\d+/#met$"))
    page.get_by_label("What did you learn?").fill("Designers at Acme pair with engineers from day one.")
    page.get_by_role("button", name="We met").click()
    expect(page.locator(".stage.big")).to_have_text("Met")
    expect(section(page, "Notes")).to_contain_text("Designers at Acme pair with engineers")

    # Today now asks for the thank-you note.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Today").click()
    waiting = section(page, "Waiting on you")
    expect(waiting.get_by_role("link", name="Ana Lima", exact=True)).to_be_visible()
    expect(waiting).to_contain_text("Send a personal thank-you note within a day.")
    waiting.get_by_role("button", name="Thank-you sent to Ana Lima").click()
    expect(page).to_have_url(re.compile(r"/today/$"))
    expect(page.get_by_text("Ana Lima moved to “Thanked”.")).to_be_visible()
    expect(section(page, "Waiting on you")).to_contain_text("Nothing is waiting on you")

    # The conversation remembers every step.
    page.goto(conversation_url)
    expect(page.locator(".stage.big")).to_have_text("Thanked")
    history = section(page, "Stage history").get_by_role("listitem")
    expect(history).to_have_count(4)
    for i, step in enumerate(
        ["Idea → Requested", "Requested → Scheduled", "Scheduled → Met", "Met → Thanked"]
    ):
        expect(history.nth(i)).to_contain_text(step)
    timeline = section(page, "Timeline")
    expect(timeline).to_contain_text("Hi Ana, could I ask you about design at Acme?")
    # Newest first: the thank-you, the meeting, the request.
    expect(timeline.locator("ol > li .kind")).to_have_text(["Message sent", "Meeting", "Message sent"])

    # Nothing in the whole journey went anywhere but this server.
    same_origin(new_page.requests)


def test_pipeline_moves_with_the_card_button_and_by_drag_and_drop(page, new_page, sign_in, data):
    sign_in(page, data["user"].email)
    page.goto("/pipeline/")
    board = page.locator("#board")
    column = {stage: page.locator(f".column[data-stage='{stage}']") for stage in ("idea", "requested")}
    expect(column["idea"].get_by_role("link", name="Eun-ji Park", exact=True)).to_be_visible()
    page.evaluate("() => { window.notReloaded = true; }")

    # The keyboard way: the card's one button names the next stage; focus it and press Enter.
    card = column["idea"].locator(".pcard", has_text="Eun-ji Park")
    button = card.get_by_role("button", name=move_button("Requested", "Eun-ji Park"))
    expect(card.get_by_role("button")).to_have_count(1)
    button.focus()
    expect(button).to_be_focused()
    page.keyboard.press("Enter")
    expect(column["requested"].get_by_role("link", name="Eun-ji Park", exact=True)).to_be_visible()
    expect(column["idea"].get_by_role("link", name="Eun-ji Park", exact=True)).to_have_count(0)
    expect(board.get_by_text("Eun-ji Park moved to “Requested”.")).to_be_visible()
    expect(column["requested"].locator(".count")).to_have_text("2")
    expect(column["idea"].locator(".count")).to_have_text("0")
    # The keyboard user is still on the card they moved, not back at the top of the page.
    expect(column["requested"].get_by_role("link", name="Eun-ji Park", exact=True)).to_be_focused()
    assert page.evaluate("() => window.notReloaded === true"), "The page reloaded instead of the board"
    expect(page).to_have_url(re.compile(r"/pipeline/$"))

    # Its next step needs a meeting time: the card links to the schedule form instead.
    moved = column["requested"].locator(".pcard", has_text="Eun-ji Park")
    expect(moved.get_by_role("button")).to_have_count(0)
    expect(moved.get_by_role("link", name=re.compile(r"^Schedule →"))).to_have_attribute(
        "href", re.compile(r"/conversations/\d+/#schedule$")
    )

    # The mouse way: drag a card onto another column. The board is wider than the window, so
    # scroll it first (as a user would) to have both columns in view: Playwright would otherwise
    # scroll the board after pressing the mouse button, and drag whatever is then under it.
    column["thanked"] = page.locator(".column[data-stage='thanked']")
    column["thanked"].scroll_into_view_if_needed()
    column["met"] = page.locator(".column[data-stage='met']")
    column["met"].locator(".pcard", has_text="Chloé Martin").drag_to(column["thanked"])
    expect(column["thanked"].get_by_role("link", name="Chloé Martin", exact=True)).to_be_visible()
    expect(column["met"].get_by_role("link", name="Chloé Martin", exact=True)).to_have_count(0)
    expect(board.get_by_text("Chloé Martin moved to “Thanked”.")).to_be_visible()

    # A move the rules refuse says why, and leaves the card where it was.
    column["requested"].scroll_into_view_if_needed()
    card = column["requested"].locator(".pcard", has_text="Eun-ji Park")
    card.drag_to(page.locator(".column[data-stage='scheduled']"))
    expect(board.get_by_text("Set the meeting time first")).to_be_visible()
    expect(column["requested"].get_by_role("link", name="Eun-ji Park", exact=True)).to_be_visible()
    assert page.evaluate("() => window.notReloaded === true"), "The page reloaded instead of the board"

    # Every move, by button or by drop, went to the board's one URL.
    moves = [url for url in new_page.requests if re.search(r"/move/$", url)]
    assert [re.sub(r"^https?://[^/]+", "", url) for url in moves] == ["/pipeline/move/"] * 3, moves

    # It all stuck.
    page.reload()
    expect(column["requested"].get_by_role("link", name="Eun-ji Park", exact=True)).to_be_visible()
    expect(column["thanked"].get_by_role("link", name="Chloé Martin", exact=True)).to_be_visible()


def test_pipeline_moves_without_javascript(new_page, sign_in, data):
    page = new_page(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    sign_in(page, data["user"].email)
    page.goto("/pipeline/")
    column = page.locator(".column[data-stage='requested']")
    card = page.locator(".column[data-stage='idea'] .pcard", has_text="Eun-ji Park")
    card.get_by_role("button", name=move_button("Requested", "Eun-ji Park")).click()
    expect(page).to_have_url(re.compile(r"/pipeline/$"))
    expect(column.get_by_role("link", name="Eun-ji Park", exact=True)).to_be_visible()
    expect(page.get_by_text("Eun-ji Park moved to “Requested”.")).to_be_visible()


def test_today_ticks_tasks_off_in_place_with_undo(page, sign_in, data, password):
    sign_in(page, data["user"].email, password)
    todo = section(page, "To do")
    due = todo.locator(":scope > ul.items")
    overdue = due.locator(".item", has_text="Send Ana my portfolio")
    due_today = due.locator(".item", has_text="Follow up with Bruno")
    # "Overdue · " is drawn by the stylesheet on overdue items only.
    expect(overdue).to_have_class(re.compile(r"\boverdue\b"))
    expect(overdue).to_contain_text("was due")
    expect(due_today).not_to_have_class(re.compile(r"\boverdue\b"))
    expect(due_today).to_contain_text("due today")
    expect(todo).to_contain_text(re.compile(r"Coming up this week\W+1 task\b"))
    page.evaluate("() => { window.notReloaded = true; }")

    # Ticked off with the keyboard: the lists update in place and offer to undo.
    due_today.get_by_role("button", name=re.compile(r"^Done\b")).focus()
    page.keyboard.press("Enter")
    undo = page.get_by_role("button", name="Undo")
    expect(page.get_by_role("status")).to_contain_text("Done: Follow up with Bruno.")
    expect(undo).to_be_focused()
    expect(due_today).to_have_count(0)
    page.keyboard.press("Enter")
    expect(due_today.get_by_role("button", name=re.compile(r"^Done\b"))).to_be_focused()
    expect(undo).to_have_count(0)
    expect(page.get_by_role("status")).to_contain_text("Reopened: Follow up with Bruno.")

    # Put off until tomorrow: it moves to the coming days.
    overdue.get_by_role("button", name=re.compile(r"^Tomorrow\b")).click()
    expect(overdue).to_have_count(0)
    expect(page.get_by_role("status")).to_contain_text("Moved “Send Ana my portfolio” to")
    expect(todo).to_contain_text(re.compile(r"Coming up this week\W+2 tasks\b"))
    expect(due_today).to_have_count(1)
    assert page.evaluate("() => window.notReloaded === true"), "Today reloaded instead of updating in place"

    # It all stuck, and every open task is one link away.
    page.get_by_role("link", name="See every task").click()
    expect(page).to_have_url(re.compile(r"/tasks/$"))
    items = page.get_by_role("main").locator(".item")
    expect(items).to_have_count(3)
    expect(items.nth(0)).to_contain_text("Follow up with Bruno")
    expect(items.nth(1)).to_contain_text("Send Ana my portfolio")
    expect(items.nth(2)).to_contain_text("Read Chloé's paper")


def test_demo_data_fills_every_page(new_page, sign_in, same_origin, password):
    out = io.StringIO()
    call_command("demo", email="demo@example.org", password=password, reset=True, stdout=out)
    assert "demo@example.org" in out.getvalue(), (
        f"The demo command does not print the login:\n{out.getvalue()}"
    )

    page = new_page(viewport={"width": 1280, "height": 900})
    sign_in(page, "demo@example.org", password)
    main = page.get_by_role("main")
    nav = page.get_by_role("navigation", name="Main")
    expect(page.get_by_role("heading", name="Start your first coffee chat")).to_have_count(0)
    for heading in ("Meetings in the next 7 days", "Waiting on you"):
        expect(section(page, heading).locator(".item").first).to_be_visible()

    nav.get_by_role("link", name="Pipeline").click()
    expect(page.locator(".pcard").first).to_be_visible()
    assert page.locator(".pcard").count() >= 5, "The demo pipeline is nearly empty"
    filled = page.locator(".column").filter(has=page.locator(".pcard")).count()
    assert filled >= 4, f"Only {filled} pipeline columns have demo cards"

    nav.get_by_role("link", name="People").click()
    expect(main.get_by_text(re.compile(r"^\d+ people$"))).to_be_visible()
    assert main.locator(".item").count() >= 5, "The demo has fewer than five people"
    main.locator(".item a").first.click()
    expect(page.get_by_role("heading", level=1)).not_to_have_text("")

    nav.get_by_role("link", name="Companies").click()
    expect(main.get_by_text(re.compile(r"^\d+ compan(y|ies)$"))).to_be_visible()
    main.locator(".item a").first.click()
    expect(
        section(page, re.compile(r"^People you know there \(\d+\)$")).locator(".item").first
    ).to_be_visible()

    same_origin(new_page.requests)


def test_main_pages_have_no_serious_accessibility_problems(page, sign_in, axe, password, request):
    problems = []

    def check(url: str, where: str) -> None:
        response = page.goto(url)
        assert response.ok, f"{url} answered {response.status}"
        found = axe.violations(page)
        if found:
            problems.append(axe.describe(found, where))

    # Before anyone has an account: the first visitor on a fresh install sees the welcome version.
    check("/accounts/signup/", "sign-up (first run)")
    check("/accounts/login/", "sign-in")

    user = request.getfixturevalue("user")
    sign_in(page, user.email, password)
    check("/today/", "Today (empty)")
    check("/pipeline/", "Pipeline (empty)")
    check("/tasks/", "every open task (none)")
    check("/people/", "People (empty)")
    check("/companies/", "Companies (empty)")
    check("/conversations/new/", "new conversation: choose a host (nobody yet)")
    check("/insights/", "Insights (empty)")
    check("/accounts/data/", "Your data (empty account: restore offered)")
    check("/leads/", "Leads (none yet)")

    data = request.getfixturevalue("data")
    people = data["people"]
    check("/today/", "Today")
    check("/tasks/", "every open task")
    check("/pipeline/", "Pipeline")
    check("/people/", "People")
    check(people["Ana Lima"].get_absolute_url(), "a person")
    check("/companies/", "Companies")
    check(data["companies"]["acme"].get_absolute_url(), "a company")
    for stage, conversation in data["conversations"].items():
        check(conversation.get_absolute_url(), f"a conversation ({stage})")
    check("/conversations/new/", "new conversation: choose a host")
    check(f"/conversations/new/?host={people['Ana Lima'].pk}", "new conversation form")
    check(f"/conversations/{data['conversations']['soon'].pk}/edit/", "conversation form (edit)")
    check("/people/new/", "person form (new)")
    check(f"/people/{people['Ana Lima'].pk}/edit/", "person form (edit)")
    check(f"/people/{people['Ana Lima'].pk}/jobs/", "work history")
    check("/companies/new/", "company form")
    check("/accounts/settings/", "settings")
    check("/insights/?start=2020-01-01&end=2030-12-31", "Insights")
    check("/accounts/data/", "Your data")
    check("/accounts/delete/", "delete account")
    from coffeechat.leads.models import Lead

    Lead.add_referral(data["conversations"]["met"], name="Kofi Mensah", company_name="Globex", note="Say hi")
    opening = Lead.add_opening(
        data["conversations"]["met"], title="Junior analyst", company=None, remind_on=user.today()
    )
    opening.set_status("acted_on")
    check("/leads/", "Leads")
    check(f"/people/{people['Ana Lima'].pk}/card/", "business card form")

    assert not problems, "Serious accessibility problems:\n" + "\n".join(problems)


def test_small_screens_do_not_scroll_sideways(new_page, sign_in, data, password):
    width = 375
    page = new_page(viewport={"width": width, "height": 740}, is_mobile=True, has_touch=True)
    sign_in(page, data["user"].email, password)
    pages = {
        "Today": "/today/",
        "Pipeline": "/pipeline/",
        "People": "/people/",
        "a conversation": data["conversations"]["soon"].get_absolute_url(),
        "a person": data["people"]["Ana Lima"].get_absolute_url(),
        "Insights": "/insights/",
        "Your data": "/accounts/data/",
        "Leads": "/leads/",
        "a business card": f"/people/{data['people']['Ana Lima'].pk}/card/",
    }
    too_wide = []
    for name, url in pages.items():
        page.goto(url)
        scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
        if scroll_width > width + 1:
            culprits = page.evaluate(
                """(width) => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1)
                    .filter(e => !e.closest('.board'))
                    .slice(0, 5).map(e => e.outerHTML.slice(0, 120))""",
                width,
            )
            too_wide.append(f"{name} ({url}) is {scroll_width}px wide; too wide: {culprits}")
    assert not too_wide, "Pages scroll sideways at 375px:\n" + "\n".join(too_wide)

    # The board may scroll sideways on its own, but then it must be the one scrolling.
    page.goto("/pipeline/")
    board = page.locator("#board").evaluate(
        "b => ({scroll: b.scrollWidth, client: b.clientWidth, overflow: getComputedStyle(b).overflowX})"
    )
    if board["scroll"] > board["client"]:
        assert board["overflow"] in ("auto", "scroll"), f"The board overflows without scrolling: {board}"
