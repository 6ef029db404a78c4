"""vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) files with any number of cards, read with vobject.

Cards are cut apart here, so one broken card is a skipped row with its line, not a failed file;
photos are dropped before vobject sees them (they are large, and coffeechat does not keep them).
"""

import re

import vobject

from coffeechat.network.imports.records import (
    Contact,
    ImportFailed,
    Parsed,
    Skipped,
    clean,
    email_or_empty,
    label_list,
    linkedin_key,
    linkedin_url_or_empty,
    phone_or_empty,
    text_or_empty,
    unique,
    url_or_empty,
)

_BEGIN = re.compile(r"^begin:vcard\s*$", re.I)
_END = re.compile(r"^end:vcard\s*$", re.I)
_DROPPED = re.compile(r"^(?:[\w-]+\.)?(?:photo|logo|sound|key)[;:]", re.I)


def _cards(text: str):
    """(first line number, the card's text) for each BEGIN:VCARD … END:VCARD, folded lines kept."""
    start, lines, dropping = None, [], False
    for number, line in enumerate(text.splitlines(), start=1):
        if _BEGIN.match(line):
            start, lines, dropping = number, [line], False
            continue
        if start is None:
            continue
        if line[:1] in (" ", "\t"):  # a folded continuation of the line before
            if not dropping:
                lines.append(line)
            continue
        if _END.match(line):
            lines.append(line)
            yield start, "\r\n".join(lines) + "\r\n"
            start = None
            continue
        dropping = bool(_DROPPED.match(line))
        if not dropping:
            lines.append(line)
    if start is not None:
        yield start, None  # BEGIN without END


def _values(card, name: str) -> list:
    return [c.value for c in card.contents.get(name, [])]


def _text(value) -> str:
    if isinstance(value, list | tuple):
        value = " ".join(str(v) for v in value if v)
    return clean(str(value)) if value else ""


def _address(value) -> str:
    """An ADR as the lines of one address: street (which may hold several lines), then the town."""
    if isinstance(value, str):
        return text_or_empty(value, 1000)
    parts = [value.box, value.extended, value.street, value.city, value.region, value.code, value.country]
    flat = [" ".join(p) if isinstance(p, list | tuple) else p for p in parts]
    return text_or_empty("\n".join(p for p in flat if p and p.strip()), 1000)


def _card_contact(card, line: int) -> Contact | Skipped:
    emails = unique(email_or_empty(_text(v)) for v in _values(card, "email"))
    name = _text(next(iter(_values(card, "fn")), ""))
    if not name and "n" in card.contents:
        n = card.n.value
        name = " ".join(filter(None, (_text(n.prefix), _text(n.given), _text(n.additional), _text(n.family))))
    name = name or (emails[0] if emails else "")
    if not name:
        return Skipped(line, "a card without a name or an e-mail address")
    org = next(iter(_values(card, "org")), "")
    websites = [_text(v) for v in _values(card, "url")]
    profiles = [_text(v) for v in _values(card, "x-socialprofile")]
    urls = websites + profiles
    others = unique(url_or_empty(u) for u in urls if not linkedin_key(u))
    website = next((u for u in others if u in websites), "")
    return Contact(
        line=line,
        name=name[:200],
        emails=emails,
        phones=unique(phone_or_empty(_text(v).removeprefix("tel:")) for v in _values(card, "tel")),
        company=_text(org[0] if isinstance(org, list | tuple) and org else org),
        title=_text(next(iter(_values(card, "title")), "")),
        linkedin_url=next(filter(None, (linkedin_url_or_empty(u) for u in urls)), ""),
        notes=text_or_empty(next(iter(_values(card, "note")), "")),
        address=next(filter(None, (_address(v) for v in _values(card, "adr"))), ""),
        website=website,
        social_links=[u for u in others if u != website][:20],
        tags=label_list(
            str(tag)
            for v in _values(card, "categories")
            for tag in (v if isinstance(v, list | tuple) else str(v).split(","))
        ),
        connected_on=None,
    )


def parse_vcard(text: str) -> Parsed:
    parsed = Parsed(kind="vcard")
    found = False
    for line, card_text in _cards(text):
        found = True
        if card_text is None:
            parsed.skipped.append(Skipped(line, "a card that never ends (END:VCARD is missing)"))
            continue
        try:
            card = vobject.readOne(card_text, ignoreUnreadable=True)
            result = _card_contact(card, line)
        except Exception:  # noqa: BLE001 - vobject raises many kinds on bad cards; one card, one row
            result = Skipped(line, "this card cannot be read")
        (parsed.skipped if isinstance(result, Skipped) else parsed.contacts).append(result)
    if not found:
        first = next((line for line in text.splitlines() if line.strip()), "")[:120]
        raise ImportFailed(f"This is not a vCard file: no line says BEGIN:VCARD. Line 1 reads “{first}”.")
    return parsed
