from coffeechat.accounts.models import User
from coffeechat.advising.models import Advisor, Organisation
from coffeechat.advising.tests.base import AdvisingTestCase


class AdminTests(AdvisingTestCase):
    def setUp(self):
        self.admin = User.objects.create_superuser("admin@example.org", "x")
        self.login(self.admin)

    def test_an_admin_creates_an_organisation_with_an_advisor(self):
        r = self.client.post(
            "/admin/advising/organisation/add/",
            {
                "name": "Eastside Careers",
                "advisors-TOTAL_FORMS": "1",
                "advisors-INITIAL_FORMS": "0",
                "advisors-0-user": str(self.charlie.pk),
                "advisors-0-is_active": "on",
            },
        )
        self.assertEqual(r.status_code, 302)
        org = Organisation.objects.get(name="Eastside Careers")
        self.assertEqual(Advisor.objects.get(organisation=org).user, self.charlie)

    def test_the_lists_open(self):
        for url in ["/admin/advising/organisation/", f"/admin/advising/organisation/{self.u1.pk}/change/",
                    "/admin/advising/sharing/"]:  # fmt: skip
            self.assertEqual(self.client.get(url).status_code, 200, url)

    def test_sharings_cannot_be_added_behind_a_students_back(self):
        self.assertEqual(self.client.get("/admin/advising/sharing/add/").status_code, 403)

    def test_only_staff_reach_the_admin(self):
        self.login(self.vera)
        self.assertEqual(self.client.get("/admin/advising/organisation/").status_code, 302)
