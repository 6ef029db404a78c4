"""coffeechat import linkedin|google|vcard|outlook FILE [--user EMAIL] [--dry-run]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from coffeechat.accounts.models import User
from coffeechat.network.imports import MAX_BYTES, PARSERS, ImportFailed, parse
from coffeechat.network.imports.apply import import_contacts


class Command(BaseCommand):
    help = "Import contacts from a LinkedIn, Google Contacts, vCard or Outlook file into an account."
    requires_system_checks = []  # `serve` and `migrate` check the project; an import need not wait for it

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=sorted(PARSERS), help="what kind of file it is")
        parser.add_argument("file", help="the file: Connections.csv, contacts.csv, contacts.vcf...")
        parser.add_argument("--user", help="the account's e-mail (may be left out when there is only one)")
        parser.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")

    def handle(self, *args, kind: str, file: str, user: str | None, dry_run: bool, **options):
        owner = self._owner(user)
        path = Path(file)
        try:
            if path.stat().st_size > MAX_BYTES:
                raise ImportFailed(f"The file is larger than {MAX_BYTES // 1024 // 1024} MB.")
            data = path.read_bytes()
        except OSError as e:
            raise CommandError(f"Cannot read {file}: {e.strerror or e}. Nothing was imported.") from None
        except ImportFailed as e:
            raise CommandError(f"{file}: {e} Nothing was imported.") from None
        try:
            parsed = parse(kind, data, path.name)
        except ImportFailed as e:
            raise CommandError(f"{file}: {e} Nothing was imported.") from None
        plan = import_contacts(owner, parsed, dry_run=dry_run)
        for line in plan.lines():
            self.stdout.write(line)
        if dry_run:
            self.stdout.write("Dry run: nothing was changed.")
        else:
            self.stdout.write(self.style.SUCCESS(f"Imported into {owner.email}."))

    def _owner(self, email: str | None) -> User:
        if email:
            found = User.objects.filter(email__iexact=email).first()
            if found is None:
                raise CommandError(f"No account with the e-mail {email}.")
            return found
        accounts = list(User.objects.order_by("pk")[:2])
        if len(accounts) != 1:
            raise CommandError(
                "There is no account yet; sign up first."
                if not accounts
                else "There are several accounts: say which with --user EMAIL."
            )
        return accounts[0]
