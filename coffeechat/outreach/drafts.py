"""Messages coffeechat drafts: our built-in templates, the placeholders they use, and filling them.

A template is plain text with `{placeholders}`; an unknown placeholder is refused with its name, so a
typo never reaches a host as "{hots_name}". Square brackets mark what only the user can write
("[what you will do with it]"): the checker will not call a message ready while one is left.
"""

import datetime as dt
import re
from dataclasses import dataclass

from django.utils import timezone

from coffeechat.lib.business_days import add_business_days
from coffeechat.lib.checker import EMAIL, LINKEDIN, PHONE

REQUEST = "request"
SCHEDULE = "schedule"
FOLLOW_UP = "follow_up"
SECOND_CONTACT = "second_contact"
THANK_YOU = "thank_you"
UPDATE = "update"
KEEP_IN_TOUCH = "keep_in_touch"

PURPOSES = {
    REQUEST: "The request",
    SCHEDULE: "Reply with times",
    FOLLOW_UP: "Follow-up (no reply yet)",
    THANK_YOU: "Thank-you note",
    UPDATE: "Update a week later",
    KEEP_IN_TOUCH: "Keeping in touch",
}
CHANNELS = {EMAIL: "E-mail", LINKEDIN: "LinkedIn note (300 characters)", PHONE: "Phone call script"}

PLACEHOLDERS = {
    "host_first_name": "the host's first name",
    "host_name": "the host's full name",
    "company": "the company you are asking about (or “your company”)",
    "connection": "a sentence saying how you know them, from their person page",
    "goal": "a sentence saying what you hope to learn, from the conversation's goal",
    "minutes": "the length you ask for (the conversation's duration)",
    "my_name": "your name",
    "my_first_name": "your first name",
    "slots": "a few meeting times to offer, on business days",
    "met_when": "when you met (“today”, “yesterday”, “on Tuesday”)",
    "learned": "a sentence naming the thing you learned, picked from your notes and said to the host",
}
_PLACEHOLDER = re.compile(r"\{(\w*)\}")


class UnknownPlaceholder(ValueError):
    def __init__(self, names: list[str]):
        self.names = names
        listed = ", ".join(f"{{{n}}}" for n in names)
        super().__init__(
            f"coffeechat does not know {listed}. Use one of: "
            + ", ".join(f"{{{n}}}" for n in PLACEHOLDERS)
            + "."
        )


def unknown_placeholders(text: str) -> list[str]:
    return sorted({name for name in _PLACEHOLDER.findall(text) if name not in PLACEHOLDERS})


def fill(text: str, values: dict[str, str]) -> str:
    """Put the values in; refuses a placeholder coffeechat does not know."""
    unknown = unknown_placeholders(text)
    if unknown:
        raise UnknownPlaceholder(unknown)
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), text)


@dataclass(frozen=True)
class Draft:
    key: str
    name: str
    purpose: str
    channel: str
    subject: str
    body: str


BUILT_IN = [
    Draft(
        "request-email",
        "Short request (6-point e-mail)",
        REQUEST,
        EMAIL,
        "A question about your work at {company}",
        "Hi {host_first_name},\n\n{connection} Your path at {company} is just what I'd love to learn "
        "from. {goal}\n\nWould you have {minutes} minutes in the next few weeks to share "
        "your advice? Any time that suits you works for me.\n\nBest,\n{my_first_name}",
    ),
    Draft(
        "request-email-warm",
        "Warm request (someone you know)",
        REQUEST,
        EMAIL,
        "Could I ask your advice?",
        "Hi {host_first_name},\n\n{connection} You know this world well, and yours is the view I'd "
        "value most as I look into a new direction. {goal}\n\nCould you spare {minutes} minutes for a "
        "coffee or a call in the coming weeks? I'd love to hear how you see it.\n\nThanks,\n{my_first_name}",
    ),
    Draft(
        "request-linkedin",
        "LinkedIn connection note",
        REQUEST,
        LINKEDIN,
        "",
        "Hi {host_first_name}, {connection} Your work at {company} is what I'd love to learn about. "
        "Would you have {minutes} minutes for a short call in the coming weeks? Thanks, {my_first_name}",
    ),
    Draft(
        "request-phone",
        "Phone call script",
        REQUEST,
        PHONE,
        "",
        "Hello, this is {my_name}. May I speak with {host_name}?\n\n"
        "(Once you have them:) {connection} I'm calling because I'm curious about your work at {company} "
        "and would value your advice. {goal}\n\n"
        "I'd only like to ask you a few questions, nothing more. Would you have {minutes} minutes for a "
        "short conversation, now or at a time that suits you better?\n\n"
        "(If now is not good:) When would be a better time to call you back?",
    ),
    Draft(
        "schedule-email",
        "Thank them and offer times",
        SCHEDULE,
        EMAIL,
        "Re: A question about your work at {company}",
        "Hi {host_first_name},\n\nThank you so much for replying! Would one of these times work for you?\n\n"
        "{slots}\n\nA call, a video call or a coffee near your office: whatever suits you best. If none of "
        "these work, just suggest another time.\n\nBest,\n{my_first_name}",
    ),
    Draft(
        "follow-up-email",
        "One polite follow-up (same thread)",
        FOLLOW_UP,
        EMAIL,
        "Re: A question about your work at {company}",
        "Hi {host_first_name},\n\nI'm bringing my note below back to the top of your inbox in case it got "
        "buried. Would you have {minutes} minutes in the coming weeks? I'd value your perspective.\n\n"
        "Thanks,\n{my_first_name}",
    ),
    Draft(
        "thank-you-email",
        "Personal thank-you",
        THANK_YOU,
        EMAIL,
        "Thank you",
        "Hi {host_first_name},\n\nThank you for your time {met_when} and for being so open about your "
        "work at {company}. {learned}\n\n[What you will do with it, e.g. “I have "
        "signed up for the course you suggested.”]\n\nI'll let you know how it goes. Thanks again,\n"
        "{my_first_name}",
    ),
    Draft(
        "update-email",
        "I followed your advice…",
        UPDATE,
        EMAIL,
        "A quick update",
        "Hi {host_first_name},\n\nA quick update since we talked: I followed your advice and [what you "
        "did, and how it went].\n\nThank you again for pointing me that way. I hope all is well at "
        "{company}!\n\nBest,\n{my_first_name}",
    ),
    Draft(
        "keep-in-touch-email",
        "Thought of you",
        KEEP_IN_TOUCH,
        EMAIL,
        "Thought of you",
        "Hi {host_first_name},\n\n[An article, event or news] made me think of you and our conversation.\n\n"
        "[One line of news from your side.]\n\nI hope things are going well at {company}.\n\nBest,\n"
        "{my_first_name}",
    ),
]
BUILT_IN_BY_KEY = {d.key: d for d in BUILT_IN}


def built_in(purpose: str, channel: str) -> list[Draft]:
    """Built-in drafts for a purpose: those for the channel first, then the e-mail ones."""
    mine = [d for d in BUILT_IN if d.purpose == purpose]
    return sorted(mine, key=lambda d: d.channel != channel)


_CONNECTION = {
    "friend": "We know each other, and you were the first person I thought of.",
    "family": "You were the first person in the family I thought of.",
    "former_colleague": "We worked together a while back, and I've followed your work since.",
    "classmate": "We were classmates, and I've enjoyed seeing where your career has gone.",
    "alumni": "I'm a fellow alum of your school and found you through our alumni network.",
    "teacher": "You taught me, and your classes are part of why I'm exploring this field.",
    "event": "We met at an event recently, and I enjoyed talking with you.",
    "online": "I found you through an online community we both belong to.",
    "contact": "We're connected, and I've followed your work with interest.",
    "coffee_chat": "Thank you again for our conversation; it has stayed with me.",
}


def connection_sentence(host) -> str:
    """How you know the host, as the first sentence of a request."""
    if host.introduced_by_id:
        return f"{host.introduced_by.name} suggested I get in touch with you."
    if host.relationship == "introduced":
        return "A mutual contact suggested I get in touch with you."
    if host.relationship in _CONNECTION:
        return _CONNECTION[host.relationship]
    # Not the company's name: the next sentence of most requests names it ("Your path at Acme…").
    return "I came across your profile while reading about your field."


GOAL_BLANK = "I'd especially love to hear your view on [what you hope to learn from them]."
_GOAL_VERBS = {
    "learn", "find", "understand", "hear", "see", "explore", "discover", "know", "get", "ask", "catch",
    "compare", "figure", "discuss", "gain", "talk", "chat", "review", "improve", "break", "move",
    "land", "build", "meet", "visit", "check", "test", "practice", "practise", "share", "show", "decide",
}  # fmt: skip
_SENTENCE_STARTS = {
    "i", "i'm", "i'd", "i've", "i'll", "we", "we're", "we'd", "my", "our", "it", "it's", "this", "there",
    "you", "you're", "you've", "your", "could", "can", "would", "will", "do", "does", "is", "are",
}  # fmt: skip
_WH = {"how", "what", "why", "where", "which", "who", "whether", "when", "if"}
_QUESTION_AUX = {"do", "does", "did", "is", "are", "was", "were", "can", "could", "should", "would", "will"}
_FINITE = re.compile(
    r"\b(is|are|was|were|am|has|have|had|want|wants|would|will|can|could|should|need|needs|"
    r"fascinates?|interests?|matters?|seems?|makes?|keeps?|hope|hopes)\b",
    re.I,
)


def goal_sentence(goal: str, host_name: str = "") -> str:
    """The goal as a sentence of its own, said to the host and about them as much as about the user
    (the checker's "mostly about you" rule counts it): "Learn how she moved into research" → "Above
    all, your experience would help me learn how you moved into research."; "UX research in health
    care" → "I'd especially love to hear your view on UX research in health care."; a full sentence
    is kept as it is."""
    text = " ".join(goal.split()).rstrip(" .;:,…")
    if host_name:
        for name in sorted({host_name, host_name.split()[0]}, key=len, reverse=True):
            text = re.sub(rf"\b{re.escape(name)}['’]s\b", "your", text)
            text = re.sub(rf"\b{re.escape(name)}\b", "you", text)
    text = _to_second_person(text) if _THIRD & {w.lower() for w in _WORD.findall(text)} else text
    text = re.sub(r"^to\s+", "", text, flags=re.I)
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return GOAL_BLANK
    end = "" if text.endswith(("?", "!")) else "."
    if words[0] in _WH and end and len(words) > 1 and words[1] in _QUESTION_AUX:
        end = "?"  # "How do teams hire" is a question
    if words[0] in _WH and end == ".":
        clause = re.sub(r"^if\b", "whether", text[0].lower() + text[1:])
        return f"I'd especially love to hear your view on {clause}."
    if words[0] in _SENTENCE_STARTS or end != "." or (words[0] not in _GOAL_VERBS and _FINITE.search(text)):
        if words[0] == "i" or words[0].startswith("i'"):
            return "I" + text[1:] + end
        return text[0].upper() + text[1:] + end
    verb, _, rest = text.partition(" ")
    if words[0] == "ask" and rest:
        rest = re.sub(r"^you\s+", "", rest)
        you = "you " if _WORD.findall(rest)[0].lower() in _WH | {"about", "for"} else ""
        return f"I'd especially like to ask {you}{rest}."
    if words[0] in {"catch", "meet", "talk", "chat"} and rest:  # "catch up with you and hear…"
        return f"I'd especially love to {verb.lower()} {rest}."
    if words[0] == "hear" and rest:
        return f"I'd especially love to hear from you {rest}."
    if words[0] in _GOAL_VERBS:
        return f"Above all, your experience would help me {verb.lower()}{' ' + rest if rest else ''}."
    return f"I'd especially love to hear your view on {_lower_first(text)}."


def meeting_slots(user, count: int = 3) -> str:
    """A few times to offer, on the user's business days from the day after tomorrow: mornings and
    afternoons in turn, in the user's time zone."""
    day, slots = user.today() + dt.timedelta(days=1), []
    for i in range(count):
        day = add_business_days(day, 1, user.holidays())
        hour = (10, 14, 16)[i % 3]
        slots.append(f"- {day:%A %-d %B} at {hour}:00 ({user.time_zone.replace('_', ' ')} time)")
    return "\n".join(slots)


def met_when(conversation, user) -> str:
    if not conversation.met_at:
        return "today"
    days = (user.today() - timezone.localtime(conversation.met_at, user.tz).date()).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 7:
        return f"on {timezone.localtime(conversation.met_at, user.tz):%A}"
    return "the other week"


# Lines meeting mode's quick capture writes for leads (a name, an opening, a season): not things
# learned to thank someone for. Its "Advice:" lines are, without the label.
LEAD_LINE = re.compile(r"^(someone to meet|an opening|opening|hiring season)\s*:", re.I)
ADVICE_LABEL = re.compile(r"^advice\s*:\s*", re.I)


def learned_choices(notes: str) -> list[str]:
    """The things the user wrote down, one per line or sentence, to pick one for the thank-you.
    Questions (meeting mode writes each asked question above its answer), lead lines and notes that
    cannot be said to the host (about someone else in the third person) are left out."""
    found = []
    for line in notes.splitlines():
        line = ADVICE_LABEL.sub("", line.strip(" -*•\t"))
        if LEAD_LINE.match(line):
            continue
        for part in re.split(r"(?<=[.!?])\s+", line):
            part = part.strip()
            if len(part) > 3 and not part.endswith("?") and part not in found and learned_sentence(part):
                found.append(part)
    return found[:30]


# -- Saying a note to the host ------------------------------------------------------------------------
# Notes are written about the host ("She got her first role by…", "Offered to share…"); the thank-you
# speaks to them ("I especially appreciated hearing that you got your first role by…"). What cannot be
# turned round safely (someone else in the third person) is left for the user to write.

LEARNED_BLANK = "I especially appreciated [one specific thing you learned from them, in your own words]."
_WORD = re.compile(r"[\w'’]+")
_THIRD = {"she", "he", "her", "his", "him", "hers", "herself", "himself"}
_THEY = {"they", "their", "them", "theirs", "themselves"}
_HOST_SUBJECT = re.compile(r"^(she|he|they)(?:(['’])(d|ll|s|re|ve))?$", re.I)
_HEARSAY = re.compile(
    r"^(?:(?:she|he|they)\s+)?(?:said|told\s+me|says|explained|mentioned|thinks|thought)\s+(?:that\s+)?",
    re.I,
)
_THANKS_FOR = {
    "offered": "offering",
    "introduced": "introducing",
    "recommended": "recommending",
    "suggested": "suggesting",
    "shared": "sharing",
    "invited": "inviting",
}
_RECOMMEND_LABELS = {
    "read", "book", "books", "watch", "listen", "resource", "resources", "podcast", "course",
    "article", "try", "tool", "recommended", "recommendation", "look into",
}  # fmt: skip
_ADVICE_VERBS = {
    "ask", "avoid", "build", "call", "cut", "focus", "get", "join", "keep", "lead", "learn", "look",
    "make", "meet", "practice", "practise", "put", "read", "reach", "say", "send", "show", "start",
    "stop", "take", "talk", "tell", "think", "try", "use", "volunteer", "write", "wait", "come", "go",
    "find", "apply", "be", "don't", "do", "check", "pick", "prepare", "bring", "follow", "contact",
    "skip", "visit", "expect", "leave", "add", "drop", "remember", "ignore", "aim", "share",
}  # fmt: skip
_ADVERBS = {"always", "often", "also", "never", "still", "usually", "really", "just", "only", "even"}
_IRREGULAR = {
    "is": "are", "was": "were", "has": "have", "does": "do", "goes": "go", "isn't": "aren't",
    "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't",
}  # fmt: skip
# Words that start a sentence and may be lowercased after "your point that"; anything else might be a
# name ("Pathwise hires…") and keeps its capital.
_COMMON_STARTS = {
    "a", "an", "the", "every", "each", "half", "most", "many", "some", "all", "any", "no", "one", "two",
    "three", "few", "small", "big", "large", "good", "real", "new", "junior", "senior", "there", "it",
    "this", "that", "these", "those", "what", "how", "why", "when", "where", "research", "researchers",
    "portfolio", "portfolios", "studies", "teams", "people", "hiring", "interviews", "design",
    "designers", "teaching", "healthcare", "lesson", "content", "museum", "volunteering",
    "networking", "nobody", "everyone", "companies", "recruiters", "managers", "case", "writing",
}  # fmt: skip


def _verb_for_you(word: str) -> str:
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if len(low) > 4 and low.endswith("ies"):
        return word[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _to_second_person(text: str) -> str:
    """The host's pronouns turned to "you": she/he/they → you (and the verb after it agrees),
    her/his/their → your (or "you" as an object), him/them → you. Everything else is kept as written."""
    matches = list(_WORD.finditer(text))
    out, last, conjugate = [], 0, False
    for i, m in enumerate(matches):
        tok = m.group()
        low = tok.lower().replace("’", "'")
        following = matches[i + 1].group().lower() if i + 1 < len(matches) else ""
        adjacent = i + 1 < len(matches) and not text[m.end() : matches[i + 1].start()].strip()
        new = tok
        subject = _HOST_SUBJECT.match(low)
        if subject:
            ending = subject.group(3)
            if ending == "s":  # she's: is, or has before a participle
                perfect = following in {"been", "got", "done", "had"} or following.endswith("ed")
                ending = "ve" if perfect else "re"
            new = "you" + (f"'{ending}" if ending else "")
            conjugate = not ending and low != "they"
            out.append(text[last : m.start()] + new)
            last = m.end()
            continue
        if conjugate and low not in _THIRD | _THEY:
            if not (low in _ADVERBS or low.endswith("ly")):
                new, conjugate = _verb_for_you(tok), False
        elif low in {"her", "their"}:
            objective = not adjacent or following in {
                "the", "a", "an", "to", "that", "and", "or", "in", "on", "at", "for", "with", "about",
                "from", "as", "but", "again", "back", "up", "out", "me", "it",
            }  # fmt: skip
            new, conjugate = ("you" if objective else "your"), False
        elif low == "his":
            new = "your"
        elif low == "him":
            new = "you"
        elif low == "hers":
            new = "yours"
        elif low in {"herself", "himself"}:
            new = "yourself"
        if low in _THIRD | _THEY:
            conjugate = False
        out.append(text[last : m.start()] + new)
        last = m.end()
    return "".join(out) + text[last:]


def _lower_first(text: str) -> str:
    """The first word lowercased when it is a common word, not a name: "Pathwise hires…" keeps its
    capital, "Counselling interviews…" does not."""
    first = text.split()[0] if text.split() else ""
    common = first.lower() in _COMMON_STARTS or (
        first[1:] == first[1:].lower()
        and first.lower().endswith(("ing", "ings", "ers", "ies", "ists", "ions"))
    )
    return text[0].lower() + text[1:] if common else text


def learned_sentence(note: str) -> str:
    """A note about the host said to them: "She'd rather see a real study" → "I especially appreciated
    hearing that you'd rather see a real study." An empty note gives a blank to fill; a note that cannot
    be turned round safely (someone else in the third person) gives ""."""
    text = ADVICE_LABEL.sub("", " ".join(note.strip(" -*•\t").split())).rstrip(" .;:,")
    if not text:
        return LEARNED_BLANK
    label, colon, rest = text.partition(":")
    if colon and rest.strip() and len(label.split()) <= 3 and not _THIRD & set(label.lower().split()):
        if label.strip().lower() in _RECOMMEND_LABELS:
            return f"Thank you as well for recommending {_to_second_person(rest.strip())}."
        text = rest.strip()
    first, _, after = text.partition(" ")
    if first.lower() in _THANKS_FOR and after:
        return f"Thank you as well for {_THANKS_FOR[first.lower()]} {_to_second_person(after)}."
    hearsay = _HEARSAY.match(text)
    if hearsay:
        text = text[hearsay.end() :].strip()
        if not _WORD.search(text):
            return ""
    words = [w.lower() for w in _WORD.findall(text)]
    if _HOST_SUBJECT.match(words[0].replace("’", "'")):
        return f"I especially appreciated hearing that {_to_second_person(text)}."
    if _THIRD & set(words):
        return ""
    if hearsay:
        return f"I especially appreciated hearing that {_lower_first(text)}."
    if words[0].endswith("ed"):  # "Toured the lab": the user's doing, or the host's? Left to the user.
        return ""
    if words[0] in _ADVICE_VERBS:
        return f"I especially appreciated your advice to {text[0].lower()}{text[1:]}."
    return f"I especially appreciated your point that {_lower_first(text)}."


def values_for(conversation, user, learned: str = "") -> dict[str, str]:
    host = conversation.host
    company = conversation.company.name if conversation.company_id else ""
    return {
        "host_first_name": host.first_name,
        "host_name": host.name,
        "company": company or "your company",
        "connection": connection_sentence(host),
        "goal": goal_sentence(conversation.goal, host.name),
        "minutes": str(min(conversation.duration_minutes, 30) if conversation.duration_minutes else 20),
        "my_name": user.name or user.first_name,
        "my_first_name": user.first_name,
        "slots": meeting_slots(user),
        "met_when": met_when(conversation, user),
        "learned": learned_sentence(learned) or LEARNED_BLANK,
    }
