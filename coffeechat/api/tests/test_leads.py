import datetime as dt

from coffeechat.api.tests.base import ApiTestCase
from coffeechat.conversations.models import Conversation, Task
from coffeechat.leads.models import Lead
from coffeechat.leads.tests.fixtures import some_leads
from coffeechat.network.models import Company, Job, Person, Source


class LeadApiTests(ApiTestCase):
    def test_it_lists_by_kind_and_status(self):
        referral, opening, season = some_leads(self.chat)
        opening.set_status("closed")
        Lead.add_referral(
            Conversation.objects.create(owner=self.bob, host=Person.objects.create(owner=self.bob, name="B")),
            name="Bob's referral",
        )
        titles = lambda **f: [x["title"] for x in self.call("GET", "/api/v1/leads/", **f).json()["items"]]  # noqa: E731
        self.assertEqual(titles(), ["Season 0", "Opening 0", "Referral 0"])
        self.assertEqual(titles(kind="referral"), ["Referral 0"])
        self.assertEqual(titles(status="closed"), ["Opening 0"])
        self.assertEqual(titles(open="true"), ["Season 0", "Referral 0"])
        self.assertEqual(titles(kind="opening", status="new"), [])
        self.assertEqual(titles(conversation=self.chat.pk, company=self.acme.pk), ["Opening 0"])
        self.assertError(self.call("GET", "/api/v1/leads/", kind="rumour"), 400, "kind")
        self.assertEqual(self.call("GET", "/api/v1/leads/", user=self.charlie).json()["count"], 0)

    def test_the_list_takes_a_fixed_number_of_queries(self):
        some_leads(self.chat, n=20)
        with self.assertNumQueries(4):  # token, its last use, count, page (company joined)
            r = self.call("GET", "/api/v1/leads/", page_size=50)
        body = r.json()
        self.assertEqual((body["count"], body["pages"], len(body["items"])), (60, 2, 50))
        self.assertTrue(all(x["company_name"] for x in body["items"] if x["kind"] != "season"))

    def test_a_referral_adds_the_person_introduced_by_the_host_like_the_page(self):
        body = {
            "kind": "referral",
            "conversation_id": self.chat.pk,
            "name": "Kofi Mensah",
            "company_name": "Globex",
            "title": "Design lead",
            "note": "Ana will write to him first.",
        }
        r = self.call("POST", "/api/v1/leads/", body)
        self.assertEqual(r.status_code, 201, r.content)
        made = r.json()
        kofi = Person.objects.get(pk=made["person_id"])
        self.assertEqual((kofi.name, kofi.owner, kofi.introduced_by), ("Kofi Mensah", self.alice, self.ana))
        self.assertEqual(
            (kofi.source, kofi.relationship, kofi.company.name), (Source.REFERRAL, "introduced", "Globex")
        )
        self.assertEqual(Job.objects.get(person=kofi).title, "Design lead")
        self.assertEqual(
            (made["kind"], made["status"], made["title"], made["conversation_id"], made["company_name"]),
            ("referral", "new", "Kofi Mensah", self.chat.pk, "Globex"),
        )

    def test_an_opening_comes_with_a_reminder_a_week_before_its_deadline(self):
        deadline = self.alice.today() + dt.timedelta(days=30)
        body = {
            "kind": "opening",
            "conversation_id": self.chat.pk,
            "title": "Junior UX designer",
            "url": "jobs.example/42",
            "deadline": deadline.isoformat(),
        }
        r = self.call("POST", "/api/v1/leads/", body)
        self.assertEqual(r.status_code, 201, r.content)
        made = r.json()
        self.assertEqual((made["company_id"], made["url"]), (self.acme.pk, "https://jobs.example/42"))
        task = Task.objects.get(pk=made["task_id"])
        self.assertEqual((task.due_on, task.conversation), (deadline - dt.timedelta(days=7), self.chat))
        self.assertTrue(task.title.startswith("Apply: Junior UX designer at Acme Robotics"))

    def test_a_season_reads_when_hiring_opens(self):
        body = {
            "kind": "season",
            "conversation_id": self.chat.pk,
            "title": "Internships open",
            "when": "2099-03",
        }
        r = self.call("POST", "/api/v1/leads/", body)
        self.assertEqual(r.status_code, 201, r.content)
        self.assertEqual(r.json()["starts_on"], "2099-03-01")
        self.assertEqual(Task.objects.get(pk=r.json()["task_id"]).due_on, dt.date(2099, 3, 1))

    def test_bad_leads_say_what_is_wrong_and_save_nothing(self):
        post = lambda **body: self.call("POST", "/api/v1/leads/", {"conversation_id": self.chat.pk, **body})  # noqa: E731
        with self.assertNothingChanged():
            self.assertError(post(kind="referral"), 400, "name")
            self.assertError(post(kind="referral", name="   "), 400, "name")
            body = self.assertError(
                post(kind="referral", name="Kofi", deadline="2099-01-01"), 400, "deadline"
            )
            self.assertIn("referral does not use deadline", body["error"])
            self.assertError(post(kind="opening", title="x", url="not a link"), 400, "url")
            past = (self.alice.today() - dt.timedelta(days=1)).isoformat()
            body = self.assertError(post(kind="opening", title="x", deadline=past), 400, "deadline")
            self.assertIn("passed already", body["fields"]["deadline"])
            body = self.assertError(post(kind="season", title="They hire sometimes"), 400, "when")
            self.assertIn("Say when hiring opens", body["fields"]["when"])
            self.assertError(post(kind="rumour", title="x"), 400, "kind")
            self.assertError(post(kind="opening", title="x", salary=9), 400, "salary")
            self.assertError(
                self.call("POST", "/api/v1/leads/", {"kind": "opening", "title": "x"}), 400, "conversation_id"
            )
            self.assertError(post(kind="referral", name="x", note="n" * 2001), 400, "note")

    def test_patch_moves_the_status_and_the_reminder_follows(self):
        _, opening, _ = some_leads(self.chat)
        url = f"/api/v1/leads/{opening.pk}/"
        r = self.call("PATCH", url, {"status": "acted_on"})
        self.assertEqual(r.status_code, 200, r.content)
        opening.refresh_from_db()
        self.assertEqual(opening.status, "acted_on")
        self.assertTrue(opening.task.is_done)
        r = self.call("PATCH", url, {"status": "new", "note": "  Applying after all "})
        opening.refresh_from_db()
        opening.task.refresh_from_db()
        self.assertEqual(
            (opening.status, opening.note, opening.task.is_done), ("new", "Applying after all", False)
        )
        with self.assertNothingChanged():
            self.assertError(self.call("PATCH", url, {"status": "won"}), 400, "status")
            self.assertError(self.call("PATCH", url, {"status": None}), 400, "status")
            self.assertError(self.call("PATCH", url, {"title": "Renamed"}), 400, "title")

    def test_delete_keeps_the_person_and_the_reminder(self):
        referral, opening, _ = some_leads(self.chat)
        for lead in (referral, opening):
            self.assertEqual(self.call("DELETE", f"/api/v1/leads/{lead.pk}/").status_code, 204)
            self.assertFalse(Lead.objects.filter(pk=lead.pk).exists())
        self.assertTrue(Person.objects.filter(pk=referral.person_id).exists())
        self.assertTrue(Task.objects.filter(pk=opening.task_id).exists())

    def test_start_makes_a_coffee_chat_with_the_referral(self):
        referral, opening, _ = some_leads(self.chat)
        r = self.call("POST", f"/api/v1/leads/{referral.pk}/start/")
        self.assertEqual(r.status_code, 201, r.content)
        self.assertEqual(
            (r.json()["host_id"], r.json()["stage"], r.json()["channel"]),
            (referral.person_id, "idea", "introduction"),
        )
        referral.refresh_from_db()
        self.assertEqual(referral.status, "acted_on")
        with self.assertNothingChanged():
            self.assertError(self.call("POST", f"/api/v1/leads/{opening.pk}/start/"), 400)

    def test_an_outsider_gets_404_and_changes_nothing(self):
        referral, _, _ = some_leads(self.chat)
        url = f"/api/v1/leads/{referral.pk}/"
        with self.assertNothingChanged():
            for method, body in [("GET", None), ("PATCH", {"status": "closed"}), ("DELETE", None)]:
                with self.subTest(method=method):
                    self.assertError(self.call(method, url, body, user=self.charlie), 404)
            self.assertError(self.call("POST", f"{url}start/", user=self.charlie), 404)
            body = {"kind": "referral", "conversation_id": self.chat.pk, "name": "Sneaky"}
            self.assertError(self.call("POST", "/api/v1/leads/", body, user=self.charlie), 404)
            self.assertFalse(Company.objects.filter(owner=self.charlie).exists())
