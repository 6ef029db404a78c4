from django.core.management.base import BaseCommand, CommandError

from coffeechat.accounts import backup
from coffeechat.accounts.models import User


class Command(BaseCommand):
    help = "Print everything in one account as a versioned JSON document (restore it with `restore`)."

    def add_arguments(self, parser):
        parser.add_argument("--user", required=True, metavar="EMAIL", help="the account to export")

    def handle(self, *args, user: str, **options):
        try:
            account = User.objects.get(email__iexact=user.strip())
        except User.DoesNotExist:
            raise CommandError(f"No account uses the e-mail address {user}.") from None
        self.stdout.write(backup.dumps(backup.export_user(account)))
