"""The composer: a template filled in for the host, the live checker, mark as sent."""

import datetime as dt

import time_machine
from django.test import override_settings

from coffeechat.conversations.models import InteractionKind, Task, TaskKind
from coffeechat.lib import stages
from coffeechat.lib.smtp_sink import SMTPSink
from coffeechat.lib.testing import BaseTestCase
from coffeechat.outreach.models import MessageTemplate

MONDAY = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)

GOOD = (
    "Hi Ana,\n\nI'm a fellow Lyon alum and came across your profile. Your move into product design is "
    "the path I hope to follow. Would you have 20 minutes to share your advice?\n\nBest,\nAlice"
)


class ComposeTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.url = f"/conversations/{cls.chat.pk}/compose/"
        cls.ana.set_emails(["ana@acme.example"])

    def post(self, url, **data):
        fields = {
            "purpose": "request",
            "channel": "email",
            "to": "ana@acme.example",
            "subject": "Hi",
            "body": GOOD,
        }
        return self.client.post(url, {**fields, **data})

    def test_it_needs_a_signed_in_owner(self):
        self.assertRedirects(self.client.get(self.url), f"/accounts/login/?next={self.url}")
        self.login(self.charlie)
        self.assertEqual(self.client.get(self.url).status_code, 404)
        self.assertEqual(self.post(self.url + "check/").status_code, 404)

    def test_it_drafts_the_request_for_the_host_with_the_checker_beside_it(self):
        self.login()
        r = self.client.get(self.url)
        self.assertContains(r, "Write to Ana Lima")
        body = r.context["form"].initial["body"]
        self.assertIn("Hi Ana,", body)
        self.assertIn("I'm a fellow alum of your school", body)  # alumni connection, first
        self.assertIn("learn how design works at Acme.", body)  # the goal
        self.assertIn("Would you have 30 minutes", body)
        self.assertTrue(body.rstrip().endswith("Alice"))
        self.assertEqual(r.context["form"].initial["to"], "ana@acme.example")
        self.assertTrue(r.context["report"].ready, r.context["report"].findings)
        self.assertContains(r, "Ready to send.")
        self.assertContains(r, f'hx-post="/conversations/{self.chat.pk}/compose/check/"')
        self.assertContains(
            r, "mailto:ana@acme.example?subject=A%20question%20about%20your%20work%20at%20Acme"
        )

    def test_linkedin_and_phone_drafts(self):
        self.login()
        note = self.client.get(self.url + "?channel=linkedin").context["form"].initial["body"]
        self.assertLessEqual(len(note), 300)
        r = self.client.get(self.url + "?channel=phone")
        script = r.context["form"].initial["body"]
        self.assertIn("May I speak with Ana Lima?", script)
        self.assertIn("a few questions", script)
        self.assertIn("30 minutes", script)
        self.assertNotContains(r, "mailto:")

    def test_the_live_checker_answers_with_its_fragment(self):
        self.login()
        r = self.post(self.url + "check/", body="Please let me know about any openings. See my CV attached.")
        self.assertNotContains(r, "<html")
        self.assertContains(r, 'id="checker"')
        for rule in ("asks_for_job", "no_question", "attachment", "connection_first"):
            self.assertContains(r, f'data-rule="{rule}"')
        self.assertContains(r, "things to look at")
        self.assertContains(self.post(self.url + "check/"), "Ready to send.")

    def test_without_javascript_check_it_posts_the_whole_page(self):
        self.login()
        r = self.post(self.url, body="I want a job.")
        self.assertContains(r, "Write to Ana Lima")
        self.assertContains(r, 'data-rule="asks_for_job"')
        self.assertContains(r, "I want a job.</textarea>")

    def test_the_word_limit_is_the_users(self):
        self.login()
        long = GOOD.replace("Would you", "Your team's work on robots inspires me. " * 8 + "Would you")
        self.assertContains(self.post(self.url + "check/", body=long), 'data-rule="too_long"')
        self.alice.word_limit = 150
        self.alice.save()
        self.assertNotContains(self.post(self.url + "check/", body=long), 'data-rule="too_long"')

    @time_machine.travel(MONDAY, tick=False)
    def test_mark_as_sent_logs_it_moves_to_requested_and_plans_3b7(self):
        self.login()
        r = self.post(self.url + "sent/")
        self.assertRedirects(r, self.chat.get_absolute_url(), fetch_redirect_response=False)
        self.chat.refresh_from_db()
        self.assertEqual(self.chat.stage, stages.REQUESTED)
        logged = self.chat.interactions.get()
        self.assertEqual((logged.kind, logged.summary), (InteractionKind.MESSAGE_SENT, GOOD))
        kinds = dict(self.chat.tasks.open().exclude(kind="").values_list("kind", "due_on"))
        self.assertEqual(kinds, {"second_contact": dt.date(2026, 3, 5), "follow_up": dt.date(2026, 3, 11)})
        page = self.client.get(self.chat.get_absolute_url())
        self.assertContains(
            page, "Today reminds you on Thursday 5 March (a second contact) and on Wednesday 11 March"
        )

    def test_mark_as_sent_needs_a_message_and_changes_nothing_without_one(self):
        self.login()
        with self.assertNothingChanged():
            r = self.post(self.url + "sent/", body="   ")
        self.assertEqual(r.status_code, 400)
        self.assertContains(r, "Write the message first.", status_code=400)
        self.assertRedirects(self.client.get(self.url + "sent/"), self.url)

    def test_a_blank_left_in_the_message_is_asked_about_once_before_it_is_logged(self):
        self.login()
        body = GOOD + "\n\n[What you will do with it]"
        with self.assertNothingChanged():
            r = self.post(self.url + "sent/", body=body)
        self.assertContains(
            r, "“[What you will do with it]” is still waiting for your words", status_code=400
        )
        self.assertContains(r, 'name="as_is" value="1"', status_code=400)
        r = self.post(self.url + "sent/", body=body, as_is="1")  # "it really went out like this"
        self.assertRedirects(r, self.chat.get_absolute_url(), fetch_redirect_response=False)
        self.assertEqual(self.chat.interactions.get().summary, body)

    @time_machine.travel(MONDAY, tick=False)
    def test_the_follow_up_draft_and_its_task_on_today(self):
        self.chat.move_to(stages.REQUESTED)
        self.login()
        with time_machine.travel(dt.datetime(2026, 3, 11, 9, 0, tzinfo=dt.UTC), tick=False):
            today = self.client.get("/today/")
            self.assertContains(today, "Follow up once with Ana Lima")
            self.assertContains(today, f'href="{self.url}?kind=follow_up"')
            r = self.client.get(self.url + "?kind=follow_up")
            self.assertIn("back to the top of your inbox", r.context["form"].initial["body"])
            self.post(self.url + "sent/", purpose="follow_up", body="Hi Ana, bumping this up. 20 minutes?")
        self.assertFalse(self.chat.tasks.open().filter(kind=TaskKind.FOLLOW_UP).exists())
        self.assertEqual(self.chat.interactions.filter(kind="message_sent").count(), 2)

    def test_second_contact_lists_colleagues_to_ask(self):
        from coffeechat.network.models import Person

        Person.objects.create(
            owner=self.alice, name="Bruno Costa", company=self.acme, title="Engineering Manager"
        )
        self.login()
        r = self.client.get(self.url + "?kind=second_contact")
        self.assertContains(r, "Bruno Costa")
        self.assertContains(r, "/conversations/new/?host=")

    @time_machine.travel(MONDAY, tick=False)
    def test_the_thank_you_uses_what_was_learned_and_marks_thanked(self):
        self.chat.notes = "Portfolios matter less than case studies.\nLearn SQL properly."
        self.chat.save()
        self.chat.schedule(MONDAY - dt.timedelta(days=1))
        self.chat.mark_met()
        self.login()
        r = self.client.get(self.url + "?kind=thank_you&learned=1")
        body = r.context["form"].initial["body"]
        self.assertIn("Thank you for your time yesterday", body)
        self.assertIn("I especially appreciated your advice to learn SQL properly.", body)
        self.assertIn("Thank you for your time yesterday", body)
        self.assertContains(r, "[What you will do with it")
        self.assertIn("unfilled", r.context["report"].rules)
        self.post(self.url + "sent/", purpose="thank_you", body="Thank you, Ana!")
        self.chat.refresh_from_db()
        self.assertEqual(self.chat.stage, stages.THANKED)
        self.assertFalse(Task.objects.open().filter(kind=TaskKind.THANK_YOU).exists())
        self.assertTrue(Task.objects.open().filter(kind=TaskKind.UPDATE).exists())

    def test_a_users_template_is_offered_and_filled(self):
        mine = MessageTemplate.objects.create(
            owner=self.alice, name="Alumni short", body="Hi {host_first_name}, fellow alum here. 20 minutes?"
        )
        MessageTemplate.objects.create(owner=self.bob, name="Bob's", body="Bob {host_name}")
        self.login()
        r = self.client.get(self.url)
        self.assertContains(r, "Alumni short · yours")
        self.assertContains(r, "Short request (6-point e-mail) · built in")
        self.assertNotContains(r, "Bob&#x27;s")
        r = self.client.get(self.url + f"?template=mine-{mine.pk}")
        self.assertEqual(r.context["form"].initial["body"], "Hi Ana, fellow alum here. 20 minutes?")
        bobs = MessageTemplate.objects.get(owner=self.bob)
        r = self.client.get(self.url + f"?template=mine-{bobs.pk}")  # someone else's: the built-in
        self.assertNotIn("Bob", r.context["form"].initial["body"])

    def test_send_from_coffeechat_is_refused_without_a_mail_server(self):
        self.login()
        with self.assertNothingChanged():
            r = self.post(self.url + "send/")
        self.assertContains(r, "no mail server set up", status_code=400)

    @time_machine.travel(MONDAY, tick=False)
    def test_send_from_coffeechat_delivers_the_mail_logs_it_and_plans_the_follow_ups(self):
        self.login()
        with SMTPSink() as sink, override_settings(**sink.settings(), DEFAULT_FROM_EMAIL="cc@example.org"):
            r = self.post(self.url + "send/", subject="Twenty minutes?")
        self.assertRedirects(r, self.chat.get_absolute_url(), fetch_redirect_response=False)
        (mail,) = sink.received
        self.assertEqual(sorted(mail.rcpt_to), ["alice@example.org", "ana@acme.example"])
        message = mail.message
        self.assertEqual((message["To"], message["Cc"]), ("ana@acme.example", "alice@example.org"))
        self.assertEqual((message["Subject"], message["Reply-To"]), ("Twenty minutes?", "alice@example.org"))
        self.assertIn("Would you have 20 minutes", message.get_content())
        self.chat.refresh_from_db()
        self.assertEqual(self.chat.stage, stages.REQUESTED)
        self.assertTrue(self.chat.interactions.filter(kind=InteractionKind.MESSAGE_SENT).exists())
        kinds = set(Task.objects.filter(conversation=self.chat).values_list("kind", flat=True))
        self.assertLessEqual({TaskKind.SECOND_CONTACT, TaskKind.FOLLOW_UP}, kinds)

    def test_a_message_with_a_blank_left_is_never_sent_from_coffeechat(self):
        self.login()
        with SMTPSink() as sink, override_settings(**sink.settings()):
            with self.assertNothingChanged():
                r = self.post(self.url + "send/", body=GOOD + "\n[Your name]", as_is="1")
        self.assertContains(r, "“[Your name]” is still waiting for your words", status_code=400)
        self.assertEqual(sink.received, [])

    def test_a_mail_server_that_refuses_the_mail_leaves_everything_as_it_was(self):
        self.login()
        with SMTPSink(refuse=True) as sink, override_settings(**sink.settings()):
            with self.assertNothingChanged():
                r = self.post(self.url + "send/")
        self.assertContains(r, "The mail server did not take the message", status_code=400)
        self.assertEqual(sink.received, [])

    @override_settings(
        EMAIL_HOST="smtp.example.org", EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"
    )
    def test_send_from_coffeechat_checks_the_address(self):
        self.login()
        with self.assertNothingChanged():
            r = self.post(self.url + "send/", to="not an address")
        self.assertContains(r, "Enter a valid email address.", status_code=400)


@time_machine.travel(dt.datetime(2026, 7, 10, 9, 0, tzinfo=dt.UTC), tick=False)  # Friday 10 July
class ScheduleDraftTests(BaseTestCase):
    def test_a_reply_offers_times_on_business_days_skipping_holidays(self):
        self.alice.time_zone, self.alice.holiday_country = "Europe/Paris", "FR"
        self.alice.save()
        self.chat.move_to(stages.REQUESTED, when=dt.datetime(2026, 7, 8, 9, 0, tzinfo=dt.UTC))
        self.chat.log(InteractionKind.REPLY_RECEIVED, "Sure!")
        self.login()
        r = self.client.get(f"/conversations/{self.chat.pk}/compose/")
        self.assertEqual(r.context["purpose"], "schedule")  # they replied: offer times
        body = r.context["form"].initial["body"]
        self.assertIn("- Monday 13 July at 10:00 (Europe/Paris time)", body)
        self.assertIn("- Wednesday 15 July at 14:00", body)  # 14 July is a holiday in France
        self.assertIn("- Thursday 16 July at 16:00", body)


@time_machine.travel(MONDAY, tick=False)
class KeepInTouchTests(BaseTestCase):
    def test_each_chat_can_have_its_own_cadence(self):
        self.chat.move_to(stages.KEEPING_IN_TOUCH)
        self.assertEqual(self.chat.tasks.open().get(kind=TaskKind.KEEP_IN_TOUCH).due_on, dt.date(2026, 5, 2))
        self.login()
        url = f"/conversations/{self.chat.pk}/keep-in-touch/"
        self.assertContains(self.client.get(self.chat.get_absolute_url()), "Keep in touch every")
        r = self.client.post(url, {"keep_in_touch_months": "4"}, follow=True)
        self.assertContains(r, "Next check-in with Ana Lima: Thursday 2 July.")
        self.assertEqual(self.chat.tasks.open().get(kind=TaskKind.KEEP_IN_TOUCH).due_on, dt.date(2026, 7, 2))
        r = self.client.post(url, {"keep_in_touch_months": "0"}, follow=True)
        self.assertContains(r, "No keep-in-touch reminders for Ana Lima.")
        self.assertFalse(self.chat.tasks.open().filter(kind=TaskKind.KEEP_IN_TOUCH).exists())
        with self.assertNothingChanged():
            r = self.client.post(url, {"keep_in_touch_months": "9"}, follow=True)
        self.assertContains(r, "Pick how often to keep in touch")
        self.login(self.charlie)
        self.assertEqual(self.client.post(url, {"keep_in_touch_months": "1"}).status_code, 404)
