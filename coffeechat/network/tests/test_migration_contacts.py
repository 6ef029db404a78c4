from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import TransactionTestCase

from coffeechat.accounts.models import User
from coffeechat.network.tests.test_migration_stale_jobs import executor_leaf

BEFORE = ("network", "0010_search_snippets_read_as_sentences")
AFTER = ("network", "0011_imported_people_are_contacts")


class ImportedPeopleAreContactsTests(TransactionTestCase):
    """People earlier imports left "cold" become contacts; cold people you added by hand stay cold."""

    def migrate(self, target):
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate([target])
        return executor.loader.project_state([target]).apps

    def tearDown(self):
        self.migrate(executor_leaf())

    def test_imported_cold_people_become_contacts_and_back(self):
        apps = self.migrate(BEFORE)
        Person = apps.get_model("network", "Person")
        alice = apps.get_model("accounts", "User").objects.get(
            pk=User.objects.create_user("a@example.org").pk
        )
        made = {
            (source, relationship): Person.objects.create(
                owner=alice, name=f"{source} {relationship}", source=source, relationship=relationship
            ).pk
            for source in ("linkedin", "vcard", "manual")
            for relationship in ("cold", "friend")
        }
        after = dict(
            self.migrate(AFTER).get_model("network", "Person").objects.values_list("pk", "relationship")
        )
        self.assertEqual(
            {key: after[pk] for key, pk in made.items()},
            {
                ("linkedin", "cold"): "contact",
                ("linkedin", "friend"): "friend",
                ("vcard", "cold"): "contact",
                ("vcard", "friend"): "friend",
                ("manual", "cold"): "cold",
                ("manual", "friend"): "friend",
            },
        )
        back = dict(
            self.migrate(BEFORE).get_model("network", "Person").objects.values_list("pk", "relationship")
        )
        self.assertEqual(back[made["linkedin", "cold"]], "cold")
