from coffeechat.accounts.models import User
from coffeechat.lib.testing import MigrationTestCase

BEFORE, AFTER = ("network", "0007_connection_path_indexes"), ("network", "0008_end_stale_current_jobs")


class EndStaleCurrentJobsTests(MigrationTestCase):
    """Regression: jobs left current by the person form before Person.set_job are ended."""

    def test_it_ends_current_jobs_at_companies_the_person_left(self):
        apps = self.migrate(BEFORE)
        Company, Person, Job = (apps.get_model("network", m) for m in ("Company", "Person", "Job"))
        # The user table is at its newest (only network's migrations moved): today's model fills it.
        alice = apps.get_model("accounts", "User").objects.get(
            pk=User.objects.create_user("a@example.org").pk
        )
        acme = Company.objects.create(owner=alice, name="Acme", name_key="acme")
        globex = Company.objects.create(owner=alice, name="Globex", name_key="globex")
        ana = Person.objects.create(owner=alice, name="Ana", company=globex)
        lee = Person.objects.create(owner=alice, name="Lee", company=None)
        stale = Job.objects.create(owner=alice, person=ana, company=acme, is_current=True)
        right = Job.objects.create(owner=alice, person=ana, company=globex, is_current=True)
        gone = Job.objects.create(owner=alice, person=lee, company=acme, is_current=True)

        apps = self.migrate(AFTER)
        Job = apps.get_model("network", "Job")
        current = dict(Job.objects.values_list("pk", "is_current"))
        self.assertEqual(current, {stale.pk: False, right.pk: True, gone.pk: False})
