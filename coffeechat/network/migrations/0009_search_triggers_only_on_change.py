"""The search triggers re-index a row only when a column it is made of changes, and the rows that
show a person's or company's name only when that name changes (imports were slowed by re-indexing
every coffee chat and note of each updated person)."""

from django.db import migrations


def reinstall(apps, schema_editor):
    from coffeechat.network import search

    search.drop_triggers(schema_editor.connection)
    search.install(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("network", "0008_end_stale_current_jobs")]

    operations = [migrations.RunPython(reinstall, reinstall, elidable=False)]
