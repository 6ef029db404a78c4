import io

from django.apps import apps
from django.core.management import CommandError, call_command
from django.test import TestCase
from django.utils import timezone

from coffeechat.accounts.models import User
from coffeechat.conversations.models import Conversation, Interaction, Task
from coffeechat.lib import stages
from coffeechat.network.models import Company, Person

EMAIL = "demo@coffeechat.local"


def run_demo(*args) -> str:
    out = io.StringIO()
    call_command("demo", *args, stdout=out)
    return out.getvalue()


def row_counts() -> dict[str, int]:
    """How many rows each of coffeechat's tables holds, many-to-many tables included."""
    return {
        model._meta.label: model.objects.count()
        for label in ("accounts", "network", "conversations")
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
    }


class DemoCommandTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = run_demo("--password", "maple-otter-lantern-42")
        cls.user = User.objects.get(email=EMAIL)

    def test_it_prints_the_login(self):
        self.assertIn(EMAIL, self.output)
        self.assertIn("maple-otter-lantern-42", self.output)
        self.assertTrue(self.user.check_password("maple-otter-lantern-42"))

    def test_a_generated_password_is_printed_and_works(self):
        output = run_demo("--email", "other-demo@example.org")
        user = User.objects.get(email="other-demo@example.org")
        password = next(line.split(":", 1)[1].strip() for line in output.splitlines() if "password:" in line)
        self.assertGreaterEqual(len(password), 12)
        self.assertTrue(user.check_password(password))

    def test_it_holds_a_full_job_search(self):
        user = self.user
        self.assertEqual(user.time_zone, "America/Chicago")
        self.assertGreaterEqual(Company.objects.for_owner(user).count(), 35)
        self.assertGreaterEqual(Person.objects.for_owner(user).count(), 100)
        conversations = Conversation.objects.for_owner(user)
        self.assertGreaterEqual(conversations.count(), 20)
        self.assertEqual(set(conversations.values_list("stage", flat=True)), set(stages.ALL))
        people = Person.objects.for_owner(user)
        self.assertTrue(people.filter(emails__isnull=False).exists())
        self.assertTrue(people.filter(phones__number__startswith="+").exists())
        self.assertTrue(people.exclude(linkedin_url="").exists())
        self.assertTrue(people.filter(tags__name="alumni").exists())
        self.assertGreater(len(set(people.values_list("relationship", flat=True))), 6)

    def test_today_has_something_for_every_list(self):
        user, day = self.user, self.user.today()
        tasks = Task.objects.for_owner(user)
        self.assertTrue(tasks.overdue(day).exists())
        self.assertTrue(tasks.due_today(day).exists())
        self.assertTrue(tasks.open().filter(due_on__gt=day).exists())
        self.assertTrue(tasks.filter(done_at__isnull=False).exists())
        conversations = Conversation.objects.for_owner(user)
        self.assertTrue(conversations.upcoming_meetings(timezone.now()).exists())
        self.assertTrue(conversations.waiting_on_you(day).exists())

    def test_every_conversation_has_a_consistent_history(self):
        now = timezone.now()
        for conversation in Conversation.objects.for_owner(self.user):
            with self.subTest(conversation=str(conversation)):
                self.assertEqual(conversation.date_errors(), {})
                changes = list(conversation.stage_changes.all())
                stage = stages.IDEA
                for change in changes:
                    self.assertEqual(change.from_stage, stage)
                    self.assertLessEqual(change.changed_at, now)
                    stage = change.to_stage
                self.assertEqual(stage, conversation.stage)
                if changes:
                    self.assertEqual(conversation.stage_changed_at, changes[-1].changed_at)
                times = [c.changed_at for c in changes]
                self.assertEqual(times, sorted(times))
                if conversation.met_at:
                    self.assertLessEqual(conversation.met_at, now)
                    self.assertTrue(conversation.interactions.filter(kind="meeting").exists())
                if conversation.requested_at:
                    self.assertTrue(conversation.interactions.filter(kind="message_sent").exists())

    def test_interactions_span_two_months_and_set_last_contacted(self):
        interactions = Interaction.objects.for_owner(self.user)
        self.assertGreaterEqual(interactions.count(), 60)
        self.assertEqual(
            set(interactions.values_list("kind", flat=True)),
            {"message_sent", "reply_received", "call", "meeting", "note"},
        )
        oldest = interactions.order_by("occurred_at").first().occurred_at
        self.assertGreater((timezone.now() - oldest).days, 45)
        self.assertLess((timezone.now() - oldest).days, 70)
        for person in Person.objects.for_owner(self.user).filter(interactions__isnull=False).distinct():
            latest = person.interactions.order_by("-occurred_at").first().occurred_at
            self.assertEqual(person.last_contacted_at, latest, person.name)

    def test_a_second_run_without_reset_fails_and_writes_nothing(self):
        before = row_counts()
        with self.assertRaisesMessage(CommandError, "already exists"):
            run_demo()
        self.assertEqual(row_counts(), before)
        self.assertTrue(User.objects.get(email=EMAIL).check_password("maple-otter-lantern-42"))

    def test_reset_recreates_the_account(self):
        before = row_counts()
        output = run_demo("--reset", "--password", "birch-river-sparrow-17")
        self.assertIn(EMAIL, output)
        self.assertEqual(row_counts(), before)
        user = User.objects.get(email=EMAIL)
        self.assertNotEqual(user.pk, self.user.pk)
        self.assertTrue(user.check_password("birch-river-sparrow-17"))
        self.assertFalse(Person.objects.filter(owner_id=self.user.pk).exists())

    def test_reset_refuses_to_delete_an_administrators_account(self):
        User.objects.create_superuser("admin@example.org", "x")
        before = row_counts()
        with self.assertRaisesMessage(CommandError, "administrator's account"):
            run_demo("--reset", "--email", "admin@example.org")
        self.assertEqual(row_counts(), before)

    def test_reset_leaves_other_users_alone(self):
        other = User.objects.create_user("someone@example.org", "x")
        Company.objects.create(owner=other, name="Acme Robotics")
        run_demo("--reset")
        self.assertEqual(Company.objects.for_owner(other).count(), 1)

    def test_the_main_pages_render(self):
        self.client.force_login(self.user)
        conversation = Conversation.objects.for_owner(self.user).filter(stage=stages.THANKED).first()
        for url in [
            "/today/",
            "/pipeline/",
            "/people/",
            "/companies/",
            conversation.get_absolute_url(),
            conversation.host.get_absolute_url(),
        ]:
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)
