"""The students of bench/load.py, for locust: each signs in through the login form, then works
through the main pages and their own scripts' API calls, now and then signing out and in again.

Run by `bench/load.py`, which makes the accounts and passes them in COFFEECHAT_LOAD_ACCOUNTS (a JSON
file: email, password, token, person and conversation ids per student).
"""

import itertools
import json
import os
import random
import re

from locust import HttpUser, between, task

ACCOUNTS = json.loads(open(os.environ["COFFEECHAT_LOAD_ACCOUNTS"]).read())  # noqa: SIM115
_next_account = itertools.count()
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Student(HttpUser):
    # A person reading a page before the next click; the week before recruiting season is busy.
    wait_time = between(0.5, 2.0)

    def on_start(self):
        self.account = ACCOUNTS[next(_next_account) % len(ACCOUNTS)]
        self.api = {"Authorization": f"Bearer {self.account['token']}"}
        self.sign_in()

    def sign_in(self):
        self.client.cookies.clear()
        page = self.client.get("/accounts/login/", name="sign in (form)")
        csrf = CSRF_INPUT.search(page.text).group(1)
        with self.client.post(
            "/accounts/login/",
            {
                "username": self.account["email"],
                "password": self.account["password"],
                "csrfmiddlewaretoken": csrf,
            },
            name="sign in (post)",
            catch_response=True,
        ) as response:
            if not response.url.rstrip("/").endswith("/today"):
                response.failure(f"sign-in ended on {response.url}")

    def page(self, url: str, name: str):
        with self.client.get(url, name=name, catch_response=True) as response:
            if response.status_code == 200 and "/accounts/login/" in response.url:
                response.failure("signed out unexpectedly")

    @task(12)
    def today(self):
        self.page("/today/", "/today/")

    @task(8)
    def pipeline(self):
        self.page("/pipeline/", "/pipeline/")

    @task(6)
    def people(self):
        self.page("/people/", "/people/")

    @task(4)
    def people_search(self):
        self.page(f"/people/?q={random.choice(['an', 'li', 'son', 'design', 'eng'])}", "/people/?q=")

    @task(6)
    def person(self):
        self.page(f"/people/{random.choice(self.account['people'])}/", "/people/<id>/")

    @task(6)
    def conversation(self):
        self.page(f"/conversations/{random.choice(self.account['conversations'])}/", "/conversations/<id>/")

    @task(6)
    def api_reads(self):
        self.client.get("/api/v1/people/?q=a&page_size=50", headers=self.api, name="API people?q=")
        self.client.get(
            "/api/v1/conversations/?stage=requested", headers=self.api, name="API conversations?stage="
        )
        self.client.get("/api/v1/tasks/?open=true", headers=self.api, name="API tasks?open=")

    @task(2)
    def api_task_round_trip(self):
        """A script adds a follow-up, ticks it off, then removes it: three writes."""
        body = {
            "title": "Follow up",
            "due_on": "2026-12-01",
            "conversation_id": self.account["conversations"][0],
        }
        made = self.client.post("/api/v1/tasks/", json=body, headers=self.api, name="API add task")
        if made.status_code == 201:
            url = f"/api/v1/tasks/{made.json()['id']}/"
            self.client.patch(url, json={"done": True}, headers=self.api, name="API tick task")
            self.client.delete(url, headers=self.api, name="API delete task")

    @task(1)  # sessions last a month: signing in again is rare next to clicking around
    def sign_out_and_in(self):
        page = self.client.get("/today/", name="/today/")
        csrf = CSRF_INPUT.search(page.text)
        if csrf:
            self.client.post("/accounts/logout/", {"csrfmiddlewaretoken": csrf.group(1)}, name="sign out")
        self.sign_in()
