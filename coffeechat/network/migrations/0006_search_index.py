"""The full-text search index and the triggers that keep it in step (SQLite FTS5 or PostgreSQL
tsvector/GIN, by vendor): see coffeechat/network/search.py."""

from django.db import migrations


def install(apps, schema_editor):
    from coffeechat.network import search

    search.install(schema_editor.connection)


def uninstall(apps, schema_editor):
    from coffeechat.network import search

    search.uninstall(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0005_targets_connections_affiliations"),
        ("conversations", "0001_initial"),
    ]

    operations = [migrations.RunPython(install, uninstall, elidable=False)]
