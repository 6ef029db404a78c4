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
    "goal": "why you want to talk, from the conversation",
    "minutes": "the length you ask for (the conversation's duration)",
    "my_name": "your name",
    "my_first_name": "your first name",
    "slots": "a few meeting times to offer, on business days",
    "met_when": "when you met (“today”, “yesterday”, “on Tuesday”)",
    "learned": "the thing you learned, picked from your notes",
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
        "from, in particular: {goal}\n\nWould you have {minutes} minutes in the next few weeks to share "
        "your advice? Any time that suits you works for me.\n\nBest,\n{my_first_name}",
    ),
    Draft(
        "request-email-warm",
        "Warm request (someone you know)",
        REQUEST,
        EMAIL,
        "Could I ask your advice?",
        "Hi {host_first_name},\n\n{connection} I'm looking into a new direction and you're the person "
        "whose view I'd value most: {goal}\n\nCould you spare {minutes} minutes for a coffee or a call "
        "in the coming weeks? I'd love to hear how you see it.\n\nThanks,\n{my_first_name}",
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
        "and would value your advice, in particular: {goal}\n\n"
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
        "work at {company}. What stayed with me most: {learned}\n\n[What you will do with it, e.g. “I have "
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
    "event": "We met at an event recently, and I enjoyed our conversation.",
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


def goal_phrase(goal: str) -> str:
    """The goal as the end of a sentence: "Learn how design works" → "learn how design works."."""
    text = " ".join(goal.split()).rstrip(" .")
    if not text:
        return "[what you hope to learn from them]."
    first = text.split()[0]
    if first != "I" and not first.isupper() and first[1:] == first[1:].lower():
        text = text[0].lower() + text[1:]
    return text + ("" if text.endswith(("?", "!")) else ".")


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
    Questions (meeting mode writes each asked question above its answer) and lead lines are left out."""
    found = []
    for line in notes.splitlines():
        line = ADVICE_LABEL.sub("", line.strip(" -*•\t"))
        if LEAD_LINE.match(line):
            continue
        for part in re.split(r"(?<=[.!?])\s+", line):
            part = part.strip()
            if len(part) > 3 and not part.endswith("?") and part not in found:
                found.append(part)
    return found[:30]


def values_for(conversation, user, learned: str = "") -> dict[str, str]:
    host = conversation.host
    company = conversation.company.name if conversation.company_id else ""
    return {
        "host_first_name": host.first_name,
        "host_name": host.name,
        "company": company or "your company",
        "connection": connection_sentence(host),
        "goal": goal_phrase(conversation.goal),
        "minutes": str(min(conversation.duration_minutes, 30) if conversation.duration_minutes else 20),
        "my_name": user.name or user.first_name,
        "my_first_name": user.first_name,
        "slots": meeting_slots(user),
        "met_when": met_when(conversation, user),
        "learned": (learned.strip() or "[one thing you learned]").rstrip(".") + ".",
    }
