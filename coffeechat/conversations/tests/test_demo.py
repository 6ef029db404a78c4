import datetime as dt
import io

import time_machine
from django.apps import apps
from django.core.management import CommandError, call_command
from django.test import TestCase
from django.utils import timezone

from coffeechat.accounts.models import User
from coffeechat.conversations.models import Conversation, Interaction, Task, TaskKind
from coffeechat.insights import metrics
from coffeechat.insights.forms import default_range
from coffeechat.leads.models import CardChange, Lead, LeadKind, LeadStatus
from coffeechat.lib import stages
from coffeechat.network.models import (
    WARM_RELATIONSHIPS,
    Affiliation,
    AffiliationKind,
    Company,
    Connection,
    EmailAddress,
    Job,
    Person,
)
from coffeechat.network.paths import company_paths, person_paths
from coffeechat.network.targets import FOCUS, target_list
from coffeechat.outreach import drafts
from coffeechat.outreach.models import MessageTemplate
from coffeechat.questions.models import Comment, Plan, PlanItem, Question, ShareLink

EMAIL = "demo@coffeechat.local"


def run_demo(*args) -> str:
    out = io.StringIO()
    call_command("demo", *args, stdout=out)
    return out.getvalue()


def row_counts() -> dict[str, int]:
    """How many rows each of coffeechat's tables holds, many-to-many tables included."""
    return {
        model._meta.label: model.objects.count()
        for label in ("accounts", "network", "conversations", "questions", "leads", "outreach")
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

    def test_interactions_span_twelve_weeks_and_set_last_contacted(self):
        interactions = Interaction.objects.for_owner(self.user)
        self.assertGreaterEqual(interactions.count(), 60)
        self.assertEqual(
            set(interactions.values_list("kind", flat=True)),
            {"message_sent", "reply_received", "call", "meeting", "note"},
        )
        oldest = interactions.order_by("occurred_at").first().occurred_at
        self.assertGreater((timezone.now() - oldest).days, 70)
        self.assertLessEqual((timezone.now() - oldest).days, 84)  # the Insights page's twelve weeks
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

    def test_two_runs_hold_the_same_job_search(self):
        """Seeded: a second account differs only in its dates and password."""

        def fingerprint(user) -> dict:
            rows = {
                "people": (Person, ["name", "title", "company__name", "relationship", "introduced_by__name"]),
                "emails": (EmailAddress, ["person__name", "address"]),
                "jobs": (Job, ["person__name", "company__name", "title", "is_current"]),
                "connections": (Connection, ["person__name", "other__name", "how"]),
                "targets": (Company, ["name", "is_target", "motivation", "posting"]),
                "chats": (Conversation, ["host__name", "stage"]),
                "tasks": (Task, ["title", "kind"]),
                "plans": (PlanItem, ["plan__conversation__host__name", "text"]),
                "leads": (Lead, ["kind", "title", "status"]),
            }
            return {
                key: sorted(model.objects.for_owner(user).values_list(*fields))
                for key, (model, fields) in rows.items()
            }

        run_demo("--email", "again@example.org", "--password", "x")
        self.assertEqual(fingerprint(User.objects.get(email="again@example.org")), fingerprint(self.user))

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


class DemoFeaturesTests(TestCase):
    """Every feature is alive in the demo, and reads as one job search."""

    @classmethod
    def setUpTestData(cls):
        run_demo("--password", "maple-otter-lantern-42")
        cls.user = User.objects.get(email=EMAIL)

    def chat(self, host: str) -> Conversation:
        return Conversation.objects.for_owner(self.user).get(host__name=host)

    def test_the_target_list_is_scored_the_lamp_way(self):
        self.assertEqual(self.user.target_role, "UX research")
        targets = list(target_list(self.user))
        self.assertTrue(35 <= len(targets) <= 45, len(targets))
        self.assertLess(len(targets), Company.objects.for_owner(self.user).count())  # not every company
        self.assertGreaterEqual(sum(c.motivation is not None for c in targets), 35)
        self.assertEqual({c.posting for c in targets}, {1, 2, 3})
        focus = targets[:FOCUS]
        self.assertEqual({c.motivation for c in focus}, {3}, [c.name for c in focus])
        self.assertTrue(all(c.has_advocacy for c in focus))
        # Advocacy is worked out from the people Jordan knows there, never typed in.
        self.assertTrue(all(c.advocacy is None for c in targets))
        with_someone = [c for c in targets if c.has_advocacy]
        self.assertTrue(8 <= len(targets) - len(with_someone) <= len(targets) // 2)
        for company in targets:
            knows = (
                Person.objects.for_owner(self.user)
                .filter(company=company, relationship__in=WARM_RELATIONSHIPS)
                .exists()
                or Job.objects.for_owner(self.user)
                .filter(company=company, is_current=True, person__relationship__in=WARM_RELATIONSHIPS)
                .exists()
                or Person.objects.for_owner(self.user)
                .filter(company=company, affiliations__includes_me=True)
                .exists()
            )
            self.assertEqual(company.has_advocacy, knows, company.name)

    def test_warm_paths_lead_into_companies_and_to_people(self):
        mine = Affiliation.objects.for_owner(self.user).filter(includes_me=True)
        for kind in (AffiliationKind.SCHOOL, AffiliationKind.EMPLOYER):
            with self.subTest(kind=kind):
                self.assertGreaterEqual(
                    mine.get(
                        kind=kind, name__in=["Northshore College", "Roosevelt Middle School"]
                    ).members.count(),
                    3,
                )
        connections = Connection.objects.for_owner(self.user)
        self.assertGreaterEqual(connections.count(), 25)
        self.assertGreaterEqual(len(set(connections.values_list("how", flat=True))), 5)
        jobs = Job.objects.for_owner(self.user)
        self.assertGreaterEqual(jobs.filter(is_current=False).count(), 15)
        self.assertGreaterEqual(jobs.filter(is_current=True).count(), 80)
        introduced = Person.objects.for_owner(self.user).filter(introduced_by__isnull=False)
        self.assertGreaterEqual(introduced.count(), 8)
        self.assertFalse(
            Person.objects.for_owner(self.user)
            .filter(relationship="introduced", introduced_by__isnull=True)
            .exists()
        )

        brightleaf = Company.objects.for_owner(self.user).get(name="Brightleaf Learning")
        ways = company_paths(self.user, brightleaf)
        self.assertTrue(ways.now and ways.before and ways.two_steps and ways.suggestions)
        self.assertIn("Priya", ways.suggestions[0].person.name)  # an alum, in research, promoted there
        self.assertIn("Hiroshi", " ".join(p.target.name for p in ways.before))

        ravi = Person.objects.for_owner(self.user).get(name="Ravi Shankar")
        via = {p.via.name for p in person_paths(self.user, ravi) if p.via}
        self.assertIn("Chris Ellis", via)  # no reply from Ravi, but Jordan's brother worked with him

    def test_the_coming_meetings_have_question_plans(self):
        upcoming = Conversation.objects.for_owner(self.user).upcoming_meetings(timezone.now())
        self.assertGreaterEqual(upcoming.count(), 3)
        planned = 0
        for conversation in upcoming:
            plan = Plan.objects.filter(conversation=conversation).first()
            if plan is None:
                continue
            planned += 1
            with self.subTest(host=conversation.host.name):
                items = plan.ordered_items()
                self.assertGreaterEqual(len(items), 3)
                self.assertTrue(any(i.bank_key.startswith("b") for i in items))
                self.assertTrue(any(i.must_ask for i in items))
                self.assertEqual(plan.budget(items).over, 0, "the plan does not fit the meeting")
                self.assertNotIn("{", " ".join(i.filled for i in items))
        self.assertGreaterEqual(planned, 3)
        self.assertTrue(Question.objects.for_owner(self.user).exists())
        self.assertTrue(
            Plan.objects.filter(
                conversation__host__name="Fatima Al-Sayed", items__bank_key__startswith="u"
            ).exists()
        )

    def test_a_friend_reviewed_one_plan(self):
        plan = self.chat("Fatima Al-Sayed").plan
        link = ShareLink.objects.for_owner(self.user).get(plan=plan)
        self.assertTrue(link.is_live)
        comments = Comment.objects.for_owner(self.user).filter(plan=plan).open()
        self.assertGreaterEqual(comments.count(), 3)
        self.assertEqual(set(comments.values_list("author", flat=True)), {"Marcus Bell"})
        self.assertTrue(comments.filter(item__isnull=True).exists())  # about the introduction
        self.assertTrue(comments.filter(looks_good=True).exists())
        self.assertTrue(comments.exclude(suggestion="").filter(item__isnull=False).exists())

    def test_met_chats_keep_notes_and_their_plans_what_was_asked(self):
        met = Conversation.objects.for_owner(self.user).filter(met_at__isnull=False)
        self.assertGreaterEqual(met.count(), 8)
        self.assertFalse(met.filter(notes="").exists())
        for host in ("Amara Nwosu", "Luis Fernández"):
            with self.subTest(host=host):
                plan = self.chat(host).plan
                self.assertTrue(plan.meeting_notes)
                self.assertIsNone(plan.meeting_started_at)  # else meeting mode shows a clock running for days
                self.assertTrue(plan.items.filter(asked=True).exclude(note="").exists())
                self.assertIn(plan.items.filter(asked=True).first().note, plan.note_summary())

    def test_leads_come_from_met_chats_with_reminders(self):
        leads = Lead.objects.for_owner(self.user)
        self.assertEqual(set(leads.values_list("kind", flat=True)), set(LeadKind.values))
        self.assertEqual(set(leads.values_list("status", flat=True)), {LeadStatus.NEW, LeadStatus.ACTED_ON})
        for lead in leads.filter(kind=LeadKind.REFERRAL).select_related("person", "conversation"):
            with self.subTest(referral=lead.title):
                self.assertEqual(lead.person.introduced_by_id, lead.conversation.host_id)
                self.assertLessEqual(lead.created_at, timezone.now())
        today = self.user.today()
        for lead in leads.exclude(kind=LeadKind.REFERRAL).filter(status=LeadStatus.NEW):
            with self.subTest(lead=lead.title):
                self.assertIsNone(lead.task.done_at)
                self.assertGreaterEqual(lead.task.due_on, today)
        self.assertTrue(leads.filter(kind=LeadKind.OPENING, status=LeadStatus.NEW).exists())
        self.assertTrue(leads.filter(kind=LeadKind.SEASON).exists())

    def test_follow_ups_come_from_the_chats_own_moves(self):
        tasks, today = Task.objects.for_owner(self.user), self.user.today()
        for kind in (TaskKind.SECOND_CONTACT, TaskKind.FOLLOW_UP, TaskKind.THANK_YOU, TaskKind.UPDATE,
                     TaskKind.KEEP_IN_TOUCH):  # fmt: skip
            with self.subTest(kind=kind):
                self.assertTrue(tasks.open().filter(kind=kind).exists())
        self.assertTrue(tasks.overdue(today).filter(kind=TaskKind.THANK_YOU).exists())
        self.assertTrue(tasks.overdue(today).filter(kind=TaskKind.UPDATE).exists())
        # What the chats closed was closed when it happened, not when the demo was made.
        started = User.objects.get(pk=self.user.pk).date_joined
        self.assertFalse(tasks.filter(done_at__gte=started).exists())
        self.assertFalse(
            tasks.filter(done_at__isnull=False, due_on__gt=today, kind=TaskKind.FOLLOW_UP).exists()
        )
        # 3B7 reminders stay only while the host has not answered.
        for task in tasks.open().filter(kind__in=[TaskKind.SECOND_CONTACT, TaskKind.FOLLOW_UP]):
            with self.subTest(task=task.title):
                self.assertEqual(task.conversation.stage, stages.REQUESTED)
                self.assertFalse(task.conversation.has_reply)
        template = MessageTemplate.objects.for_owner(self.user).get()
        self.assertEqual(drafts.unknown_placeholders(template.subject + template.body), [])

    def test_cards_goal_and_a_lively_insights_page(self):
        people = Person.objects.for_owner(self.user)
        self.assertGreaterEqual(people.exclude(website="").count(), 3)
        self.assertGreaterEqual(people.exclude(address="").count(), 3)
        self.assertTrue(people.exclude(social_links=[]).exists())
        change = CardChange.objects.for_owner(self.user).get()
        self.assertIn("address", {c["field"] for c in change.changes})
        self.assertEqual(change.person.phones.count(), 2)  # the card's office phone joins the mobile
        self.assertEqual(self.user.weekly_meeting_goal, 2)
        data = metrics.compute(self.user, *default_range(self.user.today()))
        self.assertEqual(len(data.weeks), 12)
        self.assertGreaterEqual(sum(1 for w in data.weeks if w["meetings"]), 5)
        self.assertGreaterEqual(data.weeks_at_goal, 1)
        busy = [w for w in data.activity if any(w[kind] for kind, _ in metrics.ACTIVITY_KINDS)]
        self.assertEqual(len(busy), 12, "a week of the twelve shows no activity")
        for step in ("targets", "requests", "replies", "meetings", "thanks", "referrals", "openings"):
            with self.subTest(step=step):
                self.assertGreater(data.count(step), 0)
        self.assertTrue(all(data.host_types[k] for k in metrics.HOST_TYPES))
        # Believable numbers: most cold requests go unanswered, referrals come from some meetings.
        cold = next(r for r in data.by_warmth if r["label"].startswith("Cold"))
        self.assertLessEqual(cold["rate"], 50)
        self.assertLessEqual(data.count("referrals"), data.count("meetings"))

    def test_every_feature_page_shows_the_demo(self):
        self.client.force_login(self.user)
        fatima = self.chat("Fatima Al-Sayed")
        brightleaf = Company.objects.for_owner(self.user).get(name="Brightleaf Learning")
        ravi = Person.objects.for_owner(self.user).get(name="Ravi Shankar")
        nadia_update = Task.objects.for_owner(self.user).get(
            kind=TaskKind.UPDATE, conversation__host__name="Nadia Haddad"
        )
        for url, text in [
            ("/targets/", "Focus"),
            ("/leads/", "Joanne Whitaker"),
            ("/insights/", "Meetings"),
            ("/templates/", "Former teachers, short"),
            (brightleaf.get_absolute_url(), "Through someone you know"),
            (ravi.get_absolute_url(), "Chris"),
            (f"/conversations/{fatima.pk}/plan/", "Marcus Bell"),
            (f"/conversations/{fatima.pk}/briefing/", "Tandem Care makes a shift-handover app"),
            (nadia_update.draft_url, "Nadia"),
        ]:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertContains(response, text)


class DemoOnEveryWeekdayTests(TestCase):
    def test_the_demo_reads_well_whatever_the_day_it_is_made(self):
        """Dates are relative to today: no day of the week may leave a page empty or a meeting on
        a weekend (but for the dinner, the volleyball and the call with family)."""
        monday = dt.datetime(2026, 3, 2, 15, 0, tzinfo=dt.UTC)
        for offset in range(7):
            with time_machine.travel(monday + dt.timedelta(days=offset), tick=False):
                run_demo("--email", f"day{offset}@example.org", "--password", "x")
                user = User.objects.get(email=f"day{offset}@example.org")
                today, now = user.today(), timezone.now()
                with self.subTest(day=today.strftime("%A")):
                    chats = Conversation.objects.for_owner(user).select_related("host")
                    self.assertGreaterEqual(chats.upcoming_meetings(now).count(), 3)
                    weekend = {
                        c.host.name
                        for c in chats.filter(scheduled_at__isnull=False)
                        if timezone.localtime(c.scheduled_at, user.tz).weekday() >= 5
                    }
                    self.assertLessEqual(weekend, {"Arjun Mehta", "Hiroshi Sato", "Beatriz Santos"})
                    tasks = Task.objects.for_owner(user)
                    self.assertTrue(tasks.overdue(today).exists() and tasks.due_today(today).exists())
                    data = metrics.compute(user, *default_range(today))
                    self.assertGreaterEqual(sum(1 for w in data.weeks if w["meetings"]), 5)
                    self.assertGreaterEqual(data.weeks_at_goal, 1)
