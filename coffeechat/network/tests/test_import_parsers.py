"""The contact file parsers, on real-layout files (tests/fixtures/imports) and on anything at all."""

import codecs
import datetime as dt
import io
import zipfile
from pathlib import Path

from django.test import SimpleTestCase
from hypothesis import given, settings
from hypothesis import strategies as st

from coffeechat.network.imports import MAX_BYTES, ImportFailed, guess_kind, parse
from coffeechat.network.imports.decoding import read_bytes
from coffeechat.network.imports.records import linkedin_key, parse_date

FIXTURES = Path(__file__).parent / "fixtures" / "imports"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def by_name(parsed) -> dict:
    return {c.name: c for c in parsed.contacts}


class LinkedInTests(SimpleTestCase):
    def test_current_layout_with_notes_preamble(self):
        parsed = parse("linkedin", fixture("linkedin_current.csv"))
        people = by_name(parsed)
        self.assertEqual(len(parsed.contacts), 5)
        ana = people["Ana Lima"]
        self.assertEqual((ana.company, ana.title, ana.line), ("Globex", "Senior Product Designer", 5))
        self.assertEqual(ana.connected_on, dt.date(2024, 5, 30))
        self.assertEqual(ana.linkedin_url, "https://www.linkedin.com/in/ana-lima-1a2b3c")

    def test_quirks_of_real_rows(self):
        people = by_name(parse("linkedin", fixture("linkedin_current.csv")))
        marco = people["Marco Rossi, Jr."]  # comma in a quoted last name
        self.assertEqual(marco.company, "Williams-Sonoma, Inc.")
        self.assertEqual(marco.emails, ["marco.rossi@example.com"])
        zoe = people['Zoë O"Brien']  # doubled quotes, accents, emoji
        self.assertEqual(zoe.title, 'Head of "Delight" 🎉')
        self.assertEqual(zoe.company, "Café ☕ Labs")
        self.assertEqual(linkedin_key(zoe.linkedin_url), "linkedin.com/in/zoë-obrien-7f")
        li = people["Li Wei"]  # tabs and trailing spaces
        self.assertEqual((li.company, li.title), ("Acme Robotics", "UX Researcher"))

    def test_blank_people_are_skipped_with_their_line(self):
        parsed = parse("linkedin", fixture("linkedin_current.csv"))
        self.assertEqual([s.line for s in parsed.skipped], [6])
        self.assertIn("no name", parsed.skipped[0].reason)

    def test_2018_layout_without_url_and_with_american_dates(self):
        parsed = parse("linkedin", fixture("linkedin_2018.csv"))
        people = by_name(parsed)
        self.assertEqual(people["Ana Lima"].connected_on, dt.date(2018, 1, 8))
        self.assertEqual(people["Ana Lima"].emails, [])  # urn:li:member:… is not an address
        self.assertEqual(people["Bob Stone"].emails, ["bob.stone@example.net"])
        self.assertEqual(people["Priya Iyer"].company, "Smith, Jones & Co.")
        self.assertEqual(len(parsed.skipped), 1)

    def test_resaved_by_a_spreadsheet(self):
        people = by_name(parse("linkedin", fixture("linkedin_resaved.csv")))
        self.assertEqual(people["Ana Lima"].connected_on, dt.date(2023, 4, 23))
        self.assertEqual(people["Kenji Sato"].connected_on, dt.date(2020, 1, 1))

    def test_quoted_notes_cell_and_bom(self):
        data = codecs.BOM_UTF8 + fixture("linkedin_current.csv").replace(b"Notes:", b'"Notes:"', 1)
        self.assertEqual(len(parse("linkedin", data).contacts), 5)

    def test_encodings(self):
        text = fixture("linkedin_current.csv").decode()
        for data in (
            text.encode("utf-16"),  # with a byte order mark
            text.encode("utf-16-le"),
            text.encode("utf-16-be"),
            codecs.BOM_UTF8 + text.encode(),
        ):
            with self.subTest(data=data[:4]):
                self.assertIn('Zoë O"Brien', by_name(parse("linkedin", data)))
        windows = text.replace("☕ ", "").replace(" 🎉", "").encode("cp1252")
        self.assertIn('Zoë O"Brien', by_name(parse("linkedin", windows)))

    def test_a_zip_from_linkedin_is_opened(self):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("Basic_LinkedInDataExport/Connections.csv", fixture("linkedin_current.csv"))
            archive.writestr("Basic_LinkedInDataExport/Profile.csv", "First Name\nMe\n")
        self.assertEqual(len(parse("linkedin", buffer.getvalue()).contacts), 5)

    def test_semicolons_from_a_european_spreadsheet(self):
        data = b"First Name;Last Name;URL;Email Address;Company;Position;Connected On\n"
        data += b"Ana;Lima;;;Acme;CEO;23-Apr-23\n"
        self.assertEqual(parse("linkedin", data).contacts[0].company, "Acme")

    def test_an_unquoted_comma_skips_the_row_and_says_why(self):
        data = fixture("linkedin_resaved.csv") + b"Tom,Lee,,,Smith, Jones,Partner,1-Jan-20\n"
        parsed = parse("linkedin", data)
        self.assertEqual(parsed.skipped[0].line, 4)
        self.assertIn("8 values where the header has 7", parsed.skipped[0].reason)


class BadFileTests(SimpleTestCase):
    def assertFails(self, data: bytes, *fragments: str, kind: str | None = "linkedin"):
        with self.assertRaises(ImportFailed) as caught:
            parse(kind, data)
        for fragment in fragments:
            self.assertIn(fragment, str(caught.exception))

    def test_empty(self):
        self.assertFails(b"", "empty")
        self.assertFails(b" \r\n\r\n", "empty")

    def test_a_pdf_renamed_csv(self):
        self.assertFails(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF")

    def test_binary(self):
        self.assertFails(b"abc\x00\x01\x02\x03def" * 3, "not a text file")

    def test_missing_columns_say_what_was_found(self):
        self.assertFails(b"Name,Phone\nAna,555\n", "LinkedIn", "Line 1 reads “Name,Phone”")

    def test_too_large(self):
        self.assertFails(b"x" * (MAX_BYTES + 1), "20 MB")

    def test_broken_quoting_names_the_line(self):
        data = fixture("linkedin_resaved.csv") + b'Tom,"Lee,,,Acme,CEO,1-Jan-20\nMia,Ko,,,Acme,CTO,1-Jan-20\n'
        self.assertFails(data, "Line 4", "closing")
        self.assertFails(
            fixture("linkedin_resaved.csv") + b'Tom,"Lee"x,,,Acme,CEO,1-Jan-20\n', "Line 4", "quote"
        )

    def test_a_vcard_without_cards(self):
        self.assertFails(b"hello\n", "not a vCard", kind="vcard")

    def test_unknown_content_without_a_kind(self):
        self.assertFails(b"a,b,c\n1,2,3\n", "cannot tell", kind=None)


class GoogleTests(SimpleTestCase):
    def test_current_header_numbered_groups_and_joined_values(self):
        parsed = parse("google", fixture("google_current.csv"))
        ana = by_name(parsed)["Ana Lima"]
        self.assertEqual(ana.emails, ["ana@example.org", "ana.lima@acme.example", "ana@acme.example"])
        self.assertEqual(ana.phones, ["+14155550123"])
        self.assertEqual((ana.company, ana.title), ("Acme Robotics", "Product Designer"))
        self.assertEqual(ana.notes, "Met at the UX meetup.\nLoves maps.")
        self.assertEqual(ana.tags, ["Friends"])  # not "* myContacts", which every contact is in
        self.assertEqual(linkedin_key(ana.linkedin_url), "linkedin.com/in/ana-lima-1a2b3c")
        self.assertEqual(by_name(parsed)["Grace Hopper"].company, "Navy, US")
        self.assertIn("only.email@example.com", by_name(parsed))  # no name: the address stands in
        self.assertEqual([s.line for s in parsed.skipped], [5])

    def test_older_header(self):
        people = by_name(parse("google", fixture("google_older.csv")))
        self.assertEqual(people["Ana Lima"].phones, ["+14155550123", "+14155550124"])
        self.assertEqual(people["Tomás Ruiz"].title, "Recruiter")
        self.assertEqual(people["Tomás Ruiz"].tags, ["Recruiters"])
        self.assertEqual(linkedin_key(people["Tomás Ruiz"].linkedin_url), "linkedin.com/in/tomasruiz")


class VCardTests(SimpleTestCase):
    def test_three_and_four_with_folded_lines_and_photos(self):
        parsed = parse("vcard", fixture("contacts.vcf"))
        people = by_name(parsed)
        ana = people["Ana Lima"]
        self.assertEqual(ana.emails, ["ana@acme.example", "ana@example.org"])
        self.assertTrue(ana.notes.endswith("folded it onto a second line."))
        self.assertEqual(ana.company, "Acme Robotics")
        juergen = people["Jürgen Müller 🚲"]
        self.assertEqual((juergen.phones, juergen.company), (["+49301234567"], "Globex GmbH"))
        self.assertEqual([s.line for s in parsed.skipped], [28])
        self.assertEqual(ana.tags, ["Design", "UX meetup"])

    def test_a_broken_card_is_skipped_the_rest_read(self):
        data = b"BEGIN:VCARD\nVERSION:3.0\nFN:Ok One\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Never ends\n"
        parsed = parse("vcard", data)
        self.assertEqual([c.name for c in parsed.contacts], ["Ok One"])
        self.assertEqual(parsed.skipped[0].line, 5)


class OutlookTests(SimpleTestCase):
    def test_outlook_csv(self):
        people = by_name(parse("outlook", fixture("outlook.csv")))
        ana = people["Ana Lima"]
        self.assertEqual(ana.emails, ["ana@acme.example", "ana@example.org"])
        self.assertEqual(ana.phones, ["+14155550123"])  # the fax is not a phone
        self.assertEqual(ana.title, "Product Designer")  # not "Ms."
        self.assertEqual(people["Sam Okoro"].company, "Initech")


class GuessTests(SimpleTestCase):
    def test_each_fixture_is_recognised(self):
        for name, kind in {
            "linkedin_current.csv": "linkedin",
            "linkedin_2018.csv": "linkedin",
            "linkedin_resaved.csv": "linkedin",
            "google_current.csv": "google",
            "google_older.csv": "google",
            "contacts.vcf": "vcard",
            "outlook.csv": "outlook",
        }.items():
            with self.subTest(name):
                self.assertEqual(guess_kind(read_bytes(fixture(name))), kind)


class HelperTests(SimpleTestCase):
    def test_linkedin_key(self):
        same = [
            "https://www.linkedin.com/in/ana-lima-1a2b3c",
            "http://linkedin.com/in/Ana-Lima-1a2b3c/",
            "https://uk.linkedin.com/in/ana-lima-1a2b3c?trk=x",
            "linkedin.com/in/ana%2Dlima%2D1a2b3c",
        ]
        self.assertEqual({linkedin_key(u) for u in same}, {"linkedin.com/in/ana-lima-1a2b3c"})
        self.assertEqual(linkedin_key("https://example.com/in/ana"), "")

    def test_dates(self):
        self.assertEqual(parse_date("30 May 2024"), dt.date(2024, 5, 30))
        self.assertEqual(parse_date("1/8/18, 6:14 PM"), dt.date(2018, 1, 8))
        self.assertEqual(parse_date("23-Apr-23"), dt.date(2023, 4, 23))
        self.assertIsNone(parse_date("yesterday"))


ANY_KIND = st.sampled_from(["linkedin", "google", "vcard", "outlook", None])
CSV_ALPHABET = st.sampled_from(list('ab,"\n\r\t;:é☕ \x00@') + ["Connected On", "First Name", "BEGIN:VCARD"])


class NeverCrashTests(SimpleTestCase):
    """Whatever the bytes, a parser returns contacts or raises ImportFailed, nothing else."""

    def check(self, kind, data: bytes) -> None:
        try:
            parse(kind, data)
        except ImportFailed:
            pass

    @settings(max_examples=300, deadline=None)
    @given(ANY_KIND, st.binary(max_size=2000))
    def test_random_bytes(self, kind, data):
        self.check(kind, data)

    @settings(max_examples=300, deadline=None)
    @given(ANY_KIND, st.lists(CSV_ALPHABET, max_size=200).map("".join))
    def test_random_csvish_text(self, kind, text):
        header = {
            "linkedin": "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
            "google": "First Name,Last Name,Organization Name,E-mail 1 - Value,Phone 1 - Value\n",
            "outlook": "First Name,Last Name,E-mail Address,Company,Job Title,Mobile Phone\n",
            "vcard": "BEGIN:VCARD\nVERSION:3.0\n",
            None: "",
        }[kind]
        for encoding in ("utf-8", "utf-16"):
            self.check(kind, (header + text).encode(encoding))

    @settings(max_examples=100, deadline=None)
    @given(st.sampled_from(sorted(p.name for p in FIXTURES.iterdir())), st.data())
    def test_mangled_fixtures(self, name, data):
        original = fixture(name)
        cut = data.draw(st.integers(0, len(original)))
        junk = data.draw(st.binary(max_size=20))
        self.check(None, original[:cut] + junk + original[cut + len(junk) :])
