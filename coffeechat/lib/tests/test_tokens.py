from hypothesis import given
from hypothesis import strategies as st

from coffeechat.lib import tokens


def test_new_tokens_are_long_random_and_prefixed():
    a, b = tokens.new_token("cc_"), tokens.new_token("cc_")
    assert a != b
    assert a.startswith("cc_") and len(a) >= 40


def test_only_the_same_token_matches_its_digest():
    token = tokens.new_token()
    stored = tokens.digest(token)
    assert len(stored) == tokens.DIGEST_LENGTH
    assert token not in stored
    assert tokens.matches(token, stored)
    assert not tokens.matches(token + "x", stored)


@given(st.text())
def test_any_text_can_be_digested_and_compared(text):
    assert tokens.matches(text, tokens.digest(text))
