"""People imported from LinkedIn or an address book are your contacts, not strangers: a new "contact"
relationship (a weak warm path; it counts for a target's Advocacy), given to new imports and to
people earlier imports left as "cold"."""

from django.db import migrations, models

IMPORTED = ["linkedin", "google", "vcard", "outlook"]


def imported_are_contacts(apps, schema_editor):
    Person = apps.get_model("network", "Person")
    Person.objects.filter(source__in=IMPORTED, relationship="cold").update(relationship="contact")


def contacts_are_cold(apps, schema_editor):
    Person = apps.get_model("network", "Person")
    Person.objects.filter(relationship="contact").update(relationship="cold")


class Migration(migrations.Migration):
    dependencies = [("network", "0010_search_snippets_read_as_sentences")]

    operations = [
        migrations.AlterField(
            model_name="person",
            name="relationship",
            field=models.CharField(
                choices=[
                    ("friend", "Friend"),
                    ("family", "Family"),
                    ("former_colleague", "Former colleague"),
                    ("classmate", "Classmate"),
                    ("alumni", "Alumni of my school"),
                    ("teacher", "Teacher or professor"),
                    ("introduced", "Introduced by someone"),
                    ("event", "Met at an event"),
                    ("online", "Online community"),
                    ("contact", "One of my contacts (LinkedIn, phone…)"),
                    ("cold", "Don't know them yet (cold)"),
                ],
                default="cold",
                max_length=20,
                verbose_name="how you know them",
            ),
        ),
        migrations.RunPython(imported_are_contacts, contacts_are_cold, elidable=False),
    ]
