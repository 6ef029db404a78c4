"""Preparing a coffee chat in a real browser: a plan, a suggestion, the reviewer catching a bad
question, a friend's review through a link, and meeting mode keeping the notes across a reload."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_prepare_review_and_run_a_meeting(new_page, sign_in, data, password, same_origin):
    page = new_page(viewport={"width": 1280, "height": 900})
    user = data["user"]
    soon = data["conversations"]["soon"]
    sign_in(page, user.email, password)

    # From the coffee chat to its questions.
    page.goto(soon.get_absolute_url())
    page.get_by_role("link", name="Prepare questions").click()
    expect(page.get_by_role("heading", name="Questions for Ana Lima", level=1)).to_be_visible()
    expect(page.get_by_text("No questions yet.")).to_be_visible()

    # A suggested plan for 30 minutes: balanced, and it fits.
    page.get_by_label("Length of the chat").select_option("30")
    page.get_by_role("button", name="Suggest a plan").click()
    expect(page.get_by_text(re.compile(r"Suggested \d+ questions for 30 minutes"))).to_be_visible()
    plan = page.locator("#plan-items")
    expect(plan.locator(".plan-item")).not_to_have_count(0)
    expect(plan.get_by_role("status")).to_contain_text("of 30 minutes")
    expect(plan).to_contain_text("Acme Robotics")  # {company} filled in
    first = plan.locator(".plan-item strong").first.inner_text()

    # The reviewer flags a bad question as it is typed, then it goes into the plan anyway.
    question = page.get_by_label("Your question")
    question.fill("Any openings on your team?")
    verdict = page.locator("#verdict")
    expect(verdict).to_contain_text("Better not ask this")
    expect(verdict).to_contain_text("This asks for a job")
    question.fill("What does a typical day in your job look like?")
    expect(verdict).to_contain_text("Looks good")
    question.fill("Any openings on your team?")
    expect(verdict).to_contain_text("Better not ask this")
    page.get_by_role("button", name="Add to the plan").click()
    bad = plan.locator(".plan-item").last
    expect(bad).to_contain_text("Any openings on your team?")
    expect(bad).to_contain_text("Better not ask this")

    # Reorder with the keyboard: the bad question moves up one place, and focus stays on its button.
    count = plan.locator(".plan-item").count()
    page.get_by_role("button", name="Move up: Any openings on your team?").focus()
    page.keyboard.press("Enter")
    expect(plan.locator(".plan-item").nth(count - 2)).to_contain_text("Any openings on your team?")
    expect(page.get_by_role("button", name="Move up: Any openings on your team?")).to_be_focused()
    # And by drag and drop: the first question goes below the third.
    # (The reload waits for the new order to be saved: on a busy machine it could overtake it.)
    with page.expect_response(lambda r: r.url.endswith("/plan/order/") and r.request.method == "POST"):
        plan.locator(".plan-item .handle").first.drag_to(plan.locator(".plan-item .handle").nth(2))
    expect(plan.locator(".plan-item").nth(2)).to_contain_text(first)
    page.reload()
    expect(plan.locator(".plan-item").nth(2)).to_contain_text(first)

    # A review link for a friend.
    page.get_by_label("Who it is for").fill("Sam from the career centre")
    page.get_by_role("button", name="Make a review link").click()
    link = page.get_by_label("Review link").input_value()
    assert re.match(r"^http://[^/]+/review/[\w-]{43,}/$", link)

    # The friend opens it without an account, comments on the bad question and suggests a rewrite.
    friend = new_page(viewport={"width": 375, "height": 800})
    friend.goto(link)
    expect(friend.get_by_role("heading", name="Maya would like your advice")).to_be_visible()
    card = friend.locator(".review-item").filter(has_text="Any openings on your team?")
    card.get_by_label("Your comment on this question").fill("This sounds like asking for a job.")
    card.get_by_label("A better way to ask it").fill("How do people usually join a team like yours?")
    friend.locator(".review-item").first.get_by_label("Looks good").check()
    friend.get_by_label("Your name").fill("Sam")
    friend.get_by_role("button", name="Send my comments").click()
    expect(friend.get_by_text("Thank you! Your comments are with them now.")).to_be_visible()
    # The link opens that plan and nothing else.
    friend.goto(soon.get_absolute_url())
    expect(friend).to_have_url(re.compile(r"/accounts/login/"))

    # The owner sees the comment beside the question and takes the rewrite.
    page.reload()
    bad = plan.locator(".plan-item").filter(has_text="This sounds like asking for a job.")
    expect(bad).to_contain_text("Sam")
    bad.get_by_role("button", name="Use this rewrite").click()
    expect(page.get_by_text("Took the suggested rewrite into your plan.")).to_be_visible()
    expect(plan).to_contain_text("How do people usually join a team like yours?")
    expect(plan).not_to_contain_text("Any openings on your team?")

    # Meeting mode on a phone: the clock, a question asked, notes that survive a reload.
    phone = new_page(viewport={"width": 375, "height": 800})
    sign_in(phone, user.email, password)
    phone.goto(f"/conversations/{soon.pk}/meeting/")
    phone.get_by_role("button", name="Start the clock").click()
    expect(phone.locator("[data-clock-elapsed]")).to_have_text(re.compile(r"^0:0\d$"))
    expect(phone.locator("[data-clock-pace]")).to_contain_text("min left")
    phone.locator(".meeting-item").first.get_by_role("button", name=re.compile("^Mark asked")).click()
    expect(
        phone.locator(".meeting-item").first.get_by_role("button", name=re.compile("^Asked"))
    ).to_be_visible()
    note = phone.locator(".meeting-item").first.get_by_label("Notes on this answer")
    note.fill("They started in support, then moved to design.")
    expect(phone.locator(".meeting-item").first.locator(".save-row")).to_contain_text("Saved at")
    notes = phone.get_by_label("Everything else")
    notes.fill("Ask Priya about the spring intake.")
    phone.reload()  # at once, before the autosave fired: the browser kept a copy and sends it now
    expect(phone.get_by_label("Everything else")).to_have_value("Ask Priya about the spring intake.")
    expect(phone.locator("#notes-status")).to_contain_text("Saved at")
    phone.reload()  # and now the server has it too
    expect(phone.get_by_label("Everything else")).to_have_value("Ask Priya about the spring intake.")
    phone.get_by_label("Quick capture").fill("Priya Shah, ops")
    phone.get_by_role("button", name="Someone to meet").click()
    expect(phone.get_by_label("Everything else")).to_have_value(
        "Ask Priya about the spring intake.\nSomeone to meet: Priya Shah, ops"
    )
    expect(phone.locator("#captured")).to_contain_text("Added Priya Shah, introduced by Ana Lima.")
    phone.get_by_role("button", name="End the meeting and save the notes").click()
    expect(phone.locator(".stage.big")).to_have_text("Met")
    expect(phone.get_by_text("Now the thank-you")).to_be_visible()
    notes_card = phone.locator("section").filter(has=phone.get_by_role("heading", name="Notes", exact=True))
    expect(notes_card).to_contain_text("Someone to meet: Priya Shah, ops")
    expect(notes_card).to_contain_text("They started in support, then moved to design.")

    same_origin(new_page.requests)


def test_meeting_notes_survive_a_dropped_connection(new_page, sign_in, data, password):
    soon = data["conversations"]["soon"]
    page = new_page(viewport={"width": 375, "height": 800})
    sign_in(page, data["user"].email, password)
    page.goto(f"/conversations/{soon.pk}/meeting/")
    page.context.set_offline(True)
    page.get_by_label("Everything else").fill("Written while the wifi was down.")
    expect(page.locator("#notes-status")).to_contain_text("Not saved yet: kept on this device")
    page.context.set_offline(False)
    expect(page.locator("#notes-status")).to_contain_text("Saved at", timeout=15_000)
    page.reload()
    expect(page.get_by_label("Everything else")).to_have_value("Written while the wifi was down.")
    from coffeechat.questions.models import Plan

    assert Plan.objects.get(conversation=soon).meeting_notes == "Written while the wifi was down."


def test_question_pages_have_no_serious_accessibility_problems(page, sign_in, axe, password, data):
    from coffeechat.questions.models import Plan, ShareLink

    soon = data["conversations"]["soon"]
    plan = Plan.for_conversation(soon)
    plan.suggest(30)
    plan.add("Any openings on your team?")
    _link, token = ShareLink.create_for(plan)
    problems = []
    sign_in(page, data["user"].email, password)
    for url, where in [
        ("/questions/", "question bank"),
        (f"/conversations/{soon.pk}/plan/", "the plan"),
        (f"/conversations/{soon.pk}/briefing/", "briefing sheet"),
        (f"/conversations/{soon.pk}/meeting/", "meeting mode"),
        (f"/plan-items/{plan.items.first().pk}/edit/", "edit a question"),
        (f"/review/{token}/", "review link"),
    ]:
        response = page.goto(url)
        assert response.ok, f"{url} answered {response.status}"
        found = axe.violations(page)
        if found:
            problems.append(axe.describe(found, where))
    assert not problems, "\n".join(problems)


def test_on_a_phone_the_plan_page_folds_its_long_parts_and_keeps_them_at_hand(
    new_page, sign_in, axe, password, data
):
    # Guards against a plan page some 9,800 px tall at 375 px, most of it the question bank's list.
    from coffeechat.questions.models import Plan

    soon = data["conversations"]["soon"]
    Plan.for_conversation(soon).suggest(30)
    url = f"/conversations/{soon.pk}/plan/"
    phone = new_page(viewport={"width": 375, "height": 800})
    sign_in(phone, data["user"].email, password)
    phone.goto(url)
    bank, notes = phone.locator("#bank details.fold"), phone.locator("#time details.fold")
    expect(bank).not_to_have_attribute("open", re.compile(".*"))
    expect(notes).not_to_have_attribute("open", re.compile(".*"))
    expect(phone.get_by_role("button", name=re.compile("^Add: ")).first).to_be_hidden()
    height = phone.evaluate("document.documentElement.scrollHeight")
    assert height < 5000, height
    axe.check(phone, "the plan on a phone")
    # One tap opens the bank's list; a search shows its results unfolded.
    bank.locator("summary").click()
    expect(phone.get_by_role("button", name=re.compile("^Add: ")).first).to_be_visible()
    phone.get_by_label("Search the questions").fill("typical week")
    expect(phone.locator("#picker details.fold")).to_have_attribute("open", "")
    expect(phone.get_by_role("button", name=re.compile("^Add: What does a typical week"))).to_be_visible()
    # Saving the time and notes comes back to them open.
    notes.locator("summary").click()
    phone.get_by_label("Small talk (minutes)").fill("4")
    phone.get_by_role("button", name="Save", exact=True).click()
    expect(phone.get_by_label("Small talk (minutes)")).to_be_visible()

    # On a wide screen, and on a phone without JavaScript, everything shows at once.
    for options in ({"viewport": {"width": 1280, "height": 900}}, {"java_script_enabled": False}):
        page = new_page(**{"viewport": {"width": 375, "height": 800}, **options})
        sign_in(page, data["user"].email, password)
        page.goto(url)
        expect(page.get_by_role("button", name=re.compile("^Add: ")).first).to_be_visible()
        expect(page.get_by_label("Your 30-second introduction")).to_be_visible()
