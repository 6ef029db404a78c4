"""Export and restore: everything comes back, bad files write nothing and say what is wrong."""

import datetime as dt
import io
import json

from django.apps import apps
from django.core.management import call_command
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from coffeechat.accounts import backup
from coffeechat.accounts.models import User
from coffeechat.accounts.ownership import Owned
from coffeechat.conversations.models import Conversation, Interaction, Task
from coffeechat.lib import stages
from coffeechat.lib.testing import BaseTestCase, add_lots
from coffeechat.network.models import Company, EmailAddress, Person, Relationship, Tag, company_key


def owned_counts(user) -> dict[str, int]:
    return {m._meta.label: m.objects.filter(owner=user).count() for m in backup.owned_models()}


def everything() -> dict:
    """Every row of every table the backup could touch (many-to-many tables too)."""
    state = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.app_label in {"sessions", "admin", "contenttypes", "auth", "axes"}:
            continue
        rows = list(model._default_manager.order_by("pk").values())
        state[model._meta.label] = rows
    return state


class RoundTripTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        add_lots(cls.alice, person=cls.ana, company=cls.acme, conversation=cls.chat)
        # A self-reference that points forward (to a person created later), exact microseconds.
        later = Person.objects.create(owner=cls.alice, name="Zed Later", relationship="cold")
        cls.ana.introduced_by = later
        cls.ana.save()
        later.introduced_by = cls.ana
        later.connected_on = dt.date(2021, 3, 4)
        later.save()
        cls.chat.log(
            "reply_received", "Happy to talk", when=timezone.now() - dt.timedelta(microseconds=123457)
        )
        cls.alice.time_zone = "Europe/Paris"
        cls.alice.save()
        cls.fresh = User.objects.create_user("fresh@example.org", "x-password-123")

    def test_export_restore_export_is_the_same_document(self):
        first = backup.export_user(self.alice)
        counts = backup.restore_user(self.fresh, json.loads(backup.dumps(first)))
        self.assertEqual(counts["network.person"], Person.objects.filter(owner=self.alice).count())
        second = backup.export_user(User.objects.get(pk=self.fresh.pk))
        self.assertEqual(backup.comparable(second), backup.comparable(first))
        self.assertEqual(owned_counts(self.fresh), owned_counts(self.alice))

    def test_keys_are_remapped_to_the_new_rows(self):
        backup.restore_user(self.fresh, backup.export_user(self.alice))
        ana = Person.objects.get(owner=self.fresh, name="Ana Lima")
        self.assertNotEqual(ana.pk, self.ana.pk)
        self.assertEqual(ana.introduced_by.name, "Zed Later")
        self.assertEqual(ana.introduced_by.owner, self.fresh)
        self.assertEqual(ana.introduced_by.introduced_by, ana)
        self.assertEqual(ana.company.owner, self.fresh)
        self.assertEqual(sorted(t.name for t in ana.tags.all()), ["tag-0", "tag-1", "tag-2"])
        self.assertTrue(all(t.owner == self.fresh for t in ana.tags.all()))
        chat = Conversation.objects.get(owner=self.fresh, host=ana, goal=self.chat.goal)
        self.assertEqual(
            chat.replied_at, Conversation.objects.get(pk=self.chat.pk).replied_at
        )  # derived, kept
        self.assertEqual(chat.created_at, self.chat.created_at)  # auto_now_add, kept
        self.assertEqual(User.objects.get(pk=self.fresh.pk).time_zone, "Europe/Paris")

    def test_alices_data_is_untouched_by_a_restore_elsewhere(self):
        before = backup.export_user(self.alice)
        backup.restore_user(self.fresh, before)
        self.assertEqual(backup.comparable(backup.export_user(self.alice)), backup.comparable(before))
        self.assertEqual(
            {r["id"] for r in backup.export_user(self.alice)["data"]["network.person"]},
            {r["id"] for r in before["data"]["network.person"]},
        )

    def test_the_document_covers_every_owned_model_and_the_user_settings(self):
        document = backup.export_user(self.alice)
        self.assertEqual(document["format"], "coffeechat-backup")
        self.assertEqual(document["version"], backup.VERSION)
        self.assertEqual(document["user"]["time_zone"], "Europe/Paris")
        self.assertNotIn("password", document["user"])
        self.assertNotIn("email", document["user"])
        concrete_owned = {
            m._meta.label_lower for m in apps.get_models() if issubclass(m, Owned) and not m._meta.proxy
        }
        self.assertEqual(set(document["data"]), concrete_owned)
        self.assertIn("network.person", concrete_owned)
        person = document["data"]["network.person"][0]
        self.assertNotIn("owner", person)
        self.assertIsInstance(person["tags"], list)

    def test_only_the_users_own_data_is_exported(self):
        Person.objects.create(owner=self.bob, name="Bob's secret contact")
        text = backup.dumps(backup.export_user(self.alice))
        self.assertNotIn("Bob's secret contact", text)
        self.assertEqual(backup.export_user(self.charlie)["data"]["network.person"], [])


class OwnedModelWalkTests(BaseTestCase):
    def test_every_many_to_many_between_owned_models_is_covered(self):
        # A through table of its own that is not Owned would be left out of the backup.
        for model in backup.owned_models():
            for field in model._meta.many_to_many:
                through = field.remote_field.through
                with self.subTest(field=f"{model._meta.label}.{field.name}"):
                    self.assertTrue(through._meta.auto_created or issubclass(through, Owned))

    def test_models_come_after_the_models_they_need(self):
        order = backup.owned_models()
        for model in order:
            for field in model._meta.concrete_fields:
                target = field.related_model
                if field.many_to_one and target in order and target is not model and not field.null:
                    self.assertLess(order.index(target), order.index(model), f"{model} before {target}")


class SecretTests(BaseTestCase):
    def test_token_digests_are_secrets(self):
        from django.db import models

        self.assertTrue(backup.is_secret(models.CharField(name="token_hash")))
        self.assertTrue(backup.is_secret(models.CharField(name="feed_token_hash")))
        self.assertFalse(backup.is_secret(models.CharField(name="name")))

    def test_no_secret_is_exported(self):
        for model in backup.owned_models():
            secrets = [f.name for f in model._meta.concrete_fields if backup.is_secret(f)]
            with self.subTest(model=model._meta.label):
                self.assertFalse(set(secrets) & {f.name for f in backup._data_fields(model)})


# Hypothesis: random accounts go round the trip unchanged.

names = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=30
).filter(lambda s: s.strip() == s and s)
moments = st.datetimes(
    min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2090, 1, 1), timezones=st.just(dt.UTC)
)
account = st.fixed_dictionaries(
    {
        "companies": st.lists(names, max_size=4, unique_by=company_key),
        "tags": st.lists(st.text("abcdef", min_size=1, max_size=6), max_size=3, unique=True),
        "people": st.lists(
            st.fixed_dictionaries(
                {
                    "name": names,
                    "company": st.none() | st.integers(0, 3),
                    "introduced_by": st.none() | st.integers(0, 5),
                    "relationship": st.sampled_from(Relationship.values),
                    "tags": st.lists(st.integers(0, 2), max_size=3, unique=True),
                    "email": st.booleans(),
                    "connected_on": st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2090, 1, 1)),
                }
            ),
            min_size=1,
            max_size=6,
        ),
        "chats": st.lists(
            st.fixed_dictionaries(
                {
                    "host": st.integers(0, 5),
                    "stage": st.sampled_from(stages.ALL),
                    "goal": st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40),
                    "requested_at": st.none() | moments,
                    "reply": st.none() | moments,
                    "task": st.booleans(),
                }
            ),
            max_size=4,
        ),
        "time_zone": st.sampled_from(["UTC", "America/New_York", "Asia/Tokyo"]),
    }
)


def build(owner, spec: dict) -> None:
    companies = [Company.objects.create(owner=owner, name=n) for n in spec["companies"]]
    tags = [Tag.objects.create(owner=owner, name=n) for n in spec["tags"]]
    people = []
    for p in spec["people"]:
        company = (
            companies[p["company"]] if p["company"] is not None and p["company"] < len(companies) else None
        )
        people.append(
            Person.objects.create(
                owner=owner,
                name=p["name"],
                company=company,
                relationship=p["relationship"],
                connected_on=p["connected_on"],
            )
        )
    for person, p in zip(people, spec["people"], strict=True):
        if p["introduced_by"] is not None and p["introduced_by"] < len(people):
            person.introduced_by = people[p["introduced_by"]]  # itself, earlier or later
            person.save()
        person.tags.set([tags[i] for i in p["tags"] if i < len(tags)])
        if p["email"]:
            person.set_emails([f"p{person.pk}@example.org"])
    for c in spec["chats"]:
        host = people[c["host"] % len(people)]
        chat = Conversation.objects.create(
            owner=owner, host=host, stage=c["stage"], goal=c["goal"], requested_at=c["requested_at"]
        )
        if c["reply"]:
            chat.log("reply_received", "yes", when=c["reply"])
        if c["task"]:
            Task.objects.create(owner=owner, title="Follow up", due_on=dt.date(2030, 1, 1), conversation=chat)
    owner.time_zone = spec["time_zone"]
    owner.save()


class RoundTripPropertyTests(HypothesisTestCase):
    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(account)
    def test_export_restore_export_gives_the_same_document(self, spec):
        source = User.objects.create_user("source@example.org", "pw-1234567")
        target = User.objects.create_user("target@example.org", "pw-1234567")
        build(source, spec)
        first = backup.export_user(source)
        backup.restore_user(target, backup.loads(backup.dumps(first)))
        second = backup.export_user(User.objects.get(pk=target.pk))
        self.assertEqual(backup.comparable(second), backup.comparable(first))


class BadBackupTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        Person.objects.create(owner=cls.alice, name="Bea", introduced_by=cls.ana)
        cls.ana.tags.set([Tag.objects.create(owner=cls.alice, name="design")])
        cls.good = backup.export_user(cls.alice)
        cls.fresh = User.objects.create_user("fresh@example.org", "x-password-123")

    def refused(self, document_or_text, user=None) -> list[str]:
        before = everything()
        with self.assertRaises(backup.RestoreError) as caught:
            document = (
                backup.loads(document_or_text)
                if isinstance(document_or_text, str | bytes)
                else document_or_text
            )
            backup.restore_user(user or self.fresh, document)
        self.assertEqual(everything(), before, "nothing may be written")
        return caught.exception.errors

    def changed(self, change) -> dict:
        document = json.loads(json.dumps(self.good))
        change(document)
        return document

    def test_the_good_document_restores(self):  # the baseline the other tests spoil
        backup.restore_user(self.fresh, self.good)
        self.assertEqual(Person.objects.filter(owner=self.fresh).count(), 2)

    def test_a_newer_schema_version_is_refused(self):
        errors = self.refused(self.changed(lambda d: d.update(version=backup.VERSION + 1)))
        self.assertIn("newer coffeechat", errors[0])
        self.assertIn(f"schema version {backup.VERSION + 1}", errors[0])

    def test_a_truncated_file_is_refused(self):
        text = backup.dumps(self.good)
        errors = self.refused(text[: len(text) // 2])
        self.assertIn("not valid JSON", errors[0])
        self.assertIn("cut short", errors[0])

    def test_json_that_is_not_a_backup_is_refused(self):
        self.assertIn("not a coffeechat backup", self.refused('{"people": []}')[0])
        self.assertIn("not a coffeechat backup", self.refused("[1, 2]")[0])
        self.assertIn("not UTF-8 text", self.refused(b"\xff\xfe\x00garbage")[0])

    def test_a_restore_into_an_account_with_data_is_refused(self):
        errors = self.refused(
            self.good, user=self.bob if Person.objects.filter(owner=self.bob) else self.alice
        )
        self.assertIn("already holds data", errors[0])

    def test_a_wrong_value_names_the_record_and_field(self):
        def spoil(d):
            d["data"]["network.person"][1]["relationship"] = "enemy"

        errors = self.refused(self.changed(spoil))
        self.assertEqual(len(errors), 1)
        self.assertIn("network.person record 2", errors[0])
        self.assertIn('field "relationship"', errors[0])
        self.assertIn("not a valid choice", errors[0])

    def test_a_late_bad_record_stops_the_earlier_good_ones_too(self):
        def spoil(d):
            d["data"]["conversations.task"][0]["due_on"] = "next tuesday"

        errors = self.refused(self.changed(spoil))
        self.assertIn("conversations.task record 1 (id", errors[0])
        self.assertIn('field "due_on"', errors[0])

    def test_wrong_shapes_are_named(self):
        cases = {
            "data is a list": (lambda d: d.update(data=[]), 'no "data" object'),
            "records not a list": (lambda d: d["data"].update({"network.company": {}}), "must be a list"),
            "record not an object": (lambda d: d["data"]["network.company"].append(3), "must be an object"),
            "no id": (lambda d: d["data"]["network.company"][0].pop("id"), 'has no "id"'),
            "unknown field": (
                lambda d: d["data"]["network.company"][0].update(colour="red"),
                '"colour" is not a field',
            ),
            "unknown model": (
                lambda d: d["data"].update({"spaceships.ship": []}),
                '"spaceships.ship" is not a kind',
            ),
            "dangling key": (
                lambda d: d["data"]["network.person"][1].update(introduced_by=999999),
                "not in the backup",
            ),
            "dangling tag": (
                lambda d: d["data"]["network.person"][0].update(tags=[424242]),
                "not in the backup",
            ),
            "tags not a list": (
                lambda d: d["data"]["network.person"][0].update(tags="design"),
                "list of ids",
            ),
            "required key empty": (
                lambda d: d["data"]["conversations.conversation"][0].update(host=None),
                'field "host": must not be empty',
            ),
            "too long": (lambda d: d["data"]["network.person"][0].update(name="x" * 201), 'field "name"'),
            "duplicate id": (
                lambda d: d["data"]["network.tag"].append(dict(d["data"]["network.tag"][0])),
                "id appears twice",
            ),
            "bad setting": (
                lambda d: d["user"].update(favourite_colour="red"),
                '"favourite_colour" is not a setting',
            ),
            "no version": (lambda d: d.pop("version"), 'no schema "version"'),
            "a NUL character": (
                lambda d: d["data"]["network.person"][0].update(notes="a\x00b"),
                "contains a NUL character",
            ),
            "two tags of one name": (
                lambda d: d["data"]["network.tag"].append({**d["data"]["network.tag"][0], "id": 99999}),
                "breaks a rule of the database",
            ),
        }
        for name, (spoil, message) in cases.items():
            with self.subTest(name):
                errors = self.refused(self.changed(spoil))
                self.assertTrue(any(message in e for e in errors), errors)


class CommandTests(BaseTestCase):
    def test_export_then_restore_through_the_commands(self):
        out = io.StringIO()
        call_command("export", "--user", "ALICE@example.org", stdout=out)
        document = json.loads(out.getvalue())
        self.assertEqual(document["data"]["network.person"][0]["name"], "Ana Lima")
        fresh = User.objects.create_user("fresh@example.org", "x-password-123")
        path = self.tmp_file(out.getvalue())
        out = io.StringIO()
        call_command("restore", path, "--user", fresh.email, stdout=out)
        self.assertIn("Restored", out.getvalue())
        self.assertEqual(Person.objects.get(owner=fresh).name, "Ana Lima")
        self.assertEqual(EmailAddress.objects.filter(owner=fresh).count(), 0)
        self.assertEqual(Interaction.objects.filter(owner=fresh).count(), 0)

    def test_restore_says_why_and_writes_nothing(self):
        from django.core.management import CommandError

        path = self.tmp_file('{"format": "coffeechat-backup", "version": 99, "data": {}}')
        with self.assertRaisesMessage(CommandError, "newer coffeechat"):
            call_command("restore", path, "--user", self.bob.email)
        with self.assertRaisesMessage(CommandError, "No account uses"):
            call_command("restore", path, "--user", "nobody@example.org")
        with self.assertRaisesMessage(CommandError, "Cannot read"):
            call_command("restore", path + ".missing", "--user", self.bob.email)
        with self.assertRaisesMessage(CommandError, "No account uses"):
            call_command("export", "--user", "nobody@example.org")

    def tmp_file(self, text: str) -> str:
        import tempfile

        f = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
        f.write(text)
        f.close()
        self.addCleanup(lambda: __import__("os").unlink(f.name))
        return f.name


class OutsideTheAccountTests(BaseTestCase):
    """Records that point outside the account: an advisor the user shares with, their comments."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        from coffeechat.advising.models import Advisor, Comment, Organisation, Sharing

        vera = User.objects.create_user("vera@northside.edu", "pw-1234567", name="Vera Vance")
        cls.advisor = Advisor.objects.create(
            organisation=Organisation.objects.create(name="Northside"), user=vera
        )
        Sharing.objects.create(owner=cls.alice, advisor=cls.advisor)
        Comment.objects.create(owner=cls.alice, conversation=cls.chat, author=vera, text="Ask about the team")
        Comment.objects.create(owner=cls.alice, conversation=cls.chat, author=cls.alice, text="My own note")
        cls.fresh = User.objects.create_user("fresh@example.org", "x-password-123")

    def test_other_people_are_named_by_e_mail_and_found_again(self):
        from coffeechat.advising.models import Comment, Sharing

        document = backup.export_user(self.alice)
        authors = [c["author"] for c in document["data"]["advising.comment"]]
        self.assertEqual(authors, [{"user": "vera@northside.edu"}, "owner"])
        restored = backup.restore_user(self.fresh, backup.loads(backup.dumps(document)))
        self.assertEqual(restored.left_out, {})
        comments = Comment.objects.filter(owner=self.fresh).order_by("pk")
        self.assertEqual([c.author.email for c in comments], ["vera@northside.edu", "fresh@example.org"])
        self.assertEqual(Sharing.objects.get(owner=self.fresh).advisor, self.advisor)

    def test_what_this_server_lacks_is_left_out_and_counted(self):
        from coffeechat.advising.models import Comment, Sharing

        document = backup.export_user(self.alice)
        document["data"]["advising.sharing"][0]["advisor"] = 987654
        document["data"]["advising.comment"][0]["author"] = {"user": "nobody@elsewhere.edu"}
        restored = backup.restore_user(self.fresh, document)
        self.assertEqual(restored.left_out, {"advising.sharing": 1, "advising.comment": 1})
        self.assertIn(
            "Left out 2 records that refer to people or things not on this server", restored.summary()
        )
        self.assertFalse(Sharing.objects.filter(owner=self.fresh).exists())
        self.assertEqual([c.text for c in Comment.objects.filter(owner=self.fresh)], ["My own note"])
        self.assertEqual(Person.objects.filter(owner=self.fresh).count(), 1)

    def test_a_wrong_reference_to_a_user_is_named(self):
        document = backup.export_user(self.alice)
        document["data"]["advising.comment"][0]["author"] = 5
        with self.assertRaises(backup.RestoreError) as caught:
            backup.restore_user(self.fresh, document)
        self.assertIn("advising.comment record 1", caught.exception.errors[0])
        self.assertIn('"owner" or {"user": an e-mail address}', caught.exception.errors[0])
