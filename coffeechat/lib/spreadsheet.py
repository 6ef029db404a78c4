"""Cells for CSV files that spreadsheets open safely."""

# A cell starting with one of these is read as a formula by Excel, LibreOffice or Google Sheets
# ("=HYPERLINK(...)", "+1+1", "-2+3", "@SUM(...)"); a tab or carriage return can hide one behind it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """The text of a CSV cell that a spreadsheet shows as text, never runs as a formula.

    A value that could start a formula gets a leading apostrophe (OWASP's advice): spreadsheets
    show the text as it was, and the original is the cell without its first character."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text
