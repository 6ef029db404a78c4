"""Plain rules for leads: when a hiring season's reminder falls, when to work on an opening."""

import datetime as dt
import re

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

_MONTH_WORD = re.compile(
    r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?(?:\s+(\d{4}))?", re.I
)
_SEASON_WORD = re.compile(r"\b(" + "|".join(SEASONS) + r")\b(?:\s+(\d{4}))?", re.I)
_ISO_MONTH = re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b")

# An opening is worked on this many days before its deadline: time to ask the host for advice
# on the application, and to write it.
DAYS_BEFORE_DEADLINE = 7


def season_start(text: str, today: dt.date) -> dt.date | None:
    """The first day a hiring season mentioned in `text` opens, the next time it comes round.

    "internship hiring opens in March" → the coming 1 March (this month's counts: today);
    "March 2027", "2027-03" and "2027-03-15" name the year or day too. Seasons are read as their
    first month ("fall" → 1 September). May, the verb, is only a month when capitalised.
    None when no time is named.
    """
    iso = _ISO_MONTH.search(text)
    if iso:
        year, month, day = int(iso[1]), int(iso[2]), int(iso[3] or 1)
        try:
            return max(dt.date(year, month, day), today) if 1 <= month <= 12 else None
        except ValueError:
            return None
    found = None
    for match in _MONTH_WORD.finditer(text):
        if match[1].lower() == "may" and match[1] != "May":
            continue  # "they may hire", not the month
        found = (MONTHS[match[1].lower()], match[2])
        break
    if found is None:
        season = _SEASON_WORD.search(text)
        if season:
            found = (SEASONS[season[1].lower()], season[2])
    if found is None:
        return None
    month, year = found
    if year:
        return max(dt.date(int(year), month, 1), today)
    if month == today.month:
        return today
    start = dt.date(today.year, month, 1)
    return start if start > today else dt.date(today.year + 1, month, 1)


def work_on_opening_by(deadline: dt.date, today: dt.date) -> dt.date:
    """When to be reminded of an opening: a week before its deadline, never before today."""
    return max(today, min(deadline, deadline - dt.timedelta(days=DAYS_BEFORE_DEADLINE)))


# --- Meeting mode's quick capture: one typed line read as a lead -----------------------------------

# Where the person ends and what was said about them begins: "Priya Shah, ops lead", "Priya - ops".
_NOTE_BREAK = re.compile(r"\s*(?:,|;|\s[-–—]\s)\s*")
# Where they work: "Priya Shah at Globex", "Priya from Globex", "Priya @ Globex", "Priya (Globex)".
# Lower case only, so a name with a capitalised "At" or "From" in it stays whole.
_AT_COMPANY = re.compile(
    r"^(?P<name>.+?)\s+(?:at|from|@)\s+(?P<company>.+)$|^(?P<pname>.+?)\s*\((?P<pcompany>[^()]+)\)$"
)
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.I)


def split_referral(line: str) -> tuple[str, str, str]:
    """A name typed during a meeting, as (name, company, note): "Priya Shah at Globex, runs ops"
    → ("Priya Shah", "Globex", "runs ops"). The company is "" when none is named."""
    who, *rest = _NOTE_BREAK.split(line.strip(), maxsplit=1)
    note = rest[0].strip() if rest else ""
    found = _AT_COMPANY.match(who.strip())
    if not found:
        return who.strip(), "", note
    name = found["name"] or found["pname"]
    company = found["company"] or found["pcompany"]
    return name.strip(), company.strip(), note


def split_link(line: str) -> tuple[str, str]:
    """An opening typed during a meeting, as (what, link): the first web address is the link."""
    found = _LINK.search(line)
    if not found:
        return line.strip(), ""
    url = found[0].rstrip(".,;)")
    rest = (line[: found.start()] + line[found.start() + len(url) :]).strip()
    return re.sub(r"\s{2,}", " ", rest).strip(" ,;:.-–—"), url
