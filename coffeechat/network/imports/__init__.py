"""Contact imports: LinkedIn, Google Contacts, vCard and Outlook files into a user's people.

    parsed = parse("linkedin", data)       # pure: bytes in, contacts and skipped rows out
    plan = plan_import(user, parsed)       # reads the database, writes nothing: the preview
    plan.apply()                           # one transaction

Web page and CLI call these same three.
"""

from coffeechat.network.imports.decoding import read_bytes
from coffeechat.network.imports.records import (
    MAX_BYTES,
    Contact,
    ImportFailed,
    Parsed,
    Skipped,
    few_collections,
)
from coffeechat.network.imports.tables import guess_table_kind, parse_google, parse_linkedin, parse_outlook
from coffeechat.network.imports.vcards import parse_vcard

PARSERS = {
    "linkedin": parse_linkedin,
    "google": parse_google,
    "vcard": parse_vcard,
    "outlook": parse_outlook,
}
KINDS = {
    "linkedin": "LinkedIn connections (Connections.csv)",
    "google": "Google Contacts (CSV)",
    "vcard": "vCard (.vcf), from a phone, iCloud or any address book",
    "outlook": "Outlook contacts (CSV)",
}


def guess_kind(text: str) -> str | None:
    if "begin:vcard" in text[:10_000].lower():
        return "vcard"
    return guess_table_kind(text)


def parse(kind: str | None, data: bytes, filename: str = "") -> Parsed:
    """The contacts in a file. `kind` None: decided from the content. Raises only ImportFailed."""
    text = read_bytes(data, filename)
    kind = kind or guess_kind(text)
    if kind is None:
        raise ImportFailed(
            "coffeechat cannot tell what kind of contact file this is. Pick the kind, or export "
            "the contacts again as LinkedIn's Connections.csv, a Google CSV, a vCard or an Outlook CSV."
        )
    if kind not in PARSERS:
        raise ImportFailed(f"Unknown kind of file “{kind}”: one of {', '.join(PARSERS)}.")
    try:
        with few_collections():
            return PARSERS[kind](text)
    except RecursionError:
        raise ImportFailed("This file is nested too deeply to be a contact file.") from None


__all__ = ["MAX_BYTES", "KINDS", "Contact", "ImportFailed", "Parsed", "Skipped", "parse", "guess_kind"]
