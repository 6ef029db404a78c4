"""Importing contacts and merging duplicates, in a real browser, with and without JavaScript."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).resolve().parents[2] / "coffeechat" / "network" / "tests" / "fixtures" / "imports"


def test_import_linkedin_then_merge_a_duplicate(page, sign_in, data, axe, password):
    sign_in(page, data["user"].email, password)
    page.goto("/people/")
    page.get_by_role("link", name="Import contacts").click()
    axe.check(page, "import: upload")
    page.get_by_label("Contact file").set_input_files(str(FIXTURES / "linkedin_current.csv"))
    page.get_by_role("button", name="Read the file").click()
    expect(page.get_by_role("heading", name="Check before importing")).to_be_visible()
    expect(page.get_by_text("Ana Lima moved from Acme Robotics to Globex.")).to_be_visible()
    expect(page.get_by_text("Line 6: no name")).to_be_visible()
    axe.check(page, "import: preview")
    page.get_by_role("button", name=re.compile(r"^Import 4 new people and update 1$")).click()
    expect(page.get_by_text(re.compile(r"4 new people, 1 person updated"))).to_be_visible()
    expect(page.get_by_role("link", name="Marco Rossi, Jr.", exact=True)).to_be_visible()

    # A second Ana, entered by hand with the same e-mail: the duplicates page offers the merge.
    from coffeechat.network.models import Person

    twin = Person.objects.create(owner=data["user"], name="Ana L.")
    twin.set_emails(["ana@acme.example"])
    page.get_by_role("link", name="Possible duplicates").click()
    axe.check(page, "possible duplicates")
    page.get_by_role("link", name=re.compile(r"^Merge")).first.click()
    axe.check(page, "merge: confirm")
    page.get_by_role("button", name="Yes, merge").click()
    expect(page.get_by_text(re.compile(r"^Merged Ana"))).to_be_visible()
    assert Person.objects.filter(owner=data["user"], name__startswith="Ana").count() == 1


def test_import_works_without_javascript(new_page, sign_in, data, password):
    page = new_page(java_script_enabled=False)
    sign_in(page, data["user"].email, password)
    page.goto("/people/import/")
    page.get_by_label("What kind of file").select_option("vcard")
    page.get_by_label("Contact file").set_input_files(str(FIXTURES / "contacts.vcf"))
    page.get_by_role("button", name="Read the file").click()
    expect(page.get_by_role("heading", name="Check before importing")).to_be_visible()
    page.get_by_role("button", name=re.compile(r"^Import ")).click()
    expect(page.get_by_role("link", name="Jürgen Müller 🚲", exact=True)).to_be_visible()


def test_import_and_duplicate_pages_fit_a_phone(new_page, sign_in, data, password):
    from coffeechat.network.models import ImportFile, Person

    width = 375
    kept = ImportFile.objects.create(
        owner=data["user"],
        kind="linkedin",
        filename="Connections.csv",
        data=(FIXTURES / "linkedin_current.csv").read_bytes(),
    )
    twin = Person.objects.create(owner=data["user"], name="Ana Lima")
    page = new_page(viewport={"width": width, "height": 740}, is_mobile=True, has_touch=True)
    sign_in(page, data["user"].email, password)
    for url in [
        "/people/",
        "/people/import/",
        f"/imports/{kept.pk}/",
        "/people/duplicates/",
        f"/people/{twin.pk}/merge/?other={data['people']['Ana Lima'].pk}",
        data["companies"]["acme"].get_absolute_url() + "aliases/",
    ]:
        page.goto(url)
        scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
        assert scroll_width <= width + 1, f"{url} is {scroll_width}px wide at {width}px"
