"""Possible duplicates and merging two people: nothing of either is lost."""

import datetime as dt

from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase

from coffeechat.conversations.models import Conversation, Interaction, Task
from coffeechat.lib.testing import BaseTestCase
from coffeechat.network.duplicates import find_duplicates
from coffeechat.network.models import Company, EmailAddress, Job, Person, PhoneNumber, Tag


class MergeTests(BaseTestCase):
    def setUp(self):
        self.globex = Company.objects.create(owner=self.alice, name="Globex")
        self.ana.set_emails(["ana@acme.example", "shared@example.org"])
        self.ana.set_phones(["+14155550123"])
        self.ana.set_tags(["design"])
        self.ana.notes = "Met at the meetup."
        self.ana.save()
        self.twin = Person.objects.create(
            owner=self.alice,
            name="Ana Lima",
            title="Designer",
            company=self.globex,
            linkedin_url="https://www.linkedin.com/in/ana-lima",
            notes="Loves maps.",
            connected_on=dt.date(2019, 5, 1),
        )
        self.twin.set_emails(["shared@example.org", "ana@home.example"])
        self.twin.set_phones(["+14155550123", "+442079460958"])
        self.twin.set_tags(["design", "maps"])
        self.friend = Person.objects.create(owner=self.alice, name="Bea", introduced_by=self.twin)
        self.ana.introduced_by = self.twin
        self.ana.save()
        self.twin_chat = Conversation.objects.create(owner=self.alice, host=self.twin, company=self.globex)
        self.twin_log = Interaction.objects.create(
            owner=self.alice, person=self.twin, kind="call", occurred_at=timezone.now()
        )
        self.twin_task = Task.objects.create(
            owner=self.alice, title="Write", person=self.twin, due_on=dt.date(2030, 1, 1)
        )
        self.twin_job = Job.objects.create(owner=self.alice, person=self.twin, company=self.globex)

    def test_merge_keeps_everything(self):
        self.ana.merge_from(self.twin)
        self.assertFalse(Person.objects.filter(pk=self.twin.pk).exists())
        self.ana.refresh_from_db()
        self.assertEqual(
            [e.address for e in self.ana.emails.all()],
            ["ana@acme.example", "shared@example.org", "ana@home.example"],
        )
        self.assertEqual([p.number for p in self.ana.phones.all()], ["+14155550123", "+442079460958"])
        self.assertEqual(sorted(t.name for t in self.ana.tags.all()), ["design", "maps"])
        self.assertEqual(self.ana.notes, "Met at the meetup.\n\nLoves maps.")
        self.assertEqual(self.ana.company, self.acme)  # the kept person's own details win
        self.assertEqual(self.ana.title, "Product Designer")
        self.assertEqual(self.ana.linkedin_url, "https://www.linkedin.com/in/ana-lima")  # filled in
        self.assertEqual(self.ana.connected_on, dt.date(2019, 5, 1))
        self.assertIsNone(self.ana.introduced_by)  # not introduced by themselves
        self.assertEqual(self.ana.relationship, "alumni")
        for obj, field in [
            (self.twin_chat, "host"),
            (self.twin_log, "person"),
            (self.twin_task, "person"),
            (self.twin_job, "person"),
        ]:
            obj.refresh_from_db()
            self.assertEqual(getattr(obj, field), self.ana)
        self.assertEqual(set(self.ana.conversations.all()), {self.chat, self.twin_chat})
        # Work history follows the kept employer: the twin's Globex job is kept, as a past one.
        self.assertEqual(self.twin_job.is_current, False)
        self.assertEqual(self.ana.jobs.get(is_current=True).company, self.acme)
        self.friend.refresh_from_db()
        self.assertEqual(self.friend.introduced_by, self.ana)
        self.assertIsNotNone(self.ana.last_contacted_at)
        self.assertEqual(EmailAddress.objects.filter(owner=self.alice).count(), 3)
        self.assertEqual(PhoneNumber.objects.filter(owner=self.alice).count(), 2)
        self.assertEqual(Tag.objects.filter(owner=self.alice).count(), 2)

    def test_merge_refuses_other_accounts_and_oneself(self):
        stranger = Person.objects.create(owner=self.bob, name="Ana Lima")
        with self.assertRaises(ValueError), self.assertNothingChanged():
            self.ana.merge_from(stranger)
        with self.assertRaises(ValueError):
            self.ana.merge_from(self.ana)


class FindDuplicatesTests(BaseTestCase):
    def test_exact_and_suggested(self):
        same_mail = Person.objects.create(owner=self.alice, name="A. Lima")
        self.ana.set_emails(["ana@acme.example"])
        same_mail.set_emails(["ANA@acme.example".lower()])
        similar = Person.objects.create(owner=self.alice, name="Ana  Lima", company=self.acme)
        Person.objects.create(owner=self.alice, name="Bruno Diaz", company=self.acme)
        Person.objects.create(owner=self.bob, name="Ana Lima", company=self.acme)
        pairs, total = find_duplicates(self.alice)
        found = {frozenset((p.person_id, p.other_id)): p for p in pairs}
        self.assertEqual(total, 2)  # Bruno and bob's Ana are nobody's twin
        self.assertTrue(found[frozenset((self.ana.pk, same_mail.pk))].exact)
        self.assertFalse(found[frozenset((self.ana.pk, similar.pk))].exact)
        self.assertIn(
            "a similar name at the same company", found[frozenset((self.ana.pk, similar.pk))].reasons
        )
        self.assertTrue(pairs[0].exact)  # exact ones first

    def test_the_same_phone_or_linkedin_profile_however_written_is_an_exact_match(self):
        self.ana.set_phones(["+14155550123"])  # forms and imports store phones as E.164
        by_phone = Person.objects.create(owner=self.alice, name="Lima")
        by_phone.set_phones(["+14155550123"])
        self.ana.linkedin_url = "https://www.linkedin.com/in/ana-lima/"
        self.ana.save()
        by_profile = Person.objects.create(
            owner=self.alice, name="Someone", linkedin_url="http://fr.linkedin.com/in/Ana-Lima?trk=x"
        )
        Person.objects.create(owner=self.alice, name="Other", linkedin_url="https://linkedin.com/in/ana-li")
        pairs, total = find_duplicates(self.alice)
        found = {frozenset((p.person_id, p.other_id)): p for p in pairs}
        self.assertEqual(total, 2)
        self.assertEqual(found[frozenset((self.ana.pk, by_phone.pk))].reasons, ["the same phone number"])
        self.assertTrue(found[frozenset((self.ana.pk, by_phone.pk))].exact)
        self.assertEqual(
            found[frozenset((self.ana.pk, by_profile.pk))].reasons, ["the same LinkedIn profile"]
        )


class DuplicateViewTests(BaseTestCase):
    def setUp(self):
        self.twin = Person.objects.create(owner=self.alice, name="Ana Lima", company=self.acme)

    def test_list_shows_pairs_with_a_fixed_number_of_queries(self):
        self.login()
        with self.assertNumQueries(9):
            response = self.client.get(reverse("duplicates"))
        self.assertContains(response, f"{reverse('person_merge', args=[self.ana.pk])}?other={self.twin.pk}")
        for i in range(5):
            Person.objects.create(owner=self.alice, name=f"Sam Twin {i % 2}", company=self.acme)
        with self.assertNumQueries(9):
            self.client.get(reverse("duplicates"))

    def test_empty_state(self):
        self.twin.delete()
        self.login()
        self.assertContains(self.client.get(reverse("duplicates")), "No duplicates")

    def test_merge_asks_first_then_merges(self):
        self.login()
        url = reverse("person_merge", args=[self.ana.pk]) + f"?other={self.twin.pk}"
        with self.assertNothingChanged():
            response = self.client.get(url)
        self.assertContains(response, "Merge Ana Lima into Ana Lima?")
        response = self.client.post(reverse("person_merge", args=[self.ana.pk]), {"other": self.twin.pk})
        self.assertRedirects(response, self.ana.get_absolute_url())
        self.assertFalse(Person.objects.filter(pk=self.twin.pk).exists())

    def test_not_the_same_hides_the_pair(self):
        self.login()
        self.client.post(reverse("person_not_duplicate", args=[self.twin.pk]), {"other": self.ana.pk})
        self.assertContains(self.client.get(reverse("duplicates")), "No duplicates")

    def test_outsiders_and_other_peoples_people_get_404(self):
        stranger = Person.objects.create(owner=self.charlie, name="Ana Lima")
        self.login(self.charlie)
        with self.assertNothingChanged():
            for url in [
                reverse("person_merge", args=[self.ana.pk]),
                reverse("person_not_duplicate", args=[self.ana.pk]),
            ]:
                self.assertEqual(self.client.post(url, {"other": self.twin.pk}).status_code, 404)
            # their own person, with alice's as the other
            url = reverse("person_merge", args=[stranger.pk])
            self.assertEqual(self.client.post(url, {"other": self.ana.pk}).status_code, 404)
            self.assertEqual(self.client.get(url + f"?other={self.ana.pk}").status_code, 404)
            self.assertEqual(self.client.get(url + "?other=nonsense").status_code, 404)
        self.assertNotContains(self.client.get(reverse("duplicates")), "Ana Lima")


class NamesakeTests(BaseTestCase):
    def test_the_same_name_at_two_companies_is_not_suggested(self):
        globex = Company.objects.create(owner=self.alice, name="Globex")
        Person.objects.create(owner=self.alice, name="Ana Lima", company=globex)
        self.assertEqual(find_duplicates(self.alice)[1], 0)
        nowhere = Person.objects.create(owner=self.alice, name="ana lima")
        pairs, total = find_duplicates(self.alice)
        self.assertEqual(total, 2)  # the one without a company may be either
        self.assertTrue(all(nowhere.pk in (p.person_id, p.other_id) for p in pairs))


class MergePropertyTests(BaseTestCase, HypothesisTestCase):  # each example in its own transaction
    """Whatever two people hold, the merged one holds all of it: every distinct e-mail, phone and
    tag, and every interaction, task, job and coffee chat of both."""

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        st.lists(st.sampled_from(["a@x.org", "b@x.org", "c@x.org", "d@x.org"]), unique=True),
        st.lists(st.sampled_from(["a@x.org", "b@x.org", "e@x.org"]), unique=True),
        st.lists(st.sampled_from(["+14155550101", "+14155550102", "+14155550103"]), unique=True),
        st.lists(st.sampled_from(["+14155550102", "+14155550104"]), unique=True),
        st.lists(st.sampled_from(["x", "y", "z"]), unique=True),
        st.lists(st.sampled_from(["y", "w"]), unique=True),
        st.integers(0, 3),
        st.integers(0, 3),
    )
    def test_nothing_is_lost(self, mails1, mails2, phones1, phones2, tags1, tags2, logs1, logs2):
        keep = Person.objects.create(owner=self.alice, name="One", notes="n1")
        other = Person.objects.create(owner=self.alice, name="Two", notes="n2")
        for person, mails, phones, tags, logs in [
            (keep, mails1, phones1, tags1, logs1),
            (other, mails2, phones2, tags2, logs2),
        ]:
            person.set_emails(mails)
            person.set_phones(phones)
            person.set_tags(tags)
            for _ in range(logs):
                Interaction.objects.create(owner=self.alice, person=person, kind="note")
                Task.objects.create(owner=self.alice, person=person, title="t", due_on=dt.date(2030, 1, 1))
                Job.objects.create(owner=self.alice, person=person, company=self.acme)
                Conversation.objects.create(owner=self.alice, host=person)
        keep.merge_from(other)
        self.assertEqual({e.address for e in keep.emails.all()}, set(mails1) | set(mails2))
        self.assertEqual({p.number for p in keep.phones.all()}, set(phones1) | set(phones2))
        self.assertEqual({t.name for t in keep.tags.all()}, set(tags1) | set(tags2))
        for related in ("interactions", "tasks", "jobs", "conversations"):
            self.assertEqual(getattr(keep, related).count(), logs1 + logs2, related)
        self.assertEqual(Person.objects.get(pk=keep.pk).notes, "n1\n\nn2")
