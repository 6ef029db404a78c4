from coffeechat.advising.models import Sharing
from coffeechat.advising.tests.base import AdvisingTestCase


class MyAdvisorsTests(AdvisingTestCase):
    def test_a_student_sees_who_they_share_with(self):
        self.login(self.alice)
        r = self.client.get("/advising/")
        self.assertContains(r, "Vera Vance")
        self.assertContains(r, "Northside Careers")
        self.assertNotContains(r, "Otto")

    def test_someone_who_shares_nothing_is_told_how_it_works(self):
        self.login(self.charlie)
        self.assertContains(self.client.get("/advising/"), "You share nothing with anyone")

    def test_the_account_menu_links_here(self):
        self.login(self.charlie)
        self.assertContains(self.client.get("/today/"), 'href="/advising/"')

    def test_a_student_switches_an_area_off(self):
        self.login(self.alice)
        pk = self.alice_sharing.pk
        r = self.client.post(f"/advising/sharing/{pk}/", {f"s{pk}-share_progress": "on"})
        self.assertRedirects(r, "/advising/")
        self.alice_sharing.refresh_from_db()
        self.assertFalse(self.alice_sharing.share_preparation)
        self.assertTrue(self.alice_sharing.share_progress)

    def test_a_student_stops_sharing_after_confirming(self):
        self.login(self.alice)
        url = f"/advising/sharing/{self.alice_sharing.pk}/stop/"
        self.assertContains(self.client.get(url), "will no longer see your preparation")
        self.assertTrue(Sharing.objects.filter(pk=self.alice_sharing.pk).exists())
        self.assertRedirects(self.client.post(url), "/advising/")
        self.assertFalse(Sharing.objects.filter(pk=self.alice_sharing.pk).exists())

    def test_nobody_else_changes_a_students_sharing(self):
        pk = self.alice_sharing.pk
        for user in (self.bob, self.vera, self.otto, self.charlie):
            self.login(user)
            with self.assertNothingChanged():
                self.assertEqual(self.client.post(f"/advising/sharing/{pk}/", {}).status_code, 404)
                self.assertEqual(self.client.post(f"/advising/sharing/{pk}/stop/").status_code, 404)
