"""Coffee chats, the interaction log and tasks: the pages' forms, querysets and model verbs."""

import datetime as dt
from enum import Enum

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
    When,
    as_form_data,
    check,
    form_values,
    page_of,
    paged,
    patch_form,
    patch_of,
)
from coffeechat.conversations.forms import ConversationForm, InteractionForm, NewConversationForm, TaskForm
from coffeechat.conversations.models import (
    Channel,
    Conversation,
    Interaction,
    InteractionKind,
    MoveRefused,
    Task,
)
from coffeechat.lib import stages
from coffeechat.network.models import Person

conversations = Router(tags=["conversations"])
interactions = Router(tags=["interactions"])
tasks = Router(tags=["tasks"])

Stage = Enum("Stage", {s.upper(): s for s in stages.ALL}, type=str)
StartStage = Enum("StartStage", {s.upper(): s for s in stages.MAIN_LINE[:4]}, type=str)


# Conversations


class ConversationOut(Schema):
    id: int
    host_id: int
    host_name: str
    company_id: int | None
    company_name: str | None
    goal: str
    stage: Stage
    stage_label: str
    next_step: str
    allowed_moves: list[Stage] = Field(description="The stages this chat may move to now.")
    channel: Channel
    requested_at: dt.datetime | None
    scheduled_at: dt.datetime | None
    met_at: dt.datetime | None
    time_zone: str
    duration_minutes: int
    place: str
    notes: str
    snoozed_until: dt.date | None
    replied_at: dt.datetime | None
    stage_changed_at: dt.datetime
    created_at: dt.datetime
    updated_at: dt.datetime

    @staticmethod
    def resolve_host_name(conversation: Conversation) -> str:
        return conversation.host.name

    @staticmethod
    def resolve_company_name(conversation: Conversation) -> str | None:
        return conversation.company.name if conversation.company_id else None

    @staticmethod
    def resolve_allowed_moves(conversation: Conversation) -> list[str]:
        return stages.allowed_targets(conversation.stage)


class ConversationFields(Input):
    goal: Text() = ""
    channel: Channel = Channel.EMAIL
    company_name: Text(200) = Field("", description="Left empty, the host's company.")
    requested_at: When | None = None
    scheduled_at: When | None = None
    time_zone: Text(64) = Field("", description="The meeting's time zone, like Europe/Paris; yours if empty.")
    duration_minutes: int = Field(30, ge=5, le=240)
    place: Text(500) = ""
    met_at: When | None = None
    notes: Text() = ""


class ConversationIn(ConversationFields):
    host_id: Id = Field(description="The person you want to talk to (one of your people).")
    stage: StartStage = Field(
        StartStage.IDEA, description="Where you are with them; later steps are filled in as history."
    )


class ConversationChange(ConversationFields):
    stage: Stage = Field(description="Move to this stage, following the same rules as the pipeline.")
    summary: Text() = Field("", description="With a stage move: what happened, for the log.")


ConversationPatch = patch_of(ConversationChange)
ConversationPage = page_of(ConversationOut)


class ConversationFilters(Schema):
    stage: Stage | None = None
    active: bool | None = Field(None, description="true: only chats on the main line (not paused or closed).")
    host: Id | None = Field(None, description="Only chats with this person (their id).")
    company: Id | None = None
    q: Text(200) = Field("", description="Words in the host's name, the company or the goal.")


def _conversations(user):
    return Conversation.objects.for_owner(user).select_related("host", "company", "owner")


@conversations.get("", response={200: ConversationPage, **ERRORS}, summary="List coffee chats")
def conversation_list(request, filters: Query[ConversationFilters], paging: Query[PageQuery]):
    found = _conversations(request.auth).search(filters.q.strip())
    if filters.stage:
        found = found.filter(stage=filters.stage.value)
    if filters.active is not None:
        found = found.active() if filters.active else found.exclude(stage__in=stages.MAIN_LINE)
    if filters.host:
        found = found.filter(host_id=filters.host)
    if filters.company:
        found = found.filter(company_id=filters.company)
    return paged(found.order_by("-stage_changed_at", "-id"), paging)


def _conversation_form_data(values: dict) -> dict:
    data = as_form_data(values)
    if "stage" in data and hasattr(data["stage"], "value"):
        data["stage"] = data["stage"].value
    return data


@conversations.post("", response={201: ConversationOut, **ERRORS}, summary="Start a coffee chat")
def conversation_create(request, payload: ConversationIn):
    host = get_owned_or_404(Person.objects.select_related("company"), request.auth, pk=payload.host_id)
    values = payload.model_dump(exclude={"host_id"})
    form = NewConversationForm(
        _conversation_form_data(values),
        instance=Conversation(owner=request.auth),
        host=host,
        user=request.auth,
    )
    check(form)
    try:
        with transaction.atomic():
            conversation = form.save()
    except MoveRefused as e:
        raise ApiError(400, str(e), {"stage": str(e)}) from None
    return Status(201, _conversations(request.auth).get(pk=conversation.pk))


@conversations.get("/{int:pk}/", response={200: ConversationOut, **ERRORS}, summary="Read a coffee chat")
def conversation_read(request, pk: Id):
    return get_owned_or_404(_conversations(request.auth), request.auth, pk=pk)


@conversations.patch("/{int:pk}/", response={200: ConversationOut, **ERRORS}, summary="Change a coffee chat")
def conversation_update(request, pk: Id, payload: ConversationPatch):
    """Fields change first, then `stage` moves the chat the way the pipeline does: a move the stage
    rules refuse is a 400 with the reason, and nothing is changed."""
    conversation = get_owned_or_404(_conversations(request.auth), request.auth, pk=pk)
    changes = payload.model_dump(exclude_unset=True)
    target, summary = changes.pop("stage", None), changes.pop("summary", "")
    if changes:
        unchanged = ConversationForm(instance=conversation, host=conversation.host, user=request.auth)
        data = _conversation_form_data({**form_values(unchanged), **changes})
        form = ConversationForm(data, instance=conversation, host=conversation.host, user=request.auth)
        check(form)
    try:
        with transaction.atomic():
            if changes:
                form.save()
            if target is not None and target.value != conversation.stage:
                conversation.move_to(target.value, summary=summary.strip())
    except MoveRefused as e:
        raise ApiError(400, str(e), {"stage": str(e)}) from None
    return _conversations(request.auth).get(pk=conversation.pk)


@conversations.delete("/{int:pk}/", response={204: None, **ERRORS}, summary="Delete a coffee chat")
def conversation_delete(request, pk: Id):
    """Its tasks go with it; what was logged stays on the host's timeline."""
    get_owned_or_404(Conversation, request.auth, pk=pk).delete()
    return Status(204, None)


# Interactions (the log)


class InteractionOut(Schema):
    id: int
    person_id: int
    conversation_id: int | None
    kind: InteractionKind
    occurred_at: dt.datetime
    summary: str
    created_at: dt.datetime


class InteractionFields(Input):
    kind: InteractionKind
    occurred_at: When | None = Field(None, description="When it happened; now if left out.")
    summary: Text() = ""


class InteractionIn(InteractionFields):
    person_id: Id | None = Field(None, description="Who it was with; or give a conversation.")
    conversation_id: Id | None = Field(
        None, description="The coffee chat it belongs to; its host is the person."
    )


InteractionPatch = patch_of(InteractionFields)
InteractionPage = page_of(InteractionOut)


class InteractionFilters(Schema):
    person: Id | None = None
    conversation: Id | None = None
    kind: InteractionKind | None = None


@interactions.get("", response={200: InteractionPage, **ERRORS}, summary="List the log")
def interaction_list(request, filters: Query[InteractionFilters], paging: Query[PageQuery]):
    found = Interaction.objects.for_owner(request.auth)
    if filters.person:
        found = found.filter(person_id=filters.person)
    if filters.conversation:
        found = found.filter(conversation_id=filters.conversation)
    if filters.kind:
        found = found.filter(kind=filters.kind)
    return paged(found.order_by("-occurred_at", "-id"), paging)


@interactions.post("", response={201: InteractionOut, **ERRORS}, summary="Log an interaction")
def interaction_create(request, payload: InteractionIn):
    """A reply logged on a person answers the request waiting on them, as on the person's page."""
    conversation = person = None
    if payload.conversation_id:
        conversation = get_owned_or_404(
            _conversations(request.auth), request.auth, pk=payload.conversation_id
        )
        person = conversation.host
        if payload.person_id and payload.person_id != person.pk:
            raise ApiError(
                400, "That person is not the host of that coffee chat.", {"person_id": "Not the host."}
            )
    elif payload.person_id:
        person = get_owned_or_404(Person, request.auth, pk=payload.person_id)
    else:
        message = "Say who it was with: give a person_id or a conversation_id."
        raise ApiError(400, message, {"person_id": "Required without a conversation_id."})
    values = payload.model_dump(exclude={"person_id", "conversation_id"})
    form = InteractionForm(as_form_data(values), user=request.auth)
    check(form)
    return Status(201, form.save_for(person, conversation))


@interactions.get("/{int:pk}/", response={200: InteractionOut, **ERRORS}, summary="Read a log entry")
def interaction_read(request, pk: Id):
    return get_owned_or_404(Interaction, request.auth, pk=pk)


@interactions.patch("/{int:pk}/", response={200: InteractionOut, **ERRORS}, summary="Change a log entry")
def interaction_update(request, pk: Id, payload: InteractionPatch):
    interaction = get_owned_or_404(Interaction.objects.select_related("person"), request.auth, pk=pk)
    changes = payload.model_dump(exclude_unset=True)
    return patch_form(InteractionForm, interaction, changes, user=request.auth).save()


@interactions.delete("/{int:pk}/", response={204: None, **ERRORS}, summary="Delete a log entry")
def interaction_delete(request, pk: Id):
    get_owned_or_404(Interaction.objects.select_related("person"), request.auth, pk=pk).delete()
    return Status(204, None)


# Tasks


class TaskOut(Schema):
    id: int
    title: str
    due_on: dt.date
    notes: str
    conversation_id: int | None
    person_id: int | None
    done: bool
    done_at: dt.datetime | None
    created_at: dt.datetime

    @staticmethod
    def resolve_done(task: Task) -> bool:
        return task.is_done


class TaskFields(Input):
    title: Text(200)
    due_on: Day
    notes: Text() = ""


class TaskIn(TaskFields):
    conversation_id: Id | None = Field(None, description="The coffee chat it is for, if any.")
    person_id: Id | None = Field(None, description="The person it is about, if not a coffee chat.")


class TaskChange(TaskFields):
    done: bool = Field(description="true marks it done (now); false reopens it.")


TaskPatch = patch_of(TaskChange)
TaskPage = page_of(TaskOut)


class TaskFilters(Schema):
    open: bool | None = Field(None, description="true: not done yet; false: done.")
    due_by: Day | None = Field(None, description="Open tasks due on or before this day.")
    overdue: bool | None = Field(None, description="true: open tasks due before today (your time zone).")
    conversation: Id | None = None
    person: Id | None = None


@tasks.get("", response={200: TaskPage, **ERRORS}, summary="List tasks")
def task_list(request, filters: Query[TaskFilters], paging: Query[PageQuery]):
    found = Task.objects.for_owner(request.auth)
    if filters.open is not None:
        found = found.open() if filters.open else found.filter(done_at__isnull=False)
    if filters.due_by:
        found = found.due_by(filters.due_by)
    if filters.overdue:
        found = found.overdue(request.auth.today())
    if filters.conversation:
        found = found.filter(conversation_id=filters.conversation)
    if filters.person:
        found = found.filter(person_id=filters.person)
    return paged(found.order_by("due_on", "id"), paging)


@tasks.post("", response={201: TaskOut, **ERRORS}, summary="Add a task")
def task_create(request, payload: TaskIn):
    if payload.conversation_id and payload.person_id:
        message = "A task is for a coffee chat or for a person, not both."
        raise ApiError(400, message, {"person_id": "Leave it out when giving a conversation_id."})
    conversation = person = None
    if payload.conversation_id:
        conversation = get_owned_or_404(Conversation, request.auth, pk=payload.conversation_id)
    if payload.person_id:
        person = get_owned_or_404(Person, request.auth, pk=payload.person_id)
    form = TaskForm(as_form_data(payload.model_dump(exclude={"conversation_id", "person_id"})))
    check(form)
    task = form.save(commit=False)
    task.owner, task.conversation, task.person = request.auth, conversation, person
    task.save()
    return Status(201, task)


@tasks.get("/{int:pk}/", response={200: TaskOut, **ERRORS}, summary="Read a task")
def task_read(request, pk: Id):
    return get_owned_or_404(Task, request.auth, pk=pk)


@tasks.patch("/{int:pk}/", response={200: TaskOut, **ERRORS}, summary="Change a task")
def task_update(request, pk: Id, payload: TaskPatch):
    task = get_owned_or_404(Task, request.auth, pk=pk)
    changes = payload.model_dump(exclude_unset=True)
    done = changes.pop("done", None)
    form = patch_form(TaskForm, task, changes)
    with transaction.atomic():
        form.save()
        if done is True and not task.is_done:
            task.mark_done()
        elif done is False and task.is_done:
            task.reopen()
    return task


@tasks.delete("/{int:pk}/", response={204: None, **ERRORS}, summary="Delete a task")
def task_delete(request, pk: Id):
    get_owned_or_404(Task, request.auth, pk=pk).delete()
    return Status(204, None)
