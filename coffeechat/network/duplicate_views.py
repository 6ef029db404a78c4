"""Possible duplicates, and merging two people (with a confirmation)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from coffeechat.accounts.ownership import get_owned_or_404
from coffeechat.lib.text import count
from coffeechat.network.duplicates import dismiss, find_duplicates
from coffeechat.network.forms_aliases import CompanyAliasForm
from coffeechat.network.models import Company, CompanyAlias, Person


@login_required
def duplicates(request: HttpRequest) -> HttpResponse:
    pairs, total = find_duplicates(request.user)
    return render(request, "network/duplicates.html", {"pairs": pairs, "total": total})


def _the_other(request: HttpRequest, person: Person) -> Person:
    other_pk = request.POST.get("other") or request.GET.get("other")
    return get_owned_or_404(
        Person.objects.exclude(pk=person.pk).select_related("company").prefetch_related("emails", "phones"),
        request.user,
        pk=other_pk,
    )


@login_required
@require_http_methods(["GET", "POST"])
def person_merge(request: HttpRequest, pk: int) -> HttpResponse:
    """Merge ?other= into this person: GET says what happens, POST does it."""
    person = get_owned_or_404(
        Person.objects.select_related("company").prefetch_related("emails", "phones"), request.user, pk=pk
    )
    other = _the_other(request, person)
    if request.method == "POST":
        name = other.name
        person.merge_from(other)
        messages.success(request, f"Merged {name} into {person.name}: everything of both is here now.")
        return redirect(person)
    context = {
        "person": person,
        "other": other,
        "both": [person, other],
        "moves": [
            count(other.conversations.count(), "coffee chat"),
            count(other.interactions.count(), "logged interaction"),
            count(other.tasks.count(), "task"),
            count(other.jobs.count(), "job", "jobs in their work history"),
        ],
    }
    return render(request, "network/person_merge.html", context)


@login_required
@require_POST
def person_not_duplicate(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_owned_or_404(Person, request.user, pk=pk)
    other = _the_other(request, person)
    dismiss(request.user, person, other)
    messages.success(request, f"Noted: {person.name} and {other.name} are two people.")
    return redirect(reverse("duplicates"))


@login_required
@require_http_methods(["GET", "POST"])
def company_aliases(request: HttpRequest, pk: int) -> HttpResponse:
    """The other names a company goes by: imports and the person form file people under it."""
    company = get_owned_or_404(Company, request.user, pk=pk)
    form = CompanyAliasForm(request.POST or None, company=company)
    if request.method == "POST" and "remove" in request.POST:
        alias = get_owned_or_404(
            CompanyAlias.objects.filter(company=company), request.user, pk=request.POST["remove"]
        )
        alias.delete()
        messages.success(request, f"“{alias.name}” is no longer a name of {company.name}.")
        return redirect("company_aliases", pk=company.pk)
    if request.method == "POST" and form.is_valid():
        CompanyAlias.objects.create(owner=request.user, company=company, name=form.cleaned_data["name"])
        messages.success(
            request, f"People at “{form.cleaned_data['name']}” will be filed under {company.name}."
        )
        return redirect("company_aliases", pk=company.pk)
    context = {"company": company, "form": form, "aliases": company.aliases.all()}
    return render(request, "network/company_aliases.html", context, status=400 if form.errors else 200)
