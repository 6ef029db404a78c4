import datetime as dt

from django.test import SimpleTestCase
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from coffeechat.accounts.models import User
from coffeechat.lib.testing import BaseTestCase, add_lots
from coffeechat.network.models import (
    Affiliation,
    Company,
    Connection,
    ConnectionKind,
    Job,
    Person,
    Relationship,
)
from coffeechat.network.paths import (
    _link_strength,
    company_paths,
    contact_score,
    path_sort_key,
    path_strength,
    person_paths,
    title_level,
    you_know_strength,
)


class WarmPathTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.alice.target_role = "UX research"
        cls.alice.save()
        cls.northwind = Company.objects.create(owner=cls.alice, name="Northwind")
        cls.globex = Company.objects.create(owner=cls.alice, name="Globex")
        new = lambda name, rel="cold", **kw: Person.objects.create(  # noqa: E731
            owner=cls.alice, name=name, relationship=rel, **kw
        )
        cls.sam = new("Sam Reyes", "former_colleague", company=cls.globex, title="UX Researcher")
        cls.nw = Affiliation.objects.create(
            owner=cls.alice, name="Northwind", kind="employer", includes_me=True
        )
        cls.nw.members.add(cls.sam)
        cls.lee = new("Lee Park", company=cls.globex, title="Senior UX Researcher")
        Job.objects.create(
            owner=cls.alice, person=cls.lee, company=cls.globex, title="UX Researcher", is_current=False
        )
        Job.objects.create(owner=cls.alice, person=cls.lee, company=cls.globex, title="Senior UX Researcher")
        cls.kim = new("Kim Ode", "friend")
        Connection.link(cls.kim, cls.lee, "studied", "same cohort")
        cls.max = new("Max Vogel", "friend")
        Job.objects.create(
            owner=cls.alice,
            person=cls.max,
            company=cls.globex,
            title="Engineer",
            is_current=False,
            ended_on=dt.date(2021, 6, 1),
        )
        cls.vp = new("Val Pierce", company=cls.globex, title="VP Design")
        cls.stranger = new("Stranger Danger")  # cold and unconnected: no path through them
        Connection.link(cls.stranger, cls.vp)

    def test_of_several_groups_you_share_a_path_names_the_first_by_kind_then_name(self):
        for name, kind in (("Zeta University", "school"), ("Acme", "employer"), ("Design Guild", "group")):
            Affiliation.objects.create(owner=self.alice, name=name, kind=kind, includes_me=True).members.add(
                self.max
            )
        Affiliation.objects.create(owner=self.alice, name="Aardvark Club", kind="employer").members.add(
            self.max  # not one of yours: never named
        )
        expected = "Max also worked at Acme, like you"
        read = list(Affiliation.objects.filter(members=self.max))  # as the person page passes them
        for affiliations in (None, read):
            with self.subTest(read_by_the_caller=affiliations is not None):
                reasons = [p.reason for p in person_paths(self.alice, self.max, affiliations=affiliations)]
                self.assertEqual(reasons, [expected])
        before = [p.reason for p in company_paths(self.alice, self.globex).before]
        self.assertTrue(any(reason.startswith(expected) for reason in before), before)

    def test_it_explains_each_path_in_plain_words(self):
        paths = company_paths(self.alice, self.globex)
        self.assertEqual(
            [p.reason for p in paths.now],
            ["Sam worked with you at Northwind and works at Globex as a UX Researcher"],
        )
        self.assertEqual(
            [p.reason for p in paths.two_steps],
            [
                "Kim is your friend and studied with Lee (same cohort), "
                "who works at Globex as a Senior UX Researcher"
            ],
        )
        self.assertEqual([p.via.pk for p in paths.two_steps], [self.kim.pk])
        self.assertEqual(
            [p.reason for p in paths.before],
            ["Max is your friend and worked at Globex as an Engineer until 2021"],
        )
        self.assertEqual(
            [p.strength_label for p in paths.now + paths.two_steps + paths.before], ["strong", "weak", "good"]
        )

    def test_it_suggests_two_contacts_by_the_method(self):
        suggestions = company_paths(self.alice, self.globex).suggestions
        self.assertEqual([s.person.pk for s in suggestions], [self.sam.pk, self.lee.pk])
        self.assertIn("shares a school or group with you", suggestions[0].reasons)
        self.assertIn("was promoted there, so knows how people grow inside", suggestions[1].reasons)
        self.assertIn("works in UX research, the work you want to learn about", suggestions[1].reasons)
        self.assertNotIn(self.vp.pk, [s.person.pk for s in suggestions])  # too senior, a stranger

    def test_someone_you_have_had_a_coffee_chat_with_is_a_path_not_a_suggestion(self):
        Person.objects.filter(pk=self.sam.pk).update(relationship="coffee_chat")
        paths = company_paths(self.alice, self.globex)
        self.assertIn(self.sam.pk, [p.target.pk for p in paths.now])
        self.assertNotIn(self.sam.pk, [s.person.pk for s in paths.suggestions])
        self.assertEqual(paths.suggestions[0].person.pk, self.lee.pk)

    def test_introductions_are_paths_both_ways(self):
        ines = Person.objects.create(owner=self.alice, name="Ines Abt", relationship="friend")
        Person.objects.filter(pk=self.vp.pk).update(introduced_by=ines, relationship="cold")
        paths = company_paths(self.alice, self.globex)
        self.assertIn(
            "Ines is your friend and introduced you to Val, who works at Globex as a VP Design",
            [p.reason for p in paths.two_steps],
        )

    def test_a_person_shows_the_paths_that_lead_to_them(self):
        reasons = [p.reason for p in person_paths(self.alice, self.lee)]
        self.assertEqual(reasons, ["Kim is your friend and studied with Lee (same cohort)"])
        self.assertEqual(person_paths(self.alice, self.stranger), [])

    def test_another_users_connections_never_count(self):
        bobs = Person.objects.create(owner=self.bob, name="Bob's friend", relationship="friend")
        Connection.objects.create(
            owner=self.bob,
            person=min(bobs, self.vp, key=lambda p: p.pk),
            other=max(bobs, self.vp, key=lambda p: p.pk),
        )
        self.assertNotIn(bobs.pk, [p.via.pk for p in company_paths(self.alice, self.globex).two_steps])

    def test_the_query_count_does_not_grow_with_the_network(self):
        company_paths(self.alice, self.globex)
        with self.assertNumQueries(4):
            company_paths(self.alice, self.globex)
        add_lots(self.alice, person=self.lee, company=self.globex, conversation=self.chat, n=20)
        people = list(Person.objects.for_owner(self.alice).order_by("pk"))
        Connection.objects.bulk_create(
            Connection(owner=self.alice, person=a, other=b, how="friends")
            for a, b in zip(people, people[1:], strict=False)
            if not Connection.objects.filter(person=a, other=b).exists()
        )
        with self.assertNumQueries(4):
            paths = company_paths(self.alice, self.globex)
        self.assertGreater(len(paths.two_steps), 3)


def two_steps_by_the_rules(owner, company, limit):
    """The two-step paths to `company` worked out in plain Python from the rules, over every edge:
    (target id, middle id, strength), strongest first, then by the target's name, then by id."""
    people = {p.pk: p for p in Person.objects.for_owner(owner)}
    now = {p.pk for p in people.values() if p.company_id == company.pk}
    now |= set(
        Job.objects.for_owner(owner).filter(company=company, is_current=True).values_list("person", flat=True)
    )
    mine = Affiliation.members.through.objects.filter(affiliation__owner=owner, affiliation__includes_me=True)
    in_my_groups = set(mine.values_list("person_id", flat=True))
    edges = []  # (target, middle, how); connections first, then introductions
    for c in Connection.objects.for_owner(owner):
        edges += [(c.person_id, c.other_id, c.how), (c.other_id, c.person_id, c.how)]
    for p in people.values():
        if p.introduced_by_id:
            edges.append((p.pk, p.introduced_by_id, "introduced_to_you"))
    for p in people.values():
        if p.introduced_by_id:
            edges.append((p.introduced_by_id, p.pk, "introduced_by_them"))
    best = {}
    for target, middle, how in edges:
        if target not in now or middle in now or middle not in people:
            continue
        you = you_know_strength(people[middle].relationship, middle in in_my_groups)
        strength = path_strength(you, _link_strength(how))
        if strength and strength > best.get((target, middle), 0):
            best[target, middle] = strength
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], people[kv[0][0]].name.casefold(), *kv[0]))
    return [(target, middle, strength) for (target, middle), strength in ranked[:limit]]


class TwoStepRankingTests(HypothesisTestCase):
    """The database ranks two-step paths (CASE expressions, LIMIT): it must rank like the rules."""

    person = st.tuples(
        st.sampled_from(["ana Li", "Ana Li", "Émile Roy", "émile Roy", "Zoë Ng", "bo Wu", "Bo"]),
        st.sampled_from(Relationship.values),
        st.sampled_from(["none", "now", "job now", "job before"]),  # their place at the company
        st.booleans(),  # in a school of yours
        st.one_of(st.none(), st.integers(0, 11)),  # who introduced them
    )
    graph = st.tuples(
        st.lists(person, min_size=2, max_size=12),
        st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11), st.sampled_from(ConnectionKind.values))),
        st.integers(1, 6),
    )

    @settings(deadline=None, max_examples=60)
    @given(graph)
    def test_the_database_ranks_like_the_rules(self, graph):
        rows, links, limit = graph
        owner = User.objects.create_user("h@example.org")
        company = Company.objects.create(owner=owner, name="Globex")
        school = Affiliation.objects.create(owner=owner, name="State", includes_me=True)
        people = [
            Person.objects.create(
                owner=owner, name=name, relationship=rel, company=company if where == "now" else None
            )
            for name, rel, where, _, _ in rows
        ]
        for p, (_, _, where, in_school, introducer) in zip(people, rows, strict=True):
            if where.startswith("job"):
                Job.objects.create(owner=owner, person=p, company=company, is_current=where == "job now")
            if in_school:
                school.members.add(p)
            if introducer is not None and introducer < len(people) and people[introducer] != p:
                Person.objects.filter(pk=p.pk).update(introduced_by=people[introducer])
        for a, b, how in links:
            if a < len(people) and b < len(people) and a != b:
                Connection.link(people[a], people[b], how)
        got = [(p.target.pk, p.via.pk, p.strength) for p in company_paths(owner, company, limit).two_steps]
        self.assertEqual(got, two_steps_by_the_rules(owner, company, limit))


class RuleTests(SimpleTestCase):
    def test_title_levels(self):
        cases = {
            "Junior Designer": "entry",
            "Senior Designer": "mid",
            "Head of Design": "top",
            "Designer": "",
        }
        for title, level in cases.items():
            self.assertEqual(title_level(title), level, title)

    @given(st.integers(0, 3), st.one_of(st.none(), st.integers(0, 3)), st.booleans())
    def test_a_path_is_never_stronger_than_its_links(self, you, link, current):
        strength = path_strength(you, link, current=current)
        self.assertIn(strength, (0, 1, 2, 3))
        self.assertLessEqual(strength, min(you, 3 if link is None else link))
        self.assertEqual(strength == 0, you == 0 or link == 0)

    @given(st.integers(1, 3), st.integers(1, 3))
    def test_two_steps_are_weaker_than_one_unless_already_weakest(self, you, link):
        self.assertLessEqual(path_strength(you, link), max(1, path_strength(you) - 1))

    @given(
        st.lists(st.tuples(st.integers(1, 3), st.booleans(), st.booleans(), st.text(max_size=5)), max_size=15)
    )
    def test_paths_sort_strongest_first_then_current_then_direct(self, rows):
        ordered = sorted(rows, key=lambda r: path_sort_key(*r))
        for a, b in zip(ordered, ordered[1:], strict=False):
            self.assertGreaterEqual(a[0], b[0])
            if a[0] == b[0]:
                self.assertGreaterEqual(a[1], b[1])

    @given(st.text(max_size=30), st.text(max_size=20), st.booleans(), st.booleans(), st.integers(0, 3))
    def test_each_good_sign_only_adds(self, title, role, alum, promoted, you_know):
        base, _ = contact_score(title=title, target_role=role, is_alum=False, promoted=False, you_know=0)
        more, reasons = contact_score(
            title=title, target_role=role, is_alum=alum, promoted=promoted, you_know=you_know
        )
        self.assertGreaterEqual(more, base)
        self.assertEqual(len(reasons) > 0, more > base or bool(reasons))


class UnusedUserTests(SimpleTestCase):
    def test_user_model_has_the_settings(self):
        self.assertEqual(User._meta.get_field("motivation_scale").default, 3)
