"""Drafts: placeholders, our built-in templates against our own checker, mailto links."""

import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coffeechat.lib.checker import check_message, check_note
from coffeechat.outreach import drafts
from coffeechat.outreach.views import mailto

VALUES = {
    "host_first_name": "Ana",
    "host_name": "Ana Lima",
    "company": "Acme Robotics",
    "connection": "I'm a fellow alum of your school and found you through our alumni network.",
    "goal": "I'd especially love to hear your view on how a designer's week is split between research "
    "and delivery.",
    "minutes": "20",
    "my_name": "Maya Okafor",
    "my_first_name": "Maya",
    "slots": "- Monday 13 July at 10:00 (Europe/Paris time)",
    "met_when": "yesterday",
    "learned": "Case studies matter more than polish.",
}


@pytest.mark.parametrize(
    "draft", [d for d in drafts.BUILT_IN if d.purpose == drafts.REQUEST], ids=lambda d: d.key
)
def test_every_built_in_request_passes_our_own_checker(draft):
    report = check_message(drafts.fill(draft.body, VALUES), channel=draft.channel)
    assert report.ready, [f.message for f in report.findings]


@pytest.mark.parametrize(
    "draft", [d for d in drafts.BUILT_IN if d.purpose != drafts.REQUEST], ids=lambda d: d.key
)
def test_other_built_ins_are_short_and_only_leave_brackets_for_the_user(draft):
    report = check_note(drafts.fill(draft.body, VALUES))
    assert set(report.rules) <= {"unfilled"}, [f.message for f in report.findings]
    assert report.words <= 150


def test_every_built_in_uses_known_placeholders_only():
    for draft in drafts.BUILT_IN:
        assert drafts.unknown_placeholders(draft.subject + draft.body) == [], draft.key


@given(st.text().filter(lambda t: "{" not in t))
def test_text_without_placeholders_is_left_as_it_is(text):
    assert drafts.fill(text, VALUES) == text


@given(st.from_regex(r"[a-z_]{1,20}", fullmatch=True).filter(lambda n: n not in drafts.PLACEHOLDERS))
def test_an_unknown_placeholder_is_refused_by_name(name):
    with pytest.raises(drafts.UnknownPlaceholder) as refused:
        drafts.fill(f"Hi {{host_first_name}}, {{{name}}}", VALUES)
    assert f"{{{name}}}" in str(refused.value) and refused.value.names == [name]


@pytest.mark.parametrize(
    "goal, sentence",
    [
        (
            "Learn how design works at Acme",
            "Above all, your experience would help me learn how design works at Acme.",
        ),
        (
            "learn how design works at Acme.",
            "Above all, your experience would help me learn how design works at Acme.",
        ),
        (
            "To find out what a researcher does",
            "Above all, your experience would help me find out what a researcher does.",
        ),
        (
            "UX research in health care.",
            "I'd especially love to hear your view on UX research in health care.",
        ),
        (
            "how a designer's week is split",
            "I'd especially love to hear your view on how a designer's week is split.",
        ),
        ("I want to know why?", "I want to know why?"),
        ("How do teams hire juniors", "How do teams hire juniors?"),
        ("i want to see the lab", "I want to see the lab."),
        ("My goal is a first research role.", "My goal is a first research role."),
        ("The transit lab's studies fascinate me", "The transit lab's studies fascinate me."),
        (
            "Learn how she went from counseling to research",
            "Above all, your experience would help me learn how you went from counseling to research.",
        ),
        (
            "Hear how she researches with nurses",
            "I'd especially love to hear from you how you research with nurses.",
        ),
        ("Ask Wei how he told the story", "I'd especially like to ask you how you told the story."),
        (
            "Catch up with Wei and hear how he got in",
            "I'd especially love to catch up with you and hear how you got in.",
        ),
        (
            "Ask my course instructor about studios",
            "I'd especially like to ask my course instructor about studios.",
        ),
        ("  ", "I'd especially love to hear your view on [what you hope to learn from them]."),
    ],
)
def test_the_goal_reads_as_a_sentence_of_its_own(goal, sentence):
    assert drafts.goal_sentence(goal, "Wei") == sentence


GOAL_WORDS = st.sampled_from(
    "learn Learn how How find out Understand understand hear UX design research Acme's at in the team "
    "I i my My goal is want to To know why what she her his he Wei you your works portfolio".split()
)


@pytest.mark.parametrize(
    "goal",
    [
        "How research shapes the roadmap",
        "Learn how research shapes the roadmap",
        "UX research in health care",
        "Hear how a travel company researches with people on the move.",
        "Ask how Marigold's design team is organised and what they look for in researchers.",
        "Understand what a UX researcher actually does all day, from someone I trust to be honest.",
        "",
    ],
)
@pytest.mark.parametrize("connection", [*drafts._CONNECTION.values(), "I came across your profile."])
def test_every_built_in_request_with_a_goal_is_about_the_host_as_much_as_the_sender(goal, connection):
    values = {**VALUES, "goal": drafts.goal_sentence(goal, "Ana Lima"), "connection": connection}
    for draft in drafts.BUILT_IN:
        if draft.purpose == drafts.REQUEST:
            report = check_message(drafts.fill(draft.body, values), channel=draft.channel)
            assert "mostly_about_sender" not in report.rules, (draft.key, values["goal"])


@given(
    st.lists(GOAL_WORDS, max_size=12).map(" ".join),
    st.sampled_from(["", ".", "?", "!", " .", "..", "...", ";", ":", " "]),
)
def test_no_request_splices_the_goal_mid_sentence(words, end):
    goal = drafts.goal_sentence(words + end, "Wei")
    for draft in drafts.BUILT_IN:
        if draft.purpose != drafts.REQUEST:
            continue
        body = drafts.fill(draft.body, {**VALUES, "goal": goal})
        assert not re.search(r":\s*(learn|find|how|[a-z])", body), body
        assert not re.search(r"[.!?,;:]\s*[.!?,;:]", body.replace(":)", ")")), body
        assert not re.search(r"[.!?]\s+[a-z]", body), body
        assert all(p[0].isupper() or p[0] == "(" or p[0] == "[" for p in body.split("\n\n")), body


def test_learned_choices_come_from_the_notes_line_by_line():
    notes = "- Case studies matter. Polish less.\n\n* Read Portigal\nok"
    assert drafts.learned_choices(notes) == ["Case studies matter.", "Polish less.", "Read Portigal"]


def test_learned_choices_leave_out_questions_and_lead_lines_from_meeting_mode():
    notes = (
        "Someone to meet: Sam Ortiz, data engineering\nAn opening: Junior analyst\n"
        "Advice: learn dbt before applying\nHiring season: March\n\n"
        "What surprised you most? \nHow messy real data is."
    )
    assert drafts.learned_choices(notes) == ["learn dbt before applying", "How messy real data is."]


@given(st.text(max_size=200), st.text(max_size=60))
def test_mailto_carries_subject_and_body_exactly(body, subject):
    link = mailto("ana@acme.example", subject, body)
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and unquote(parts.path) == "ana@acme.example"
    query = parse_qs(parts.query, keep_blank_values=True)
    assert query["subject"] == [subject]
    expected = body.replace("\r\n", "\n").replace("\n", "\r\n")
    assert query["body"] == [expected]


def test_the_connection_sentence_fits_every_way_you_know_someone_and_never_repeats_the_company():
    from types import SimpleNamespace

    from coffeechat.network.models import Relationship

    for relationship in Relationship.values:
        host = SimpleNamespace(introduced_by_id=None, relationship=relationship)
        sentence = drafts.connection_sentence(host)
        assert sentence.endswith(".") and "{" not in sentence, relationship
        if relationship in ("contact", "coffee_chat"):
            assert "came across your profile" not in sentence  # you know them already
    stranger = SimpleNamespace(introduced_by_id=None, relationship="cold")
    assert (
        drafts.connection_sentence(stranger) == "I came across your profile while reading about your field."
    )


# -- the thank-you speaks to the host, never pastes a note about them ---------------------------------


@pytest.mark.parametrize(
    "note, sentence",
    [
        (
            "She got her first role by running a free study for a nonprofit and writing it up.",
            "I especially appreciated hearing that you got your first role by running a free study for a "
            "nonprofit and writing it up.",
        ),
        (
            "She said the team reads every study plan together.",
            "I especially appreciated hearing that the team reads every study plan together.",
        ),
        (
            "She'd rather see a messy real study than a polished fake one.",
            "I especially appreciated hearing that you'd rather see a messy real study than a polished "
            "fake one.",
        ),
        (
            "Portfolio: one study in depth beats five shallow ones.",
            "I especially appreciated your point that one study in depth beats five shallow ones.",
        ),
        (
            "Half of the job is planning and recruiting, not interviewing.",
            "I especially appreciated your point that half of the job is planning and recruiting, not "
            "interviewing.",
        ),
        (
            "Cut the two weakest projects; lead with the lesson-redesign study.",
            "I especially appreciated your advice to cut the two weakest projects; lead with the "
            "lesson-redesign study.",
        ),
        (
            "Offered to share an anonymized survey from last year's bus study.",
            "Thank you as well for offering to share an anonymized survey from last year's bus study.",
        ),
        (
            "Read: “Interviewing Users” by Steve Portigal.",
            "Thank you as well for recommending “Interviewing Users” by Steve Portigal.",
        ),
        (
            "Recommended the “Content Design” book by Sarah Winters.",
            "Thank you as well for recommending the “Content Design” book by Sarah Winters.",
        ),
        (
            "He remembers how lonely the switch felt.",
            "I especially appreciated hearing that you remember how lonely the switch felt.",
        ),
        (
            "UX research at Acme studies nurses on night shifts.",
            "I especially appreciated your point that UX research at Acme studies nurses on night shifts.",
        ),
    ],
)
def test_a_note_becomes_something_the_user_says_to_the_host(note, sentence):
    assert drafts.learned_sentence(note) == sentence


def test_a_note_that_cannot_be_said_to_the_host_leaves_a_blank_to_fill():
    blank = drafts.learned_sentence("")
    assert blank.startswith("I especially appreciated [") and blank.endswith("].")
    # Someone else in the third person: the user writes it in their own words.
    assert drafts.learned_sentence("Her manager thinks he is wrong about it.") == ""
    assert "Her manager thinks" not in drafts.learned_choices("Her manager thinks he is wrong about it.")


NOTE_WORDS = st.sampled_from(
    "She He They she he her his him said told me team the study portfolio research Cut Read Offered "
    "to, Advice: Portfolio: works hires a in of one more than: ; , .".split(" ")
)


@given(st.lists(NOTE_WORDS, min_size=1, max_size=14).map(" ".join))
def test_no_thank_you_ever_talks_about_the_host_in_the_third_person(note):
    for choice in drafts.learned_choices(note) or [""]:
        sentence = drafts.learned_sentence(choice) or drafts.learned_sentence("")
        words = set(re.findall(r"[A-Za-z']+", sentence))
        assert not words & {"She", "she", "He", "he", "her", "Her", "his", "His", "him"}, sentence
        assert sentence[0].isupper() and sentence.endswith((".", "!", "?", "]."))
        assert ".." not in sentence and ": :" not in sentence
