"""CSV contact exports: LinkedIn's Connections.csv, Google Contacts, Outlook.

Each format is a header to find (not always on line 1) and a function from a row to a Contact.
"""

import csv
import re
from collections.abc import Callable, Iterator

from coffeechat.network.imports.records import (
    MAX_FIELD,
    Contact,
    ImportFailed,
    Parsed,
    Skipped,
    clean,
    email_or_empty,
    labels,
    linkedin_url_or_empty,
    parse_date,
    phone_or_empty,
    unique,
)

HEADER_SEARCH_LINES = 20
Row = dict[str, str]


def header_key(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").strip().strip('"').split()).casefold()


def _rows(text: str, delimiter: str) -> Iterator[tuple[int, int, list[str]]]:
    """(first line, last line, cells) for each row; broken quoting is an ImportFailed naming the line."""
    reader = csv.reader(text.splitlines(keepends=True), delimiter=delimiter, strict=True)
    line = 0
    while True:
        start = line + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            problem = str(e)
            if "unexpected end of data" in problem or "newline inside string" in problem:
                problem = 'a quoted value is never closed (a closing " is missing)'
            elif "expected after" in problem:
                problem = 'a quote ends in the middle of a value (write a " inside quotes as "")'
            elif "field larger" in problem:
                problem = "one value is far too long for a contact"
            raise ImportFailed(f"this line cannot be read: {problem}.", line=start) from None
        line = reader.line_num
        yield start, line, cells


def _find_header(text: str, is_header: Callable[[set[str]], bool]) -> tuple[str, int, list[str]] | None:
    """The delimiter, line number and cells of the first line that `is_header`, within the first lines."""
    for delimiter in (",", ";", "\t"):
        try:
            for n, (start, _end, cells) in enumerate(_rows(text, delimiter)):
                if n >= HEADER_SEARCH_LINES:
                    break
                keys = [header_key(c) for c in cells]
                if is_header(set(keys)):
                    return delimiter, start, keys
        except ImportFailed:
            continue
    return None


def read_table(
    text: str,
    kind: str,
    *,
    is_header: Callable[[set[str]], bool],
    expected: str,
    to_contact: Callable[[Row, int], Contact | Skipped | None],
    multiline: bool = False,
) -> Parsed:
    found = _find_header(text, is_header)
    if found is None:
        first = next((line for line in text.splitlines() if line.strip()), "")[:120]
        raise ImportFailed(
            f"This does not look like {expected}: no line near the top names its columns. "
            f"Line 1 reads “{first}”."
        )
    delimiter, header_line, columns = found
    width = len(columns)
    parsed = Parsed(kind=kind)
    for start, end, cells in _rows(text, delimiter):
        if start <= header_line:
            continue
        if not any(c.strip() for c in cells):
            continue  # a blank line
        if not multiline and end > start:
            raise ImportFailed(
                f'a quoted value runs on to line {end}: a closing " is probably missing.', line=start
            )
        if any(len(c) > MAX_FIELD for c in cells):
            parsed.skipped.append(Skipped(start, "one value is far too long for a contact"))
            continue
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            parsed.skipped.append(
                Skipped(
                    start,
                    f"{len(cells)} values where the header has {width}: a comma inside a name "
                    "without quotes around it?",
                )
            )
            continue
        row = dict(zip(columns, cells, strict=False))
        result = to_contact(row, start)
        if isinstance(result, Skipped):
            parsed.skipped.append(result)
        elif result is not None:
            parsed.contacts.append(result)
    return parsed


def _joined(value: str) -> list[str]:
    """Google joins several values in one cell with " ::: "."""
    return [v for v in (value or "").split(":::")]


# LinkedIn -----------------------------------------------------------------------------------


def _is_linkedin_header(keys: set[str]) -> bool:
    return {"first name", "last name"} <= keys and bool(keys & {"connected on", "position", "company"})


def _linkedin_contact(row: Row, line: int) -> Contact | Skipped:
    name = " ".join(filter(None, (clean(row.get("first name")), clean(row.get("last name")))))[:200]
    if not name:
        return Skipped(line, "no name: LinkedIn leaves the row empty for people who limit what they share")
    return Contact(
        line=line,
        name=name,
        emails=unique([email_or_empty(row.get("email address", ""))]),
        company=clean(row.get("company")),
        title=clean(row.get("position")),
        linkedin_url=linkedin_url_or_empty(row.get("url") or row.get("profile url") or ""),
        connected_on=parse_date(row.get("connected on", "")),
    )


def parse_linkedin(text: str) -> Parsed:
    return read_table(
        text,
        "linkedin",
        is_header=_is_linkedin_header,
        expected="LinkedIn's Connections.csv (columns First Name, Last Name, Company, Position…)",
        to_contact=_linkedin_contact,
    )


# Google Contacts ------------------------------------------------------------------------------

_NUMBERED = re.compile(r"^(e-mail|phone|website|organization) (\d+) - (\w+)$")


def _is_google_header(keys: set[str]) -> bool:
    current = {"first name", "last name"} <= keys and any(k.startswith("organization name") for k in keys)
    older = {"name", "given name", "family name"} <= keys
    return current or older or ("first name" in keys and "e-mail 1 - value" in keys)


def _numbered(row: Row, group: str, part: str) -> list[str]:
    """Values of a repeated group ("E-mail 1 - Value", "E-mail 2 - Value"…), in number order."""
    found = []
    for key, value in row.items():
        match = _NUMBERED.match(key)
        if match and match.group(1) == group and match.group(3) == part and value:
            found.append((int(match.group(2)), value))
    return [v for _, value in sorted(found) for v in _joined(value)]


def _google_contact(row: Row, line: int) -> Contact | Skipped:
    emails = unique(email_or_empty(v) for v in _numbered(row, "e-mail", "value"))
    first = [
        clean(row.get(k))
        for k in ("first name", "given name", "middle name", "additional name", "last name", "family name")
    ]
    name = clean(row.get("name")) or " ".join(filter(None, first))
    company = clean(row.get("organization name")) or next(iter(_numbered(row, "organization", "name")), "")
    title = clean(row.get("organization title")) or next(iter(_numbered(row, "organization", "title")), "")
    name = (name or clean(row.get("nickname")) or clean(row.get("file as")) or (emails[0] if emails else ""))[
        :200
    ]
    if not name:
        return Skipped(line, "no name and no e-mail address")
    return Contact(
        line=line,
        name=name,
        emails=emails,
        phones=unique(phone_or_empty(v) for v in _numbered(row, "phone", "value")),
        company=clean(company),
        title=clean(title),
        linkedin_url=next(
            filter(None, (linkedin_url_or_empty(v) for v in _numbered(row, "website", "value"))), ""
        ),
        notes=(row.get("notes") or "").strip()[:5000],
        tags=labels(row.get("labels") or row.get("group membership") or ""),
    )


def parse_google(text: str) -> Parsed:
    return read_table(
        text,
        "google",
        is_header=_is_google_header,
        expected="a Google Contacts CSV (columns First Name, Last Name… or Name, Given Name…)",
        to_contact=_google_contact,
        multiline=True,  # notes may hold several lines
    )


# Outlook ------------------------------------------------------------------------------------

_OUTLOOK_EMAILS = ("e-mail address", "e-mail 2 address", "e-mail 3 address")


def _is_outlook_header(keys: set[str]) -> bool:
    return {"first name", "last name", "e-mail address"} <= keys and bool(keys & {"job title", "company"})


def _outlook_contact(row: Row, line: int) -> Contact | Skipped:
    emails = unique(email_or_empty(row.get(k, "")) for k in _OUTLOOK_EMAILS)
    name = " ".join(
        filter(None, (clean(row.get(k)) for k in ("first name", "middle name", "last name")))
    ) or (emails[0] if emails else "")
    if not name:
        return Skipped(line, "no name and no e-mail address")
    phones = [v for k, v in row.items() if "phone" in k and "fax" not in k]
    return Contact(
        line=line,
        name=name[:200],
        emails=emails,
        phones=unique(phone_or_empty(v) for v in phones),
        company=clean(row.get("company")),
        title=clean(row.get("job title")),
        linkedin_url=linkedin_url_or_empty(row.get("web page", "")),
        notes=(row.get("notes") or "").strip()[:5000],
    )


def parse_outlook(text: str) -> Parsed:
    return read_table(
        text,
        "outlook",
        is_header=_is_outlook_header,
        expected="an Outlook contacts CSV (columns First Name, Last Name, E-mail Address…)",
        to_contact=_outlook_contact,
        multiline=True,
    )


def guess_table_kind(text: str) -> str | None:
    for kind, test in (
        ("outlook", _is_outlook_header),
        ("google", _is_google_header),
        ("linkedin", _is_linkedin_header),
    ):
        if _find_header(text, test):
            return kind
    return None
