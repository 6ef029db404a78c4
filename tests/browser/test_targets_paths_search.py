"""The target list, warm paths and search, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_building_and_ranking_the_target_list(page, sign_in, data, password):
    sign_in(page, data["user"].email, password)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Targets").click()
    expect(page.get_by_text("Your target list is empty.")).to_be_visible()
    page.get_by_role("link", name="Add many at once").click()
    page.get_by_label("Companies, one per line").fill("Globex\nInitech\nacme robotics\nGlobex, Inc.\n")
    page.get_by_role("button", name="Add to the list").click()
    expect(page.get_by_text("2 new companies added: Globex; Initech.")).to_be_visible()
    expect(page.get_by_text("“Globex, Inc.” is the same company as “Globex”")).to_be_visible()
    page.get_by_role("link", name="Rate them on the list").click()
    rows = page.locator("li.target")
    expect(rows).to_have_count(3)
    # Acme: Ana (an alum) works there, so advocacy is yes and it leads.
    expect(rows.first).to_contain_text("Acme Robotics")
    expect(rows.first).to_contain_text("you know someone there")
    # Rating Initech highly moves it to the top in place (htmx), without a page load.
    page.get_by_label("Motivation for Initech").select_option("3")
    expect(rows.first).to_contain_text("Initech")
    expect(rows.first.locator(".badge")).to_have_text("Focus")
    page.reload()
    expect(page.locator("li.target").first).to_contain_text("Initech")


def test_who_knows_whom_leads_to_an_introduction(page, sign_in, data, password):
    sign_in(page, data["user"].email, password)
    chloe, dev = data["people"]["Chloé Martin"], data["people"]["Dev Patel"]
    page.goto(dev.get_absolute_url())
    expect(page.get_by_text("No warm path yet.")).to_be_visible()
    expect(page.locator("#people-names option")).to_have_count(0)  # fetched when the form opens
    page.get_by_text("Note someone Dev knows").click()
    expect(page.locator("#people-names option[value='Chloé Martin']")).to_have_count(1)
    expect(page.locator("#people-names option[value='Dev Patel']")).to_have_count(0)
    page.get_by_label("Who they know").fill("Chloé Martin")
    page.get_by_label("How", exact=True).select_option("worked")
    page.get_by_label("A few words").fill("same lab, 2019")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_text("Chloé is your friend and worked with Dev (same lab, 2019)")).to_be_visible()
    page.goto(chloe.company.get_absolute_url())
    ways = page.locator("section").filter(has=page.get_by_role("heading", name="Ways in to Northwind Health"))
    expect(ways).to_contain_text("Chloé is your friend and works at Northwind Health as a Data Scientist")
    page.goto(data["companies"]["acme"].get_absolute_url())
    expect(page.get_by_role("heading", name="Who to approach first")).to_be_visible()
    page.goto(dev.get_absolute_url())
    page.get_by_role("link", name="Ask Chloé for an introduction").click()
    expect(page.get_by_role("heading", name="Ask Chloé to introduce you to Dev")).to_be_visible()
    expect(page.get_by_label("Message")).to_have_value(re.compile(r"^Hi Chloé,"))


def test_search_finds_as_you_type_and_ignores_accents(page, sign_in, data, password):
    sign_in(page, data["user"].email, password)
    page.get_by_role("search").first.get_by_label("Search everything").fill("chloe")
    page.get_by_role("search").first.get_by_label("Search everything").press("Enter")
    results = page.locator("#search-results")
    expect(results.get_by_role("link", name="Chloé Martin", exact=True).first).to_be_visible()
    box = page.get_by_label("People, companies, coffee chats and notes")
    box.fill("acme rob")
    expect(results.get_by_role("link", name="Acme Robotics", exact=True)).to_be_visible()
    expect(page).to_have_url(re.compile(r"/search/\?q=acme(\+|%20)rob$"))
    box.fill("nothing like this")
    expect(results).to_contain_text("Nothing matches")


def test_new_pages_are_accessible_and_fit_a_phone(page, new_page, sign_in, axe, data, password):
    sign_in(page, data["user"].email, password)
    ana, chloe = data["people"]["Ana Lima"], data["people"]["Chloé Martin"]
    data["companies"]["acme"].is_target = True
    data["companies"]["acme"].save()
    pages = {
        "target list": "/targets/",
        "add many": "/targets/add/",
        "search": "/search/?q=ana",
        "your groups": "/you/groups/",
        "introduction": f"/people/{chloe.pk}/introduction/?to={ana.pk}",
    }
    problems = []
    for where, url in pages.items():
        assert page.goto(url).ok, url
        found = axe.violations(page)
        if found:
            problems.append(axe.describe(found, where))
    assert not problems, "Serious accessibility problems:\n" + "\n".join(problems)

    phone = new_page(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    sign_in(phone, data["user"].email, password)
    for where, url in pages.items():
        phone.goto(url)
        width = phone.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 376, f"{where} is {width}px wide at 375px"
