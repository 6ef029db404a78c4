from coffeechat.accounts.models import User
from coffeechat.conversations.models import Conversation
from coffeechat.lib.testing import MigrationTestCase

BEFORE = ("network", "0010_search_snippets_read_as_sentences")
AFTER = ("network", "0011_imported_people_are_contacts")


class ImportedPeopleAreContactsTests(MigrationTestCase):
    """People earlier imports left "cold" become contacts; cold people you added by hand stay cold."""

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
        met_host = Person.objects.create(owner=alice, name="Met host", relationship="cold")
        # Today's model (the conversations tables are at their newest: only network's migrations moved).
        Conversation.objects.create(owner_id=alice.pk, host_id=met_host.pk, stage="thanked", goal="learn")
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
        self.assertEqual(after[met_host.pk], "coffee_chat")
        back = dict(
            self.migrate(BEFORE).get_model("network", "Person").objects.values_list("pk", "relationship")
        )
        self.assertEqual(back[made["linkedin", "cold"]], "cold")
