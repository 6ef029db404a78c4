from django.apps import AppConfig
from django.db.models.signals import post_migrate


class NetworkConfig(AppConfig):
    name = "coffeechat.network"
    label = "network"

    def ready(self):
        post_migrate.connect(_search_index_in_place, sender=self)


def _search_index_in_place(sender, using, plan=None, **kwargs):
    # A migration that rebuilds a table on SQLite drops its triggers: put them back.
    from django.db import connections
    from django.db.migrations.recorder import MigrationRecorder

    connection = connections[using]
    if MigrationRecorder(connection).migration_qs.filter(app="network", name="0006_search_index").exists():
        from coffeechat.network.search import ensure_installed

        ensure_installed(connection)
