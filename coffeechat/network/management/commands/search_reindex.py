from django.core.management.base import BaseCommand

from coffeechat.network import search


class Command(BaseCommand):
    help = "Rebuild the full-text search index (and its triggers) from the database."

    def handle(self, *args, **options):
        search.install()
        rows = search.reindex()
        self.stdout.write(f"Search index rebuilt: {rows} entries.")
