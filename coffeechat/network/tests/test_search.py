from django.core.management import call_command
from django.test import SimpleTestCase
from hypothesis import given, settings
from hypothesis import strategies as st

from coffeechat.conversations.models import Conversation
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network import search
from coffeechat.network.models import Company, Person


class SearchTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.jose = Person.objects.create(
            owner=cls.alice, name="José Álvarez", title="Data Scientist", notes="Loves sailing and maps."
        )
        cls.globex = Company.objects.create(
            owner=cls.alice, name="Globex", industry="Energy", notes="Sailing club"
        )
        cls.ana.notes = "Met at the design meetup."
        cls.ana.save()
        cls.chat.log("note", "She suggested reading about service design blueprints.")
        Person.objects.create(owner=cls.bob, name="José Secret", notes="sailing")

    def find(self, q, user=None):
        return [(h.kind_label, h.title) for h in search.search(user or self.alice, q)]

    def test_it_finds_people_companies_chats_and_notes(self):
        self.assertEqual(self.find("jose"), [("Person", "José Álvarez")])
        self.assertEqual(self.find("glob"), [("Company", "Globex")])
        self.assertIn(("Coffee chat", "Coffee chat with Ana Lima"), self.find("learn design"))
        self.assertEqual(self.find("blueprints"), [("Note", "Ana Lima")])

    def test_the_text_under_a_result_reads_as_a_sentence(self):
        bodies = {h.title: h.body for h in search.search(self.alice, "ana") if h.kind_label == "Person"}
        # Ana is a Product Designer at Acme Robotics (BaseTestCase), with notes.
        self.assertEqual(bodies["Ana Lima"], "Product Designer at Acme Robotics · Met at the design meetup.")
        globex = {h.title: h.body for h in search.search(self.alice, "globex")}
        self.assertEqual(globex["Globex"], "Energy · Sailing club")  # no empty location between
        self.assertEqual(
            {h.body for h in search.search(self.alice, "jose")}, {"Data Scientist · Loves sailing and maps."}
        )

    def test_accents_and_case_do_not_matter(self):
        for q in ("JOSÉ", "jose alv", "Álvarez", "alvarez"):
            with self.subTest(q=q):
                self.assertEqual(self.find(q), [("Person", "José Álvarez")])

    def test_title_matches_rank_first_then_people(self):
        Person.objects.create(owner=self.alice, name="Sailor Moon")
        self.assertEqual(
            self.find("sail"), [("Person", "Sailor Moon"), ("Person", "José Álvarez"), ("Company", "Globex")]
        )

    def test_the_index_follows_changes(self):
        self.jose.name = "Joseph Alder"
        self.jose.save()
        self.assertEqual(self.find("alder"), [("Person", "Joseph Alder")])
        self.assertEqual(self.find("alvarez"), [])
        self.acme.name = "Acme Rockets"
        self.acme.save()  # people and chats there show the new name
        self.assertIn(("Person", "Ana Lima"), self.find("rockets"))
        Person.objects.filter(pk=self.jose.pk).delete()
        self.assertEqual(self.find("alder"), [])
        Person.objects.bulk_create([Person(owner=self.alice, name="Bulk Imported")])
        self.assertEqual(self.find("bulk"), [("Person", "Bulk Imported")])

    def test_moving_someone_and_renaming_them_reach_every_row_that_shows_it(self):
        self.ana.company = self.globex
        self.ana.save()  # a change of employer: her own row, not her chats
        self.assertIn(("Person", "Ana Lima"), self.find("globex"))
        self.ana.name = "Ana Rocha"
        self.ana.save()  # a new name: her chats and notes follow
        self.assertIn(("Coffee chat", "Coffee chat with Ana Rocha"), self.find("rocha"))
        self.assertIn(("Note", "Ana Rocha"), self.find("blueprints"))

    def test_a_change_to_a_column_the_index_does_not_show_leaves_it_alone(self):
        from django.db import connection

        def rows():
            with connection.cursor() as cursor:
                cursor.execute("SELECT COUNT(*) FROM search_index")
                return cursor.fetchone()[0]

        before = rows()
        sqlite = connection.vendor == "sqlite"
        changes = connection.connection.total_changes if sqlite else 0
        Person.objects.filter(pk=self.ana.pk).update(linkedin_url="https://linkedin.com/in/ana")
        if sqlite:  # rows written by the statement and by any trigger it fired: the person only
            self.assertEqual(connection.connection.total_changes - changes, 1)
        self.assertEqual(rows(), before)
        self.assertEqual(self.find("blueprints"), [("Note", "Ana Lima")])

    def test_one_or_two_letters_look_at_titles_only(self):
        Person.objects.create(owner=self.alice, name="Mo Salah", notes="ma")
        Company.objects.create(owner=self.alice, name="Initech", notes="Mo said hi")
        self.assertEqual(self.find("mo"), [("Person", "Mo Salah")])
        self.assertEqual(self.find("ma"), [])
        self.assertIn(("Company", "Initech"), self.find("said"))

    def test_it_never_shows_another_users_data(self):
        self.assertEqual(self.find("secret"), [])
        self.assertEqual(self.find("secret", self.bob), [("Person", "José Secret")])
        self.assertEqual(self.find("sailing", self.charlie), [])

    def test_odd_queries_are_harmless(self):
        for q in [
            '"',
            "a AND OR",
            "NEAR(",
            "*",
            "owner:u1",
            "\x00",
            "' OR 1=1 --",
            "u" + str(self.alice.pk),
            ":*",
        ]:
            with self.subTest(q=q):
                self.assertNotIn("José Secret", [t for _, t in self.find(q)])

    def test_reindex_rebuilds_the_same_index(self):
        before = self.find("sailing")
        call_command("search_reindex", stdout=open("/dev/null", "w"))
        self.assertEqual(self.find("sailing"), before)


class SearchPageTests(BaseTestCase):
    def test_it_needs_a_signed_in_user(self):
        self.assertRedirects(self.client.get("/search/?q=a"), "/accounts/login/?next=/search/%3Fq%3Da")

    def test_it_shows_results_with_marked_snippets(self):
        self.ana.notes = "Ana runs the <b>design</b> critique every Friday at Acme."
        self.ana.save()
        self.login()
        r = self.client.get("/search/?q=critique")
        self.assertContains(r, f'href="/people/{self.ana.pk}/"')
        self.assertContains(r, "<mark>critique</mark>")
        self.assertContains(r, "&lt;b&gt;design&lt;/b&gt;")  # escaped, never markup
        self.assertContains(r, '<input type="search" id="top-q"')

    def test_htmx_gets_only_the_results(self):
        self.login()
        r = self.client.get("/search/?q=ana", HTTP_HX_REQUEST="true")
        self.assertContains(r, 'id="search-results"')
        self.assertNotContains(r, "<html")

    def test_empty_and_unmatched_searches_say_what_to_do(self):
        self.login()
        self.assertContains(self.client.get("/search/"), "Results show as you type.")
        self.assertContains(self.client.get("/search/?q=zzzz"), "Nothing matches “zzzz”.")

    def test_an_outsider_finds_nothing(self):
        self.login(self.charlie)
        self.assertContains(self.client.get("/search/?q=ana"), "Nothing matches")

    def test_the_query_count_is_constant(self):
        self.login()
        with self.assertNumQueries(3):
            self.client.get("/search/?q=ana")
        for i in range(30):
            Conversation.objects.create(owner=self.alice, host=self.ana, goal=f"Ana chat {i}")
        with self.assertNumQueries(3):
            r = self.client.get("/search/?q=ana")
        self.assertEqual(len(r.context["results"]), 20)


class RankingTests(SimpleTestCase):
    def test_title_match_levels(self):
        self.assertEqual(search.title_match("José Álvarez", ["jose", "alvarez"]), 0)
        self.assertEqual(search.title_match("José Álvarez", ["jos"]), 1)
        self.assertEqual(search.title_match("José Álvarez", ["alv"]), 2)
        self.assertEqual(search.title_match("José Álvarez", ["sailing"]), 3)

    @settings(deadline=None)
    @given(st.text(min_size=1, max_size=30), st.text(max_size=30))
    def test_an_exact_title_always_beats_any_other(self, title, other):
        words = search.terms(title)
        if not words or len(words) >= search.MAX_TERMS or search.terms(other) == words:
            return
        self.assertLess(
            search.result_key(title, words, search.NOTE, 59),
            search.result_key(other, words, search.PERSON, 0),
        )

    @settings(deadline=None)
    @given(st.text(max_size=200), st.lists(st.text(min_size=1, max_size=6), max_size=3))
    def test_a_snippet_is_a_piece_of_the_text(self, text, words):
        words = [w for w in (search.fold(w) for w in words) if w]
        parts = search.snippet(text, words, width=40)
        joined = "".join(t for t, _ in parts).strip("…")
        self.assertIn(joined, " ".join(text.split()))
        for t, marked in parts:
            if marked:
                self.assertTrue(any(search.fold(t).startswith(w) for w in words), (t, words))

    def test_snippets_mark_accented_words(self):
        parts = search.snippet("Met José at the café", ["jose", "cafe"])
        self.assertEqual([t for t, m in parts if m], ["José", "café"])
