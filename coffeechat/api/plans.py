"""A coffee chat's plan: its questions in order, the time box and the notes, with the plan page's
forms and model verbs (Plan.add, add_from_bank, reorder) and the meeting page's note rules."""

import datetime as dt

from django.db import transaction
from ninja import Field, Router, Schema, Status

from coffeechat.accounts.ownership import get_owned_or_404
from coffeechat.api.common import (
    ERRORS,
    ApiError,
    Id,
    Input,
    Text,
    as_form_data,
    check,
    patch_form,
    patch_of,
)
from coffeechat.api.questions import ReviewOut
from coffeechat.conversations.models import Conversation
from coffeechat.questions.forms import MeetingNotesForm, PlanItemForm, PlanSettingsForm
from coffeechat.questions.models import Plan, PlanItem

plans = Router(tags=["plans"])
plan_items = Router(tags=["plans"])

NOTES_LENGTH = MeetingNotesForm.base_fields["notes"].max_length


class PlanItemOut(Schema):
    id: int
    conversation_id: int
    position: int
    text: str = Field(description="As typed, with placeholders like {company}.")
    filled: str = Field(description="With the placeholders filled in from the coffee chat.")
    bank_key: str = Field(description='The bank question it came from ("b042", or "u12" for yours), if any.')
    area: str
    family: str
    minutes: int
    must_ask: bool = Field(description="Must-asks get the time first.")
    fits: bool = Field(description="Whether it fits the time box (must-asks first, then the order).")
    asked: bool
    note: str = Field(description="What you noted under it during the meeting.")
    review: ReviewOut

    @staticmethod
    def resolve_conversation_id(item: PlanItem) -> int:
        return item.plan.conversation_id

    @staticmethod
    def resolve_review(item: PlanItem) -> dict:
        found = item.review
        return {"verdict": found.verdict, "reasons": [reason.as_dict() for reason in found.reasons]}


class BudgetOut(Schema):
    duration: int = Field(description="The coffee chat's length, in minutes.")
    small_talk: int
    closing: int
    questions: int = Field(description="Minutes the plan's questions take.")
    available: int = Field(description="Minutes left for questions after small talk and the closing.")
    total: int
    over: int = Field(description="Minutes over the chat's length (0 when it fits).")
    spare: int


class PlanOut(Schema):
    conversation_id: int
    small_talk_minutes: int
    closing_minutes: int
    introduction: str
    research_notes: str
    meeting_notes: str
    meeting_started_at: dt.datetime | None
    budget: BudgetOut
    items: list[PlanItemOut]
    updated_at: dt.datetime


class PlanChange(Input):
    small_talk_minutes: int
    closing_minutes: int
    introduction: Text()
    research_notes: Text()
    meeting_notes: Text()
    order: list[Id] = Field(
        max_length=500, description="The plan's item ids in their new order: each item exactly once."
    )


PlanPatch = patch_of(PlanChange)


def _plan_of(conversation: Conversation) -> dict:
    plan = Plan.for_conversation(conversation)
    items = plan.ordered_items()
    budget = plan.budget(items)
    for item in items:
        item.plan = plan
    fields = ["conversation_id", "small_talk_minutes", "closing_minutes", "introduction", "research_notes"]
    fields += ["meeting_notes", "meeting_started_at", "updated_at"]
    return {
        **{name: getattr(plan, name) for name in fields},
        "budget": {**vars(budget), "total": budget.total, "over": budget.over, "spare": budget.spare},
        "items": items,
    }


def _conversation(request, pk: int) -> Conversation:
    return get_owned_or_404(
        Conversation.objects.select_related("host__company", "company"), request.auth, pk=pk
    )


@plans.get("/{int:pk}/plan/", response={200: PlanOut, **ERRORS}, summary="Read a coffee chat's plan")
def plan_read(request, pk: Id):
    """The plan is made (empty) the first time it is read, as on the plan page."""
    return _plan_of(_conversation(request, pk))


@plans.patch("/{int:pk}/plan/", response={200: PlanOut, **ERRORS}, summary="Change a coffee chat's plan")
def plan_update(request, pk: Id, payload: PlanPatch):
    """The time box, introduction and notes; `order` reorders the questions, as a drag and drop does."""
    conversation = _conversation(request, pk)
    plan = Plan.for_conversation(conversation)
    changes = payload.model_dump(exclude_unset=True)
    order, meeting_notes = changes.pop("order", None), changes.pop("meeting_notes", None)
    form = None
    if changes:
        form = patch_form(PlanSettingsForm, plan, changes)
    if meeting_notes is not None:
        notes = MeetingNotesForm({"notes": meeting_notes})
        check(notes, {"notes": "meeting_notes"})
    with transaction.atomic():
        if form is not None:
            form.save()
        if meeting_notes is not None:
            plan.meeting_notes = notes.cleaned_data["notes"]
            plan.save(update_fields=["meeting_notes", "updated_at"])
        if order is not None and not plan.reorder(order):
            message = "Give the plan's item ids in the new order, each exactly once."
            raise ApiError(400, message, {"order": message})
    return _plan_of(conversation)


# The plan's questions, one by one.


class PlanItemIn(Input):
    conversation_id: Id = Field(description="The coffee chat whose plan it goes in (one of yours).")
    bank_key: Text(12) | None = Field(
        None,
        description='A question from the bank ("b042") or one of yours ("u12"); or give the text instead.',
    )
    text: Text(500) | None = Field(None, description="Your own question, when not from the bank.")
    minutes: int | None = Field(None, description="1 to 20; 2 when left out (from the bank: its own).")
    must_ask: bool = False


class PlanItemChange(Input):
    text: Text(500)
    minutes: int
    must_ask: bool
    asked: bool = Field(description="Ticked during the meeting.")
    note: Text() = Field(description="Your note under it, during the meeting.")


PlanItemPatch = patch_of(PlanItemChange)


def _item(request, pk: int) -> PlanItem:
    return get_owned_or_404(
        PlanItem.objects.select_related("plan__conversation__host__company", "plan__conversation__company"),
        request.auth,
        pk=pk,
    )


def _item_out(item: PlanItem) -> PlanItem:
    """The item as the plan sees it: filled in, and whether it fits the time box."""
    plan = item.plan
    items = plan.ordered_items()
    plan.budget(items)
    found = next(i for i in items if i.pk == item.pk)
    found.plan = plan
    return found


@plan_items.post("", response={201: PlanItemOut, **ERRORS}, summary="Add a question to a plan")
def plan_item_create(request, payload: PlanItemIn):
    """From the bank (`bank_key`) or typed (`text`), at the end of the plan."""
    if (payload.bank_key is None) == (payload.text is None):
        message = "Give a bank_key or a text, not both."
        raise ApiError(400, message, {"text" if payload.bank_key is None else "bank_key": message})
    plan = Plan.for_conversation(_conversation(request, payload.conversation_id))
    if payload.bank_key is not None:
        if payload.minutes is not None:
            message = "A bank question brings its own minutes: change them afterwards."
            raise ApiError(400, message, {"minutes": message})
        with transaction.atomic():
            item = plan.add_from_bank(payload.bank_key.strip(), request.auth)
            if item is None:
                message = "There is no such question in the bank or among yours."
                raise ApiError(400, message, {"bank_key": message})
            if payload.must_ask:
                item.must_ask = True
                item.save(update_fields=["must_ask"])
    else:
        values = {"text": payload.text, "minutes": 2 if payload.minutes is None else payload.minutes}
        form = PlanItemForm(as_form_data({**values, "must_ask": payload.must_ask}))
        check(form)
        item = plan.add(**form.cleaned_data)
    item.plan = plan
    return Status(201, _item_out(item))


@plan_items.get("/{int:pk}/", response={200: PlanItemOut, **ERRORS}, summary="Read a plan's question")
def plan_item_read(request, pk: Id):
    return _item_out(_item(request, pk))


@plan_items.patch("/{int:pk}/", response={200: PlanItemOut, **ERRORS}, summary="Change a plan's question")
def plan_item_update(request, pk: Id, payload: PlanItemPatch):
    item = _item(request, pk)
    changes = payload.model_dump(exclude_unset=True)
    asked, note = changes.pop("asked", None), changes.pop("note", None)
    form = None
    if changes:
        form = patch_form(PlanItemForm, item, changes)
    if note is not None:
        notes = MeetingNotesForm({"notes": note})
        check(notes, {"notes": "note"})
    with transaction.atomic():
        if form is not None:
            form.save()
        if asked is not None or note is not None:
            item.asked = item.asked if asked is None else asked
            item.note = item.note if note is None else notes.cleaned_data["notes"]
            item.save(update_fields=["asked", "note"])
    return _item_out(item)


@plan_items.delete("/{int:pk}/", response={204: None, **ERRORS}, summary="Remove a question from its plan")
def plan_item_delete(request, pk: Id):
    _item(request, pk).delete()
    return Status(204, None)
