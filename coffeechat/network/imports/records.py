"""What every parser returns: plain contacts, checked and normalised, with the line they came from.

No database here: parsers and these helpers are pure functions of the file's text.
"""

import contextlib
import datetime as dt
import functools
import gc
import re
from dataclasses import dataclass, field
from urllib.parse import unquote

import phonenumbers
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email

MAX_BYTES = 20 * 1024 * 1024  # a LinkedIn export of 30,000 connections is about 3 MB
MAX_FIELD = 10_000  # characters in one cell; more is a broken file, not a contact
DEFAULT_REGION = "US"  # numbers without a country code, as the person form reads them


@contextlib.contextmanager
def few_collections():
    """Tens of thousands of small objects that all live until the import ends: the cyclic garbage
    collector would walk them again and again (a third of the time of a large import) for nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class ImportFailed(Exception):
    """The file cannot be imported; the message says what is wrong and where, for the user."""

    def __init__(self, message: str, line: int | None = None):
        self.line = line
        super().__init__(f"Line {line}: {message}" if line else message)


@dataclass
class Contact:
    line: int
    name: str
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    company: str = ""
    title: str = ""
    linkedin_url: str = ""
    connected_on: dt.date | None = None
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    # From vCards (a business card's fields): the address as written, the website, other profiles.
    address: str = ""
    website: str = ""
    social_links: list[str] = field(default_factory=list)


_SYSTEM_GROUPS = {"mycontacts", "my contacts", "starred", "starred in android", "imported on"}


def labels(value: str) -> list[str]:
    """Tags from Google's labels: "* myContacts ::: Friends" is ["Friends"]; the groups every
    contact is in say nothing."""
    return label_list(re.split(r":::|,", value or ""))


def label_list(values) -> list[str]:
    """Tags from a list of labels (vCard CATEGORIES, already split), without the system groups."""
    found = []
    for label in values:
        label = clean(label.strip().lstrip("*"), 60)
        if (
            label
            and label.casefold() not in _SYSTEM_GROUPS
            and not label.casefold().startswith("imported on")
        ):
            found.append(label)
    return unique(found)


@dataclass
class Skipped:
    line: int
    reason: str


@dataclass
class Parsed:
    kind: str
    contacts: list[Contact] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return len(self.contacts) + len(self.skipped)


def clean(value: str | None, limit: int = 200) -> str:
    """One cell: tabs, runs of spaces and stray quotes around it gone, cut to the column's size."""
    if not value:
        return ""
    value = " ".join(value.split())
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1].strip()
    return value[:limit]


def text_or_empty(value, limit: int = 5000) -> str:
    """A multi-line value (a note, an address): line breaks kept, each line's ends trimmed."""
    if not value:
        return ""
    lines = [line.strip() for line in str(value).replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip()[:limit]


def url_or_empty(value: str) -> str:
    """A web address fit for a URL field (http or https, at most 300 characters); "" otherwise."""
    value = clean(value, 1000)
    if value and "://" not in value and "." in value and " " not in value:
        value = "https://" + value
    if not value.lower().startswith(("http://", "https://")) or len(value) > 300:
        return ""
    try:
        URLValidator()(value)
    except ValidationError:
        return ""
    return value


def email_or_empty(value: str) -> str:
    """A usable e-mail address, lowercased; "" for LinkedIn's `urn:li:member:…` and other non-addresses."""
    value = clean(value, 254).strip("<>").lower()
    if "@" not in value or len(value) > 254:
        return ""
    try:
        validate_email(value)
    except ValidationError:
        return ""
    return value


def phone_or_empty(value: str, region: str = DEFAULT_REGION) -> str:
    """E.164 (+14155550123), with " ext. N" kept; "" when it is not a possible number."""
    value = clean(value, 60).replace(";ext=", " ext. ")  # a vCard 4 tel: URI's extension
    if not value or not any(c.isdigit() for c in value):
        return ""
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(parsed):
        return ""
    number = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return f"{number} ext. {parsed.extension[:10]}" if parsed.extension else number


_LINKEDIN = re.compile(r"(?:^|[/.])linkedin\.com/(?:in|pub)/([^/?#\s]+)", re.I)


@functools.lru_cache(maxsize=65_536)
def linkedin_key(url: str) -> str:
    """The profile a LinkedIn URL points at, however it is written: `linkedin.com/in/<slug>`.

    Scheme, www or country subdomain, percent-encoding, case, query and trailing slash don't count.
    Cached: an import looks each URL up several times (parsing, matching, indexing)."""
    if not url:
        return ""
    decoded = unquote(url.strip()) if "%" in url else url.strip()
    match = _LINKEDIN.search(decoded)
    return f"linkedin.com/in/{match.group(1).casefold()}" if match else ""


def linkedin_url_or_empty(value: str) -> str:
    """A LinkedIn profile URL fit for the person's link: https, at most 300 characters."""
    value = clean(value, 1000)
    if not linkedin_key(value):
        return ""
    if not value.lower().startswith(("http://", "https://")):
        value = "https://" + value.lstrip("/")
    return value[:300] if len(value) <= 300 else ""


def unique(values) -> list[str]:
    seen, result = set(), []
    for value in values:
        if value and value not in seen:
            seen.add(value)
            result.append(value)
    return result


_DATE_FORMATS = (
    "%d %b %Y",  # 30 May 2024 (LinkedIn today)
    "%d-%b-%y",  # 23-Apr-23 (re-saved by a spreadsheet)
    "%m/%d/%y, %I:%M %p",  # 1/8/18, 6:14 PM (LinkedIn 2018)
    "%m/%d/%y",
    "%m/%d/%Y",
    "%Y-%m-%d",
    "%d %B %Y",
    "%d-%b-%Y",
    "%b %d, %Y",
    "%Y%m%d",
)
_date_cache: dict[str, dt.date | None] = {}


def parse_date(value: str) -> dt.date | None:
    """A date in any layout seen in contact exports, or None. Thousands of rows share a few dates."""
    value = clean(value, 40)
    if not value:
        return None
    if value in _date_cache:
        return _date_cache[value]
    found = None
    for fmt in _DATE_FORMATS:
        try:
            found = dt.datetime.strptime(value, fmt).date()
            break
        except ValueError:
            continue
    if found and not 1900 <= found.year <= 2100:
        found = None
    if len(_date_cache) < 10_000:
        _date_cache[value] = found
    return found
