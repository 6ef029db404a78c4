"""Plain text helpers."""

import re
import unicodedata

_COMPANY_SUFFIXES = {
    "inc",
    "incorporated",
    "llc",
    "ltd",
    "limited",
    "corp",
    "corporation",
    "co",
    "company",
    "gmbh",
    "ag",
    "sa",
    "plc",
    "bv",
    "nv",
    "srl",
    "pty",
    "lp",
    "llp",
}


_INITIALS = re.compile(r"\b[a-z](?:\.[a-z])+\b\.?")


def normalise_company_name(name: str) -> str:
    """A key under which "Williams-Sonoma, Inc." and "williams sonoma" are the same company."""
    text = unicodedata.normalize("NFKD", name.casefold()).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " and ")
    # Dotted initials are one word: "S.A." is "sa", "L.L.C." is "llc", "J.P. Morgan" is "jp morgan".
    text = _INITIALS.sub(lambda m: m.group().replace(".", ""), text)
    words = re.findall(r"[a-z0-9]+", text)
    while len(words) > 1 and words[-1] in _COMPANY_SUFFIXES:
        words.pop()
    if words and words[0] == "the" and len(words) > 1:
        words.pop(0)
    return " ".join(words)


def split_lines(text: str) -> list[str]:
    """Non-empty, stripped lines or comma-separated items, without duplicates, in order."""
    result, seen = [], set()
    for item in re.split(r"[\n,;]+", text or ""):
        item = item.strip()
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            result.append(item)
    return result


def sentence(text: str) -> str:
    """End `text` with a full stop, unless it ends with punctuation already ("Acme, Inc.")."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


def count(n: int, singular: str, plural: str = "") -> str:
    """ "1 task", "3 tasks", "no tasks"."""
    if n == 0:
        return f"no {plural or singular + 's'}"
    return f"{n} {singular if n == 1 else plural or singular + 's'}"
