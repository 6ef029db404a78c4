"""The message checker: right on METHOD.md's rules, and quiet about innocent wording."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coffeechat.lib.checker import RULE_IDS, asks_for_job, body_of, check_message, check_note, sentences

READY = """Subject: Fellow Lyon alum with a question about design at Acme

Hi Ana,

I'm a fellow Lyon alum and came across your profile while reading about Acme's new app. Your move
from architecture into product design is the path I'm hoping to follow. Would you have 20 minutes in
the next few weeks to share how you made that switch? I'd be grateful for your advice.

Best,
Maya"""

EVERYTHING_WRONG = """Dear Sir,

My name is Maya Okafor and I am a recent graduate looking for a job in product design. I have three
years of experience in architecture and I am very passionate about user experience. I have attached my
resume and portfolio (www.mayaokafor.com). I would love to chat sometime. Please let me know if there
are any openings at your company.

Thanks,
Maya"""


def rules(text: str, **options) -> list[str]:
    return check_message(text, **options).rules


def test_a_good_request_is_ready_to_send():
    report = check_message(READY)
    assert report.ready, report.findings
    assert report.words == 53  # greeting, subject and sign-off are not counted


def test_a_request_breaking_every_rule_gets_every_finding():
    assert rules(EVERYTHING_WRONG) == [
        "connection_first",
        "asks_for_job",
        "no_question",
        "no_time_request",
        "mostly_about_sender",
        "attachment",
        "links",
    ]


def test_each_finding_says_why_and_how_to_fix_it():
    for finding in check_message(EVERYTHING_WRONG).findings:
        assert finding.problem.endswith((".", "”")) and len(finding.problem) > 30, finding
        assert len(finding.fix) > 20, finding
        assert finding.message == f"{finding.problem} {finding.fix}"


def test_the_word_limit_is_a_setting():
    long = READY.replace("I'd be grateful for your advice.", "I'd be grateful for your advice. " * 5)
    assert "too_long" in rules(long, word_limit=75)
    assert "too_long" not in rules(long, word_limit=100)
    finding = check_message(long).findings[0]
    assert "77 words, over your limit of 75" in finding.message and "Cut 2 words" in finding.message


def test_a_phone_script_has_no_word_limit_but_a_linkedin_note_has_300_characters():
    long = READY + " Your team's work inspires me." * 10
    assert "too_long" not in rules(long, channel="phone")
    assert "too_many_characters" in rules(long, channel="linkedin")
    note = (
        "Hi Ana, I'm a fellow Lyon alum and admire your move into product design. Would you have 20 "
        "minutes to share how you made that switch?"
    )
    assert rules(note, channel="linkedin") == []


@pytest.mark.parametrize(
    "first",
    [
        "Jane Doe suggested I write to you.",
        "We met at the Lyon UX meetup last month.",
        "I loved your talk at Paris Web.",
        "I'm a fellow Lyon alum.",
        "I came across your article on onboarding design.",
        "You taught my design class in 2019.",
        "We both studied architecture at INSA.",
        "I read your recent article on onboarding.",
        "I'm also a Wharton MBA, class of 2019.",
        "I noticed your work on the Acme app.",
    ],
)
def test_a_connection_in_the_first_sentence_passes(first):
    text = f"{first} Would you have 20 minutes to tell me how your team works?"
    assert "connection_first" not in rules(text)


def test_on_the_phone_you_say_who_you_are_and_ask_for_them_first():
    text = (
        "Hello, this is Maya Okafor. May I speak with Ana Lima? Jane Doe suggested I call you. "
        "Would you have 20 minutes for your advice?"
    )
    assert "connection_first" not in rules(text, channel="phone")


def test_a_pleasantry_before_the_connection_is_forgiven():
    text = (
        "I hope you are well. Jane Doe suggested I write to you. Would you have 20 minutes for your advice?"
    )
    assert "connection_first" not in rules(text)


def test_a_connection_stated_late_is_found_and_quoted():
    text = (
        "I work in architecture and want to move into design. Would you have 20 minutes for me? "
        "Jane Doe suggested I write to you."
    )
    finding = next(f for f in check_message(text).findings if f.rule == "connection_first")
    assert "only later" in finding.problem
    assert "Jane Doe suggested I write to you" in finding.fix


@pytest.mark.parametrize(
    "sentence",
    [
        "Do you know of any openings on your team?",
        "Is Acme hiring?",
        "Are you currently hiring?",
        "Could you refer me?",
        "I am currently looking for an internship.",
        "I'm a recent graduate looking for a job in product design.",
        "Could you pass along my résumé to the hiring manager?",
        "Please keep me in mind if something opens up.",
        "Would you be willing to give me a referral?",
        "I saw the opening for a designer and would love to apply.",
        "Any job leads would be appreciated.",
        "I want a job.",
        "I really need an entry-level position at Acme.",
        "Is there an opening on your team?",
        "Could you tell me whether any internships are available this summer?",
        "I would love to be considered for the designer role.",
        "I would appreciate it if you could help me land a role at Acme.",
    ],
)
def test_asking_for_a_job_is_found_in_its_many_wordings(sentence):
    assert asks_for_job(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "In my job as a teacher I learned how people learn.",
        "I left my job last year and I'm looking for advice.",
        "What do you enjoy most about your role?",
        "How did you land your first job?",
        "What is the job market like in Lyon?",
        "I'm not asking for a job, only for your advice?",
        "I am not looking for a job, just your perspective.",
        "Would you be in a position to share some advice?",
        "I'd love to hear about the roles in your team?",
        "Her position at the museum taught me about visitors.",
        "Could you tell me what a typical week looks like?",
        "Which job boards would you look at first?",
        "You were a role model for many of us?",
        "I want to understand what your job involves day to day?",
        "What positions did you hold before joining Acme?",
        "Which roles at Acme work most closely with designers?",
        "What does a typical internship look like in your field?",
        "Could you tell me which roles work with researchers?",
        "How do junior roles differ between agencies and product companies?",
    ],
)
def test_innocent_mentions_of_jobs_are_not_asks(sentence):
    assert not asks_for_job(sentence), sentence


def test_a_question_needs_a_question_mark():
    assert "no_question" in rules(
        "We met at the meetup. I'd love 20 minutes of your time to hear your advice."
    )
    assert "no_question" not in rules("We met at the meetup. Would you have 20 minutes for your advice?")


@pytest.mark.parametrize(
    ("phrase", "rule"),
    [
        ("20 minutes", None),
        ("20-minute", None),
        ("twenty minutes", None),
        ("15–20 minutes", None),
        ("half an hour", None),
        ("a quick chat", "no_time_request"),
        ("an hour", "too_much_time"),
        ("45 minutes", "too_much_time"),
    ],
)
def test_the_time_asked_for_is_named_and_short(phrase, rule):
    text = f"We met at the meetup. Would you have {phrase} to share your advice?"
    found = {"no_time_request", "too_much_time"} & set(rules(text))
    assert found == ({rule} if rule else set())


def test_a_message_about_the_sender_is_found():
    text = (
        "We met at the meetup. I am a biologist. I want to move into data science. I have taken many "
        "courses and I am ready. Could you spare 20 minutes?"
    )
    assert "mostly_about_sender" in rules(text)
    assert "mostly_about_sender" not in rules(READY)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("I have attached my CV.", True),
        ("My résumé is enclosed.", True),
        ("See portfolio.pdf for examples.", True),
        ("Please find my resume below.", True),
        ("We could resume our talk next week.", False),
        ("The CVE list had an entry on that.", False),
    ],
)
def test_attachments_and_resumes(text, flagged):
    assert ("attachment" in rules(f"We met at the meetup. {text} Would you have 20 minutes?")) == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("My site is https://maya.example.com.", True),
        ("See www.mayaokafor.com for more.", True),
        ("My portfolio is at mayaokafor.com.", True),
        ("Write to me at maya@example.com any time.", False),
        ("It was great. Thanks.", False),
    ],
)
def test_links(text, flagged):
    assert ("links" in rules(f"We met at the meetup. {text} Would you have 20 minutes?")) == flagged


def test_the_greeting_and_sign_off_are_not_counted():
    assert body_of("Hi Ana,\n\nWould you have 20 minutes?\n\nBest,\nMaya") == "Would you have 20 minutes?"
    assert body_of("Hi Ana, would you have 20 minutes?") == "would you have 20 minutes?"


def test_the_report_serialises_with_the_documented_keys():
    data = json.loads(json.dumps(check_message(EVERYTHING_WRONG).as_dict()))
    assert set(data) >= {"words", "ready", "findings"} and data["ready"] is False
    assert set(data["findings"][0]) >= {"rule", "message"}


@settings(max_examples=300)
@given(st.text())
def test_any_text_gets_a_report_with_known_rules(text):
    report = check_message(text)
    assert report.words >= 0
    assert set(report.rules) <= RULE_IDS
    assert report.ready == (not report.findings)
    json.dumps(report.as_dict())


@settings(max_examples=200)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200))
def test_sentences_keep_every_word(text):
    from coffeechat.lib.checker import words

    assert sum(len(words(s)) for s in sentences(text)) == len(words(text.replace(".", " . ")))


@given(st.sampled_from(["https://x.example.org/a", "www.example.com", "example.io/path"]))
def test_adding_a_link_to_a_ready_message_always_finds_it(link):
    text = READY.replace("I'd be grateful", f"My notes are at {link} and I'd be grateful")
    assert "links" in rules(text)


@given(st.integers(min_value=1, max_value=120))
def test_padding_past_the_limit_always_finds_too_long(extra):
    text = READY.replace("I'd be grateful", "Your " + "work " * extra + "inspires me. I'd be grateful")
    report = check_message(text)
    assert ("too_long" in report.rules) == (report.words > 75)


def test_a_thank_you_or_follow_up_that_asks_for_a_job_is_caught_too():
    note = "Hi Priya,\n\nThanks so much for your time! By the way, are you hiring?\n\nBest,\nMaya"
    report = check_note(note)
    assert [f.rule for f in report.findings] == ["asks_for_job"]
    assert "are you hiring?" in report.findings[0].message
    kind = "Hi Priya,\n\nThank you. Your advice on how hiring works in data teams was gold.\n\nBest,\nMaya"
    assert check_note(kind).findings == []
