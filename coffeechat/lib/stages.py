"""The stages of a coffee chat and which moves between them make sense.

Pure rules, no database: the model, the pages and later the API all ask these functions.
"""

from dataclasses import dataclass

IDEA = "idea"
REQUESTED = "requested"
SCHEDULED = "scheduled"
MET = "met"
THANKED = "thanked"
KEEPING_IN_TOUCH = "keeping_in_touch"
DECLINED = "declined"
NO_REPLY = "no_reply"
ON_HOLD = "on_hold"

MAIN_LINE = [IDEA, REQUESTED, SCHEDULED, MET, THANKED, KEEPING_IN_TOUCH]
SIDE_EXITS = [DECLINED, NO_REPLY, ON_HOLD]
ALL = MAIN_LINE + SIDE_EXITS

LABELS = {
    IDEA: "Idea",
    REQUESTED: "Requested",
    SCHEDULED: "Scheduled",
    MET: "Met",
    THANKED: "Thanked",
    KEEPING_IN_TOUCH: "Keeping in touch",
    DECLINED: "Declined",
    NO_REPLY: "No reply",
    ON_HOLD: "On hold",
}

# What the user does next at each stage, shown on cards and on the conversation page.
NEXT_STEP = {
    IDEA: "Ask for 20–30 minutes of their time.",
    REQUESTED: "Wait for a reply; follow up if it stays quiet.",
    SCHEDULED: "Prepare your questions before the meeting.",
    MET: "Send a personal thank-you note within a day.",
    THANKED: "Send a short update on what you did with their advice.",
    KEEPING_IN_TOUCH: "Check in every couple of months.",
    DECLINED: "Thank them anyway; ask if someone else might talk to you.",
    NO_REPLY: "Try a second contact at the same company.",
    ON_HOLD: "Pick it up again when the time is right.",
}

CHOICES = [(stage, LABELS[stage]) for stage in ALL]

# Side exits only make sense from some stages: a host cannot decline after you have met.
_SIDE_EXIT_FROM = {
    DECLINED: {IDEA, REQUESTED, SCHEDULED, NO_REPLY, ON_HOLD},
    NO_REPLY: {REQUESTED, ON_HOLD},
    ON_HOLD: set(ALL) - {ON_HOLD},
}


@dataclass(frozen=True)
class Move:
    allowed: bool
    reason: str = ""


def check_move(current: str, target: str) -> Move:
    """May a conversation move from `current` to `target`? If not, say why in plain words."""
    if current not in LABELS or target not in LABELS:
        return Move(False, "That is not a stage coffeechat knows.")
    if current == target:
        return Move(False, f"It is already at “{LABELS[target]}”.")
    if target in SIDE_EXITS and current not in _SIDE_EXIT_FROM[target]:
        return Move(False, f"A conversation at “{LABELS[current]}” cannot be marked “{LABELS[target]}”.")
    return Move(True)


def allowed_targets(current: str) -> list[str]:
    return [stage for stage in ALL if check_move(current, stage).allowed]


def next_stage(current: str) -> str | None:
    """The natural next step on the main line, or None at the end or on a side exit."""
    if current in MAIN_LINE and current != KEEPING_IN_TOUCH:
        return MAIN_LINE[MAIN_LINE.index(current) + 1]
    return None


def is_forward(current: str, target: str) -> bool:
    """A step ahead on the main line; coming back from a side exit counts as ahead too."""
    if target not in MAIN_LINE:
        return False
    return current not in MAIN_LINE or MAIN_LINE.index(target) > MAIN_LINE.index(current)


def is_active(stage: str) -> bool:
    return stage in MAIN_LINE
