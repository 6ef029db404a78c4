"""Leads: referrals, openings and hiring seasons, through the conversation page's quick-capture forms
and the Lead model's verbs, so a referral adds the person it names just as the page does."""

import datetime as dt

from django.db import transaction
from ninja import Field, Query, Router, Schema, Status

from coffeechat.accounts.ownership import get_owned_or_404
from coffeechat.api.common import (
    ERRORS,
    ApiError,
    Day,
    Id,
    Input,
    PageQuery,
    Text,
    check,
    page_of,
    paged,
    patch_of,
)
from coffeechat.api.conversations import ConversationOut, _conversations
from coffeechat.conversations.models import Conversation
from coffeechat.leads.forms import CAPTURE_FORMS
from coffeechat.leads.models import Lead, LeadKind, LeadStatus

leads = Router(tags=["leads"])

# What each kind reads: the fields of its quick-capture form on the conversation page.
FIELDS_FOR_KIND = {kind: list(form.base_fields) for kind, form in CAPTURE_FORMS.items()}


class LeadOut(Schema):
    id: int
    kind: LeadKind
    status: LeadStatus
    conversation_id: int | None = Field(description="The coffee chat it came from (empty once deleted).")
    title: str = Field(description="The referral's name, the opening, or what was said about the season.")
    company_id: int | None
    company_name: str | None
    person_id: int | None = Field(description="A referral: the person it added to your people.")
    url: str
    deadline: dt.date | None = Field(description="An opening's deadline.")
    starts_on: dt.date | None = Field(description="When a hiring season opens.")
    task_id: int | None = Field(description="The reminder it made (openings and seasons).")
    note: str
    created_at: dt.datetime
    status_changed_at: dt.datetime

    @staticmethod
    def resolve_company_name(lead: Lead) -> str | None:
        return lead.company.name if lead.company_id else None


class LeadIn(Input):
    kind: LeadKind
    conversation_id: Id = Field(description="The coffee chat it came from (one of yours).")
    name: Text(200) | None = Field(None, description="referral: their name.")
    title: Text(200) | None = Field(
        None,
        description="referral: their job; opening: the opening, like Junior UX designer; "
        "season: what they said, like internship hiring opens in March.",
    )
    company_name: Text(200) | None = Field(
        None,
        description="Where they work (referral), or whose opening or season it is; left empty, the "
        "company of the coffee chat. A new company is added for you.",
    )
    url: Text(500) | None = Field(None, description="opening: its link.")
    deadline: Day | None = Field(None, description="opening: its deadline; you get a reminder a week before.")
    when: Text(40) | None = Field(
        None, description="season: when it opens, like March or 2027-03; left empty, read from the title."
    )
    note: Text(2000) = ""


class LeadChange(Input):
    status: LeadStatus = Field(
        description="new, acted_on or closed. Its reminder follows: done once acted on or closed, "
        "open again when new."
    )
    note: Text(2000)


LeadPatch = patch_of(LeadChange)
LeadPage = page_of(LeadOut)


class LeadFilters(Schema):
    kind: LeadKind | None = None
    status: LeadStatus | None = None
    open: bool | None = Field(None, description="true: not closed; false: closed.")
    conversation: Id | None = Field(None, description="Only leads from this coffee chat (its id).")
    company: Id | None = None


def _leads(user):
    return Lead.objects.for_owner(user).select_related("company")


@leads.get("", response={200: LeadPage, **ERRORS}, summary="List leads")
def lead_list(request, filters: Query[LeadFilters], paging: Query[PageQuery]):
    found = _leads(request.auth)
    if filters.kind:
        found = found.filter(kind=filters.kind)
    if filters.status:
        found = found.filter(status=filters.status)
    if filters.open is not None:
        found = found.open() if filters.open else found.filter(status=LeadStatus.CLOSED)
    if filters.conversation:
        found = found.filter(conversation_id=filters.conversation)
    if filters.company:
        found = found.filter(company_id=filters.company)
    return paged(found.order_by("-created_at", "-id"), paging)


@leads.post("", response={201: LeadOut, **ERRORS}, summary="Add a lead from a coffee chat")
def lead_create(request, payload: LeadIn):
    """Like the quick capture on a conversation's page: a referral adds the person (introduced by
    the host, with a job at the company named); an opening and a season each add a reminder task."""
    kind = LeadKind(payload.kind)
    values = payload.model_dump(exclude={"kind", "conversation_id"})
    allowed = FIELDS_FOR_KIND[kind]
    unused = {name for name, value in values.items() if name not in allowed and value not in (None, "")}
    if unused:
        message = f"A {kind.label.lower()} does not use {', '.join(sorted(unused))}."
        raise ApiError(400, message, {name: f"Not used for a {kind.label.lower()}." for name in unused})
    conversation = get_owned_or_404(
        Conversation.objects.select_related("host", "company"), request.auth, pk=payload.conversation_id
    )
    data = {f"{kind}-{name}": "" if values[name] is None else values[name] for name in allowed}
    form = CAPTURE_FORMS[kind](data, conversation=conversation)
    check(form)
    with transaction.atomic():
        lead = form.save()
    return Status(201, _leads(request.auth).get(pk=lead.pk))


@leads.get("/{int:pk}/", response={200: LeadOut, **ERRORS}, summary="Read a lead")
def lead_read(request, pk: Id):
    return get_owned_or_404(_leads(request.auth), request.auth, pk=pk)


@leads.patch("/{int:pk}/", response={200: LeadOut, **ERRORS}, summary="Change a lead")
def lead_update(request, pk: Id, payload: LeadPatch):
    """The status moves as on the Leads page (the reminder follows); the note is yours to edit."""
    lead = get_owned_or_404(_leads(request.auth), request.auth, pk=pk)
    changes = payload.model_dump(exclude_unset=True)
    with transaction.atomic():
        if "note" in changes and changes["note"].strip() != lead.note:
            lead.note = changes["note"].strip()
            lead.save(update_fields=["note"])
        if "status" in changes:
            lead.set_status(changes["status"])
    return _leads(request.auth).get(pk=lead.pk)


@leads.delete("/{int:pk}/", response={204: None, **ERRORS}, summary="Delete a lead")
def lead_delete(request, pk: Id):
    """The person a referral added, and the reminder of an opening or a season, are kept."""
    get_owned_or_404(Lead, request.auth, pk=pk).delete()
    return Status(204, None)


@leads.post(
    "/{int:pk}/start/",
    response={201: ConversationOut, **ERRORS},
    summary="Start a coffee chat with a referral",
)
def lead_start(request, pk: Id):
    """A referral's next step, as on the Leads page: a coffee chat with them at the idea stage, asked
    through the host; the lead is marked acted on."""
    lead = get_owned_or_404(Lead.objects.select_related("person__introduced_by"), request.auth, pk=pk)
    if lead.person is None:
        raise ApiError(400, "This lead has no person to talk to: only a referral can start a coffee chat.")
    conversation = lead.start_conversation()
    return Status(201, _conversations(request.auth).get(pk=conversation.pk))
