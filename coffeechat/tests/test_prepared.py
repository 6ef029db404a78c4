"""Reads compiled once (coffeechat/lib/prepared.py) give what the queryset gives, in one query."""

import datetime as dt

from django.contrib.auth.models import AnonymousUser
from django.db.models import F, Q
from django.http import Http404
from django.utils import timezone

from coffeechat.accounts.ownership import OwnedRead, get_owned_or_404
from coffeechat.conversations.models import Conversation, Interaction
from coffeechat.lib.prepared import Prepared
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.models import Company, Job, Person


def chats(pk):
    return Conversation.objects.filter(host_id=pk).select_related("company")


def jobs(pk):  # ordered by expressions Django selects as extra columns and then trims
    return (
        Job.objects.filter(person_id=pk)
        .select_related("company")
        .order_by(F("ended_on").desc(nulls_last=True))
    )


class PreparedTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.globex = Company.objects.create(owner=cls.alice, name="Globex")
        cls.ben = Person.objects.create(owner=cls.alice, name="Ben Ode", company=cls.globex)
        Conversation.objects.create(owner=cls.alice, host=cls.ana, company=cls.globex, goal="Second")
        Conversation.objects.create(owner=cls.alice, host=cls.ben, goal="Ben's")
        for i, company in enumerate((cls.acme, cls.globex)):
            Job.objects.create(
                owner=cls.alice, person=cls.ana, company=company, ended_on=dt.date(2020 + i, 1, 1)
            )
        now = timezone.now()
        for i in range(5):
            Interaction.objects.create(
                owner=cls.alice,
                person=cls.ana,
                kind="note",
                summary=f"n{i}",
                occurred_at=now - dt.timedelta(i),
            )

    def test_it_returns_the_querysets_objects_with_their_related_ones_in_one_query(self):
        read = Prepared(chats)
        for person in (self.ana, self.ben):
            with self.subTest(person=person.name):
                with self.assertNumQueries(1):
                    got = read(person.pk)
                    companies = [c.company and c.company.name for c in got]
                self.assertEqual(
                    [(c.pk, c.goal, name, c.created_at) for c, name in zip(got, companies, strict=True)],
                    [(c.pk, c.goal, c.company and c.company.name, c.created_at) for c in chats(person.pk)],
                )
        self.assertEqual(len(read(self.ana.pk)), 2)

    def test_dates_and_times_come_back_as_the_queryset_gives_them(self):
        got = Prepared(lambda pk: Interaction.objects.filter(person_id=pk))(self.ana.pk)
        self.assertEqual([i.occurred_at for i in got], [i.occurred_at for i in self.ana.interactions.all()])
        self.assertTrue(all(timezone.is_aware(i.occurred_at) for i in got))
        self.assertEqual(
            [j.ended_on for j in Prepared(jobs)(self.ana.pk)], [dt.date(2021, 1, 1), dt.date(2020, 1, 1)]
        )

    def test_an_order_on_unselected_expressions_keeps_the_rows_whole(self):
        got = Prepared(jobs)(self.ana.pk)
        self.assertEqual(
            [(j.pk, j.company.name) for j in got], [(j.pk, j.company.name) for j in jobs(self.ana.pk)]
        )

    def test_known_sets_the_parent_without_a_query(self):
        got = Prepared(lambda pk: Interaction.objects.filter(person_id=pk), known="person")(
            self.ana.pk, known=self.ana
        )
        with self.assertNumQueries(0):
            self.assertTrue(all(i.person is self.ana for i in got))

    def test_a_limit_is_compiled_once_per_value(self):
        read = Prepared(lambda pk: Interaction.objects.filter(person_id=pk))
        self.assertEqual([i.summary for i in read(self.ana.pk, limit=2)], ["n0", "n1"])
        self.assertEqual(len(read(self.ana.pk, limit=4)), 4)
        self.assertEqual(len(read(self.ana.pk)), 5)
        self.assertEqual(len(read(self.ana.pk, limit=2)), 2)

    def test_values_list_rows_are_tuples(self):
        read = Prepared(
            lambda owner, pk: Person.objects.filter(owner_id=owner, pk=pk).values_list("name", "title")
        )
        self.assertEqual(read(self.alice.pk, self.ana.pk), [("Ana Lima", "Product Designer")])
        self.assertEqual(read(self.bob.pk, self.ana.pk), [])

    def test_only_some_columns_and_their_related_ones(self):
        read = Prepared(lambda pk: chats(pk).only("id", "goal", "company__name"))
        got = read(self.ana.pk)
        self.assertEqual(sorted(c.goal for c in got), sorted(c.goal for c in chats(self.ana.pk)))
        with self.assertNumQueries(0):
            self.assertEqual({c.company.name for c in got}, {"Acme Robotics", "Globex"})

    def test_dates_and_times_as_arguments(self):
        read = Prepared(
            lambda pk, since, until: Interaction.objects.filter(
                person_id=pk, occurred_at__gte=since, occurred_at__date__lt=until
            )
        )
        now = timezone.now()
        for since, until, expected in (
            (now - dt.timedelta(days=2, minutes=1), now.date() + dt.timedelta(days=1), ["n0", "n1", "n2"]),
            (now - dt.timedelta(days=9), now.date() - dt.timedelta(days=3), ["n4"]),
            (now + dt.timedelta(days=1), now.date() + dt.timedelta(days=9), []),
        ):
            with self.subTest(since=since, until=until):
                self.assertEqual([i.summary for i in read(self.ana.pk, since, until)], expected)

    def test_a_date_lookup_follows_the_current_time_zone(self):
        read = Prepared(lambda pk, day: Interaction.objects.filter(person_id=pk, occurred_at__date=day))
        moment = dt.datetime(2026, 3, 1, 23, 30, tzinfo=dt.UTC)  # 2 March in Tokyo
        Interaction.objects.create(owner=self.alice, person=self.ben, kind="note", occurred_at=moment)
        for zone, day in (("UTC", dt.date(2026, 3, 1)), ("Asia/Tokyo", dt.date(2026, 3, 2))):
            with self.subTest(zone), timezone.override(zone):
                self.assertEqual(len(read(self.ben.pk, day)), 1)
                self.assertEqual(read(self.ben.pk, day - dt.timedelta(days=1)), [])

    def test_an_argument_may_appear_twice(self):
        read = Prepared(lambda pk: Person.objects.filter(pk=pk) | Person.objects.filter(introduced_by_id=pk))
        self.assertEqual(read(self.ben.pk), [self.ben])

    def test_reads_it_cannot_compile_once_are_refused(self):
        refused = {
            "an argument written into the SQL": lambda pk: Person.objects.all()[:pk],
            "an argument left out": lambda pk: Person.objects.all(),
            "prefetch": lambda pk: Person.objects.filter(pk=pk).prefetch_related("emails"),
            "values()": lambda pk: Person.objects.filter(pk=pk).values("name"),
            "flat values": lambda pk: Person.objects.filter(pk=pk).values_list("name", flat=True),
        }
        for why, build in refused.items():
            with self.subTest(why), self.assertRaises(ValueError):
                Prepared(build)(self.ana.pk)
        with self.assertRaises(TypeError):  # text varies in ways a stand-in cannot stand for
            Prepared(lambda name: Person.objects.filter(name=name))("Ana Lima")
        computed = {  # kept from the first call if let through
            "a date worked out from one": lambda pk, day: Interaction.objects.filter(
                person_id=pk, occurred_at__date__gte=day, occurred_at__date__lt=day + dt.timedelta(days=7)
            ),
            "an id worked out from one": lambda pk, day: Person.objects.filter(
                Q(pk=pk) | Q(pk=pk + 1), created_at__date__gte=day
            ),
            "an argument written into the SQL": lambda pk, day: Person.objects.extra(
                where=[f"network_person.id <> {pk}"]
            ).filter(pk=pk, created_at__date__gte=day),
        }
        for why, build in computed.items():
            with self.subTest(why), self.assertRaises(ValueError):
                Prepared(build)(self.ana.pk, dt.date(2026, 1, 1))

    def test_the_arguments_keep_their_kinds(self):
        read = Prepared(lambda pk, day: Interaction.objects.filter(person_id=pk, occurred_at__date__gte=day))
        self.assertEqual(len(read(self.ana.pk, dt.date(2000, 1, 1))), 5)
        with self.assertRaises(TypeError):  # Django would take the date of it; SQL would compare text
            read(self.ana.pk, timezone.now())

    def test_a_limit_of_nothing_reads_nothing(self):
        with self.assertNumQueries(0):
            self.assertEqual(
                Prepared(lambda pk: Interaction.objects.filter(person_id=pk))(self.ana.pk, limit=0), []
            )

    def test_distinct_rows_ordered_by_a_column_not_selected_are_trimmed(self):
        # DISTINCT with an ORDER BY on a joined column: Django selects it too, then drops it.
        build = lambda pk: Person.objects.filter(owner_id=pk).distinct().order_by("company__name", "name")  # noqa: E731
        read = Prepared(build)
        got = read(self.alice.pk)
        self.assertEqual([(p.pk, p.name) for p in got], [(p.pk, p.name) for p in build(self.alice.pk)])
        self.assertTrue(read._plans and next(iter(read._plans.values())).compiler.has_extra_select)
        names = lambda pk: build(pk).values_list("name")  # noqa: E731
        self.assertEqual(Prepared(names)(self.alice.pk), list(names(self.alice.pk)))


class OwnedReadTests(BaseTestCase):
    read = OwnedRead(lambda: Person.objects.select_related("company"))

    def test_it_fetches_the_owners_object_with_its_related_ones(self):
        person = get_owned_or_404(self.read, self.alice, pk=self.ana.pk)
        self.assertEqual(person, self.ana)
        with self.assertNumQueries(0):
            self.assertEqual(person.company.name, "Acme Robotics")
        self.assertEqual(get_owned_or_404(self.read, self.alice, pk=str(self.ana.pk)), self.ana)

    def test_anyone_else_gets_a_404_naming_the_model(self):
        for user in (self.bob, self.charlie, AnonymousUser()):
            with self.subTest(user=str(user)), self.assertRaisesMessage(Http404, "No person here."):
                get_owned_or_404(self.read, user, pk=self.ana.pk)

    def test_missing_and_garbage_ids_are_a_404(self):
        for garbage in (self.ana.pk + 1000, 10**20, -1, 0, "abc", "1 OR 1=1", "", None, [1]):
            with self.subTest(pk=garbage), self.assertRaises(Http404):
                get_owned_or_404(self.read, self.alice, pk=garbage)
