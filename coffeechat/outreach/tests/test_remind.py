"""`coffeechat remind`: the daily reminder e-mail, through a real SMTP server on loopback."""

import datetime as dt
import io

import time_machine
from django.core.management import call_command
from django.test import override_settings

from coffeechat.accounts.models import User
from coffeechat.conversations.models import Task, TaskKind
from coffeechat.lib import stages
from coffeechat.lib.smtp_sink import SMTPSink
from coffeechat.lib.testing import BaseTestCase
from coffeechat.outreach.digest import send_digests, users_due

# 06:00 UTC: 07:00 in Paris (Alice's hour), 01:00 in New York (Bob's).
MORNING = dt.datetime(2026, 3, 4, 6, 0, tzinfo=dt.UTC)


def remind(*args) -> str:
    out = io.StringIO()
    call_command("remind", *args, stdout=out)
    return out.getvalue()


@time_machine.travel(MORNING, tick=False)
class RemindTests(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        User.objects.filter(pk=cls.alice.pk).update(time_zone="Europe/Paris")
        User.objects.filter(pk=cls.bob.pk).update(time_zone="America/New_York")
        cls.charlie.digest_enabled = False
        cls.charlie.save()
        cls.task.due_on = dt.date(2026, 3, 4)
        cls.task.save()
        Task.objects.create(owner=cls.alice, title="Send the portfolio", due_on=dt.date(2026, 3, 2))
        Task.objects.create(owner=cls.bob, title="Bob's task", due_on=dt.date(2026, 3, 4))
        Task.objects.create(owner=cls.charlie, title="Charlie's task", due_on=dt.date(2026, 3, 4))

    def test_it_sends_each_user_their_day_once_at_their_hour(self):
        with SMTPSink() as sink, override_settings(**sink.settings()):
            self.assertIn("Reminders sent: 1,", remind())
            self.assertEqual(remind(), "Reminders sent: 0, nothing due: 0, failed (retried next run): 0.\n")
            (mail,) = sink.received
            self.assertEqual(mail.rcpt_to, ["alice@example.org"])
            message = mail.message
            self.assertEqual(message["Subject"], "coffeechat today: 2 things to do (1 overdue)")
            text = message.get_content().replace("\r\n", "\n")
            self.assertIn("Hello Alice,", text)
            self.assertIn("- Send the portfolio (was due Mon 2 Mar)", text)
            self.assertIn("DUE TODAY\n- Follow up with Ana", text)
            self.assertNotIn("Bob", text)
            with time_machine.travel(MORNING + dt.timedelta(hours=6), tick=False):  # 07:00 in New York
                remind()
            self.assertEqual([m.rcpt_to for m in sink.received][1:], [["bob@example.org"]])
            with time_machine.travel(MORNING + dt.timedelta(days=1), tick=False):  # the next day
                remind()
            self.assertEqual(len(sink.received), 3)
        self.assertFalse(any("charlie" in m.rcpt_to[0] for m in sink.received))  # opted out

    def test_nothing_due_no_mail(self):
        Task.objects.filter(owner=self.alice).delete()
        with SMTPSink() as sink, override_settings(**sink.settings()):
            self.assertIn("nothing due: 1", remind())
        self.assertEqual(sink.received, [])

    def test_todays_meetings_are_in_it(self):
        Task.objects.filter(owner=self.alice).delete()
        self.chat.schedule(MORNING + dt.timedelta(hours=8), place="Café Mokka")
        with SMTPSink() as sink, override_settings(**sink.settings()):
            remind()
        text = sink.received[0].message.get_content().replace("\r\n", "\n")
        self.assertIn("MEETINGS TODAY\n- 15:00 with Ana Lima (Acme Robotics), Café Mokka", text)
        self.assertEqual(sink.received[0].message["Subject"], "coffeechat today: 1 meeting")

    def test_a_refusing_server_is_logged_and_retried_next_run(self):
        with SMTPSink(refuse=True) as sink, override_settings(**sink.settings()):
            with self.assertLogs("coffeechat.digest", "ERROR") as logged:
                self.assertIn("failed (retried next run): 1", remind())
            self.assertIn("will retry next run", logged.output[0])
        self.alice.refresh_from_db()
        self.assertIsNone(self.alice.digest_sent_on)
        with SMTPSink() as sink, override_settings(**sink.settings()):
            self.assertIn("Reminders sent: 1,", remind())
        self.assertEqual(len(sink.received), 1)

    def test_an_unreachable_server_is_a_failure_not_a_crash(self):
        with SMTPSink() as sink:
            unreachable = {**sink.settings()}
        with override_settings(**unreachable), self.assertLogs("coffeechat.digest", "ERROR"):
            self.assertEqual(send_digests(), {"sent": 0, "nothing_due": 0, "failed": 1})

    def test_curmudgeons_are_tagged_after_the_follow_up_goes_unanswered(self):
        with time_machine.travel(dt.datetime(2026, 2, 9, 9, 0, tzinfo=dt.UTC), tick=False):
            self.chat.move_to(stages.REQUESTED)
        with time_machine.travel(dt.datetime(2026, 2, 18, 9, 0, tzinfo=dt.UTC), tick=False):
            self.chat.tasks.get(kind=TaskKind.FOLLOW_UP).mark_done()
        with SMTPSink() as sink, override_settings(**sink.settings()):
            remind()
        self.assertEqual(list(self.ana.tags.values_list("name", flat=True)), ["Curmudgeon"])


def test_loop_keeps_checking_until_told_to_stop(tmp_path):
    """`remind --loop` for deployments without cron: runs again every --every seconds, stops on SIGTERM."""
    import os
    import signal
    import subprocess
    import sys

    env = {**os.environ, "DATABASE_URL": "", "COFFEECHAT_DATA_DIR": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    subprocess.run([sys.executable, "-m", "coffeechat", "migrate", "-v", "0"], env=env, check=True)
    proc = subprocess.Popen(
        [sys.executable, "-m", "coffeechat", "remind", "--loop", "--every", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines = [proc.stdout.readline() for _ in range(2)]
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert all(line.startswith("Reminders sent: 0,") for line in lines), (lines, err)
    assert proc.returncode == 0, err


@time_machine.travel(MORNING, tick=False)
class ClaimTests(BaseTestCase):
    def test_a_day_already_claimed_by_another_run_is_not_sent_twice(self):
        User.objects.filter(pk=self.alice.pk).update(time_zone="Europe/Paris")
        self.task.due_on = dt.date(2026, 3, 4)
        self.task.save()
        listed = [u for u in users_due(MORNING) if u.pk == self.alice.pk]
        self.assertEqual(len(listed), 1)
        # Another run (cron and --loop side by side) sends between our listing and our sending.
        User.objects.filter(pk=self.alice.pk).update(digest_sent_on=dt.date(2026, 3, 4))
        with SMTPSink() as sink, override_settings(**sink.settings()):
            self.assertEqual(send_digests(MORNING, users=listed)["sent"], 0)
        self.assertEqual(sink.received, [])
