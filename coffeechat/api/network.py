"""People and companies: the same querysets and forms as the People and Companies pages."""

import datetime as dt

from django.db import transaction
from django.db.models import F
from ninja import Field, Query, Router, Schema, Status

from coffeechat.accounts.ownership import get_owned_or_404
from coffeechat.api.common import (
    ERRORS,
    Id,
    Input,
    PageQuery,
    Text,
    as_form_data,
    check,
    form_values,
    page_of,
    paged,
    patch_form,
    patch_of,
)
from coffeechat.network.forms import CompanyForm, PersonForm
from coffeechat.network.models import Company, Person, Relationship
from coffeechat.network.views import PEOPLE_ORDER

companies = Router(tags=["companies"])
people = Router(tags=["people"])


# Companies


class CompanyOut(Schema):
    id: int
    name: str
    website: str
    industry: str
    location: str
    notes: str
    created_at: dt.datetime
    updated_at: dt.datetime


class CompanyIn(Input):
    name: Text(200) = Field(description="A company you already have under a similar name is refused.")
    website: Text(200) = ""
    industry: Text(120) = ""
    location: Text(120) = ""
    notes: Text() = ""


CompanyPatch = patch_of(CompanyIn)
CompanyPage = page_of(CompanyOut)


class CompanyFilters(Schema):
    q: Text(200) = Field("", description="Words in the name, industry or location.")
    industry: Text(120) = Field("", description="Exactly this industry, in any case.")


@companies.get("", response={200: CompanyPage, **ERRORS}, summary="List companies")
def company_list(request, filters: Query[CompanyFilters], paging: Query[PageQuery]):
    found = Company.objects.for_owner(request.auth).search(filters.q.strip())
    if filters.industry.strip():
        found = found.filter(industry__iexact=filters.industry.strip())
    return paged(found.order_by("name", "id"), paging)


@companies.post("", response={201: CompanyOut, **ERRORS}, summary="Add a company")
def company_create(request, payload: CompanyIn):
    form = CompanyForm(as_form_data(payload.model_dump()), instance=Company(), owner=request.auth)
    check(form)
    return Status(201, form.save())


@companies.get("/{int:pk}/", response={200: CompanyOut, **ERRORS}, summary="Read a company")
def company_read(request, pk: Id):
    return get_owned_or_404(Company, request.auth, pk=pk)


@companies.patch("/{int:pk}/", response={200: CompanyOut, **ERRORS}, summary="Change a company")
def company_update(request, pk: Id, payload: CompanyPatch):
    company = get_owned_or_404(Company, request.auth, pk=pk)
    changes = payload.model_dump(exclude_unset=True)
    return patch_form(CompanyForm, company, changes, owner=request.auth).save()


@companies.delete("/{int:pk}/", response={204: None, **ERRORS}, summary="Delete a company")
def company_delete(request, pk: Id):
    """Its people and coffee chats are kept, without a company."""
    get_owned_or_404(Company, request.auth, pk=pk).delete()
    return Status(204, None)


# People


class PersonOut(Schema):
    id: int
    name: str
    title: str
    company_id: int | None
    company_name: str | None
    relationship: Relationship
    emails: list[str]
    phones: list[str]
    tags: list[str]
    linkedin_url: str
    notes: str
    introduced_by_id: int | None
    source: str
    connected_on: dt.date | None
    last_contacted_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @staticmethod
    def resolve_company_name(person: Person) -> str | None:
        return person.company.name if person.company_id else None

    @staticmethod
    def resolve_emails(person: Person) -> list[str]:
        return [e.address for e in person.emails.all()]

    @staticmethod
    def resolve_phones(person: Person) -> list[str]:
        return [p.number for p in person.phones.all()]

    @staticmethod
    def resolve_tags(person: Person) -> list[str]:
        return [t.name for t in person.tags.all()]


class PersonIn(Input):
    name: Text(200)
    title: Text(200) = ""
    company_name: Text(200) = Field("", description="Where they work now; a new company is added for you.")
    relationship: Relationship = Relationship.COLD
    emails: list[Text(254)] = Field([], max_length=50)
    phones: list[Text(60)] = Field([], max_length=50, description="Stored as E.164, like +14155550123.")
    tags: list[Text(60)] = Field([], max_length=50)
    linkedin_url: Text(300) = ""
    notes: Text() = ""


PersonPatch = patch_of(PersonIn)
PersonPage = page_of(PersonOut)


class PeopleFilters(Schema):
    q: Text(200) = Field("", description="Words in the name, job title, company or an e-mail address.")
    company: Id | None = Field(None, description="Only people at this company (its id).")
    tag: Text(60) = Field("", description="Only people with this tag.")
    relationship: Relationship | None = None
    order: str = Field("name", pattern="^(name|recent|stale)$", description="name, recent or stale.")


def _people(user):
    return (
        Person.objects.for_owner(user).select_related("company").prefetch_related("emails", "phones", "tags")
    )


@people.get("", response={200: PersonPage, **ERRORS}, summary="List people")
def person_list(request, filters: Query[PeopleFilters], paging: Query[PageQuery]):
    found = _people(request.auth).search(filters.q.strip())
    if filters.company:
        found = found.filter(company_id=filters.company)
    if filters.tag.strip():
        found = found.filter(tags__name=filters.tag.strip())
    if filters.relationship:
        found = found.filter(relationship=filters.relationship)
    sort = PEOPLE_ORDER[filters.order][0]
    field = F(sort.lstrip("-"))
    found = found.order_by(
        field.desc(nulls_last=True) if sort.startswith("-") else field.asc(nulls_first=True), "name", "id"
    )
    return paged(found, paging)


def _save_person(request, person: Person, values: dict) -> Person:
    form = PersonForm(as_form_data(values), instance=person, owner=request.auth)
    check(form)
    with transaction.atomic():
        form.save()
    return _people(request.auth).get(pk=person.pk)


@people.post("", response={201: PersonOut, **ERRORS}, summary="Add a person")
def person_create(request, payload: PersonIn):
    return Status(201, _save_person(request, Person(), payload.model_dump()))


@people.get("/{int:pk}/", response={200: PersonOut, **ERRORS}, summary="Read a person")
def person_read(request, pk: Id):
    return get_owned_or_404(_people(request.auth), request.auth, pk=pk)


@people.patch("/{int:pk}/", response={200: PersonOut, **ERRORS}, summary="Change a person")
def person_update(request, pk: Id, payload: PersonPatch):
    """Lists (emails, phones, tags) given here replace the ones stored."""
    person = get_owned_or_404(Person, request.auth, pk=pk)
    unchanged = form_values(PersonForm(instance=person, owner=request.auth))
    return _save_person(request, person, {**unchanged, **payload.model_dump(exclude_unset=True)})


@people.delete("/{int:pk}/", response={204: None, **ERRORS}, summary="Delete a person")
def person_delete(request, pk: Id):
    """Their coffee chats, logged interactions and tasks go with them."""
    get_owned_or_404(Person, request.auth, pk=pk).delete()
    return Status(204, None)
