import datetime as dt

from django.core import mail
from django.utils import timezone

from coffeechat.advising.models import Invitation, Sharing
from coffeechat.advising.tests.base import AdvisingTestCase
from coffeechat.lib import tokens


class InviteTests(AdvisingTestCase):
    def test_an_advisor_creates_a_link_for_anyone(self):
        self.login(self.vera)
        r = self.client.post("/advising/invite/", {"email": ""})
        self.assertContains(r, "Invitation ready")
        link = r.context["link"]
        token = link.rstrip("/").rsplit("/", 1)[1]
        self.assertTrue(link.startswith("http://testserver/advising/join/cc_inv_"))
        invitation = Invitation.objects.get()
        self.assertEqual(invitation.token_hash, tokens.digest(token))  # stored hashed, never the token
        self.assertNotIn(token, str(Invitation.objects.values().get()))
        self.assertEqual(invitation.advisor, self.vera_advisor)
        self.assertAlmostEqual(
            invitation.expires_at, timezone.now() + dt.timedelta(days=14), delta=dt.timedelta(minutes=1)
        )
        self.assertEqual(len(mail.outbox), 0)

    def test_an_invitation_by_email_is_sent(self):
        self.login(self.vera)
        r = self.client.post("/advising/invite/", {"email": "New.Student@Example.org"})
        self.assertContains(r, "We e-mailed this link to <strong>new.student@example.org</strong>")
        self.assertEqual(mail.outbox[0].to, ["new.student@example.org"])
        self.assertIn(r.context["link"], mail.outbox[0].body)
        self.assertIn("Vera Vance", mail.outbox[0].subject)

    def test_a_bad_email_says_so_and_creates_nothing(self):
        self.login(self.vera)
        r = self.client.post("/advising/invite/", {"email": "not an address"}, follow=True)
        self.assertContains(r, "does not look right")
        self.assertFalse(Invitation.objects.exists())

    def test_only_advisors_invite(self):
        for user in (self.alice, self.charlie):
            self.login(user)
            self.assertEqual(self.client.post("/advising/invite/", {"email": ""}).status_code, 404)
        self.assertFalse(Invitation.objects.exists())

    def test_an_advisor_withdraws_an_invitation(self):
        invitation, token = Invitation.create(self.vera_advisor)
        self.login(self.vera)
        r = self.client.post(f"/advising/invitations/{invitation.pk}/revoke/")
        self.assertRedirects(r, "/advising/students/")
        self.login(self.charlie)
        self.assertEqual(self.client.get(f"/advising/join/{token}/").status_code, 404)

    def test_another_advisor_cannot_withdraw_it(self):
        invitation, _ = Invitation.create(self.vera_advisor)
        self.login(self.otto)
        self.assertEqual(self.client.post(f"/advising/invitations/{invitation.pk}/revoke/").status_code, 404)
        invitation.refresh_from_db()
        self.assertIsNone(invitation.revoked_at)


class JoinTests(AdvisingTestCase):
    def setUp(self):
        self.invitation, self.token = Invitation.create(self.vera_advisor)
        self.url = f"/advising/join/{self.token}/"

    def test_a_visitor_sees_who_invites_and_is_asked_to_sign_in(self):
        r = self.client.get(self.url)
        self.assertContains(r, "Vera Vance invites you to share with Northside Careers")
        self.assertContains(r, f'href="/accounts/login/?next={self.url}"')
        self.assertContains(r, f'href="/accounts/signup/?next={self.url}"')
        with self.assertNothingChanged():
            r = self.client.post(self.url, {"share_progress": "on"})
        self.assertContains(r, "Sign in, or create an account, to accept.")

    def test_a_student_accepts_and_chooses_what_to_share(self):
        self.login(self.charlie)
        r = self.client.get(self.url)
        self.assertContains(r, "Share my progress figures")
        r = self.client.post(self.url, {"share_progress": "on"})
        self.assertRedirects(r, "/advising/")
        sharing = Sharing.objects.get(owner=self.charlie)
        self.assertEqual(sharing.advisor, self.vera_advisor)
        self.assertTrue(sharing.share_progress)
        self.assertFalse(sharing.share_preparation)

    def test_a_link_for_anyone_works_for_several_students(self):
        for user in (self.charlie, self.dora):
            self.login(user)
            self.client.post(self.url, {"share_preparation": "on"})
        self.assertEqual(Sharing.objects.filter(advisor=self.vera_advisor).count(), 4)
        self.invitation.refresh_from_db()
        self.assertEqual(self.invitation.uses, 2)

    def test_an_email_invitation_is_for_that_address_only_and_once(self):
        invitation, token = Invitation.create(self.vera_advisor, "charlie@example.org")
        url = f"/advising/join/{token}/"
        self.login(self.dora)
        r = self.client.post(url, {"share_progress": "on"})
        self.assertContains(r, "This invitation was sent to charlie@example.org")
        self.assertFalse(Sharing.objects.filter(owner=self.dora, advisor=self.vera_advisor).exists())
        self.login(self.charlie)
        self.assertRedirects(self.client.post(url, {"share_progress": "on"}), "/advising/")
        self.login(self.charlie)
        self.assertEqual(self.client.get(url).status_code, 404)  # used

    def test_an_expired_link_explains_itself(self):
        Invitation.objects.filter(pk=self.invitation.pk).update(
            expires_at=timezone.now() - dt.timedelta(seconds=1)
        )
        self.login(self.charlie)
        r = self.client.post(self.url, {"share_progress": "on"})
        self.assertContains(r, "This invitation link does not work", status_code=404)
        self.assertFalse(Sharing.objects.filter(owner=self.charlie).exists())

    def test_a_made_up_or_absurd_token_is_a_404(self):
        for token in ("cc_inv_guess", "x" * 500, self.invitation.token_hash):
            self.assertEqual(self.client.get(f"/advising/join/{token}/").status_code, 404)

    def test_an_advisor_cannot_join_their_own_invitation(self):
        self.login(self.vera)
        r = self.client.post(self.url, {"share_progress": "on"})
        self.assertContains(r, "This is your own invitation")
        self.assertFalse(Sharing.objects.filter(owner=self.vera).exists())

    def test_a_deactivated_advisors_link_stops_working(self):
        self.vera_advisor.is_active = False
        self.vera_advisor.save()
        self.assertEqual(self.client.get(self.url).status_code, 404)

    def test_accepting_again_updates_the_choice_instead_of_duplicating(self):
        self.login(self.alice)
        self.client.post(self.url, {"share_progress": "on"})
        sharing = Sharing.objects.get(owner=self.alice)
        self.assertFalse(sharing.share_preparation)
