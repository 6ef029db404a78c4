import string

from django.test import SimpleTestCase
from hypothesis import example, given
from hypothesis import strategies as st

from coffeechat.lib.text import normalise_company_name, split_lines

SUFFIXES = ["Inc", "Inc.", "LLC", "Ltd", "Limited", "Corp.", "Corporation", "Co", "GmbH", "AG", "S.A.", "plc"]
# Words that are neither a legal suffix nor "the" (nor initials, which dots join: "J.P.").
words = st.text(string.ascii_letters + string.digits, min_size=2, max_size=8).filter(
    lambda w: (
        normalise_company_name(w) == w.lower()
        and w.lower() not in {"the"}
        and normalise_company_name(f"x {w}") == f"x {w.lower()}"
    )
)
names = st.lists(words, min_size=1, max_size=5)
# Anything between words that is not a letter, a digit or "&" (which reads as "and").
separators = st.text(" \t-_.,;:!?/()'\"*+#@", min_size=1, max_size=3)


class NormaliseCompanyNameTests(SimpleTestCase):
    @given(st.text(max_size=60))
    @example("The Inc")
    @example("co inc")
    @example("ＡＣＭＥ")
    def test_it_is_idempotent(self, name):
        key = normalise_company_name(name)
        self.assertEqual(normalise_company_name(key), key)

    @given(st.text(string.printable, max_size=60))
    def test_it_ignores_case(self, name):
        self.assertEqual(normalise_company_name(name.upper()), normalise_company_name(name.lower()))

    @given(names, st.lists(separators, min_size=5, max_size=5), separators, separators)
    def test_it_ignores_punctuation_and_spacing(self, parts, seps, before, after):
        messy = before + "".join(p + s for p, s in zip(parts, seps, strict=False)).rstrip() + after
        self.assertEqual(normalise_company_name(messy), " ".join(parts).lower())

    @given(names, st.sampled_from(SUFFIXES), st.sampled_from([" ", ", ", " - ", ","]))
    def test_it_ignores_a_legal_suffix(self, parts, suffix, sep):
        plain = " ".join(parts)
        self.assertEqual(normalise_company_name(plain + sep + suffix), normalise_company_name(plain))

    @given(names)
    def test_it_ignores_a_leading_the(self, parts):
        plain = " ".join(parts)
        self.assertEqual(normalise_company_name("The " + plain), normalise_company_name(plain))

    def test_known_names(self):
        same = [
            ("Williams-Sonoma, Inc.", "Williams Sonoma"),
            ("Acme Robotics, Inc.", "acme robotics"),
            ("The Home Depot", "Home Depot"),
            ("AT&T", "AT and T"),
            ("Société Générale S.A.", "Societe Generale"),
            ("Globex Corporation", "GLOBEX"),
            ("Philips N.V.", "Philips"),
            ("Initech L.L.C.", "Initech LLC"),
            ("J.P. Morgan", "JP Morgan"),
        ]
        for a, b in same:
            with self.subTest(a=a, b=b):
                self.assertEqual(normalise_company_name(a), normalise_company_name(b))
        self.assertEqual(normalise_company_name("Williams-Sonoma, Inc."), "williams sonoma")

    def test_different_companies_stay_different(self):
        self.assertNotEqual(normalise_company_name("Acme Robotics"), normalise_company_name("Acme Rockets"))
        self.assertNotEqual(normalise_company_name("Meta"), normalise_company_name("Metal"))

    def test_a_name_that_is_only_a_suffix_or_the_keeps_it(self):
        self.assertEqual(normalise_company_name("Inc."), "inc")
        self.assertEqual(normalise_company_name("The"), "the")
        self.assertEqual(normalise_company_name("The Company"), "the")

    def test_a_name_without_latin_letters_has_an_empty_key(self):
        # The model falls back to the lowercased name then: see network.models.company_key.
        self.assertEqual(normalise_company_name("株式会社"), "")
        self.assertEqual(normalise_company_name("!!!"), "")


class SplitLinesTests(SimpleTestCase):
    @given(st.text(max_size=200))
    def test_items_are_stripped_non_empty_and_unique_ignoring_case(self, text):
        items = split_lines(text)
        for item in items:
            self.assertEqual(item, item.strip())
            self.assertTrue(item)
            self.assertIn(item, text)
            self.assertFalse(set("\n,;") & set(item))
        self.assertEqual(len({i.lower() for i in items}), len(items))

    @given(st.lists(st.text(string.ascii_letters + " @.", min_size=1, max_size=10), max_size=10))
    def test_it_keeps_the_first_spelling_in_order(self, raw):
        text = "\n".join(raw)
        expected = []
        for item in (r.strip() for r in raw):
            if item and item.lower() not in {e.lower() for e in expected}:
                expected.append(item)
        self.assertEqual(split_lines(text), expected)

    def test_it_splits_on_newlines_commas_and_semicolons(self):
        self.assertEqual(
            split_lines(" a@x.org \r\n\nb@x.org, c@x.org;d@x.org ,, A@X.org"),
            ["a@x.org", "b@x.org", "c@x.org", "d@x.org"],
        )

    def test_nothing_gives_an_empty_list(self):
        self.assertEqual(split_lines(""), [])
        self.assertEqual(split_lines(None), [])
        self.assertEqual(split_lines(" ,\n; "), [])
