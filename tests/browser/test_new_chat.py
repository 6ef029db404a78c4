"""Starting a coffee chat in a real browser: the form asks only for what the chosen stage needs."""

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

LATER = ["Asked on", "Meeting time", "Time zone of these times", "Place", "Met on"]
FOR_STAGE = {
    "Idea": [],
    "Requested": ["Asked on"],
    "Scheduled": ["Asked on", "Meeting time", "Time zone of these times", "Place"],
    "Met": LATER,
}


def test_the_new_chat_form_shows_only_the_fields_of_the_chosen_stage(new_page, sign_in, axe, password, data):
    # Guards against an idea's form asking for requested, scheduled and met dates and a place.
    from coffeechat.conversations.models import Conversation

    eun_ji = data["people"]["Eun-ji Park"]
    page = new_page(viewport={"width": 375, "height": 800})
    sign_in(page, data["user"].email, password)
    page.goto(f"/conversations/new/?host={eun_ji.pk}")
    stage = page.get_by_label("Where are you with them?")
    expect(stage).to_have_value("idea")
    for label, shown in FOR_STAGE.items():
        stage.select_option(label=label)
        for field in LATER:
            box = page.get_by_label(re.compile("^" + field))
            expect(box).to_be_visible() if field in shown else expect(box).to_be_hidden()
        expect(page.get_by_label("Why you want to talk")).to_be_visible()
        axe.check(page, f"new chat form at {label}")

    # A date typed for a later stage is not sent once the user goes back to Idea.
    stage.select_option(label="Requested")
    asked = (dt.datetime.now() - dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    page.get_by_label(re.compile("^Asked on")).fill(asked)
    stage.select_option(label="Idea")
    page.get_by_role("button", name="Start the coffee chat").click()
    chat = Conversation.objects.get(host=eun_ji, goal="")
    assert (chat.stage, chat.requested_at) == ("idea", None)

    # Scheduled without a meeting time: the error comes back on a visible field.
    page.goto(f"/conversations/new/?host={eun_ji.pk}")
    page.get_by_label("Where are you with them?").select_option(label="Scheduled")
    page.get_by_role("button", name="Start the coffee chat").click()
    expect(page.get_by_text("A scheduled chat needs its meeting time.")).to_be_visible()
    expect(page.get_by_label(re.compile("^Meeting time"))).to_be_visible()

    # Without JavaScript every field shows and the form works the same.
    plain = new_page(viewport={"width": 375, "height": 800}, java_script_enabled=False)
    sign_in(plain, data["user"].email, password)
    plain.goto(f"/conversations/new/?host={eun_ji.pk}")
    for field in LATER:
        expect(plain.get_by_label(re.compile("^" + field))).to_be_visible()
