import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from coffeechat.accounts import backup
from coffeechat.accounts.models import User


class Command(BaseCommand):
    help = (
        "Restore a backup made by `export` into an empty account. The whole file is checked first; "
        "on any problem nothing is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the backup file, or - for standard input")
        parser.add_argument("--user", required=True, metavar="EMAIL", help="the (empty) account to fill")

    def handle(self, *args, file: str, user: str, **options):
        try:
            account = User.objects.get(email__iexact=user.strip())
        except User.DoesNotExist:
            raise CommandError(
                f"No account uses the e-mail address {user}. Sign up first, then restore into it."
            ) from None
        try:
            text = sys.stdin.read() if file == "-" else Path(file).read_bytes()
        except OSError as e:
            raise CommandError(f"Cannot read {file}: {e.strerror}.") from None
        try:
            restored = backup.restore_user(account, backup.loads(text))
        except backup.RestoreError as e:
            raise CommandError("Nothing was restored.\n" + "\n".join(e.errors)) from None
        self.stdout.write(f"{account.email}: {restored.summary()}")
