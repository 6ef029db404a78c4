from hypothesis import given
from hypothesis import strategies as st

from coffeechat.lib.spreadsheet import FORMULA_STARTS, safe_cell


@given(st.text())
def test_no_cell_starts_a_formula(text):
    assert not safe_cell(text).startswith(FORMULA_STARTS)


@given(st.text())
def test_the_original_text_is_kept(text):
    cell = safe_cell(text)
    assert cell == text or cell == "'" + text


@given(st.text().filter(lambda t: not t.startswith(FORMULA_STARTS)))
def test_harmless_text_is_unchanged(text):
    assert safe_cell(text) == text


@given(st.sampled_from(FORMULA_STARTS), st.text())
def test_dangerous_text_gets_an_apostrophe(start, rest):
    assert safe_cell(start + rest) == "'" + start + rest


def test_known_attacks_and_other_values():
    assert safe_cell('=HYPERLINK("http://evil.example","x")') == '\'=HYPERLINK("http://evil.example","x")'
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("\t=1") == "'\t=1"
    assert safe_cell("\r=1") == "'\r=1"
    assert safe_cell("-2+3") == "'-2+3"
    assert safe_cell("+1 415 555 0123") == "'+1 415 555 0123"
    assert safe_cell(None) == ""
    assert safe_cell(42) == "42"
    assert safe_cell("Ana = designer") == "Ana = designer"
