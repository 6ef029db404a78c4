import datetime as dt

from django.utils import timezone

from coffeechat.accounts.models import User
from coffeechat.advising.models import Sharing
from coffeechat.advising.tests.base import AdvisingTestCase
from coffeechat.conversations.models import Conversation, Task
from coffeechat.lib import stages
from coffeechat.lib.testing import add_lots
from coffeechat.network.models import Person


class StudentsDashboardTests(AdvisingTestCase):
    url = "/advising/students/"

    def test_an_advisor_sees_their_students_and_nobody_elses(self):
        self.login(self.vera)
        r = self.client.get(self.url)
        self.assertContains(r, "Alice Archer")
        self.assertContains(r, "Bob Baker")
        self.assertNotContains(r, "Dora")
        self.assertNotContains(r, "Charlie")

    def test_figures_only_for_students_who_share_progress(self):
        now = timezone.now()
        Conversation.objects.create(
            owner=self.bob, host=self.bob_host, stage=stages.MET, met_at=now - dt.timedelta(days=2)
        )
        Conversation.objects.create(
            owner=self.alice, host=self.ana, stage=stages.MET, met_at=now - dt.timedelta(days=2)
        )
        self.login(self.vera)
        r = self.client.get(self.url)
        rows = {s.owner: s for s in r.context["rows"]}
        self.assertEqual(rows[self.alice].thank_yous_due, 1)
        self.assertContains(r, "Not shared", count=1)  # bob's row
        self.assertContains(r, "Thank-you overdue", count=1)  # alice's, not bob's

    def test_a_student_without_recent_outreach_shows_as_stuck(self):
        self.login(self.vera)
        self.assertContains(self.client.get(self.url), '<span class="flag stuck">Stuck</span>', count=1)
        self.chat.log("message_sent")
        self.assertNotContains(self.client.get(self.url), '<span class="flag stuck">')

    def test_it_sorts_by_any_column_both_ways(self):
        Task.objects.create(owner=self.alice, title="Late", due_on=self.alice.today() - dt.timedelta(days=3))
        self.login(self.vera)
        names = lambda r: [s.owner.email for s in r.context["rows"]]  # noqa: E731
        self.assertEqual(
            names(self.client.get(self.url + "?sort=name")), ["alice@example.org", "bob@example.org"]
        )
        self.assertEqual(
            names(self.client.get(self.url + "?sort=-name")), ["bob@example.org", "alice@example.org"]
        )
        r = self.client.get(self.url + "?sort=-overdue")
        self.assertEqual(names(r)[0], "alice@example.org")
        self.assertContains(r, 'aria-sort="descending"><a href="?sort=overdue"')
        self.assertEqual(self.client.get(self.url + "?sort=nonsense").status_code, 200)

    def test_the_query_count_does_not_grow_with_students(self):
        self.login(self.vera)
        self.client.get(self.url)
        with self.assertNumQueries(5):
            self.client.get(self.url)
        for i in range(10):
            student = User.objects.create_user(f"s{i}@example.org", "x")
            Sharing.objects.create(owner=student, advisor=self.vera_advisor)
            host = Person.objects.create(owner=student, name="H")
            chat = Conversation.objects.create(owner=student, host=host)
            add_lots(student, person=host, company=self.acme, conversation=chat, n=2)
        with self.assertNumQueries(5):
            r = self.client.get(self.url)
        self.assertEqual(len(r.context["rows"]), 12)

    def test_students_and_outsiders_have_no_dashboard(self):
        for user in (self.alice, self.charlie):
            self.login(user)
            self.assertEqual(self.client.get(self.url).status_code, 404)

    def test_an_advisor_with_no_students_is_told_to_invite(self):
        self.login(self.vera)
        Sharing.objects.filter(advisor=self.vera_advisor).delete()
        self.assertContains(self.client.get(self.url), "No students yet")
