# ruff: noqa: E501 -- the rule tables read best one pattern to a line
"""The question reviewer: a verdict on one question — ok, weak or avoid — with reasons anyone can read.

Pure rules, no database and no network: the plan page, the review link and `coffeechat check
questions` all call `review(text)`. Each rule says what it found, why that matters in an
informational interview (METHOD.md: ask for insight and advice, never for a job), and a better way
to ask, and quotes the words that gave it away. The avoid rules come in two layers: the phrase lists
here (wordings seen in the labelled sets) and the cue and frame rules of `cues.py` (a concept plus the
frame that makes it an ask, for wordings no list has seen). The same rules also read the question
inside a polite frame ("can you tell me what {company} does?"), a statement that ends in its question
word, a question after a lead-in, and a question of a word or two. Good questions that merely contain
a word like "job" are left alone ("what does a typical day in your job look like?").
"""

import re
from dataclasses import dataclass, field, replace

from coffeechat.questions import cues
from coffeechat.questions.placeholders import fill

OK, WEAK, AVOID = "ok", "weak", "avoid"
_RANK = {OK: 0, WEAK: 1, AVOID: 2}


@dataclass(frozen=True)
class Reason:
    rule: str
    message: str
    suggestion: str

    def as_dict(self) -> dict:
        return {"rule": self.rule, "message": self.message, "suggestion": self.suggestion}


@dataclass(frozen=True)
class Review:
    text: str
    verdict: str
    reasons: tuple[Reason, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.verdict == OK

    def as_dict(self) -> dict:
        return {"text": self.text, "verdict": self.verdict, "reasons": [r.as_dict() for r in self.reasons]}


def _c(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"\s+", " ", text).strip()
    return text.lower()


# --- Asking for a job, an internship or a referral -------------------------------------------------
_OPENING = (
    r"(?:job|jobs|opening|openings|vacanc(?:y|ies)|position|positions|role|roles|internships?|"
    r"spots?|places?|openings?|headcount|requisitions?|reqs?|gigs?|work)"
)
_JOB_ASK = [
    _c(r"\bare (?:you|you guys|they|we|y'all) (?:currently |still |even )?(?:hiring|recruiting|taking on)\b"),
    _c(
        r"\b(?:is|are) (?:your|the|this) (?:team|company|firm|department|group|office|org|organi[sz]ation)"
        r" (?:currently |still )?(?:hiring|recruiting)\b"
    ),
    # "Is Acme hiring?" yes; "is the industry hiring much?" is about the market, not a request.
    _c(
        r"\b(?:is|are) (?!\{industry\}|the (?:industry|field|market|sector)|it\b|anyone|everyone|companies|firms)"
        r"[\w&.' {}-]{1,40} (?:currently |still )?hiring\b(?! season)"
    ),
    _c(r"\bwho(?:'s| is| are)? (?:currently |still )?hiring\b"),
    _c(
        r"\bknow (?:of )?(?:anyone|anybody|someone|somebody|any (?:companies|teams|firms|people|places|managers))"
        r" (?:who(?:'s| is| are)? |that(?:'s| is| are)? )?(?:currently )?(?:hiring|looking for|recruiting)"
    ),
    _c(r"\bhiring (?:right )?now\b"),
    _c(
        rf"\b(?:any|got any|have any) (?:open |available |current |new |entry[- ]level |junior |summer )?{_OPENING}"
        r"(?: (?:open|available|going|coming up|for me|on|in|at|at the moment|right now|now))?\b"
        r"(?!.*\b(?:look(?:ed)? like|mean|usually|typically|come (?:up|about))\b)"
    ),
    _c(
        rf"\b(?:are|is) there (?:any |currently any |an? )?(?:open |available |current |new |entry[- ]level |junior |"
        rf"summer )?{_OPENING} (?:open|available|going|coming up|for me|on your|in your|at your|at \{{company\}}|"
        r"that i could|i could|i can|i might)"
    ),
    _c(
        rf"\bdo (?:you|you guys|they|y'all) have (?:any |an? )?(?:open |available |current |entry[- ]level |"
        rf"junior |summer )?{_OPENING}\b(?! like)"
    ),
    _c(r"\b(?:hire|employ|recruit|take on|onboard) me\b"),
    _c(
        r"\b(?:give|offer|find|get) me (?:a |an |some )?(?:job|internship|position|role|interview|placement|foot in)"
    ),
    _c(r"\bget me (?:in|into|hired|on board)\b"),
    _c(r"\b(?:a |an )?(?:job|internship|position|role|opening|place) for me\b"),
    _c(r"\b(?:refer|nominate|vouch for|put me forward|put me up) (?:me\b|for me\b)"),
    _c(r"\b(?:refer|nominate|vouch for|put forward) me\b"),
    # "Recommend me for the role" asks for a job; "recommend me a good book" asks for a resource.
    _c(
        r"\brecommend me\b(?! (?:a|an|some|any|one|two|three|good|great|the best|books?|courses?|resources?|people|"
        r"someone|places|podcasts?|sites?|websites?|blogs?|newsletters?|tools?)\b)"
    ),
    _c(
        r"\b(?:give|get|offer|write|provide|make|put in|submit|be) (?:me )?(?:a |an )?(?:internal |employee )?referral\b"
    ),
    _c(r"\breferral (?:for me|from you)\b|\byour referral\b|\brefer(?:ral)? me\b"),
    _c(r"\b(?:put|say|drop) (?:in )?a (?:good |kind )?word\b"),
    _c(
        r"\b(?:pass|send|forward|hand|share|give|get|show|circulate|take) (?:along |on |over )?(?:my|our) "
        r"(?:cv|c\.v\.|resume|résumé|application|portfolio|details|profile|name)\b"
    ),
    _c(
        r"\b(?:my|our) (?:cv|c\.v\.|resume|résumé|application|portfolio|profile) "
        r"(?:along|on|over|to (?:your|the|a|someone|hr|recruit))"
    ),
    _c(
        r"\b(?:introduce|connect|put) me (?:to|with|in touch with) (?:the |your |a |an )?"
        r"(?:hiring manager|recruiter|recruiting|hr|talent|human resources|person (?:who is |who's )?hiring)"
    ),
    _c(r"\b(?:keep|have) me in mind\b"),
    _c(r"\bconsider me\b"),
    _c(
        r"\blet me know (?:if|when|whenever) (?:a |an |any |anything |something |a job |a position |a role |"
        r"an opening |a spot )?(?:\w+ )?(?:opens|comes up|becomes available|frees up|is available|opening)"
    ),
    _c(r"\binterview me\b"),
    _c(r"\b(?:use|mention|drop) your name\b"),
    _c(
        r"\b(?:is|are) (?:you|your|the|this) ?(?:team|company|firm|department|group|office|org|organi[sz]ation)? "
        r"(?:currently |still |even )?(?:looking for|seeking|searching for|in need of) (?:anyone|someone|somebody|people|"
        r"new people|more people|interns?|juniors?|graduates?|candidates?|new hires?|help|an? )"
    ),
    _c(
        r"\b(?:if|in case|when|whenever|once|as soon as) (?:a|an|any|something|anything) ?(?:position|role|job|"
        r"opening|spot|internship|vacancy)? "
        r"(?:opens|comes up|becomes available|frees up|is available)"
    ),
    _c(
        r"\b(?:take on|hire|bring on|bring in|have room for|make room for) (?:an? |someone )?(?:\w+ )?like me\b"
    ),
    _c(
        r"\b(?:can|could|may|should) i (?:apply|send (?:you )?my (?:cv|resume|résumé))\b.*\b(?:your team|you|"
        r"your company|here|\{company\})"
    ),
    _c(
        r"\bhelp me (?:get|land|find|secure) (?:a |an )?(?:job|internship|position|role|interview|offer)\b"
        r"(?: (?:at|with|on|in) (?:your|the|this|\{company\}))"
    ),
    _c(r"\b(?:work|intern) (?:for|with|under) you\b"),
    _c(r"\bjoin your team\b"),
    # The host taking the asker on, in any tense: "taking me on as an intern", "bring me onto your team".
    _c(
        r"\b(?:take|taking|took|bring|bringing|brought|have|having|get|getting|put|putting) me "
        r"(?:on|onto|into|aboard|on board|in)\b(?! (?:a|the) (?:tour|call|walk|visit|meeting)\b)"
    ),
    _c(
        r"\bme (?:on )?as (?:an? |your )?(?:intern|trainee|apprentice|employee|new hire|hire|junior|contractor)\b"
    ),
    # Any mention of a referral together with the asker: "a referral bonus you could use on me".
    _c(r"\brefer(?:ral|rals|red|ring|s)?\b.*\b(?:me|my)\b|\b(?:me|my)\b.*\brefer(?:ral|rals|red|ring|s)?\b"),
    # Being a reference is vouching for a stranger.
    _c(
        r"\byou (?:as|be) (?:a |my )(?:reference|referee)\b|\b(?:be|being|act as) (?:a |my )(?:reference|referee) for me\b"
    ),
    # The asker getting hired by, or applying to, the host's own team or employer.
    _c(
        r"\b(?:i|me) (?:get|be|getting|being) (?:hired|taken on|brought on) (?:by|at|on|into|onto|in) "
        r"(?:you|your|\{company\}|the team|this team)"
    ),
    _c(
        r"\bi (?:could|can|might|may|should)\b.*\bapply (?:for|to)\b.*\b(?:on|in|at|to|with) "
        r"(?:your|the|this) (?:team|company|firm|department|group)\b"
    ),
]

# A yes/no request (not a what/how question) naming hiring, with the asker or the host's employer in it:
# "would your team have room for someone with my experience?", "is your company taking on graduates?".
# Open questions about hiring ("what gets junior applicants noticed?") are advice and stay ok.
_HIRING_WORDS = re.compile(
    r"\b(?:openings?|vacanc(?:y|ies)|positions?|internships?|interviews?|hiring|recruiting|taking on|take on|"
    r"bring on|room for|headcount|roles?|jobs?|graduates|grads|juniors|new hires?|recommendation|referee|"
    r"reference)\b"
)
_ASKER = re.compile(r"\b(?:me|my|mine)\b|\b(?:someone|somebody|people) like me\b")
_HOST = re.compile(r"\b(?:you|your|yours)\b|\{company\}")
# "Do you think someone like me could get a job in {industry}?" asks the host's view, not for a job.
_HOSTS_VIEW = re.compile(r"\b(?:do|would|did) you (?:think|say|agree|reckon|believe|feel)\b")
_HOSTS_EMPLOYER = re.compile(
    r"\b(?:your|the) (?:team|company|firm|department|group|office|org|organi[sz]ation|business)\b|\{company\}"
)
_EMPLOYER_HIRING = re.compile(
    r"\b(?:hiring|recruiting|taking on|take on|bring(?:ing)? on|room for|looking for)\b"
)


def _asks_for_hiring(q: str) -> bool:
    if not _HIRING_WORDS.search(q) or not _is_closed(q):
        return False
    if _ASKER.search(q) and _HOST.search(_HOSTS_VIEW.sub("", q)):
        return True
    return bool(_HOSTS_EMPLOYER.search(q) and _EMPLOYER_HIRING.search(q))


# --- Something the company's website answers ------------------------------------------------------
_ORG = (
    r"(?:company|firm|organi[sz]ation|business|employer|startup|start-up|agency|corporation|org|\{company\})"
)
_SUBJECT = rf"(?:(?:your|the|this|our) {_ORG}|\{{company\}})"
_BASIC_RESEARCH = [
    _c(
        rf"\bwhat (?:exactly |actually )?(?:does|do) (?:your|the|this|\{{company\}}'?s?) ?{_ORG}? ?"
        r"(?:actually |really |exactly )?do(?: exactly| for a living)?\s*[?.!]*$"
    ),
    _c(r"\bwhat (?:exactly |actually )?(?:does|do) \{company\} (?:actually |really |exactly )?do\s*[?.!]*$"),
    _c(
        rf"\bwhat (?:products|services|product|service) (?:does|do) (?:your|the|this) ?{_ORG}? "
        r"(?:offer|sell|make|provide|have)\s*\??$"
    ),
    _c(
        rf"\bhow (?:many|much) (?:employees|staff|people|workers|offices|locations|revenue)"
        rf"(?: (?:does|do|are there|work|are)(?: (?:at|in|for))?(?: (?:your|the|this) {_ORG}| \{{company\}}| you| it)?)"
        r"(?: (?:have|employ|make|earn))?\s*\??$"
    ),
    _c(rf"\bhow (?:big|large) is (?:your|the|this) ?{_ORG}\b"),
    _c(r"\bhow (?:big|large) is \{company\}"),
    _c(rf"\bwhere (?:is|are) (?:your|the|this) ?{_ORG}? ?(?:based|located|headquartered|hq)\b"),
    _c(r"\bwhere (?:is|are) (?:you|\{company\}) (?:guys )?headquartered\b"),
    _c(r"\bwhere(?:'s| is) (?:your|the|\{company\}'?s?) (?:headquarters|hq|head office|main office)\b"),
    _c(
        rf"\bwhen (?:was|did) (?:your|the|this) ?{_ORG}? ?(?:founded|started|established|created|go public)\b"
    ),
    _c(rf"\bwho (?:founded|started|owns|runs|is the ceo of|is the head of) (?:your|the|this) ?{_ORG}"),
    _c(r"\bwho(?:'s| is) (?:your|the) (?:ceo|founder|chief executive|president)\b"),
    _c(rf"\bis (?:your|the|this) ?{_ORG} (?:public|publicly traded|listed|private|profitable|a startup)\b"),
    _c(
        rf"\bwhat(?:'s| is) (?:your|the) ?{_ORG}?'?s? (?:revenue|mission statement|stock price|ticker|turnover|"
        r"annual revenue|market cap|website|address)\b"
    ),
    _c(rf"\bwhat (?:industry|sector) is (?:your|the|this) ?{_ORG}? ?in\b"),
    _c(r"\bwhat (?:industry|sector) (?:are|is) (?:you|\{company\}) in\b"),
    _c(rf"\bwho are (?:your|the|this) ?{_ORG}?'?s? (?:main )?(?:clients|customers|competitors)\s*\??$"),
    # The company as subject in any form ("{company}", "your firm", "you guys"), asking a fact its website
    # or a search gives. The question must end there: "what does {company} do well that…" is an insight.
    _c(
        rf"^(?:so,? )?(?:what|which) (?:exactly |actually )?(?:does|do) {_SUBJECT} (?:actually |really |exactly |mainly )?"
        r"(?:do|sell|make|produce|build|offer|provide|manufacture)(?: exactly| for a living)?\s*[?.!]*$"
    ),
    _c(
        rf"^(?:so,? )?(?:when|what year) (?:was|did|were) {_SUBJECT} (?:first )?(?:founded|started|established|created|"
        r"set up|launched|go public|start)\b"
    ),
    _c(rf"^(?:so,? )?who (?:founded|started|owns|runs|leads|heads|is in charge of|is the ceo of) {_SUBJECT}"),
    _c(
        rf"^(?:so,? )?(?:is|are) {_SUBJECT} (?:a )?(?:public|publicly traded|listed|private|privately held|"
        r"profitable|startup|start-up|family[- ]owned)(?: company| firm)?\s*[?.!]*$"
    ),
    _c(rf"^(?:so,? )?what (?:industry|sector|market|space|business) (?:is|are) {_SUBJECT} in\b"),
    _c(
        r"^(?:so,? )?(?:how much|what(?:'s| is| was)?) (?:\w+ ){0,2}(?:revenue|turnover|profit|market cap|"
        r"valuation|stock price|share price)\b"
    ),
    _c(
        rf"^(?:so,? )?(?:which|what|how many) (?:countries|cities|markets|regions|locations|offices|sites|"
        rf"states) (?:does|do|is|are) {_SUBJECT} (?:operate|work|based|present|located|have|active)\b"
    ),
    _c(rf"\b(?:is|are) {_SUBJECT} (?:mainly |mostly )?(?:based|located|headquartered)\b"),
    _c(
        rf"^(?:so,? )?where (?:is|are) (?:your|the|{_SUBJECT}'s?) (?:offices?|headquarters|hq|head office|"
        r"locations?|base)(?: (?:located|based))?\s*[?.!]*$"
    ),
]

# "What does Acme Robotics do?": a capitalised name, read from the text as typed.
_WHAT_DOES_NAME_DO = re.compile(
    r"^\s*(?:[Ss]o,? )?[Ww]hat (?:exactly |actually )?does ((?:[A-Z][\w&'.-]*)(?: (?:[A-Z][\w&'.-]*|&|and|of))*)"
    r" (?:actually |really |exactly )?do\s*[?.!]*\s*$"
)

# --- The host's own pay, benefits and time off ----------------------------------------------------
_PAY_WORDS = (
    r"(?:salary|salaries|pay|paid|paycheck|paycheque|compensation|comp|income|wage|wages|bonus|bonuses|"
    r"earn|earnings|make a year|stock options|equity|rsus?|raise|package|overtime pay)"
)
_OWN_PAY = [
    _c(
        rf"\b(?:{_PAY_WORDS}|make|makes|making|earn|earns|earning)\b.*\b(?:at|on|for) your (?:level|grade|band|seniority)\b"
    ),
    _c(
        rf"\b(?:at|on) your (?:level|grade|band)\b.*\b(?:{_PAY_WORDS}|make|makes|making|earn|earns|earning)\b"
    ),
    _c(
        r"\bhow (?:many|much) (?:days|weeks) (?:of )?(?:holiday|holidays|vacation|leave|pto|time off|paid leave|annual leave)\b"
    ),
    _c(
        r"\b(?:do|does|did|will) (?:they|\{company\}|the company|your company|your employer|your boss) (?:give|pay|offer) "
        r"you\b.*\b(?:bonus|bonuses|benefits|stock|equity|salary|raise|perks|vacation|holiday|leave|shares|options)\b"
    ),
    _c(r"\bhow much (?:money )?(?:do|did) you (?:make|earn|get paid|take home|bring in|get)\b"),
    _c(r"\bhow much (?:are|were) you (?:paid|making|earning|offered)\b"),
    _c(
        r"\bhow much (?:does|did) (?:your|the|this) ?(?:company|firm|employer|job|role|\{company\})? ?pay you\b"
    ),
    _c(r"\bhow much (?:do|does|did) (?:they|\{company\}|it) pay you\b"),
    _c(r"\bwhat (?:do|does|did) (?:they|\{company\}|it) pay you\b"),
    _c(r"\bhow much did (?:they|\{company\}|the company|your company|your employer) offer you\b"),
    _c(
        r"\bwhat(?:'s| is| was|'re| are) your (?:current |annual |yearly |base |starting )?"
        r"(?:total )?(?:salary|pay|compensation|comp|income|wage|bonus|package|take[- ]home|rate|day rate|hourly rate|"
        r"salary range|pay grade|pay band|earnings)\b"
    ),
    _c(
        r"\b(?:pay|salary|money|compensation|comp|package) (?:like )?(?:for you|at your level|in your (?:role|job|position))\b"
    ),
    _c(r"\bare you (?:well|fairly|decently|badly|under|over)?[- ]?(?:paid|compensated)\b"),
    _c(r"\bdo you (?:make|earn) (?:good|decent|a lot of|enough|six figures|\d)"),
    _c(
        r"\byour (?:salary|paycheck|paycheque|pay slip|payslip|bonus|stock options|equity|rsus|pay rise|raise|"
        r"compensation|net worth|income)\b"
    ),
    _c(
        r"\bdo you (?:get|have|receive) (?:good |decent |any |a lot of |a |many |much |lots of |great |enough )?"
        r"(?:benefits|perks|stock|equity|shares|bonus|bonuses|health insurance|insurance|pension|401k|401\(k\)|"
        r"vacation|holidays?|pto|time off|sick days|sick leave|parental leave|maternity leave|paternity leave|"
        r"company car|gym|free food)\b"
    ),
    _c(
        r"\bhow (?:many|much) (?:vacation|holiday|annual leave|leave|pto|paid time off|time off|sick|"
        r"days off|weeks off)(?: days| weeks| time)? (?:do|did|can) you (?:get|have|take|receive)\b"
    ),
    _c(r"\bwhat (?:are|were) your (?:benefits|perks)\b"),
    _c(r"\bwhat (?:benefits|perks) do you (?:get|have|receive)\b"),
    _c(
        r"\bhow (?:good|generous) (?:are|is) (?:your|the) (?:benefits|perks|pay|salary|bonus|pension|leave)\b"
    ),
    _c(r"\bis the (?:pay|salary|money|compensation) (?:good|decent|ok|okay|any good|worth it|bad)\b"),
    _c(r"\bhow (?:well|badly) (?:does|do) (?:it|they|\{company\}|the company|your company|your job) pay\b"),
    _c(r"\bhow much (?:is|was) your (?:salary|pay|bonus|house|rent|mortgage|package)\b"),
    _c(r"\bdo you get paid (?:well|enough|a lot|much)\b"),
]
_PAY_QUESTION = _c(rf"\b{_PAY_WORDS}\b")
# Any pay or benefit word with the host ("you", "your", their employer) in the question, unless the
# question is plainly about the field: a typical, starting or entry-level figure (METHOD.md allows it).
_PAY_OR_BENEFIT = re.compile(
    r"\b(?:salary|salaries|wages?|compensation|comp package|paycheck|paycheque|bonus(?:es)?|stock options|"
    r"your equity|rsus?|401 ?k|401\(k\)|pension|health insurance|dental plan|pto|paid time off|vacation days|"
    r"vacation time|holiday allowance|annual leave|paid leave|parental leave|maternity leave|paternity leave|"
    r"sick (?:days|leave)|perks|time off|how much money|(?:bring|take|bringing|taking) home|(?:your|last|next|pay|a) raise|the pay|pay (?:at|for|like|rise|band|grade|"
    r"scale|package)|base pay|base salary|your base|make (?:a|per) (?:year|month|hour|week)|make annually|"
    r"earn (?:a|per) (?:year|month|hour|week)|earn annually|offer(?:ed)? you\b.*\b(?:join|joined|start|"
    r"started|hired|signed))\b"
)
_PAY_HOST = re.compile(r"\b(?:you|your|yours|they)\b|\{company\}")
_PAY_IN_THE_FIELD = re.compile(
    r"\b(?:typical(?:ly)?|average|starting|entry[- ]level|junior|new (?:grads?|graduates|hires)|graduates|"
    r"first (?:role|job|year)|in (?:the|this|your) (?:field|industry|sector|line of work)|usually|realistic|people|"
    r"expect|someone (?:starting|new|entering|like me)|people (?:starting|entering|new))\b|\{industry\}"
)
_PAY_BARE = _c(
    r"^(?:so,? )?(?:what(?:'s| is) the (?:pay|salary|money|compensation) like|how(?:'s| is) the (?:pay|salary|money)|"
    r"how much does (?:it|this job|the job|the role) pay|what does (?:it|this job|the job|the role) pay)"
    r"(?: (?:here|there|at \{company\}|at your company|at the company))?\s*\??$"
)

# --- Job-interview questions turned round ----------------------------------------------------------
_INTERVIEW = [
    _c(r"\bwhere do you see yourself in (?:the next )?(?:\w+|\d+) years\b"),
    _c(r"\b(?:five|5|ten|10|three|3)[- ]year plan\b"),
    _c(r"\bwhat(?:'s| is| are) your (?:greatest |biggest |main |top )?(?:weakness|weaknesses|strengths?)\b"),
    _c(r"\bwhy should (?:i|we|they|you|anyone|someone) (?:hire|choose|pick|select|take)\b"),
    _c(r"\bwhy should i (?:work|join|apply|intern|want to work)\b"),
    _c(r"\bwhy (?:do|would) you want (?:this|the|that|to work)\b"),
    _c(
        r"^(?:so,? |please |can you |could you )?tell me (?:a (?:little|bit) )?(?:about|more about) yourself\b"
    ),
    _c(r"\bdescribe a time (?:when )?you\b"),
    _c(r"\btell me about a time (?:when )?you (?:failed|had a conflict|disagreed|showed|demonstrated|led)\b"),
    _c(
        r"\bwhy did you leave (?:your|that|the) (?:last|previous|old|first)? ?(?:job|company|employer|role|position)\b"
    ),
    _c(r"\bwhy (?:are you|were you) (?:leaving|fired|let go|laid off)\b"),
    _c(r"\bsell me (?:this|a) (?:pen|pencil|product)\b"),
    _c(r"\bhow would you rate yourself\b"),
    _c(r"\bwhat (?:salary|pay) (?:are you|do you) (?:expect|expecting|looking for)\b"),
    _c(r"\bwhat would your (?:boss|manager|colleagues|co-?workers) say (?:is|are) your\b"),
    _c(
        r"\bwhere do you (?:see yourself|want to be|plan to be|hope to be|expect to be|picture yourself|"
        r"imagine yourself|think you'll be)\b.*\b(?:years?|decades?)\b"
    ),
    _c(
        r"\bwhat(?:'s| is| are| were) your (?:own )?(?:long[- ]term |short[- ]term |future |personal |"
        r"professional |career |five[- ]year |ten[- ]year )+(?:goals?|plans?|aspirations?|ambitions?)\b"
    ),
    _c(r"\bdescribe yourself\b"),
    _c(
        r"\bwhere (?:will|would|do|might) you (?:be|see yourself|want to be)\b.*\b(?:years?|decades?) "
        r"(?:from now|time|down the (?:road|line))"
    ),
    _c(
        r"\b(?:you(?:'re| are)|yourself|you were) (?:the )?(?:right|best|ideal|perfect|good) (?:fit|person|candidate|hire)\b"
    ),
    _c(r"\byour (?:greatest|biggest|proudest) (?:accomplishment|achievement)\b"),
    _c(
        r"\bwhy did you (?:leave|quit|walk away from|resign from|move on from) (?:your|that|the) "
        r"(?:last|previous|old|former|prior) (?:job|company|employer|role|position|firm|team)\b"
    ),
]

# --- Asking them to be your mentor ----------------------------------------------------------------
_MENTOR = [
    _c(
        r"\b(?:will|would|could|can|might) you (?:please )?(?:be|become|act as) (?:my|a) "
        r"(?:mentor|sponsor|coach|advisor|adviser|career coach|guide)\b"
    ),
    _c(r"\b(?:be|become|being|becoming) my (?:mentor|sponsor|coach|career coach)\b"),
    _c(r"\bmentor me\b"),
    _c(
        r"\b(?:coach|sponsor|guide|train|teach) me (?:regularly|every|each|on an ongoing|going forward|from now)\b"
    ),
    _c(r"\btake me under your wing\b"),
    _c(
        r"\b(?:can|could|may|might) i (?:call|email|e-mail|message|text|meet|ping|check in with) you "
        r"(?:every|each|weekly|monthly|regularly|on a regular basis)\b"
    ),
    _c(
        r"\b(?:can|could|would|may) (?:we|i) (?:meet|talk|chat|catch up|have calls) (?:regularly|every "
        r"(?:week|month|other week|few weeks)|weekly|monthly|on a regular basis|each week|each month)\b"
    ),
    _c(r"\bmentor(?:ing|ship)? (?:relationship )?with me\b"),
    _c(r"\b(?:looking for|need|want) (?:a |an )?mentor\b.*\byou\b"),
    _c(r"\b(?:mentor(?:ing)?|sponsor(?:ing)?) (?:me|someone like me|people like me)\b"),
    # Coaching over time, not a tip now: "coach me while I apply".
    _c(r"\bcoach(?:ing)? me (?:while|through|during|as i|every|each|until|regularly|on an ongoing)\b"),
    _c(
        r"\b(?:we|i|us)\b.*\b(?:regular |weekly |monthly |ongoing )?(?:mentoring|mentorship|coaching) "
        r"(?:sessions?|calls?|meetings?|relationship|chats?)\b"
    ),
]

# --- Too personal ---------------------------------------------------------------------------------
_PERSONAL = [
    _c(r"\bhow old are you\b"),
    _c(
        r"\bwhat(?:'s| is) your (?:age|religion|faith|weight|height|political|politics|sexual|ethnicity|"
        r"nationality|address|home address|marital|star sign|net worth|credit score|diagnosis|medication)\b"
    ),
    _c(
        r"\bare you (?:married|single|divorced|dating|gay|straight|pregnant|religious|sick|ill|disabled|"
        r"a (?:democrat|republican|christian|muslim|jew|parent|mom|mum|dad))\b"
    ),
    _c(
        r"\bdo you have (?:any )?(?:kids|children|a partner|a boyfriend|a girlfriend|a husband|a wife|a spouse|"
        r"a family|an illness|a disability|debt|student loans)\b"
    ),
    _c(r"\bare you (?:planning|going) to have (?:kids|children|a baby)\b"),
    _c(r"\b(?:did|do|will|would) you vote\b|\bvoted? for\b"),
    _c(r"\b(?:got|get|getting|you) married\b"),
    _c(r"\byour (?:wedding|marriage|spouse|husband|wife|kids|children)\b"),
    _c(r"\bwho did you vote for\b"),
    _c(r"\b(?:which|what) (?:party|candidate) do you (?:vote|support)\b"),
    _c(r"\bwhere (?:exactly )?do you live\b"),
    _c(r"\bhow much (?:is|was|do you pay for) your (?:house|home|rent|mortgage|apartment|flat|car)\b"),
    _c(
        r"\b(?:were|have) you (?:ever )?(?:been )?(?:fired|sacked|laid off|arrested|divorced|in therapy|"
        r"in rehab)\b"
    ),
    _c(r"\bwhy did you (?:get divorced|break up|split up)\b"),
    _c(
        r"\byour (?:divorce|diagnosis|medical|medication|therapy|therapist|illness|disability|pregnancy|"
        r"religion|sex life|love life|dating life|boyfriend|girlfriend|ex-?wife|ex-?husband)\b"
    ),
    _c(r"\bdo you (?:drink|smoke|do drugs|believe in god|go to church|pray)\b"),
    _c(r"\b(?:were you born|your birthday|your date of birth|born in what year)\b"),
    _c(r"\b(?:have you got|got|do you have) (?:any |young |grown[- ]up )?(?:kids|children)\b"),
    _c(
        r"\b(?:what|which) (?:religion|faith|church|denomination|party|political party|ethnicity|nationality) "
        r"(?:are|do|did|were) you\b"
    ),
    _c(r"\b(?:are|were|will) you (?:voting|going to vote)\b|\byou (?:vote|voted|voting) for\b"),
    _c(
        r"\bhow much (?:rent|mortgage|money|debt|interest|tax|taxes) (?:do|did|are) you (?:pay|paying|owe|have|"
        r"save|saved|spend)\b"
    ),
    _c(r"\b(?:plan|planning|going|want|hoping|hope) to have (?:kids|children|a baby|a family|more kids)\b"),
    # (Not "your parents": "what did your parents think when you chose {industry}?" is about the career.)
    _c(r"\byour (?:partner|boyfriend|girlfriend|fianc[eé]e?|family life|love life|kids)\b"),
    # Politics and religion: the host's views, in any wording.
    _c(r"\b(?:politically|political (?:views?|leanings?|party|stance|beliefs?|opinions?))\b"),
    _c(
        r"\b(?:stance|position|view|views|opinion|feelings?|thoughts?) (?:on|about) (?:abortion|religion|god|"
        r"politics|the election|immigration|gun control|gun rights|the president|the prime minister|"
        r"the government|israel|palestine|brexit|trump|biden)\b"
    ),
    _c(
        r"\bwhat do you think (?:of|about) (?:the )?(?:president|prime minister|government|election|trump|biden)\b"
    ),
    # Private money: what they paid for a home, what they owe.
    _c(
        r"\b(?:pay|paid|spend|spent|cost) (?:for|on)? ?your (?:house|home|car|apartment|flat|wedding|rent|mortgage)\b"
    ),
    _c(r"\b(?:student debt|student loans?|credit card debt|your debts?|your loans?|your savings|in debt)\b"),
    _c(
        r"\b(?:do|did) you (?:have|suffer from|struggle with) (?:any )?(?:health|medical|mental health) "
        r"(?:issues?|problems?|conditions?)\b"
    ),
]

# --- Several questions in one ---------------------------------------------------------------------
_WH = r"(?:what|how|why|where|when|who|which|whom|whose)"
_AUX = (
    r"(?:do|does|did|is|are|was|were|would|should|could|can|will|have|has|had|made|make|makes|got|led|kept|"
    r"helped|surprised|gets|get|helps|keeps|happens|goes|went|matters|'s|'d)"
)
_SEVERAL = [
    _c(r"\band\s+(?:which|what)\s+(?:ones?|of (?:them|those|these))\b"),
    _c(rf",\s*(?:and|but|or|plus|also)\s+(?:also\s+)?{_WH}\b(?!\s*[?.!]*$)"),
    _c(rf"\b(?:and|but|plus)\s+(?:also\s+)?{_WH}\s+{_AUX}\b"),
    _c(r"\band\s+(?:also\s+)?(?:do|does|did|is|are|would|could|can|have|has)\s+(?:you|they|it|there)\b.*\?"),
]

# --- Closed (yes/no) questions --------------------------------------------------------------------
_CLOSED = _c(
    r"^(?:so,? |and |also,? |ok,? |okay,? )?(?:do|does|did|is|are|was|were|have|has|had|can|could|will|would|"
    r"should|shall|might|am|isn't|aren't|don't|doesn't|didn't|wasn't|haven't|hasn't|won't|wouldn't|"
    r"couldn't|shouldn't|any chance (?:you|that|it|they|there)|anything|anyone|anybody)\b"
)
_OPEN_REQUEST = _c(
    r"^(?:so,? )?(?:could|can|would|will|might) you (?:please |kindly )?(?:tell|describe|walk|share|explain|talk|"
    r"give|say (?:more|a bit|a little|what|how|which|why|who|where|when)|expand|elaborate|help me understand|paint|"
    r"outline|summari[sz]e|recount|take me|go through|"
    # ("Would you recommend a master's?" is a yes/no opinion; "could you recommend a book?" asks for one.)
    r"point me|suggest|(?<!would you )recommend (?:me )?(?:a|an|any|one|two|three)|recommend (?:me )?(?:some|a few|"
    r"where|who|what|how|which)|name|"
    r"think of|list|"
    r"speak|reflect|offer)\b"
    r"|^(?:so,? )?would you mind\b|^(?:so,? )?(?:can|could|may) i ask\b|^(?:so,? )?may i\b"
    r"|^(?:so,? )?(?:would|could) you be (?:willing|open|able) to (?:tell|share|describe|explain|walk|talk|suggest)"
    # The closing asks METHOD.md recommends (may I reach out again, a business card) are polite requests.
    r"|^(?:so,? )?(?:would|will|is) it be (?:ok|okay|alright|all right|fine) (?:if i|for me to|to) (?:follow up|"
    r"followed up|reach out|reached out|stay in touch|stayed in touch|keep in touch|kept in touch|contact|"
    r"contacted|get in touch|got in touch|write|wrote|email|e-mailed|emailed|connect|connected)\b"
    r"|^(?:so,? )?(?:can|could) i (?:get|have|take|grab) your (?:business card|card|contact details|details|"
    r"email address|e-mail address)\b"
    r"|^(?:so,? )?(?:can|could) i (?:follow up|reach out|stay in touch|keep in touch|get in touch)\b"
)
# A tag or a presumption makes a statement into a yes/no question: "you must love it here, right?"
_LEADING = re.compile(
    r",\s*(?:right|correct|no|yeah|yes|true|eh|huh|am i right|isn't that so|i guess|i bet)\s*\?\s*$"
    r"|[\s,](?:isn't it|aren't they|aren't you|don't you|didn't you|wasn't it|won't you|wouldn't you|"
    r"doesn't it|don't they)\s*\?\s*$"
    r"|^(?:so,? )?(?:you must|you probably|surely|i bet|i guess|i assume|i suppose|i take it) .*\?\s*$"
    r"|^(?!(?:so,? )?(?:what|how|why|where|when|who|which|whom|whose)\b)[\w' {}]{1,40} must (?:be|love|enjoy|"
    r"have|get|feel|find)\b.*\?\s*$"
)
# A question made only of words that name no subject ("what are your thoughts?", "how's everything?").
_EMPTY_WORDS = frozenset(
    "a about all am an and any anything are at be bit do does else everything for general going got how how's "
    "i in industry is it it's job know little lot me need should more of on opinion opinions other others say so "
    "some something "
    "stuff tell that that's the there things think thought thoughts this to us what what's work you your "
    "{industry} {company} field company career role vibe vibes deal story scoop lowdown gist future up with new scene life".split()
)
_MAX_EMPTY = 7
# Beyond this many words the host has to untangle the question before answering it.
_TOO_LONG = 35
_OR_CHOICE = _c(r"\bor\b(?! not\b)")
_CLOSED_REWRITES = [
    (_c(r"^(?:do|did) you (?:like|enjoy|love) (.+?)\??$"), "What do you enjoy most about {0}?"),
    (
        _c(r"^(?:do|did) you have any (?:advice|tips|suggestions|recommendations) for (.+?)\??$"),
        "What advice would you give to {0}?",
    ),
    (
        _c(r"^(?:do|did) you have any (?:advice|tips|suggestions|recommendations) (?:on|about) (.+?)\??$"),
        "What advice would you give about {0}?",
    ),
    (
        _c(r"^(?:do|did) you have any (advice|tips|suggestions|recommendations)\??$"),
        "If you were in my place, what would you do first?",
    ),
    (
        _c(
            r"^(?:is|are) there (?:any ?one|any ?body|someone|somebody|anyone else|others?|other people)\b.*\??$"
        ),
        "Who else would you suggest I talk to?",
    ),
    (
        _c(r"^(?:is|are) there any (.+?) (?:you'd|you would|you) recommend\??$"),
        "Which {0} would you recommend most?",
    ),
    (_c(r"^(?:is|are) there any (.+?)\??$"), "What {0} would you point me to?"),
    (_c(r"^(?:do|did) you think (.+? will .+?)\??$"), "How do you think {0}?"),
    (_c(r"^(?:do|did) you think (.+?)\??$"), "What makes you think {0} — or not?"),
    (_c(r"^(?:do|did) you (?:ever )?regret (.+?)\??$"), "Looking back, how do you feel about {0}?"),
    (_c(r"^(?:do|did) you (?:ever )?(?:feel|find) (.+?)\??$"), "When do you feel {0}, and what helps?"),
    (
        _c(r"^is (?:it|your job|the job|the work|your work|this field|the field) (.+?)\??$"),
        "What makes the work {0}, and what makes it less so?",
    ),
]

# --- Vague ----------------------------------------------------------------------------------------
_VAGUE = [
    _c(
        r"^(?:so,? )?(?:any|got any|some) (?:advice|tips|thoughts|suggestions|ideas|pointers|words of wisdom)"
        r"(?: for me| for someone like me| at all)\s*[?.!]*$"
    ),
    _c(
        r"^(?:so,? )?what(?:'s| is) it like (?:working|to work) (?:there|here|at \{company\}|at your company|at the company|"
        r"in \{industry\}|in your job|in your team)?\s*[?.!]*$"
    ),
    _c(
        r"^(?:so,? )?(?:any|got any|some) (?:last |final |other |more |general |quick |good |parting |closing )?"
        r"(?:advice|tips|thoughts|suggestions|ideas|pointers|words of wisdom|wisdom|insights?|lessons|pearls of wisdom)"
        r"(?: to share| for me| at all| you can share| you'd share)?\s*[?.!]*$"
    ),
    _c(
        r"^(?:so,? )?(?:(?:can|could|would|will) you (?:please )?)?(?:tell me|talk to me|talk|tell me more) about (?:your job|your work|the job|the work|"
        r"the company|your company|the industry|your industry|it|that|this|things|\{company\}|\{industry\}|"
        r"your role|the role|your career|everything|your day|your week|your team|the team)\s*[?.!]*$"
    ),
    _c(r"^(?:so,? )?what(?:'s| is) (?:it|that|this) (?:like|all about)\s*[?.!]*$"),
    _c(
        r"^(?:so,? )?what(?:'s| is) it like (?:at|in|on) (?:\{company\}|your company|the company|your team|the team|"
        r"\{industry\}|your job|your field)\s*[?.!]*$"
    ),
    _c(
        r"^(?:so,? )?what(?:'s| is) (?:your|the) (?:job|company|industry|field|work|role|career|team|\{company\}|scene|vibe|"
        r"atmosphere|place|world|life)"
        r" like\s*[?.!]*$"
    ),
    _c(
        r"^(?:so,? )?(?:what do you think|thoughts|anything else|how is it|how's it going|how's it|what should i know|"
        r"what else|what's up|what do you do|what do you guys do|what now|how does it work|what's new|"
        r"what about you|and you|how about you|what do you recommend|what would you recommend|"
        r"any questions for me|what can you tell me)\s*[?.!]*$"
    ),
    _c(r"^(?:so,? )?(?:what|how) about (?:the )?(?:job|company|industry|work|career|it|that)\s*[?.!]*$"),
]

_WORD = re.compile(r"[\w{}'-]+")


class _AnyOf:
    """A rule's list as two combined patterns, for speed: those anchored at the start (tried once, with
    `match`) and the rest behind one shared word boundary (searched once). The text is already lower
    case, so no IGNORECASE: with it, and with a boundary per alternative, Python's engine tries every
    alternative at every position; without, it skips ahead to where one can start (ten times faster)."""

    def __init__(self, patterns: list[re.Pattern]):
        start = [p.pattern[1:] for p in patterns if p.pattern.startswith("^")]
        bounded = [p.pattern[2:] for p in patterns if p.pattern.startswith(r"\b")]
        rest = [p.pattern for p in patterns if not p.pattern.startswith(("^", r"\b"))]
        anywhere = ([r"\b(?:" + "|".join(f"(?:{b})" for b in bounded) + ")"] if bounded else []) + [
            f"(?:{r})" for r in rest
        ]
        never = r"(?!x)x"
        self.start = re.compile("|".join(f"(?:{a})" for a in start) or never)
        self.anywhere = re.compile("|".join(anywhere) or never)

    def search(self, q: str) -> bool:
        return bool(self.start.match(q) or self.anywhere.search(q))

    def cue(self, q: str) -> str | None:
        """The words that matched, for the reason's message; None when nothing did."""
        m = self.start.match(q) or self.anywhere.search(q)
        return m.group(0).strip(" ,.?!") if m else None


def _any(patterns: list[re.Pattern]) -> _AnyOf:
    """One matcher for a rule's list: a single pass per rule keeps the reviewer fast."""
    return _AnyOf(patterns)


_JOB_ASK_ANY = _any(_JOB_ASK)
_BASIC_RESEARCH_ANY = _any(_BASIC_RESEARCH)
_OWN_PAY_ANY = _any(_OWN_PAY)
_INTERVIEW_ANY = _any(_INTERVIEW)
_MENTOR_ANY = _any(_MENTOR)
_PERSONAL_ANY = _any(_PERSONAL)
_VAGUE_ANY = _any(_VAGUE)
_SEVERAL_ANY = _any(_SEVERAL)


# A run of capitalised words after the first word ("Acme Robotics", "Globex"), not "I".
# (Title case only: "MBA", "SQL" are not names of a company.)
_NAME = re.compile(r"(?<=\s)(?!I\b|I'[a-z]+\b)[A-Z][a-z][\w&.'-]*(?:\s+(?:&\s+)?[A-Z][a-z][\w&.'-]*)*")
_QUESTION_START = re.compile(
    r"(?:what|how|why|where|when|who|which|whom|whose|do|does|did|is|are|was|were|have|has|had|can|could|will|"
    r"would|should|may|might|any|remind|tell|so|i|i'd|i'm)\b"
)
_LEAD_IN = re.compile(r"(?<=\w)[,:;]\s+|\s+[—–-]+\s+")
_AVOID_REASONS = {
    "job_ask": (
        "This asks for a job, an internship or a referral. A coffee chat is for insight and advice; "
        "asking for a job puts the host on the spot and makes them doubt why you came.",
        "Ask how people usually find their way in: “How do people usually get their start on a team "
        "like yours?” — and listen for hiring seasons.",
    ),
    "basic_research": (
        "The company's website or a quick search answers this. Asking it suggests you did not prepare, "
        "and uses up time only the host can fill.",
        "Look it up first, then build on it: “I read that {company} is growing its work in … — how has "
        "that changed your team's day-to-day?”",
    ),
    "own_pay": (
        "This asks about the host's own pay, benefits or time off: private, and awkward to answer to "
        "someone they have just met.",
        "Ask about the field instead: “What is a typical starting salary for someone entering "
        "{industry}?” or “What does a typical week look like in this role?”",
    ),
    "interview_question": (
        "This is a job-interview question turned round. The host is not a candidate, and it can "
        "come across as a test.",
        "Ask about their path instead: “How has your work changed since you started, and where do you "
        "see {industry} heading?”",
    ),
    "mentor_ask": (
        "Asking a stranger to be your mentor asks for a big commitment at the first meeting. "
        "Mentorship grows from keeping in touch, not from a request.",
        "Ask for a next step they can easily say yes to: “May I reach out again once I have acted "
        "on your advice?”",
    ),
    "too_personal": (
        "This is about their private life, not their work. A little personal warmth is good; this goes "
        "further than a first meeting allows.",
        "Stay with their working life: “What helps you keep a good balance in a job like yours?”",
    ),
}


def _avoid_cues(q: str, raw: str, n: str | None = None) -> dict[str, str]:
    """The avoid rules that fire on one question, each with the words it went by: the phrase lists first,
    then the cue and frame rules of cues.py (on `n`, the question in frame_text's spelling)."""
    n = cues.frame_text(q) if n is None else n
    found = {}
    job = (
        _JOB_ASK_ANY.cue(cues.talk_removed(q))
        or cues.job_ask(n)
        or (_HIRING_WORDS.search(q).group(0) if _asks_for_hiring(q) and not cues.hiring_trend(n) else None)
    )
    research = _BASIC_RESEARCH_ANY.cue(q) or cues.basic_research(n)
    if not research and _WHAT_DOES_NAME_DO.search(raw):
        research = _WHAT_DOES_NAME_DO.search(raw).group(0).strip(" ?")
    pay = _OWN_PAY_ANY.cue(q) or cues.own_pay(n)
    if not pay and _PAY_OR_BENEFIT.search(q) and _PAY_HOST.search(q) and not _PAY_IN_THE_FIELD.search(q):
        if cues.pay_word_is_the_hosts(n):
            pay = _PAY_OR_BENEFIT.search(q).group(0)
    for rule, cue in (
        ("job_ask", job),
        ("basic_research", research),
        ("own_pay", pay),
        ("interview_question", _INTERVIEW_ANY.cue(q) or cues.interview_question(n)),
        ("mentor_ask", _MENTOR_ANY.cue(q) or cues.mentor_ask(n)),
        ("too_personal", _PERSONAL_ANY.cue(q) or cues.too_personal(n)),
    ):
        if cue:
            found[rule] = cue
    return found


def review(text: str, values: dict[str, str] | None = None) -> Review:
    """Review one question. Any text gets a verdict; nothing here raises.

    The "Try:" suggestions name {company} or {industry}: they are filled from `values` (a chat's
    `placeholder_values`), and where a value is unknown (or no chat is given) phrased without it
    ("your field"), so no placeholder ever reaches a reader."""
    result = _review(text)
    if not result.reasons:
        return result
    values = values or {}
    reasons = tuple(replace(reason, suggestion=fill(reason.suggestion, values)) for reason in result.reasons)
    return replace(result, reasons=reasons)


def _review(text: str) -> Review:
    raw = text if isinstance(text, str) else str(text)
    raw = raw.replace("\x00", "")
    q = _normalise(raw)
    reasons: list[tuple[str, Reason]] = []

    def add(severity: str, reason: Reason) -> None:
        reasons.append((severity, reason))

    if not _WORD.search(q):
        return Review(
            raw,
            WEAK,
            (
                Reason(
                    "vague",
                    "There is no question here yet.",
                    "Write one question you would like them to answer.",
                ),
            ),
        )

    n = cues.frame_text(q)
    found = _avoid_cues(q, raw, n)
    # "Can you tell me what {company} does?", "can I ask how much you make?": the question inside, put
    # back in question order, is read by the same rules.
    # "Quick question: what does {company} do?": the question after a lead-in is read on its own too.
    last = _LEAD_IN.split(q)[-1] if _LEAD_IN.search(q) else ""
    is_question = len(last.split()) >= 2 and last.rstrip().endswith("?") and _QUESTION_START.match(last)
    last_n = cues.frame_text(last) if is_question else ""
    inners = (cues.embedded_question(n), cues.echo_question(n), cues.statement_order(n), last_n)
    # "When was Acme Robotics founded?": a name typed in place of the {company} placeholder.
    named = _NAME.sub("{company}", raw) if _NAME.search(raw) else ""
    if named:
        named_n = cues.frame_text(_normalise(named))
        inners += (named_n, cues.embedded_question(named_n), cues.echo_question(named_n))
    if last_n:
        inners += (cues.embedded_question(last_n), cues.echo_question(last_n), cues.statement_order(last_n))
    for inner in inners:
        if inner:
            for rule, cue in _avoid_cues(inner, inner, inner).items():
                found.setdefault(rule, cue)
    # "Kids?", "Hiring?", "Good pay?": a word or two about the host's private life, jobs or pay.
    short = cues.telegraphic(n) if not found else None
    if short:
        found[short[0]] = short[1]
    for rule in ("job_ask", "basic_research", "own_pay", "interview_question", "mentor_ask", "too_personal"):
        if rule in found:
            message, suggestion = _AVOID_REASONS[rule]
            add(AVOID, Reason(rule, message + _because(found[rule], q), suggestion))
    if "own_pay" not in found and _PAY_BARE.search(q):
        add(
            WEAK,
            Reason(
                "own_pay",
                "Asked like this, it sounds like a question about the host's own pay.",
                "Make it about the field: “What is a typical starting salary for someone entering {industry}?”",
            ),
        )
    words = _WORD.findall(q)
    if (
        _VAGUE_ANY.search(q)
        or len(words) < 3
        or (len(words) <= _MAX_EMPTY and all(w in _EMPTY_WORDS for w in words))
    ):
        add(
            WEAK,
            Reason(
                "vague",
                "This is too broad to answer well in a short meeting: the host has to guess what you want to know.",
                "Name the part you care about: “What does a typical week look like for you?” or “What surprised "
                "you most when you started in {industry}?”",
            ),
        )
    if _several(q):
        add(
            WEAK,
            Reason(
                "several_questions",
                "This packs more than one question together; the host will answer one and the rest gets lost.",
                "Split it into separate questions and keep the one that matters most.",
            ),
        )
    if len(words) > _TOO_LONG:
        add(
            WEAK,
            Reason(
                "too_long",
                f"At {len(words)} words this is hard to follow when spoken; the host has to untangle it "
                "before they can answer.",
                "Keep the background to one short sentence, then ask one plain question of 20 words or fewer.",
            ),
        )
    avoided = any(s == AVOID for s, _ in reasons)
    if _is_closed(q) and not avoided:  # an avoid's suggestion is open already
        add(
            WEAK,
            Reason(
                "closed",
                "This can be answered with a yes or a no, and the conversation stops there.",
                _open_rewrite(re.sub(r"\s+", " ", raw).strip()),
            ),
        )

    if not reasons:
        return Review(raw, OK)
    verdict = max((s for s, _ in reasons), key=_RANK.__getitem__)
    ordered = [r for s, r in sorted(reasons, key=lambda sr: -_RANK[sr[0]])]
    return Review(raw, verdict, tuple(ordered))


def _because(cue: str, q: str = "") -> str:
    """The words the rule went by, so the verdict explains itself: ` What gives it away: “refer me”.`
    The cue rules read a mended spelling ("what is" for "what's", "resume" for "CV"); where the cue's first
    and last words are in the question as written, the quote is taken from there instead."""
    cue = " ".join(cue.replace("…", " ").split())
    words = cue.split()
    if words and cue not in q:
        start = q.find(words[0])
        end = q.find(words[-1], start + 1) if start >= 0 else -1
        if start >= 0 and end >= 0 and end - start < 80:
            cue = q[start : end + len(words[-1])]
    cue = cue[:60].strip(" ,.?!")
    return f" What gives it away: “{cue}”." if cue else ""


def _several(q: str) -> bool:
    questions = [part for part in re.split(r"[?;]", q) if len(_WORD.findall(part)) >= 3]
    if len(questions) >= 2:
        return True
    return _SEVERAL_ANY.search(q)


# A statement said as a question: "you like working here?", "you still code?" (no question word anywhere).
_DECLARATIVE = re.compile(
    r"^(?:so,? |and )?you (?:\w+ )?(?:like|enjoy|think|find|ever|still|work|have|get|feel|prefer|want|plan|travel|need|"
    r"use|love|miss|regret|had|were|are|did|do|went|studied|moved|started|always)\b[^?]*\?\s*$"
)
_ANY_WH = re.compile(r"\b(?:what|how|why|where|when|who|which|whom|whose)\b")
# "Work is hectic?", "the pay is good?": a short statement with a question mark.
_SHORT_STATEMENT = re.compile(r"^[\w' {}-]{1,40}\b(?:is|are|was|were|'s|'re)\b[\w' {}-]{1,40}\?\s*$")


def _is_closed(q: str) -> bool:
    if _LEADING.search(q):
        return True
    if (
        _DECLARATIVE.search(q) or (_SHORT_STATEMENT.search(q) and len(q.split()) <= 7)
    ) and not _ANY_WH.search(q):
        return True
    if not _CLOSED.search(q) or _OPEN_REQUEST.search(q):
        return False
    # "Did you study design or engineering?" offers a choice: the answer still says something.
    return not _OR_CHOICE.search(q)


def _open_rewrite(q: str) -> str:
    q = q.strip().rstrip("?.! ")
    for pattern, template in _CLOSED_REWRITES:
        m = pattern.match(q + "?")
        if m:
            parts = [_you_to_i(g) for g in m.groups()]
            return "Open it up: “" + template.format(*parts) + "”"
    return "Start with what, how or why so they can tell you a story, e.g. “What has your experience been with …?”"


def _you_to_i(text: str) -> str:
    return text.strip()


def review_many(lines) -> list[Review]:
    return [review(line) for line in lines]
