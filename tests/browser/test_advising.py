"""Career-center journey in real Chromium: an advisor invites, a student accepts and chooses what to
share, the advisor reviews and comments, the student reads the comment and withdraws."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.fixture
def advisor(transactional_db, password):
    from coffeechat.accounts.models import User
    from coffeechat.advising.models import Advisor, Organisation

    user = User.objects.create_user(
        "vera@northside.edu", password, name="Vera Vance", time_zone="Europe/Paris"
    )
    Advisor.objects.create(organisation=Organisation.objects.create(name="Northside Careers"), user=user)
    return user


def test_an_advisor_invites_a_student_reviews_and_the_student_reads_it(
    new_page, sign_in, data, advisor, password, axe
):
    vera = new_page(viewport={"width": 1280, "height": 900})
    sign_in(vera, advisor.email, password)
    vera.get_by_text("Account").click()
    vera.get_by_role("link", name="Career center").click()
    vera.get_by_role("link", name="Your students").click()
    expect(vera.get_by_text("No students yet")).to_be_visible()
    axe.check(vera, "advisor dashboard (empty)")
    vera.get_by_role("button", name="Create an invitation").click()
    expect(vera.get_by_role("heading", name="Invitation ready")).to_be_visible()
    axe.check(vera, "invitation created")
    link = vera.get_by_label("Invitation link").input_value()
    assert "/advising/join/cc_inv_" in link

    maya = new_page(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    maya.goto(link)
    expect(maya.get_by_role("heading", level=1)).to_have_text(
        "Vera Vance invites you to share with Northside Careers"
    )
    axe.check(maya, "invitation (signed out)")
    maya.get_by_role("link", name="Sign in to accept").click()
    maya.get_by_label("E-mail address").fill(data["user"].email)
    maya.get_by_label("Password").fill(password)
    maya.get_by_role("button", name="Sign in").click()
    expect(maya.get_by_label("Share my preparation")).to_be_checked()
    axe.check(maya, "invitation (signed in)")
    maya.get_by_role("button", name="Accept and share").click()
    expect(maya.get_by_text("You joined Northside Careers")).to_be_visible()
    axe.check(maya, "career center (student)")

    vera.goto("/advising/students/")
    row = vera.get_by_role("row", name=re.compile("Maya Okafor"))
    expect(row).to_be_visible()
    expect(row.get_by_text("Thank-you overdue")).to_be_visible()  # Chloé, met yesterday
    axe.check(vera, "advisor dashboard")
    vera.get_by_role("link", name="Review queue").click()
    axe.check(vera, "review queue")
    vera.get_by_role("link", name=re.compile("Maya Okafor → Ana Lima")).click()
    expect(vera.get_by_text("Learn how design works at Acme")).to_be_visible()
    vera.get_by_label("About").select_option("goal")
    vera.get_by_label("Your comment").fill("Name one project of theirs you admire.")
    vera.get_by_role("button", name="Add the comment").click()
    expect(vera.get_by_text("Comment saved")).to_be_visible()
    axe.check(vera, "review a chat")

    maya.goto(data["conversations"]["soon"].get_absolute_url())
    section = maya.get_by_role("region", name="From your advisor")
    expect(section.get_by_text("Name one project of theirs you admire.")).to_be_visible()
    width = maya.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 376, f"The conversation page is {width}px wide at 375px"

    maya.goto("/advising/")
    maya.get_by_role("link", name=re.compile("Stop sharing with Vera")).click()
    maya.get_by_role("button", name="Yes, delete").click()
    expect(maya.get_by_text("You no longer share anything with Vera Vance")).to_be_visible()
    vera.goto("/advising/review/")
    expect(vera.get_by_text("Nothing waiting")).to_be_visible()
    vera.goto("/advising/students/")
    expect(vera.get_by_text("No students yet")).to_be_visible()


def test_an_advisor_comments_on_a_shared_question_and_the_student_takes_the_rewrite(
    new_page, sign_in, data, advisor, password, axe
):
    from coffeechat.advising.models import Advisor, Sharing
    from coffeechat.questions.models import Plan

    student, chat = data["user"], data["conversations"]["idea"]
    Sharing.objects.create(owner=student, advisor=Advisor.objects.get(user=advisor))
    Plan.for_conversation(chat).add("Any openings on your team?")

    maya = new_page(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    sign_in(maya, student.email, password)
    maya.goto(f"/conversations/{chat.pk}/compose/")
    maya.get_by_role("textbox", name="Message").fill(
        "Hi Eun-ji, could I ask you about research for 20 minutes?"
    )
    maya.get_by_role("button", name="Save draft").click()
    expect(maya.get_by_text("Saved your draft")).to_be_visible()
    expect(maya.get_by_role("textbox", name="Message")).to_have_value(
        "Hi Eun-ji, could I ask you about research for 20 minutes?"
    )

    vera = new_page(viewport={"width": 1280, "height": 900})
    sign_in(vera, advisor.email, password)
    vera.goto("/advising/review/")
    vera.get_by_role("link", name=re.compile("Maya Okafor → Eun-ji Park")).click()
    expect(vera.get_by_text("Hi Eun-ji, could I ask you about research for 20 minutes?")).to_be_visible()
    question = vera.locator(".review-item").filter(has_text="Any openings on your team?")
    question.get_by_label("Your comment on this question").fill("This reads as asking for a job.")
    question.get_by_label("A better way to ask it").fill("How did you find your way into research?")
    vera.locator(".review-item").filter(has_text="Hi Eun-ji").get_by_label("Looks good").check()
    vera.get_by_role("button", name="Send my comments").click()
    expect(vera.get_by_text("Comments saved")).to_be_visible()
    expect(vera.get_by_text("You said on")).to_have_count(2)
    axe.check(vera, "advisor review with questions")

    maya.goto(f"/conversations/{chat.pk}/plan/")
    item = maya.locator(".plan-item").filter(has_text="Any openings on your team?")
    expect(item.get_by_text("This reads as asking for a job.")).to_be_visible()
    expect(item.get_by_text("(your advisor)")).to_be_visible()
    expect(maya.locator("#request").get_by_text("Looks good")).to_be_visible()
    axe.check(maya, "plan with an advisor's comments")
    width = maya.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 376, f"The plan page is {width}px wide at 375px"
    item.get_by_role("button", name="Use this rewrite").click()
    expect(maya.locator(".plan-item").first).to_contain_text("How did you find your way into research?")
