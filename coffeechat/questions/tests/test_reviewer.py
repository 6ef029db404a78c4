"""The question reviewer: a table of real phrasings per rule, the bank, and any text at all."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coffeechat.questions.bank import QUESTIONS
from coffeechat.questions.reviewer import AVOID, OK, WEAK, review
from coffeechat.questions.tests.reviewer_cases import CASES
from coffeechat.questions.tests.reviewer_variants import VARIANTS


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


# Questions beyond the table that fire the rest of the rules (an empty text, one too long, pay asked bare).
_MORE = [" ", "What is " + "the thing I would like to know about " * 5 + "?", "What about salary?"]
_NO_INDUSTRY = {"company": "Plainfield Works", "role": "Engineer", "industry": "", "host_first_name": "Pat"}
_INDUSTRY = {**_NO_INDUSTRY, "industry": "science museums"}


@pytest.mark.parametrize("values", [_NO_INDUSTRY, _INDUSTRY, {}], ids=["no-industry", "industry", "no-chat"])
def test_no_try_text_shows_a_raw_placeholder(values):
    # Guards against "Try: … someone entering {industry}?" on the plan page.
    rules, tries = set(), set()
    for text in [*(text for text, _verdict, _rule in CASES), *_MORE]:
        for reason in review(text, values).reasons:
            rules.add(reason.rule)
            tries.add(reason.suggestion)
            assert not re.search(r"\{\w+\}", reason.suggestion), (text, reason.suggestion)
    assert rules >= {*_RULES_WITH_A_TRY}, rules - set(_RULES_WITH_A_TRY)  # every built-in "Try:" was seen
    if values.get("industry"):
        assert any("science museums" in t for t in tries)
        assert not any("your field" in t for t in tries)
    else:
        assert any("entering your field?" in t for t in tries)
    if values.get("company"):
        assert any("I read that Plainfield Works is growing" in t for t in tries)


_RULES_WITH_A_TRY = (
    "job_ask",
    "basic_research",
    "own_pay",
    "interview_question",
    "mentor_ask",
    "too_personal",
    "closed",
    "vague",
    "several_questions",
    "too_long",
)


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


def test_a_question_too_long_to_follow_is_weak():
    background = "I spent four years in retail, then took a data course at night, and I keep reading " * 2
    result = review(background + "what would you do in my place?")
    assert result.verdict == WEAK
    assert "too_long" in [r.rule for r in result.reasons]
    assert review("What would you do in my place if you had four years in retail and a data course?").ok


@settings(deadline=None)  # a loaded machine is not a failure
@given(st.lists(st.sampled_from(["what", "project", "taught", "you", "most", "{industry}"]), min_size=36))
def test_no_question_of_more_than_35_words_is_ok(words):
    assert review(" ".join(words) + "?").verdict != OK


def test_a_tag_or_a_presumption_makes_a_yes_no_question():
    for text in ("You must love working here, right?", "The hours are long, aren't they?", "I bet it's fun?"):
        assert [r.rule for r in review(text).reasons] == ["closed"], text
    assert review("What do people get wrong about {industry}, and what is true?").verdict != AVOID


def test_the_closing_asks_method_recommends_are_ok():
    for text in (
        "Would it be alright if I followed up with you in a few weeks?",
        "Could I get your business card?",
        "Can I stay in touch as I explore the field?",
    ):
        assert review(text).ok, text
    assert review("Can I stay in touch in case a job opens up?").verdict == AVOID  # still a job ask
    assert review("Could I get your opinion of bootcamps?").verdict == WEAK  # not a closing ask: yes/no


def test_a_question_naming_no_subject_is_vague():
    empty = ("What are your thoughts?", "How's everything?", "Thoughts on the field?", "What's that like?")
    for text in empty:
        assert [r.rule for r in review(text).reasons] == ["vague"], text
    assert review("What do you like about your job?").ok  # "like" and "job" alone do not make it empty


def test_pay_and_benefits_are_the_hosts_unless_the_question_is_about_the_field():
    for text in ("How much PTO does {company} give you?", "What's your base plus bonus these days?"):
        assert "own_pay" in [r.rule for r in review(text).reasons], text
    assert review("What salary range is realistic for a first role in {industry}?").ok
    assert review("How do you think about equity when joining a startup?").ok


def _precision_recall(labelled, label):
    pairs = [(want, review(text).verdict) for text, want, _why in labelled]
    hits = sum(1 for want, got in pairs if want == got == label)
    predicted = sum(1 for _w, got in pairs if got == label)
    return hits / predicted, hits / sum(1 for want, _g in pairs if want == label)


def test_the_fresh_set_stays_at_its_measured_level():
    # A regression guard, not a measure: FRESH was used to improve the rules after its first run (avoid
    # precision 0.971 recall 0.472, ok precision 0.653 recall 0.955), so 1.0 here is in-sample. The
    # honest out-of-sample figure is the single first run of FRESH_2, recorded in bench/README.md.
    from coffeechat.questions.tests.reviewer_fresh import FRESH

    for label in (AVOID, OK):
        precision, recall = _precision_recall(FRESH, label)
        assert precision >= 1.0 and recall >= 1.0, (label, precision, recall)


def test_the_second_fresh_set_stays_at_its_measured_level():
    # A regression guard, not a measure: FRESH_2's single out-of-sample run (avoid precision 1.000
    # recall 0.308, ok precision 0.722 recall 1.000; bench/README.md) came before the rules were
    # improved on its misses, so 1.0 here is in-sample. FRESH_3 holds the newer out-of-sample run.
    from coffeechat.questions.tests.reviewer_fresh import FRESH_2

    for label in (AVOID, OK):
        precision, recall = _precision_recall(FRESH_2, label)
        assert precision >= 1.0 and recall >= 1.0, (label, precision, recall)


def test_a_yes_no_request_for_hiring_is_a_job_ask_and_an_open_question_about_it_is_not():
    for text in (
        "Would your team have room for someone with my experience?",
        "Is your company taking on graduates this year?",
        "Can you keep an eye out for roles that might suit me?",
    ):
        assert "job_ask" in [r.rule for r in review(text).reasons], text
    assert review("What gets junior applicants noticed in {industry}?").ok
    assert review("Could you tell me about the roles on your team?").ok
    for text in (
        "Do you think someone like me could get a job in {industry}?",
        "Is my background a fit for roles?",
    ):
        assert [r.rule for r in review(text).reasons] == ["closed"], text  # the host's view, not a request


def test_the_third_fresh_set_stays_at_its_level_since_the_cue_rules():
    # FRESH_3's single out-of-sample run with the phrase rules was avoid precision 1.000 recall 0.346, ok
    # precision 0.714 recall 0.962 (bench/README.md). The guard was raised, not lowered, when the cue rules
    # (cues.py) came in: 1.000 / 1.000 and 1.000 / 0.962. FRESH_3 is no longer a clean measure: its misses
    # were listed in bench/README.md and read before the cue rules were written, and it was run after each
    # change as a check (its last avoid miss was caught by a wider rule written for another row; its one
    # remaining miss was left alone). FRESH_4 is the next honest figure.
    from coffeechat.questions.tests.reviewer_fresh import FRESH_3

    floors = {AVOID: (1.0, 1.0), OK: (1.0, 0.96)}
    for label, (min_precision, min_recall) in floors.items():
        precision, recall = _precision_recall(FRESH_3, label)
        assert precision >= min_precision and recall >= min_recall, (label, precision, recall)


def test_the_fourth_fresh_set_stays_at_its_single_out_of_sample_run():
    # FRESH_4 was written blind and measured once on the cue rules: avoid precision 0.964 recall 0.946, ok
    # precision 0.923 recall 0.968 (53/55, 53/56, 60/65, 60/62; bench/README.md lists its misses, left
    # as they are). A regression guard at that level, not a target to tune towards.
    from coffeechat.questions.tests.reviewer_fresh import FRESH_4

    floors = {AVOID: (0.964, 0.946), OK: (0.923, 0.968)}
    for label, (min_precision, min_recall) in floors.items():
        precision, recall = _precision_recall(FRESH_4, label)
        assert precision >= min_precision - 1e-3 and recall >= min_recall - 1e-3, (label, precision, recall)


@pytest.mark.parametrize(("text", "verdict", "rule"), VARIANTS)
def test_each_variant_of_a_concept_gets_its_verdict_and_rule(text, verdict, rule):
    # Written one concept at a time before the cue rules; every one passes now (the phrase rules alone
    # had avoid recall 0.500 and ok precision 0.606 on them).
    test_each_phrasing_gets_its_verdict_and_rule(text, verdict, rule)


@pytest.mark.parametrize(
    ("name", "floors"),
    [
        # Single runs before each was used (bench/README.md): PROBE_2 avoid P 1.000 R 0.559, ok P 0.731
        # R 0.974; PROBE_3 0.963 / 0.684, 0.875 / 0.980; PROBE_4 1.000 / 0.731, 0.793 / 1.000; PROBE_5
        # 0.333 / 1.000 (one avoid in 40), 1.000 / 0.947; PROBE_6 1.000 / 0.784, 0.769 / 1.000; PROBE_7
        # 0.857 / 0.720, 0.920 / 0.920; PROBE_8 1.000 / 0.462, 0.741 / 1.000; PROBE_9 1.000 / 0.559,
        # 0.600 / 1.000; PROBE_10 1.000 / 0.808, 0.818 / 1.000; PROBE_11 1.000 / 0.591, 0.556 / 1.000;
        # PROBE_12 0.955 / 0.808, 0.810 / 0.944; PROBE_13 1.000 / 0.808, 0.867 / 1.000; PROBE_14 1.000 /
        # 0.846, 0.867 / 1.000. In-sample now: these floors guard the fixes.
        ("PROBE_2", {AVOID: (1.0, 0.96), OK: (0.95, 0.97)}),
        ("PROBE_3", {AVOID: (1.0, 0.97), OK: (0.98, 1.0)}),
        ("PROBE_4", {AVOID: (1.0, 0.96), OK: (1.0, 1.0)}),
        ("PROBE_5", {AVOID: (1.0, 1.0), OK: (1.0, 1.0)}),
        ("PROBE_6", {AVOID: (1.0, 1.0), OK: (1.0, 1.0)}),
        ("PROBE_7", {AVOID: (1.0, 1.0), OK: (1.0, 1.0)}),
        ("PROBE_8", {AVOID: (1.0, 1.0), OK: (1.0, 1.0)}),
        ("PROBE_9", {AVOID: (1.0, 0.97), OK: (1.0, 1.0)}),
        ("PROBE_10", {AVOID: (1.0, 1.0), OK: (1.0, 1.0)}),
        ("PROBE_11", {AVOID: (1.0, 0.95), OK: (0.9, 1.0)}),
        ("PROBE_12", {AVOID: (1.0, 1.0), OK: (1.0, 1.0)}),
        ("PROBE_13", {AVOID: (1.0, 0.96), OK: (0.96, 1.0)}),
        ("PROBE_14", {AVOID: (1.0, 1.0), OK: (1.0, 1.0)}),
    ],
)
def test_the_probe_sets_stay_at_their_level(name, floors):
    from coffeechat.questions.tests import reviewer_variants

    for label, (min_precision, min_recall) in floors.items():
        precision, recall = _precision_recall(getattr(reviewer_variants, name), label)
        assert precision >= min_precision and recall >= min_recall, (name, label, precision, recall)


def test_a_hiring_word_alone_does_not_make_a_job_ask():
    for text in (
        "What does your job involve on a normal Tuesday?",
        "What do recruiters in {industry} notice first on a résumé?",
        "How do referrals usually work at companies like yours?",
        "What would you look for if you were hiring a junior {role}?",
        "Could you suggest a good way for me to practise case interviews?",
        "What salary questions should I be ready for when I start applying in {industry}?",
        # An open question naming the asker and the host's company asks for advice.
        "What would make my application stand out at {company}?",
        "What does {company} offer new grads like me?",
        "Could you share a few posts about {industry} with me?",
    ):
        assert review(text).ok, (text, [r.rule for r in review(text).reasons])
    for text in (
        "any chance u could forward my cv to ur recruiter?",
        "Is there room on your team for another junior developer like me?",
        "I'd love to be considered for the next graduate intake, could you help?",
        "Could you tell your hiring manager about me?",
    ):
        assert [r.rule for r in review(text).reasons][0] == "job_ask", text


def test_a_reason_quotes_the_words_it_went_by():
    message = review("Would you be up for referring me when the next cohort opens?").reasons[0].message
    assert "“referring me”" in message
    assert "“what's your salary”" in review("What\u2019s your salary?").reasons[0].message.lower()


# Frames crossed with topics: the same request put many ways must land the same.
_ASKING = [
    "Could you",
    "Would you be willing to",
    "Any chance you could",
    "Is there any way you could",
    "I was wondering if you could",
    "Would it be possible to",
    "Can you please",
    "Do you think you could",
    "pls could u",
    "Would you be open to",
    "Might you be able to",
]
_JOB_ASKS = [
    "refer me for the open role",
    "pass my resume to your recruiter",
    "put in a good word for me with HR",
    "get me an interview on your team",
    "let me know if a spot opens up on your team",
    "consider me for an internship at {company}",
    "forward my portfolio to the hiring manager",
    "keep me in mind for junior roles",
    "recommend me for the analyst position",
    "introduce me to whoever is hiring on your team",
    "help me land a job at {company}",
    "vouch for me when I apply",
    "flag my application to the recruiter",
    "be a reference for me",
    "find me a placement with your team",
]
_TELL_ME = [
    "Could you tell me",
    "Can you explain to me",
    "Would you walk me through",
    "Could you help me understand",
    "Can you give me a sense of",
    "Would you share with me",
    "I would love to hear",
    "Could you describe for me",
    "I was wondering if you could tell me",
    "Can I ask",
]
_HIRING_TOPICS = [
    "how hiring works at {company}",
    "what recruiters at your company look for",
    "how applications are reviewed on your team",
    "what interviews at your firm are like",
    "how referrals work at {company}",
    "what a good resume looks like for your team",
    "how internships at your company are structured",
    "how your team decides on new roles",
    "what the hiring pipeline looks like here",
    "how offers are made at {company}",
    "how people on your team got their jobs",
    "what the interview process was like for you",
    "how your team onboards new hires",
    "what salary ranges look like for juniors in {industry}",
    "how you got your first job",
]


def test_a_job_ask_is_one_in_every_polite_frame():
    for asking in _ASKING:
        for ask in _JOB_ASKS:
            result = review(f"{asking} {ask}?")
            assert result.verdict == AVOID and result.reasons[0].rule == "job_ask", (asking, ask, result)


def test_asking_to_be_told_about_hiring_is_not_a_job_ask():
    for asking in _TELL_ME:
        for topic in _HIRING_TOPICS:
            result = review(f"{asking} {topic}?")
            assert result.ok, (asking, topic, [r.rule for r in result.reasons])


def test_a_question_inside_a_polite_frame_is_read_like_the_plain_one():
    for text, rule in (
        ("Can you tell me what {company} does?", "basic_research"),
        ("Could you explain what your company does?", "basic_research"),
        ("Can you tell me how many employees {company} has?", "basic_research"),
        ("I'd love to know when {company} was founded.", "basic_research"),
        ("Could you tell me where {company} is based?", "basic_research"),
        ("Can I ask how much you make?", "own_pay"),
        ("Would you mind telling me your salary?", "own_pay"),
        ("Can I ask if you're married?", "too_personal"),
        ("Could you tell me where you live?", "too_personal"),
    ):
        result = review(text)
        assert result.verdict == AVOID and rule in [r.rule for r in result.reasons], (text, result)
    for text in (
        "Could you tell me what your team does when a launch slips?",
        "Can I ask how you decided to leave consulting?",
        "I'd love to know what {company} does differently from its rivals.",
        "Could you explain what you enjoy most about your work?",
    ):
        assert review(text).ok, (text, [r.rule for r in review(text).reasons])


def test_a_statement_ending_in_its_question_word_and_a_question_of_a_word_or_two():
    for text, rule in (
        ("{company} was founded when?", "basic_research"),
        ("So {company} makes what exactly?", "basic_research"),
        ("{company} is based where?", "basic_research"),
        ("Kids?", "too_personal"),
        ("Married?", "too_personal"),
        ("Hiring?", "job_ask"),
        ("Need an intern?", "job_ask"),
        ("Good pay?", "own_pay"),
    ):
        result = review(text)
        assert result.verdict == AVOID and rule in [r.rule for r in result.reasons], (text, result)
    for text in ("Career?", "Advice", "Thoughts?", "Typical salary in {industry}?"):
        assert review(text).verdict != AVOID, text


# Good questions in many shapes, several naming hiring, the asker and the host's company together.
_GOOD = [
    "Tell me about the project you're proudest of.",
    "I'd love to hear how you got into {industry}.",
    "Could you walk me through your typical week?",
    "What surprised you most about working at {company}?",
    "How do you see {industry} changing in the next few years?",
    "What would you do differently if you started over?",
    "Which skills do you use every day?",
    "What's the best advice you've been given?",
    "How do you decide what to prioritise each week?",
    "What does success look like in your role?",
    "How did you make the jump from school to your first job?",
    "What do you wish more people knew about your work?",
    "Who else do you think I should talk to?",
    "What resources would you recommend for learning more?",
    "What's a common mistake newcomers make?",
    "How does your team collaborate with others?",
    "What kind of problems do you solve most often?",
    "What keeps you excited about this field?",
    "How has your role evolved since you joined {company}?",
    "What was the most important lesson from your first job?",
    "If you were hiring for a junior role, what would stand out to you?",
    "What are the biggest challenges facing {industry} right now?",
    "How do you stay on top of changes in your field?",
    "What advice would you give someone switching careers?",
    "How did your education prepare you for this job?",
    "How did you find your current role?",
    "What's a typical career path look like from here?",
    "What questions should I be asking myself before choosing this path?",
    "How do you handle tight deadlines?",
    "What's your favourite project you've worked on?",
    "How important is networking in {industry}?",
    "Could you suggest some people I should contact?",
    "May I follow up with you in a few weeks?",
    "What's the culture like on your team?",
    "How do new ideas get adopted at {company}?",
    "What part of your job would surprise an outsider?",
    "What do you look for when you promote someone?",
    "How did the pandemic change the way your team works?",
    "What's one thing you'd change about {industry}?",
    "What are people at {company} most proud of?",
    "How do you measure your own progress?",
    "What certifications, if any, made a difference for you?",
    "Which companies do you think are doing interesting work?",
    "How do clients usually find {company}?",
    "What does a great first year look like for someone new to your team?",
    "How do interns usually contribute on your team?",
    "What's a realistic timeline for moving up in this field?",
    "How long did it take you to feel confident in your role?",
    "What does your manager expect from you day to day?",
    "How should I talk about my gap year when I meet recruiters at firms like {company}?",
    "What would you look for in my portfolio if I were applying to a team like yours?",
    "Which of my projects would interest hiring managers in {industry}?",
    "How did your team decide on the last person it hired?",
    "What would you tell me to read before interviewing anywhere in {industry}?",
    "What kind of roles could someone with my background grow into?",
    "Where could someone like me find entry-level roles in {industry}?",
    "How do I know if I'm ready to apply for senior roles?",
    "What mistakes should I avoid in my first job?",
    "Which internships would you recommend for someone like me?",
    "How should I follow up after meeting you today?",
    "What's the best way for me to keep learning about your field?",
    "What should I put on my resume to show I can code?",
    "What do you think my biggest gap is for roles in {industry}?",
    "How did you get your foot in the door?",
    "What's one thing I could do this month to get closer to a role like yours?",
    "Who on your team would be good to talk to about their path?",
    "What questions do you wish candidates asked you in interviews?",
    "How could I use my teaching experience in {industry}?",
    "Would you share what helped you most in your first year?",
    "Could you recommend a course for someone like me?",
    "What kinds of positions open up most often in {industry}?",
    "How often does your team hire juniors, roughly?",
    "What made your application stand out when you joined {company}?",
    "How did you prepare for the interview at {company}?",
    "How do I find out about openings before they're posted?",
    "How do you keep your team motivated without big bonuses?",
    "How does your team think about pricing for clients?",
    "What did you learn from negotiating with clients on your rates?",
    "How do you decide how much time to spend on each project?",
    "How do you handle clients who won't pay on time?",
    "What kind of benefits do your clients get from your work?",
    "How do you balance quality and cost on your projects?",
    "How does {company} decide which projects get budget?",
    "How did you pay for your training when you switched careers?",
    "What do your clients usually pay for first?",
    "How do you think about the value of equity in a startup offer?",
    "How do you explain the value of your work to people who pay for it?",
    "What did your first manager do that you still copy?",
    "How do you keep your skills current while working full-time?",
    "How do you handle your workload during peak season?",
    "What did your family background teach you about work?",
    "How did your upbringing influence your career choice?",
    "How do you keep healthy habits with a demanding schedule?",
    "Who in your life pushed you toward {industry}?",
    "How has working from home changed your day?",
    "Where do you do your best thinking at work?",
    "What's the story of how your team was formed?",
    "How does your company's size help or hurt your work?",
    "What do people get wrong about {company}'s products?",
    "Which competitor do you respect most, and why?",
    "How does {company} make decisions about where to open offices?",
    "What's the biggest thing {company}'s customers ask for?",
    "How did you get into healthcare?",
    "What's it like working in health care as a designer?",
    "How does your team use third-party tools?",
    "How does your team vote on priorities?",
    "How is {industry} changing in the age of AI?",
    "How was {company} born, as you tell the story?",
    "What do you think of the health tech space?",
    "How do you marry creativity with tight deadlines?",
    "What do you enjoy about designing products for kids?",
    "How do you rate the tools you use day to day?",
    "What does your team's release pipeline look like?",
    "What packages or libraries do you use most?",
    "What options did you weigh before choosing {industry}?",
    "How do you handle your expenses when travelling for clients?",
    "How do you decide what to leave out of a project?",
    "Which stock photo sites does your team use?",
    "How do you share knowledge across your team?",
    "What tips would you give someone starting out?",
    "How much room for creativity is there in your job?",
    "What's a good place to start learning about {industry}?",
    "How did you find your place on the team?",
    "Where do you see the biggest opportunities in {industry}?",
    "What did your first performance review teach you?",
    "What do you wish you had known about the job market when you graduated?",
    "How does your team decide who gets which spot on a project?",
    "What does an ideal week look like for you?",
    "How do you stay in touch with people you meet at conferences?",
    "How often do you meet with your own mentor?",
    "What did you learn from mentoring junior people every week?",
    "How do you decide which applications to reply to?",
    "What's the best book on negotiation you've read?",
    "How has your relationship with your work changed over time?",
    "How do you keep your team healthy during crunch?",
    "What do your days look like when you're on call?",
    "What did you get out of your internship?",
    "How did you get your current role?",
    "Which benefits of working remotely surprised you?",
    "What's the biggest benefit of working at a small firm?",
    "How do you get buy-in from your boss for new ideas?",
    "What kind of insurance products does your team build?",
    "How do you deal with technical debt on your team?",
    "What reference books do you keep on your desk?",
    "What would you recommend I read first?",
    "How do you interview customers for research?",
    "When you hire contractors, what do you look for?",
    "How do you apply design thinking in your work?",
    "What applications does your team rely on most?",
    "What's {company}'s position in the market, from your view?",
    "What does your team offer other departments?",
    "How do you open a conversation with a new client?",
    "What role does data play in your work?",
    "What kind of clients do you work for?",
    "What's the best place to find good case studies?",
    "How do you spot talent early?",
    "What do interns learn on your team?",
    "How does {company} handle third-party risk?",
    "How has the age of your codebase affected your work?",
    "How was your team's current process born?",
    "What's the oldest tool you still use, and why?",
    "What is it like designing apps for kids?",
    "How did growing up in a family business shape your career?",
    "How do you keep faith in a project when it struggles?",
    "How do you decide whether to rent or buy equipment for your team?",
    "What does your team do with user feedback?",
    "How do you measure the health of your product?",
    "What do you love about your job?",
    "How do you make time for learning on the job?",
    "What made you want to work for {company}?",
    "How did you get your first promotion?",
    "What's the most common reason people leave {industry}?",
    "How do you handle conflict on your team?",
    "What advice would you give me about building a portfolio?",
    "What are the typical career steps after a junior role?",
    "How much of your job is writing?",
    "How much do you travel for work, typically?",
    "How many meetings do you have in a typical week?",
    "What would make someone a great hire for your team, in your view?",
    "What kinds of roles exist on a team like yours?",
    "How do you prepare for a big presentation?",
    "How do people on your team usually get their first promotion?",
    "What does a great application for an internship in {industry} include?",
    "How did your team find its last few hires?",
    "What makes someone stand out when they apply to a firm like yours?",
    "How would you suggest I approach recruiters at companies like {company}?",
    "What does {company}'s history tell you about where it's heading?",
    "What does the workforce in {industry} look like these days?",
    "What surprised you about {company}'s board-level decisions?",
    "How does {company} decide which regions to grow in?",
    "How do apprenticeships work in {industry}?",
    "What's the best way to find out about openings in {industry}?",
    "How did you handle the job search while still at university?",
    "How long did your own job search take?",
    "Which skills got you noticed when you applied to {company}?",
    "What do hiring managers at firms like yours look for in a junior?",
    "How did your pay expectations change as you gained experience in {industry}?",
    "What should I know about negotiating a first salary in {industry}?",
    "How do startups in {industry} usually handle equity for early employees?",
    "What did you learn from your biggest failure early on?",
    "How do you know when you are doing good work?",
    "How do you give feedback to people you mentor?",
    "How did a mentor change the course of your career?",
    "How do you keep a good relationship with your manager?",
    "What's the best way to stay in touch with people I meet today?",
    "How do people in {industry} balance family and long hours?",
    "How has the immigration of talent changed hiring in {industry}?",
    "How do you look after your team's mental health during crunch?",
    "What did your education give you that you still use?",
    "How did growing up in a small town shape your career?",
    "How do you think about working for a company whose values match yours?",
    "What's the most challenging part of managing people?",
    "How do you handle pressure in your role?",
    "What led you to join {company}?",
    "What would you do differently in your career if you could?",
    "How do you keep a healthy work-life balance in this job?",
    "How do people move between teams at {company}?",
    "How much coding does your job involve?",
    "How does {company} approach remote work?",
    "How important were connections when you got started?",
    "What backgrounds do people in {industry} usually have?",
    "How would you describe the culture on your team?",
    "What qualifications matter most for this work?",
    "Where do you see job growth in {industry}?",
    "What would you weigh when deciding where to live for this career?",
    "Could you walk me through a typical week on your team?",
    "Which skills have become more important in {industry} lately?",
]


@pytest.mark.parametrize("text", _GOOD)
def test_good_questions_in_many_shapes_stay_ok(text):
    result = review(text)
    assert result.ok, [(r.rule, r.message) for r in result.reasons]


# Each avoid concept asked in the plain ways people ask it (written in one go, then every miss fixed).
_PLAIN_ASKS = {
    "job_ask": [
        "Could you send my resume along to the right people?",
        "Can you help me get a foot in the door at your company?",
        "Is there any chance of an internship with your team?",
        "Would you consider recommending me for a position?",
        "Could you let me know when {company} is hiring again?",
        "Can you put me in touch with your hiring manager?",
        "Do you have any roles I could apply for?",
        "Would your team be interested in someone like me?",
        "Could you help me get hired?",
        "Are you able to refer people for roles at {company}?",
        "I'd really appreciate a referral if you're comfortable.",
        "Will you mention me to your boss?",
        "Is your company open to interns right now?",
        "Any entry-level jobs on your team?",
        "Do you know of anything I could apply to at {company}?",
        "Could you check if there's a vacancy for me?",
        "What would I need to do to get hired on your team?",
        "Would you help me get an interview?",
        "Can I count on your support for my application?",
        "Who should I email about jobs at {company}?",
        "Might your team need a junior designer soon?",
        "Can I apply to your team directly through you?",
        "Could you ask HR about openings for me?",
        "Would you put a word in with your manager for me?",
        "Is {company} taking on any new graduates?",
        "Could you look out for roles for me at {company}?",
        "Would you be willing to forward my application?",
        "Can I submit my CV to you?",
        "Please consider me for any openings.",
        "Do you have an open position I could fill?",
    ],
    "own_pay": [
        "What's your annual salary?",
        "How much did you earn last year?",
        "What are you paid at {company}?",
        "How much do they pay you?",
        "Is your pay good?",
        "What kind of raise did you get this year?",
        "How much equity do you have?",
        "Do you get stock at {company}?",
        "How much is your pension contribution?",
        "How many days of annual leave do you get?",
        "What does your benefits package include?",
        "Do you get paid for overtime?",
        "How much is your bonus usually?",
        "Are you paid more than your peers?",
        "How much do you make per hour?",
        "What perks do you get at {company}?",
        "Do you get health insurance through {company}?",
        "How much paid leave do you get?",
        "What did you negotiate for your salary?",
        "What's your total compensation these days?",
    ],
    "basic_research": [
        "What does {company} actually do?",
        "What does your company sell?",
        "What services does {company} provide?",
        "How many employees work at {company}?",
        "How big is {company} in terms of staff?",
        "Where is {company}'s headquarters?",
        "Where is your main office?",
        "When was your company founded?",
        "How old is your company?",
        "Who runs {company}?",
        "Who is the head of {company}?",
        "Is {company} a public company?",
        "Is {company} privately owned?",
        "How much revenue does {company} make?",
        "What's {company}'s annual revenue?",
        "What industry does {company} work in?",
        "Who are your main competitors?",
        "Who are {company}'s customers?",
        "What countries does {company} operate in?",
        "How many offices does your firm have?",
    ],
    "interview_question": [
        "What is your greatest strength?",
        "What are your biggest weaknesses?",
        "Where do you see yourself in five years?",
        "Why should {company} have hired you?",
        "What makes you a good fit for your role?",
        "Tell me about a time you made a mistake.",
        "Describe a situation where you showed leadership.",
        "What is your biggest achievement?",
        "How would your boss describe you?",
        "Why did you leave your last job?",
        "What are your long-term goals?",
        "What would you do if you disagreed with your manager?",
        "Where do you want to be in ten years?",
        "What's your five year plan?",
        "Why should I hire you for this?",
    ],
    "mentor_ask": [
        "Would you be willing to mentor me?",
        "Can you be my mentor?",
        "Could you mentor me over the next year?",
        "Would you coach me through my job search?",
        "Could we have regular check-ins?",
        "Would you be my career adviser?",
        "Could I come to you for advice regularly?",
        "Would you like to be my mentor?",
        "Can I have you as a mentor?",
        "Could you guide me on an ongoing basis?",
    ],
    "too_personal": [
        "Are you married?",
        "Do you have any children?",
        "How old are you now?",
        "What religion do you practise?",
        "Who did you vote for last time?",
        "Where do you live exactly?",
        "How much do you pay in rent?",
        "Are you in a relationship?",
        "Do you have any health conditions?",
        "What is your sexual orientation?",
        "How much is your house worth?",
        "Are you planning a family?",
        "How much money do you have saved?",
        "What's your political affiliation?",
        "Did you get divorced?",
        "Are you religious at all?",
        "Do you have a spouse?",
        "Is your wife employed?",
        "How much debt do you have?",
        "What does your partner do for a living?",
    ],
}


_EVEN_MORE_ASKS = {
    "own_pay": [
        "Are you earning more now than in your last job?",
        "How much of a pay cut did you take to join a startup?",
        "What's the going rate they pay you for overtime?",
        "Did {company} match your previous salary?",
        "What kind of stock refreshers do you get?",
        "How much do they give you for your pension?",
        "Is your salary public within the company?",
        "How does your pay stack up against your friends'?",
    ],
    "interview_question": [
        "What would you say is your greatest professional failure?",
        "Why do you think you're good at your job?",
        "How would you rate your own performance this year?",
        "What's a time you showed initiative?",
        "If you were an interviewer, why would you hire yourself?",
        "How would your team describe your weaknesses?",
    ],
    "mentor_ask": [
        "Could you be someone I check in with as I build my career?",
        "Would you be up for being my informal mentor?",
        "Could we make this a regular thing so you can guide me?",
        "Would you be open to me reaching out regularly for advice?",
        "Can I come to you whenever I need career advice?",
    ],
    "too_personal": [
        "How did you and your husband meet?",
        "Are you close to your family?",
        "Do you have a religion?",
        "Are you on the left or the right politically?",
        "What's your take on immigration policy?",
        "How is your mental health?",
        "Do you own or rent your place?",
        "What's your home situation like?",
        "Did you grow up poor?",
    ],
}
_LAST_ASKS = {
    "job_ask": [
        "Would you keep an eye on the careers page for me?",
        "Could you mention to your team that I'm available?",
        "What are the chances of you taking me on?",
        "Any chance of a work placement with you over the summer?",
        "Could your team use an extra pair of hands?",
        "Is there any way I could work alongside you?",
        "Would you speak to your manager on my behalf?",
        "Do you take on apprentices? I'd be keen.",
        "Could you make sure my application gets seen?",
        "Can I send you my details for any future roles?",
        "Might you know of an opening that suits my background?",
        "Could you pass my info to whoever handles graduate hiring?",
        "Could you get me a meeting with your hiring manager?",
        "Would you be willing to put me up for the role?",
        "Is your firm looking for juniors at the moment?",
        "Are there vacancies in your department?",
        "I'm looking for work — can you help?",
        "Can I ask you to be a referee for me?",
        "Do you have budget to bring on an intern?",
        "How do I get on your radar for future openings?",
    ],
    "basic_research": [
        "How large is {company}'s workforce?",
        "What's the history of {company}?",
        "Is {company} still run by its founders?",
        "What sort of products does {company} make?",
        "Which regions does {company} cover?",
        "When did {company} become a public company?",
        "Who are the people on {company}'s board?",
        "What is the main business of {company}?",
        "How long has {company} been in business?",
    ],
}
_STILL_MORE_ASKS = {
    "job_ask": [
        "Would you consider bringing me in for a chat with your manager about a role?",
        "Is it possible to get a referral through you?",
        "Are you in a position to hire me?",
        "Could I do a trial project for your team?",
        "Can you pass on my portfolio link?",
        "Would you tell me if anything comes up?",
        "Can you share my LinkedIn with your recruiting team?",
        "Would you write a reference for my application?",
        "Is there anyone at {company} who could interview me?",
        "What would it take to get a role with you?",
    ],
    "own_pay": [
        "How much do people pay you for your work?",
        "What do you bring in each year?",
        "How much do you earn compared to your friends?",
        "Are you well compensated at {company}?",
        "Have you had a pay rise recently?",
        "Do you earn more than you did at your last job?",
    ],
    "basic_research": [
        "What's the name of {company}'s parent company?",
        "How many branches does your firm run?",
        "When did your company launch?",
        "What's {company}'s stock ticker?",
        "Where's {company}'s main base?",
        "How much is {company} worth?",
    ],
    "interview_question": [
        "What's your biggest flaw as a colleague?",
        "Why would a company pick you?",
        "What are you best at and worst at?",
        "If I asked your boss about you, what would they say?",
    ],
    "mentor_ask": [
        "Could you be my coach through this job search?",
        "Will you advise me over the next year?",
        "Can we keep meeting like this every month?",
    ],
    "too_personal": [
        "Are you dating anyone?",
        "How old is your wife?",
        "What's your health been like lately?",
        "Which political party do you belong to?",
        "Have you ever been in therapy?",
    ],
}
_MORE_ASKS = {
    "job_ask": [
        "Would you be open to forwarding my cover letter to your director?",
        "Could you nudge HR to look at my file?",
        "Could you fast-track me through the process?",
        "Can I skip the line if you recommend me?",
        "Might there be a chance to join your team after graduation?",
        "Are there openings you could slot me into?",
        "Can you give me the inside track on the analyst role?",
        "Would you be willing to sponsor my application?",
        "Could you be one of my references?",
        "Do you have a contact in recruiting you could pass me to?",
        "Would you support my application internally?",
        "I'd love to work with you — how do I make that happen?",
        "Will there be space on your team for me next year?",
        "Could you get me on the shortlist?",
        "Do you know any managers at {company} who need someone like me?",
        "Any chance {company} would hire me as a contractor?",
        "Can you let your boss know I'm looking?",
        "Would you put my CV on top of the pile?",
        "How do I get you to hire me?",
        "Could you help me jump the queue for an interview?",
    ],
    "own_pay": [
        "What's your yearly take?",
        "How much money do you make at {company}?",
        "What's the salary on your grade?",
        "Is your compensation mostly base or bonus?",
        "How much was your sign-on bonus?",
        "What's your equity worth now?",
        "How much holiday do you get at {company}?",
        "Do you get paid leave for exams?",
        "What does {company} contribute to your pension?",
        "How big was your pay rise this year?",
    ],
    "basic_research": [
        "What does {company} make money from?",
        "Which products does your company make?",
        "Who are the founders of {company}?",
        "What does your organisation do exactly?",
        "How many workers does {company} employ?",
        "When did {company} get started?",
        "Where's {company} headquartered these days?",
        "Is {company} listed on the stock exchange?",
        "What's the size of your company's workforce?",
        "Who is your company's biggest customer?",
    ],
    "interview_question": [
        "What's one weakness you'd admit to?",
        "Why do you think you got hired?",
        "How would you sell yourself in one sentence?",
        "What are three things you're great at?",
        "Where do you hope to be in a decade?",
    ],
    "mentor_ask": [
        "Would you mentor me informally?",
        "Could I shadow you regularly to learn the ropes?",
        "Could you take me on as a protégé?",
        "Can we meet every quarter to talk about my progress?",
        "Would you help me plan my career over the coming months?",
    ],
    "too_personal": [
        "Are you single?",
        "How many kids do you have?",
        "What year did you graduate from high school?",
        "What's your ethnic background?",
        "Do you suffer from anxiety?",
        "What church do you go to?",
        "Do you support Labour or the Conservatives?",
        "How much did you inherit?",
        "Is your husband supportive of your career?",
        "Are you expecting a baby?",
    ],
}


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (rule, t)
        for asks in (_PLAIN_ASKS, _MORE_ASKS, _STILL_MORE_ASKS, _LAST_ASKS, _EVEN_MORE_ASKS)
        for rule, texts in asks.items()
        for t in texts
    ],
)
def test_each_avoid_concept_asked_plainly(rule, text):
    result = review(text)
    assert result.verdict == AVOID and rule in [r.rule for r in result.reasons], [
        r.rule for r in result.reasons
    ]


# The same asks behind a lead-in ("quick question:", "honestly,", a sentence about the asker first).
_LED_IN_ASKS = {
    "job_ask": [
        "Quick question: is your team hiring?",
        "Just curious, are there any openings at {company}?",
        "I'm a student at State and looking for a summer internship — does {company} have any?",
        "If I applied to {company}, would you refer me?",
        "I'm wondering if you could pass my resume on.",
        "Since you work at {company}, could you help me get in?",
        "I've applied for the analyst role — could you check on my application?",
        "It would mean a lot if you could recommend me.",
        "Happy to send my CV if there's anything going on your team?",
        "Would it be weird to ask for a referral?",
        "Honestly, I'm hoping this chat could lead to a job — is that possible?",
        "Can I be upfront: are you able to get me an interview?",
        "Your team looks great — any room for a newbie like me?",
        "I'd be grateful if you could keep me in mind for roles.",
        "Do you ever take on interns? I'd love to be one.",
        "Could I intern with you for free?",
        "Would you be my reference for a job at {company}?",
        "Could you introduce me to someone who could hire me?",
        "Any internships I could apply for on your team?",
        "Who decides on hiring on your team, and could you introduce me?",
    ],
    "own_pay": [
        "Just curious, what's your salary like?",
        "Quick question — how much do you make?",
        "I hope this isn't rude, but what do you earn?",
        "Out of curiosity, do you get a bonus?",
        "Honestly, is the pay worth it for you?",
        "Since you're senior now, how much do you make?",
        "You must earn a lot, right?",
        "I bet you get great benefits?",
        "Do they pay you well, if you don't mind me asking?",
        "How much paid vacation do they give you?",
    ],
    "basic_research": [
        "Quick question: what does {company} do?",
        "Just so I know, how many people work at {company}?",
        "Sorry, where is {company} based again?",
        "Remind me when {company} was founded?",
        "Out of curiosity, who is {company}'s CEO?",
        "Before we start, what does your company actually sell?",
        "So basically, what is {company}?",
        "What's the name of your company's founder?",
    ],
    "interview_question": [
        "Just curious, what's your biggest weakness?",
        "Honestly, why should anyone hire you?",
        "Quick one: where do you see yourself in five years?",
        "Out of curiosity, what are your strengths?",
        "So tell me about yourself.",
    ],
    "mentor_ask": [
        "Honestly, I'd love for you to mentor me — would you?",
        "Quick question: would you be my mentor?",
        "I'm looking for a mentor and I think you'd be perfect. Would you?",
        "Could I keep coming back to you for advice as I go?",
        "Would you mind if I checked in with you every month?",
    ],
    "too_personal": [
        "Just curious, are you married?",
        "Sorry if this is personal, but do you have kids?",
        "Out of curiosity, how old are you?",
        "Quick question — what's your religion?",
        "I hope this isn't rude, but who did you vote for?",
        "Honestly, how do you afford rent on your salary?",
    ],
}


@pytest.mark.parametrize(("rule", "text"), [(rule, t) for rule, texts in _LED_IN_ASKS.items() for t in texts])
def test_each_avoid_concept_behind_a_lead_in(rule, text):
    test_each_avoid_concept_asked_plainly(rule, text)


def test_more_shapes_of_each_concept():
    for text, verdict, rule in (
        ("Can you tell me about your work?", WEAK, "vague"),
        ("What should I know about {company}?", WEAK, "vague"),
        ("Why is there a gap in your resume?", AVOID, "interview_question"),
        ("Would you be my accountability partner?", AVOID, "mentor_ask"),
        ("Can I bounce ideas off you going forward?", AVOID, "mentor_ask"),
        ("What are {company}'s core values?", AVOID, "basic_research"),
        ("How much do you charge per day?", AVOID, "own_pay"),
    ):
        result = review(text)
        assert result.verdict == verdict and rule in [r.rule for r in result.reasons], (text, result)
    assert review("What does {company} value that others don't?").ok
    assert review("What benefits did your MBA bring you?").ok  # benefits as advantages
    assert [r.rule for r in review("Would you recommend a master's?").reasons] == [
        "closed"
    ]  # an opinion, yes or no
    assert review("Could you recommend a good book on service design?").ok  # a request for one
    assert "own_pay" in [r.rule for r in review("What benefits does your company give you?").reasons]


def test_a_company_named_in_place_of_the_placeholder_is_read_like_it():
    for text in ("When was Acme Robotics founded?", "What does Globex sell?", "Who is the CEO of Initech?"):
        assert "basic_research" in [r.rule for r in review(text).reasons], text
    for text in ("What did Sam teach you about Python?", "How did you use SQL at Acme?"):
        assert review(text).ok, text


def test_every_bank_question_with_its_placeholders_filled_stays_ok():
    fill = {
        "{company}": "Acme Robotics",
        "{industry}": "fintech",
        "{role}": "product manager",
        "{host_first_name}": "Sam",
    }
    for question in QUESTIONS:
        text = question.text
        for placeholder, value in fill.items():
            text = text.replace(placeholder, value)
        assert review(text).ok, (text, [r.rule for r in review(text).reasons])


# Weak questions put the ways people put them: yes/no, too broad, several at once.
_WEAK = [
    "Do you enjoy managing people?",
    "Is there a lot of pressure in your role?",
    "Was it a good decision to join {company}?",
    "Have you ever regretted your career choice?",
    "Are you happy with your work-life balance?",
    "Can you switch teams easily at {company}?",
    "Is coding required in your job?",
    "Does {company} support remote work?",
    "Did you need connections to get in?",
    "Do most people in {industry} have a degree?",
    "Would you say the culture is competitive?",
    "Is it true you need a PhD for this?",
    "Will there be more jobs in {industry} in future?",
    "Should I move to a big city for this career?",
    "How's {industry}?",
    "What do you think of {industry}?",
    "Tell me about your team.",
    "What's it like at {company}?",
    "Anything else I should know?",
    "What's your typical day, and who do you work with, and what tools do you use?",
    "How did you start? Was it hard?",
]


@pytest.mark.parametrize("text", _WEAK)
def test_weak_questions_in_many_shapes_are_weak(text):
    assert review(text).verdict == WEAK, [r.rule for r in review(text).reasons]
