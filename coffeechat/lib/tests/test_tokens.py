from hypothesis import given
from hypothesis import strategies as st

from coffeechat.lib.tokens import HASH_LENGTH, hash_token, matches, new_token


def test_a_new_token_is_long_random_and_url_safe():
    tokens = {new_token() for _ in range(100)}
    assert len(tokens) == 100
    for token in tokens:
        assert len(token) == 43
        assert all(c.isalnum() or c in "-_" for c in token)


def test_a_prefix_says_what_the_token_is():
    assert new_token("cc_api_").startswith("cc_api_")


def test_the_hash_is_sha256_hex_and_not_the_token():
    token = new_token()
    digest = hash_token(token)
    assert len(digest) == HASH_LENGTH and token not in digest
    assert digest == hash_token(token)
    assert hash_token("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


@given(st.text(min_size=1), st.text(min_size=1))
def test_only_the_same_token_matches(a, b):
    assert matches(a, hash_token(a))
    assert matches(b, hash_token(a)) == (a == b)


def test_empty_input_never_matches():
    assert not matches("", hash_token(""))
    assert not matches("x", "")


def test_a_lone_surrogate_from_a_url_does_not_crash():
    assert not matches("\ud800", hash_token("x"))
