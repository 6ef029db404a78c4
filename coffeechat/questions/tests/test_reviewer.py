"""The question reviewer: a table of real phrasings per rule, the bank, and any text at all."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coffeechat.questions.bank import QUESTIONS
from coffeechat.questions.reviewer import AVOID, OK, WEAK, review
from coffeechat.questions.tests.reviewer_cases import CASES


@pytest.mark.parametrize(("text", "verdict", "rule"), CASES)
def test_each_phrasing_gets_its_verdict_and_rule(text, verdict, rule):
    result = review(text)
    rules = [reason.rule for reason in result.reasons]
    assert result.verdict == verdict, f"{text!r}: {result.verdict} {rules}"
    if rule:
        assert rule in rules, f"{text!r}: expected {rule}, got {rules}"
    else:
        assert rules == []


def test_the_table_covers_every_rule_with_dozens_of_examples():
    per_rule = {}
    for _text, _verdict, rule in CASES:
        per_rule[rule] = per_rule.get(rule, 0) + 1
    assert set(per_rule) == {
        None,
        "job_ask",
        "basic_research",
        "own_pay",
        "interview_question",
        "mentor_ask",
        "too_personal",
        "closed",
        "vague",
        "several_questions",
    }
    assert min(per_rule.values()) >= 20, per_rule
    assert per_rule[None] >= 50


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.key)
def test_every_bank_question_reviews_as_ok(question):
    result = review(question.text)
    assert result.verdict == OK, f"{question.text!r}: {[r.rule for r in result.reasons]}"


def test_every_reason_explains_itself_and_offers_a_better_way():
    for text, _verdict, _rule in CASES:
        for reason in review(text).reasons:
            assert reason.message.endswith(".") and len(reason.message) > 30, reason
            assert reason.suggestion, reason


def test_a_closed_question_gets_an_open_rewrite_of_its_own_words():
    reason = review("Do you like your job?").reasons[0]
    assert reason.rule == "closed"
    assert "What do you enjoy most about your job?" in reason.suggestion
    advice = review("Do you have any tips for someone starting out?").reasons[0]
    assert "What advice would you give to someone starting out?" in advice.suggestion
    assert review("What do you enjoy most about your job?").verdict == OK  # the rewrite itself is fine


def test_a_choice_between_two_things_is_not_a_yes_no_question():
    assert review("Did you study design or engineering first?").verdict == OK
    assert review("Did you study design first?").verdict == WEAK


def test_the_worst_reason_decides_and_comes_first():
    result = review("Do you have any openings, and how much do you make?")
    assert result.verdict == AVOID
    assert result.reasons[0].rule in {"job_ask", "own_pay"}
    assert {r.rule for r in result.reasons} == {"job_ask", "own_pay", "several_questions"}


def test_curly_quotes_and_odd_spacing_read_like_plain_ones():
    assert review("What\u2019s   your salary?").verdict == AVOID
    assert review("  Any   openings on your   team?  ").verdict == AVOID


def test_nothing_at_all_is_weak_and_says_so():
    for text in ("", "   ", "?", "\x00"):
        result = review(text)
        assert result.verdict == WEAK and result.reasons[0].rule == "vague"


def test_the_json_shape():
    assert review("Are you hiring?").as_dict() == {
        "text": "Are you hiring?",
        "verdict": "avoid",
        "reasons": [
            {
                "rule": "job_ask",
                "message": review("Are you hiring?").reasons[0].message,
                "suggestion": review("Are you hiring?").reasons[0].suggestion,
            }
        ],
    }


@settings(deadline=None)  # a loaded machine is not a failure
@given(st.text(max_size=400))
def test_any_text_gets_a_verdict(text):
    result = review(text)
    assert result.verdict in (OK, WEAK, AVOID)
    assert (result.verdict == OK) == (not result.reasons)


@settings(deadline=None)  # a loaded machine is not a failure
@given(
    st.lists(st.sampled_from([c[0] for c in CASES] + ["and", "or", "?", "you", "your job", "\n"]), max_size=8)
)
def test_any_mix_of_phrasings_gets_a_verdict(words):
    result = review(" ".join(words))
    assert result.verdict in (OK, WEAK, AVOID)


def test_precision_and_recall_on_the_held_out_set_stay_at_least_0_9():
    from coffeechat.questions.tests.reviewer_holdout import HOLDOUT

    pairs = [(verdict, review(text).verdict) for text, verdict in HOLDOUT]
    for label in (AVOID, OK):
        hits = sum(1 for want, got in pairs if want == got == label)
        precision = hits / sum(1 for _w, got in pairs if got == label)
        recall = hits / sum(1 for want, _g in pairs if want == label)
        assert precision >= 0.9 and recall >= 0.9, (label, precision, recall)
