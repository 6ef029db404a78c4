"""Warm paths on the person and company pages: who knows whom, schools and groups, introductions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from coffeechat.accounts.ownership import get_owned_or_404
from coffeechat.lib import fragments
from coffeechat.lib.http import confirm_delete
from coffeechat.lib.prepared import Prepared
from coffeechat.lib.text import sentence
from coffeechat.network.forms import AffiliationsForm, ConnectionForm
from coffeechat.network.models import Affiliation, Company, Connection, Person
from coffeechat.network.paths import company_paths, introduction_request, person_paths

# Read on every visit to a person's page, so compiled once (lib/prepared.py).
_CONNECTIONS = Prepared(
    lambda owner, pk: (
        Connection.objects.filter(owner_id=owner).touching([pk]).select_related("person", "other")
    )
)
_AFFILIATIONS = Prepared(lambda owner, pk: Affiliation.objects.filter(owner_id=owner, members=pk))


def person_extras(request: HttpRequest, person: Person, forms: dict) -> dict:
    """What the person page shows about paths: called by the person view."""
    connections = _CONNECTIONS(request.user.pk, person.pk)
    affiliations = _AFFILIATIONS(request.user.pk, person.pk)
    return {
        "paths": person_paths(request.user, person, connections, affiliations),
        "connections": [(c, c.other if c.person_id == person.pk else c.person) for c in connections],
        "connection_form": forms.get("connection_form") or ConnectionForm(person=person),
        "affiliations_form": forms.get("affiliations_form")
        or AffiliationsForm(owner=request.user, person=person, affiliations=affiliations),
        # The names "Who they know" suggests are fetched when its form opens (`people_names`), not
        # carried by every visit to the page; when the form comes back with an error it is open.
        "people_names": _people_names(request.user, person.pk) if "connection_form" in forms else None,
    }


def _people_names(owner, but: int | None):
    """Up to 500 names of your people, the most recently in touch first, but one."""
    names = Person.objects.for_owner(owner).order_by("-last_contacted_at", "name")
    if but is not None:
        names = names.exclude(pk=but)
    return names.values_list("name", flat=True)[:500]


@login_required
def people_names(request: HttpRequest) -> HttpResponse:
    """The options of the "Who they know" field on a person page (`?but=` their id), fetched by
    htmx when the form opens. Without JavaScript the field works the same, without suggestions."""
    but = request.GET.get("but", "")
    names = _people_names(request.user, int(but) if but.isdigit() else None)
    return HttpResponse(fragments.render("fragments/people_names.html", {"people_names": names}, request))


def company_extras(request: HttpRequest, company: Company) -> dict:
    return {"ways_in": company_paths(request.user, company)}


@login_required
@require_http_methods(["GET", "POST"])
def person_connection_add(request: HttpRequest, pk: int) -> HttpResponse:
    from coffeechat.network.views import person_page

    person = get_owned_or_404(Person, request.user, pk=pk)
    if request.method == "GET":
        return redirect(person)
    form = ConnectionForm(request.POST, person=person)
    if not form.is_valid():
        return person_page(request, pk, connection_form=form)
    connection = form.save()
    other = connection.other if connection.person_id == person.pk else connection.person
    messages.success(request, sentence(f"Noted: {person.name} and {other.name} know each other"))
    return redirect(f"{person.get_absolute_url()}#h-knows")


@login_required
@require_http_methods(["GET", "POST"])
def connection_delete(request: HttpRequest, pk: int) -> HttpResponse:
    connection = get_owned_or_404(Connection.objects.select_related("person", "other"), request.user, pk=pk)
    a, b = connection.person, connection.other
    return confirm_delete(
        request,
        connection,
        what=f"the note that {a.name} and {b.name} know each other",
        message=sentence(f"Forgot that {a.name} and {b.name} know each other; both stay among your people"),
        after=a.get_absolute_url(),
        cancel=a.get_absolute_url(),
    )


@login_required
@require_http_methods(["GET", "POST"])
def person_affiliations(request: HttpRequest, pk: int) -> HttpResponse:
    from coffeechat.network.views import person_page

    person = get_owned_or_404(Person, request.user, pk=pk)
    if request.method == "GET":
        return redirect(person)
    form = AffiliationsForm(request.POST, owner=request.user, person=person)
    if not form.is_valid():
        return person_page(request, pk, affiliations_form=form)
    form.save()
    messages.success(request, sentence(f"Saved {person.name}'s schools and groups"))
    return redirect(f"{person.get_absolute_url()}#h-groups")


@login_required
@require_http_methods(["GET", "POST"])
def my_affiliations(request: HttpRequest) -> HttpResponse:
    form = AffiliationsForm(request.POST or None, owner=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(
            request, "Saved. People who share these with you now show up as alumni and colleagues."
        )
        return redirect("my_affiliations")
    return render(request, "network/my_affiliations.html", {"form": form})


@login_required
def introduction(request: HttpRequest, pk: int) -> HttpResponse:
    """A drafted note asking `pk` (someone you know) to introduce you to `?to=` (someone they know)."""
    middle = get_owned_or_404(Person.objects.prefetch_related("emails"), request.user, pk=pk)
    target = get_owned_or_404(
        Person.objects.select_related("company"), request.user, pk=request.GET.get("to")
    )
    company = (
        get_owned_or_404(Company, request.user, pk=request.GET["company"])
        if request.GET.get("company", "").isdigit()
        else target.company
    )
    subject, body = introduction_request(request.user, middle, target, company.name if company else "")
    email = next(iter(middle.emails.all()), None)
    context = {"middle": middle, "target": target, "subject": subject, "body": body, "email": email}
    return render(request, "network/introduction.html", context)
