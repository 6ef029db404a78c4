import datetime as dt
import functools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, F
from django.db.models.functions import Lower
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_http_methods

from coffeechat.accounts.ownership import OwnedRead, get_owned_or_404
from coffeechat.conversations.forms import InteractionForm, TaskForm
from coffeechat.conversations.models import Conversation, Interaction, Task
from coffeechat.leads.models import CardChange
from coffeechat.lib.http import confirm_delete, query_param, safe_next, timeline
from coffeechat.lib.prepared import Prepared
from coffeechat.lib.text import sentence
from coffeechat.network.forms import CompanyForm, PersonForm
from coffeechat.network.job_views import work_history
from coffeechat.network.models import Company, EmailAddress, Person, PhoneNumber, Relationship, Tag
from coffeechat.network.paths_views import company_extras, person_extras

PAGE_SIZE = 30  # people: each row is a few links; 30 keeps the page light on a phone
COMPANY_PAGE_SIZE = 50

PEOPLE_ORDER = {
    "name": ("name", "Name"),
    "recent": ("-last_contacted_at", "Recently in touch"),
    "stale": ("last_contacted_at", "Longest since contact"),
}


def _pager_query(**filters: str) -> str:
    """The filters as the start of a query string, for the pager to append `page=N` to."""
    return urlencode(filters) + "&"


@login_required
def people(request: HttpRequest) -> HttpResponse:
    q = query_param(request, "q")
    relationship = query_param(request, "relationship")
    tag = query_param(request, "tag")
    order = query_param(request, "order") or "name"
    found = Person.objects.for_owner(request.user).search(q).select_related("company")
    if relationship in Relationship.values:
        found = found.filter(relationship=relationship)
    if tag:
        found = found.filter(tags__name=tag)
    sort = PEOPLE_ORDER.get(order, PEOPLE_ORDER["name"])[0]
    field = sort.lstrip("-")
    if Person._meta.get_field(field).null:  # never contacted: last when the latest come first
        nulls = {"nulls_last": True} if sort.startswith("-") else {"nulls_first": True}
        sort = F(field).desc(**nulls) if sort.startswith("-") else F(field).asc(**nulls)
    # A name has no NULLs to place: a plain ORDER BY lets PostgreSQL read the (owner, name) index
    # in order and stop after a page, where NULLS FIRST made it sort every person first.
    found = found.order_by(sort, "name", "id")
    page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "q": q,
        "relationship": relationship,
        "tag": tag,
        "order": order,
        "orders": {k: v[1] for k, v in PEOPLE_ORDER.items()},
        "pager_query": _pager_query(q=q, relationship=relationship, tag=tag, order=order),
        "relationships": Relationship.choices,
        "tags": Tag.objects.for_owner(request.user),
        "has_any": q
        or relationship
        or tag
        or page.paginator.count
        or Person.objects.for_owner(request.user).exists(),
    }
    template = "network/people.html#results" if request.htmx else "network/people.html"
    return render(request, template, context)


# What a person's page reads, each compiled to SQL once (lib/prepared.py): the page makes a dozen
# small reads, and Django building their SQL every time cost more than the database answering them.
_PERSON = OwnedRead(lambda: Person.objects.select_related("company", "introduced_by"))
_EMAILS = Prepared(lambda pk: EmailAddress.objects.filter(person_id=pk).values_list("address"))
_PHONES = Prepared(lambda pk: PhoneNumber.objects.filter(person_id=pk).values_list("number"))
_TAGS = Prepared(lambda pk: Tag.objects.filter(people=pk).values_list("name"))
_CHATS = Prepared(lambda pk: Conversation.objects.filter(host_id=pk).select_related("company"), known="host")
_TASKS = Prepared(
    lambda owner, pk: Task.objects.filter(owner_id=owner).open().filter(person_id=pk), known="person"
)
_LOG = Prepared(lambda pk: Interaction.objects.filter(person_id=pk), known="person")
_CARD_CHANGES = Prepared(lambda pk: CardChange.objects.filter(person_id=pk), known="person")


@login_required
def person(request: HttpRequest, pk: int) -> HttpResponse:
    return person_page(request, pk)


def person_page(request: HttpRequest, pk: int, **forms) -> HttpResponse:
    """The person page; `forms` carries a bound form with errors to show in place."""
    person = get_owned_or_404(_PERSON, request.user, pk=pk)
    context = {
        "person": person,
        "emails": [address for (address,) in _EMAILS(pk)],
        "phones": [number for (number,) in _PHONES(pk)],
        "tags": [name for (name,) in _TAGS(pk)],
        "conversations": _CHATS(pk, known=person),
        "tasks": _TASKS(request.user.pk, pk, known=person),
        "jobs": work_history(person),
        "card_changes": _CARD_CHANGES(pk, known=person),
        **timeline(functools.partial(_LOG, pk, known=person), request),
        "interaction_form": forms.get("interaction_form")
        or InteractionForm(user=request.user, initial={"kind": "note"}),
        "task_form": forms.get("task_form")
        or TaskForm(initial={"due_on": request.user.today() + dt.timedelta(days=7)}),
    }
    context.update(person_extras(request, person, forms))  # warm paths, who they know, their groups
    return render(request, "network/person.html", context, status=400 if forms else 200)


@login_required
@require_http_methods(["GET", "POST"])
def person_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    person = get_owned_or_404(Person, request.user, pk=pk) if pk is not None else Person()
    initial = {}
    if pk is None and request.GET.get("company", "").isdigit():
        there = Company.objects.for_owner(request.user).filter(pk=request.GET["company"]).first()
        initial["company_name"] = there.name if there else ""
    form = PersonForm(request.POST or None, instance=person, owner=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        person = form.save()
        messages.success(request, sentence(f"Saved {person.name}"))
        if request.POST.get("then") == "chat":  # added from the new-chat page: on to the chat
            return redirect(f"{reverse('conversation_new')}?host={person.pk}")
        return redirect(safe_next(request, person.get_absolute_url()))
    context = {
        "form": form,
        "person": person,
        "company_names": Company.objects.for_owner(request.user).values_list("name", flat=True)[:500],
        "next": request.GET.get("next", request.POST.get("next", "")),
        "then_chat": (request.GET.get("then") or request.POST.get("then")) == "chat",
    }
    return render(request, "network/person_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def person_delete(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_owned_or_404(Person, request.user, pk=pk)
    return confirm_delete(
        request,
        person,
        what=person.name,
        message=f"Deleted {person.name} and everything logged with them.",
        after=reverse("people"),
        cancel=person.get_absolute_url(),
        effects=person.deletion_effects(),
    )


@login_required
def companies(request: HttpRequest) -> HttpResponse:
    q = query_param(request, "q")
    industry = query_param(request, "industry")
    found = Company.objects.for_owner(request.user).search(q)
    if industry:
        found = found.filter(industry__iexact=industry)
    found = found.annotate(people_count=Count("people", distinct=True)).order_by(Lower("name"), "id")
    page = Paginator(found, COMPANY_PAGE_SIZE).get_page(request.GET.get("page"))
    # One entry per industry however it was capitalised ("Robotics", "robotics").
    industries = {}
    for name in (
        Company.objects.for_owner(request.user)
        .exclude(industry="")
        .values_list("industry", flat=True)
        .distinct()
    ):
        industries.setdefault(name.casefold(), name)
    industries = sorted(industries.values(), key=str.casefold)
    context = {
        "page": page,
        "q": q,
        "industry": industry,
        "industries": industries,
        "pager_query": _pager_query(q=q, industry=industry),
        "has_any": q or industry or page.paginator.count,
    }
    template = "network/companies.html#results" if request.htmx else "network/companies.html"
    return render(request, template, context)


@login_required
def company(request: HttpRequest, pk: int) -> HttpResponse:
    company = get_owned_or_404(Company, request.user, pk=pk)
    people_there = company.people.order_by("name")
    context = {
        "company": company,
        "people": people_there[:200],
        "people_count": people_there.count(),
        "conversations": company.conversations.select_related("host"),
        **timeline(
            Interaction.objects.for_owner(request.user)
            .filter(person__company=company)
            .select_related("person"),
            request,
        ),
        **company_extras(request, company),  # warm paths and the best people to approach
    }
    return render(request, "network/company.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def company_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    company = get_owned_or_404(Company, request.user, pk=pk) if pk is not None else Company()
    form = CompanyForm(request.POST or None, instance=company, owner=request.user)
    if request.method == "POST" and form.is_valid():
        company = form.save()
        messages.success(request, sentence(f"Saved {company.name}"))
        return redirect(company)
    return render(request, "network/company_form.html", {"form": form, "company": company})


@login_required
@require_http_methods(["GET", "POST"])
def company_delete(request: HttpRequest, pk: int) -> HttpResponse:
    company = get_owned_or_404(Company, request.user, pk=pk)
    return confirm_delete(
        request,
        company,
        what=company.name,
        message=sentence(f"Deleted {company.name}"),
        after=reverse("companies"),
        cancel=company.get_absolute_url(),
        effects=company.deletion_effects(),
    )


@login_required
@require_http_methods(["GET", "POST"])
def person_log(request: HttpRequest, pk: int) -> HttpResponse:
    """Log an interaction with a person, outside any particular conversation."""
    person = get_owned_or_404(Person, request.user, pk=pk)
    if request.method == "GET":  # the address bar after a form error: back to the page
        return redirect(person)
    form = InteractionForm(request.POST, user=request.user)
    if not form.is_valid():
        return person_page(request, pk, interaction_form=form)
    form.save_for(person)
    messages.success(request, f"Logged: {form.instance.get_kind_display().lower()}.")
    return redirect(person)
