import signal
import time

from django.core.management.base import BaseCommand

from coffeechat.outreach.digest import send_digests


class Command(BaseCommand):
    help = (
        "E-mail each user who wants it their daily reminder (due, overdue, today's meetings), once a day "
        "at their hour. Run it every few minutes from cron, or keep it running with --loop."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop", action="store_true", help="keep running, checking every --every seconds"
        )
        parser.add_argument(
            "--every", type=int, default=300, help="seconds between runs with --loop (default 300)"
        )

    def handle(self, *args, loop: bool = False, every: int = 300, **options):
        self._stopping = False
        if loop:
            signal.signal(signal.SIGTERM, self._stop)
        while True:
            result = send_digests()
            self.stdout.write(
                f"Reminders sent: {result['sent']}, nothing due: {result['nothing_due']}, "
                f"failed (retried next run): {result['failed']}."
            )
            if not loop or self._stopping:
                break
            for _ in range(max(every, 1)):
                if self._stopping:
                    return
                time.sleep(1)

    def _stop(self, *args):
        self._stopping = True
