"""The placeholders a question or a suggestion may hold ({company}, {role}, {industry},
{host_first_name}) and how they are filled from a chat. Pure: the reviewer fills its suggestions
with it, the plan its questions."""

import re

PLACEHOLDERS = ("company", "role", "industry", "host_first_name")
# When the conversation does not know a value, these phrases read naturally in its place.
_FALLBACKS = {
    "company": [(r"\{company\}'s", "your company's"), (r"\{company\}", "your company")],
    "role": [
        (r"\bas an? \{role\}", "in your role"),
        (r"\ban? \{role\}", "someone in your role"),
        (r"\{role\}", "your role"),
    ],
    "industry": [(r"\{industry\}", "your field")],
    "host_first_name": [(r",? ?\{host_first_name\},?", "")],
}


def fill(text: str, values: dict[str, str]) -> str:
    """Fill {company}, {role}, {industry} and {host_first_name}; other braces stay as typed."""
    for name in PLACEHOLDERS:
        value = (values.get(name) or "").strip()
        if value:
            text = text.replace("{" + name + "}", value)
        else:
            for pattern, replacement in _FALLBACKS[name]:
                text = re.sub(pattern, replacement, text)
    return re.sub(r"\s+([?.,!])", r"\1", text).strip()
