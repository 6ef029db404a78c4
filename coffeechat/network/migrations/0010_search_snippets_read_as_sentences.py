"""Search results' snippets read "UX Designer at Globex · notes" instead of running the title, the
company and the notes together: new trigger SQL, and the index is filled again from the tables."""

from django.db import migrations


def reinstall(apps, schema_editor):
    from coffeechat.network import search

    search.drop_triggers(schema_editor.connection)
    search.install(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("network", "0009_search_triggers_only_on_change")]

    operations = [migrations.RunPython(reinstall, reinstall, elidable=False)]
