"""The message checker: does a request for a coffee chat follow the rules that get answers?

Pure functions, no database: the composer page, the JSON API and `coffeechat check message` all ask
`check_message`. The rules come from METHOD.md (the "6-point e-mail"): short, connection first, an ask
for advice (never a job) phrased as a question, a stated amount of time, more about them than about
you, no attachments and no links. Each finding says what is wrong, why it matters and how to fix it.

Rule ids are a contract for scripts: `too_long`, `connection_first`, `asks_for_job`, `no_question`,
`no_time_request`, `mostly_about_sender`, `attachment`, `links`, plus `too_many_characters` (a
LinkedIn note over 300 characters), `too_much_time` (more than 30 minutes) and `asks_for_mentor`.
"""

import re
from dataclasses import asdict, dataclass, field

WORD_LIMITS = (75, 100, 150)
DEFAULT_WORD_LIMIT = 75
LINKEDIN_NOTE_LIMIT = 300
LONGEST_ASK_MINUTES = 30

EMAIL, LINKEDIN, PHONE = "email", "linkedin", "phone"


@dataclass(frozen=True)
class Finding:
    rule: str
    problem: str  # what is wrong, and why it matters
    fix: str  # how to put it right

    @property
    def message(self) -> str:
        return f"{self.problem} {self.fix}"


@dataclass
class Report:
    words: int
    limit: int
    characters: int
    findings: list[Finding] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return not self.findings

    @property
    def rules(self) -> list[str]:
        return [f.rule for f in self.findings]

    def as_dict(self) -> dict:
        return {
            "words": self.words,
            "limit": self.limit,
            "characters": self.characters,
            "ready": self.ready,
            "findings": [{**asdict(f), "message": f.message} for f in self.findings],
        }


# --- Reading the message ---------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")
_SUBJECT = re.compile(r"^\s*subject\s*:.*$", re.I)
_GREETING = re.compile(
    r"^\s*(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings|bonjour|hallo|hola)\b"
    r"[^.!?\n]{0,60}[,:!]?\s*$",
    re.I,
)
_SIGN_OFF = re.compile(
    r"^\s*(best( wishes| regards)?|(kind |warm |many )?(regards|thanks)|thank you( so much)?|many thanks"
    r"|cheers|sincerely|yours( sincerely| truly)?|warmly|all the best|with thanks|talk soon)\b[^.?\n]{0,40}$",
    re.I,
)
_EMAIL_ADDRESS = re.compile(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b")
_URL = re.compile(
    r"(https?://\S+|\bwww\.\S+|\b[a-z0-9][\w-]*(\.[\w-]+)*\.(com|org|net|io|dev|me|co|edu|ai|app|info|biz"
    r"|uk|fr|de|ca)(/\S*)?(?=[\s,;:!?)]|\.(\s|$)|$))",
    re.I,
)


def body_of(text: str) -> str:
    """The part of the message that counts: without a subject line, the greeting and the sign-off
    with the name under it. Guides count the words of the body; "Hi Ana," and "Best, Maya" are free."""
    lines = text.translate(_APOSTROPHES).replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and _SUBJECT.match(lines[0]):
        lines.pop(0)
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and _GREETING.match(lines[0]):
        lines.pop(0)
    elif lines:
        # "Hi Ana, I'm a fellow alum ..." on one line: drop the greeting words only.
        lines[0] = re.sub(
            r"^\s*(hi|hello|hey|dear)\s+[^\s,]+( [^\s,]+)?,\s*", "", lines[0], count=1, flags=re.I
        )
    # The sign-off: from the last short line that starts like one, to the end.
    for i in range(len(lines) - 1, max(-1, len(lines) - 6), -1):
        if _SIGN_OFF.match(lines[i]) and len(words(lines[i])) <= 5:
            lines = lines[:i]
            break
    return "\n".join(lines).strip()


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def sentences(text: str) -> list[str]:
    """Sentences, each with its closing punctuation; a URL's dots do not end one."""
    flat = re.sub(r"\s+", " ", _URL.sub(lambda m: m.group().replace(".", "·"), text)).strip()
    parts = re.findall(r"[^.!?]+(?:[.!?]+|$)", flat)
    return [p.strip().replace("·", ".") for p in parts if words(p)]


# --- The rules -------------------------------------------------------------------------------

_SECOND_PERSON = {"you", "your", "yours", "yourself", "you're", "you've", "you'd", "you'll", "u", "ur"}
_FIRST_PERSON = {"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll", "im", "ive"}

_CONNECTION = re.compile(
    r"\b(fellow|alum|alumn(a|ae|i|us)|also graduated|graduated (from|in) the same|classmates?"
    r"|colleagues?|cohort|friends?|mutual|we both"
    r"|both of us|we met|met you|met at|we spoke|we talked|you spoke"
    r"|your (recent |latest |last |great )?(talk|article|post|book"
    r"|podcast|interview|paper|presentation|panel|newsletter|work on|profile)|came across|found (you|your)"
    r"|saw your|read your|heard (you|your|about you)|listened to|introduc\w*|suggested|recommended"
    r"|noticed (you|your)|also (a|an) [\w-]+|pointed me|gave me your|passed (along|on) your|referred me"
    r"|mentioned (you|your)"
    r"|worked (together|with you)"
    r"|we worked|taught|your (class|course|student)|same (school|university|college|program|team|company"
    r"|field|club|city|group)|member of|also (studied|work|worked|went)|thought of you|know each other"
    r"|through \w+|on linkedin|in the \w+ (group|community|network))\b",
    re.I,
)
_PLEASANTRY = re.compile(
    r"^(i hope|hope (this|you|all)|i trust|trust (this|you)|happy (new year|monday|friday)"
    r"|((hello|hi|good (morning|afternoon|evening)),? )?(my name is|this is) [^.,;]{1,40}[.!]$"
    r"|i am [a-z]+ [a-z]+\.$"
    # On the phone you first ask for the person: "May I speak with Ana Lima?"
    r"|(may|could|can) i (please )?(speak|talk) (with|to) [^?]{1,60}\?$)",
    re.I,
)

# Words for a job. Each counts only when the sentence asks for something, and never when it is
# someone's job already ("my job as a teacher", "your role at Acme") or negated ("not a job").
_JOB_WORD = re.compile(
    r"\b(jobs?|positions?|openings?|vacanc(y|ies)|internships?|roles?|employment|referrals?|openings?"
    r"|(open|available) (spots?|seats?))\b",
    re.I,
)
_NOT_AN_ASK = re.compile(
    r"\b(jobs? (market|titles?|descriptions?|search|hunt\w*|boards?|satisfaction|fairs?|shadow\w*)"
    r"|on the job|in a position to|position (yourself|myself|itself)|role models?|roles? (of|that|in the)"
    r" (the )?(team|industry|field)|day job)\b",
    re.I,
)
_OWNED = re.compile(r"\b(my|your|his|her|their|our|its|[a-z]+'s)\s+([\w-]+\s+){0,2}$", re.I)
_PICKED = re.compile(r"\b(any|open|available|current|vacant|upcoming|new)\s+$", re.I)
_ABOUT = re.compile(r"\b(about|on|into)\s+(the\s+|different\s+|typical\s+|kinds? of\s+|types? of\s+)?$", re.I)
_NEGATED = re.compile(r"\b(not|n't|never|no|nor|without|rather than|instead of)\s+([\w'-]+\s+){0,4}$", re.I)
_ASK_CUE = re.compile(
    r"(\?\s*$|\b(could|would|can|will|might|may) you\b|\bplease\b|\blet me know\b|\bhelp me\b|\bknow of\b"
    r"|\bany\b|\bopen to\b|\bi(?:'m| am| was)? (?:currently |actively |now )?(?:looking|seeking|searching"
    r"|hoping|applying|interested|keen|eager)\b|\bi(?:'d| would) (?:love|like|appreciate)\b|\binterested in\b"
    r"|\bapply\b|\bavailable\b|\bwilling\b)",
    re.I,
)
# Words that make a sentence about jobs a request for one: openings that exist now, for the sender.
_AVAILABILITY = re.compile(
    r"\b(any|open|opens|available|vacant|upcoming|hiring|hire|apply|applying|is there|are there|for me"
    r"|consider\w*|me (a|an)|recommend me|put me forward|looking for|seeking|searching for|hoping for"
    r"|land)\b",
    re.I,
)
# Words that make it a question about how things are: insight, which is what a coffee chat is for.
_CURIOSITY = re.compile(
    r"\b(what|which|how|why|when|where|who|tell me|explain|describe|share|learn|hear|understand|curious"
    r"|typical|like|look like|differ|compare)\b",
    re.I,
)
_JOB_ASK = re.compile(
    r"\b(refer me|hire me|hiring me|(pass|send|forward|share)\w* (along |on )?my (r[ée]sum[ée]|cv)"
    r"|keep me in mind|consider me|a good word|job leads?|(are|is) (you|your (team|company|firm|group"
    r"|department|office)|[A-Z]\w+) (currently |still |now )?hiring|get (me )?(a|an) (job|interview)"
    r"|(land|find|get) (me )?(a|an) (job|role|position|internship)|(looking|searching|hoping|applying|asking)"
    r" for (a|an|any|some|open)( [\w-]+)?( [\w-]+)? (jobs?|positions?|roles?|internships?|openings?|work)"
    r"|\b(i|we) (really )?(want|need|would like|'d like) (a|an|to get a|to find a|to land a)( [\w-]+)?"
    r" (job|position|role|internship))\b",
    re.I,
)
_MENTOR = re.compile(r"\b(be my mentor|mentor me|become my mentor|mentoring me)\b", re.I)

_ATTACHMENT = re.compile(
    r"\battach(ed|ing|ment|ments)?\b|\benclos(ed|ing|ure)\b|\br[ée]sum[ée]s?\b|\bcurriculum vitae\b"
    r"|\b[\w-]+\.(pdf|docx?|pptx?)\b",
    re.I,
)
# "resume" without accents is also the verb ("resume our talk"); "CV" only in capitals.
_RESUME_VERB = re.compile(
    r"\bresum(e|es|ed|ing) (our|the|this|that|it|work|when|after|once|next|in|on|at|from)\b", re.I
)
_CV = re.compile(r"\bCVs?\b")
_NUMBER_WORDS = {
    "five": 5,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
}
_MINUTES = re.compile(
    r"\b(?P<n>\d{1,3}|five|ten|fifteen|twenty|twenty-five|thirty|forty|forty-five|sixty|ninety)"
    r"(?:\s*(?:-|–|to|or)\s*(?P<m>\d{1,3}|fifteen|twenty|thirty|forty-five))?\s*-?\s*(?:min|mins|minutes?)\b"
    r"|\b(?P<half>half an hour|half-hour|half hour)\b|\b(?P<hour>an hour|one hour|1 hour|\d+ hours)\b",
    re.I,
)


def _minutes(match: re.Match) -> int:
    if match.group("half"):
        return 30
    if match.group("hour"):
        return 60
    values = [match.group("n"), match.group("m")]
    return max(int(v) if v.isdigit() else _NUMBER_WORDS[v.lower()] for v in values if v)


def asks_for_job(sentence: str) -> bool:
    """Does this sentence ask for a job, an opening, an internship or a referral?"""
    text = sentence.translate(_APOSTROPHES)
    for match in _JOB_ASK.finditer(text):
        if not _NEGATED.search(text[: match.start()]):
            return True
    if not _ASK_CUE.search(text):
        return False
    blanked = _NOT_AN_ASK.sub(lambda m: "_" * len(m.group()), text)
    for match in _JOB_WORD.finditer(blanked):
        before = blanked[: match.start()]
        if _PICKED.search(before):
            return True
        if _OWNED.search(before) or _NEGATED.search(before) or _ABOUT.search(before):
            continue
        # "Which roles work most with designers?" is curiosity; "Is there an opening?" is an ask.
        if _AVAILABILITY.search(blanked) or not _CURIOSITY.search(blanked):
            return True
    return False


def _connection_sentence(parts: list[str]) -> int | None:
    for i, sentence in enumerate(parts):
        if _CONNECTION.search(sentence):
            return i
    return None


def _first_real_sentence(parts: list[str]) -> int:
    """Skip a pleasantry ("I hope you are well.") or a bare "My name is Maya." at the start."""
    i = 0
    while i < len(parts) - 1 and i < 2 and _PLEASANTRY.match(parts[i]):
        i += 1
    return i


_UNFILLED = re.compile(r"\[[^\]\n]{2,}\]|\{\w+\}")


def unfilled(text: str) -> str:
    """The first blank a template left for the user's words ("[what you learned]", "{company}"), or ""."""
    blank = _UNFILLED.search(text or "")
    return blank.group() if blank else ""


def check_note(text: str, *, word_limit: int = 150, channel: str = EMAIL) -> Report:
    """The lighter check for everything after the request (thank-you, update, follow-up): short,
    personal, nothing left to fill in."""
    body = body_of(text or "")
    report = Report(words=len(words(body)), limit=word_limit, characters=len((text or "").strip()))
    _check_common(report, text or "", channel)
    job_sentence = next((s for s in sentences(body) if asks_for_job(s)), None)
    if job_sentence:
        report.findings.append(
            Finding(
                "asks_for_job",
                f"“{_shorten(job_sentence)}” asks for a job, an opening or a referral. After a chat, "
                "that turns the time they gave you into a favour they have to weigh.",
                "Leave it out and keep the note to your thanks and what you will do next. People who "
                "know you and your interest tell you about openings on their own.",
            )
        )
    if channel != PHONE and report.words > word_limit:
        report.findings.append(
            Finding(
                "too_long",
                f"{report.words} words, over {word_limit}. A note they can read in one glance is the one "
                "they remember.",
                "Keep the one thing you learned and your thanks; cut the rest.",
            )
        )
    return report


def _check_common(report: Report, text: str, channel: str) -> None:
    blank = unfilled(text)
    if blank:
        report.findings.append(
            Finding(
                "unfilled",
                f"“{blank}” is still waiting for your words; sent as it is, it shows the "
                "message was a template.",
                "Replace it with your own sentence, or delete it.",
            )
        )
    if channel == LINKEDIN and report.characters > LINKEDIN_NOTE_LIMIT:
        report.findings.append(
            Finding(
                "too_many_characters",
                f"This note is {report.characters} characters; LinkedIn cuts connection notes at "
                f"{LINKEDIN_NOTE_LIMIT}.",
                "Keep the connection and the question; save the rest for when they accept.",
            )
        )


def check_message(text: str, *, word_limit: int = DEFAULT_WORD_LIMIT, channel: str = EMAIL) -> Report:
    """Check a request for a coffee chat; an empty list of findings means it is ready to send."""
    body = body_of(text or "")
    counted = words(body)
    report = Report(words=len(counted), limit=word_limit, characters=len((text or "").strip()))
    add = report.findings.append
    parts = sentences(body)
    if not counted:
        add(
            Finding(
                "too_short",
                "There is no message yet.",
                "Write who you are, how you found them, and ask for 20 minutes of advice.",
            )
        )
        return report

    _check_common(report, text or "", channel)
    if channel != PHONE and len(counted) > word_limit:
        add(
            Finding(
                "too_long",
                f"{len(counted)} words, over your limit of {word_limit}. Busy people answer short "
                "messages they can read on a phone in one go, and put long ones off.",
                f"Cut {len(counted) - word_limit} words: keep how you are connected, what you admire "
                "in their work and one question; drop your life story.",
            )
        )

    first = _first_real_sentence(parts)
    found = _connection_sentence(parts)
    if found is None:
        add(
            Finding(
                "connection_first",
                "The message never says how you are connected, so it reads like a stranger's. "
                "A shared school, a friend who suggested them or their talk you saw is what makes "
                "people answer.",
                "Open with it: “Jane Doe suggested I write to you” or “I'm a fellow Lyon alum”.",
            )
        )
    elif found > first:
        add(
            Finding(
                "connection_first",
                "You say how you are connected, but only later on. The first line decides whether "
                "they read on, and the connection is the reason they will.",
                f"Move it to the start: “{_shorten(parts[found])}”",
            )
        )

    job_sentence = next((s for s in parts if asks_for_job(s)), None)
    if job_sentence:
        add(
            Finding(
                "asks_for_job",
                f"“{_shorten(job_sentence)}” asks for a job, an opening or a referral. That turns a "
                "chat they would enjoy into a favour they have to weigh, and many will not reply.",
                "Ask for their insight and advice instead, for example “How did you get into "
                "this field?”; openings come up on their own once they know you.",
            )
        )
    mentor = next((s for s in parts if _MENTOR.search(s)), None)
    if mentor:
        add(
            Finding(
                "asks_for_mentor",
                "Asking someone to be your mentor in a first message asks for months of their time.",
                "Ask for one conversation; a mentor grows out of several good ones.",
            )
        )

    if not any(s.rstrip().endswith("?") for s in parts):
        add(
            Finding(
                "no_question",
                "There is no question in it. A statement like “I'd love to chat” leaves them to "
                "work out what to answer; a question is easy to say yes to.",
                "End with a question that finishes with “?”, like “Would you have 20 minutes for "
                "a call next week?”",
            )
        )

    times = [_minutes(m) for m in _MINUTES.finditer(body)]
    if not times:
        add(
            Finding(
                "no_time_request",
                "It does not say how much time you ask for, and an open-ended “chat” sounds long.",
                "Name it: “20 minutes” (30 at most).",
            )
        )
    elif min(times) > LONGEST_ASK_MINUTES:
        add(
            Finding(
                "too_much_time",
                f"You ask for {min(times)} minutes. A first conversation of more than "
                f"{LONGEST_ASK_MINUTES} minutes is a big ask of a stranger.",
                "Ask for 20 or 30 minutes; if it goes well they will happily run over.",
            )
        )

    about_them, about_you = _who_it_is_about(parts)
    if about_you > about_them:
        add(
            Finding(
                "mostly_about_sender",
                "Most of the message is about you (I, me, my) rather than them (you, your). People "
                "answer when they see that you are interested in their work.",
                "Turn a sentence about yourself around: not “I am interested in design” but "
                "“Your work on the Acme app is why I'm writing”.",
            )
        )

    if _ATTACHMENT.search(_RESUME_VERB.sub(" ", body)) or _CV.search(body):
        add(
            Finding(
                "attachment",
                "It mentions an attachment, a résumé or a CV. A résumé makes the request look like "
                "a job application, and attachments from strangers often go unopened.",
                "Leave it out; if they want to know more about you, they will ask.",
            )
        )
    if _URL.search(_EMAIL_ADDRESS.sub(" ", body)):
        add(
            Finding(
                "links",
                "It contains a link. Links from strangers look like spam (to people and to mail "
                "filters) and invite them to click away rather than answer.",
                "Remove the link; say in words what it would show.",
            )
        )
    return report


def _who_it_is_about(parts: list[str]) -> tuple[float, float]:
    """Words about the recipient and about the sender, sentence by sentence.

    A sentence's words are shared out by its pronouns: "Your talk on robots is why I write" is half
    about them, half about you. Sentences without any pronoun (greetings, facts) count for neither.
    """
    them = you = 0.0
    for sentence in parts:
        tokens = [w.lower() for w in words(sentence.translate(_APOSTROPHES))]
        second = sum(t in _SECOND_PERSON for t in tokens)
        first = sum(t in _FIRST_PERSON for t in tokens)
        if second + first:
            them += len(tokens) * second / (second + first)
            you += len(tokens) * first / (second + first)
    return them, you


def _shorten(text: str, limit: int = 90) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


RULE_IDS = {
    "too_short",
    "unfilled",
    "too_long",
    "too_many_characters",
    "connection_first",
    "asks_for_job",
    "asks_for_mentor",
    "no_question",
    "no_time_request",
    "too_much_time",
    "mostly_about_sender",
    "attachment",
    "links",
}
