import copy
import datetime as dt
import functools

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from coffeechat.accounts.ownership import OwnedRead, get_owned_or_404
from coffeechat.advising.models import Comment
from coffeechat.conversations.forms import (
    ConversationForm,
    InteractionForm,
    MetForm,
    NewConversationForm,
    ScheduleForm,
    SnoozeForm,
    TaskForm,
)
from coffeechat.conversations.models import (
    Conversation,
    Interaction,
    InteractionKind,
    MoveRefused,
    StageChange,
    Task,
    TaskKind,
    meetings_window,
)
from coffeechat.leads.forms import capture_forms
from coffeechat.leads.models import Lead
from coffeechat.lib import stages
from coffeechat.lib.http import confirm_delete, query_param, safe_next, timeline
from coffeechat.lib.prepared import Prepared
from coffeechat.lib.text import sentence
from coffeechat.network.models import Company, Person
from coffeechat.network.views import person_page

CARDS_PER_COLUMN = 6


@login_required
def today(request: HttpRequest) -> HttpResponse:
    return render(request, "conversations/today.html", _today_context(request.user))


TODAY_LIMIT = 10  # items per list on Today; the rest are one link away
TODAY_CONVERSATION_FIELDS = (
    *("id", "owner_id", "stage", "scheduled_at", "duration_minutes", "place", "host_id", "company_id"),
    *("host__id", "host__name", "company__id", "company__name"),
)
TODAY_TASK_FIELDS = (
    *("id", "owner_id", "title", "due_on", "conversation_id", "person_id", "done_at", "kind"),
    *("conversation__id", "conversation__host_id", "conversation__host__id", "conversation__host__name"),
    *("person__id", "person__name"),
)


def _today_conversations(owner_id: int):
    # Only the columns the lists show: long notes and goals stay in the database.
    return (
        Conversation.objects.filter(owner_id=owner_id)
        .select_related("host", "company")
        .only(*TODAY_CONVERSATION_FIELDS)
    )


# Today's lists, read on every visit: compiled once (lib/prepared.py).
_DUE = Prepared(  # the most overdue first; the ten picked before their chats and people are joined
    lambda owner_id, day: (
        Task.objects.filter(
            pk__in=Task.objects.filter(owner_id=owner_id)
            .due_by(day)
            .order_by("due_on", "id")
            .values("pk")[:TODAY_LIMIT]
        )
        .select_related("conversation__host", "person")
        .only(*TODAY_TASK_FIELDS)
        .order_by("due_on", "id")
    )
)
_MEETINGS = Prepared(
    lambda owner_id, since, until: _today_conversations(owner_id).meetings_between(since, until)
)
_WAITING = Prepared(
    lambda owner_id, day, over_before: (
        _today_conversations(owner_id).waiting_on_you(day, over_before).order_by("stage_changed_at")
    )
)


def _today_context(user) -> dict:
    day = user.today()
    now = timezone.now()
    week = day + dt.timedelta(days=7)
    counts = (
        Task.objects.for_owner(user)
        .open()
        .aggregate(
            overdue=Count("id", filter=Q(due_on__lt=day)),
            due_today=Count("id", filter=Q(due_on=day)),
            coming_up=Count("id", filter=Q(due_on__gt=day, due_on__lte=week)),
        )
    )
    due = _DUE(user.pk, day)
    overdue = [task for task in due if task.due_on < day]
    due_today = [task for task in due if task.due_on == day]
    # One more than we show, to know whether to offer "more".
    since, until = meetings_window(now)
    meetings = _MEETINGS(user.pk, since, until, limit=TODAY_LIMIT + 1)
    waiting = _WAITING(user.pk, day, since, limit=TODAY_LIMIT + 1)  # a meeting before `since` is over
    # A thank-you already on the to-do list (with its "Draft it") is not asked for twice on one page.
    thanks_due = {task.conversation_id for task in due if task.kind == TaskKind.THANK_YOU}
    waiting = [c for c in waiting if not (c.stage == stages.MET and c.pk in thanks_due)]
    return {
        "day": day,
        "overdue": overdue,
        "due_today": due_today,
        "more_tasks": counts["overdue"] + counts["due_today"] - len(overdue) - len(due_today),
        "coming_up_count": counts["coming_up"],
        "meetings": meetings[:TODAY_LIMIT],
        "more_meetings": len(meetings) > TODAY_LIMIT,
        "waiting": waiting[:TODAY_LIMIT],
        "more_waiting": len(waiting) > TODAY_LIMIT,
        "is_new": not (meetings or waiting or Conversation.objects.for_owner(user).exists()),
    }


@login_required
def tasks(request: HttpRequest) -> HttpResponse:
    """Every open task, soonest first: where Today's "more" links lead."""
    open_tasks = Task.objects.for_owner(request.user).open().select_related("conversation__host", "person")
    page = Paginator(open_tasks, 50).get_page(request.GET.get("page"))
    return render(request, "conversations/tasks.html", {"page": page, "day": request.user.today()})


def _board(user) -> dict:
    """The pipeline's columns: the main line first, then the paused or closed ones."""
    mine = Conversation.objects.for_owner(user)
    counts = dict(mine.values_list("stage").annotate(n=Count("id")).order_by())
    cards: dict[str, list] = {stage: [] for stage in stages.ALL}
    for conversation in Conversation.newest_per_stage(user, CARDS_PER_COLUMN):
        cards[conversation.stage].append(conversation)
    cards[stages.SCHEDULED].sort(key=lambda c: c.scheduled_at or c.stage_changed_at)  # soonest first

    def column(stage: str) -> dict:
        return {
            "stage": stage,
            "label": stages.LABELS[stage],
            "hint": stages.NEXT_STEP[stage],
            "cards": cards[stage],
            "count": counts.get(stage, 0),
            "side": stage in stages.SIDE_EXITS,
        }

    return {
        "total": sum(counts.values()),
        "lanes": [
            {"label": "Coffee chats by stage", "columns": [column(s) for s in stages.MAIN_LINE]},
            {
                "label": "Paused or closed",
                "side": True,
                "columns": [column(s) for s in stages.SIDE_EXITS],
            },
        ],
    }


@login_required
def pipeline(request: HttpRequest) -> HttpResponse:
    return render(request, "conversations/pipeline.html", _board(request.user))


@login_required
@require_POST
def pipeline_move(request: HttpRequest) -> HttpResponse:
    """A card's button or a drop on a column: `move` is "<conversation id> <stage>"."""
    pk, _, target = request.POST.get("move", "").partition(" ")
    conversation = _get_conversation(request, pk)
    _move(request, conversation, target)
    if request.htmx:
        context = {**_board(request.user), "moved": conversation.pk}
        return render(request, "conversations/pipeline.html#board", context)
    return redirect("pipeline")


def _move(request: HttpRequest, conversation: Conversation, target: str, summary: str = "") -> None:
    try:
        conversation.move_to(target, summary=summary)
    except MoveRefused as e:
        messages.error(request, f"{conversation.host.name}: {e}")
    else:
        messages.success(
            request,
            f"{conversation.host.name} moved to “{conversation.stage_label}”. Next: {conversation.next_step}",
        )


@login_required
def conversation_list(request: HttpRequest) -> HttpResponse:
    """Every conversation at one stage, for columns longer than the board shows."""
    stage = query_param(request, "stage")
    found = Conversation.objects.for_owner(request.user).select_related("host", "company")
    found = found.search(query_param(request, "q"))
    if stage in stages.LABELS:
        found = found.filter(stage=stage)
    context = {"conversations": found[:500], "stage": stage, "stage_label": stages.LABELS.get(stage)}
    return render(request, "conversations/list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def conversation_new(request: HttpRequest) -> HttpResponse:
    host_id = request.GET.get("host") or request.POST.get("host")
    if not host_id:
        return _choose_host(request)
    host = get_owned_or_404(Person.objects.select_related("company"), request.user, pk=host_id)
    form = NewConversationForm(
        request.POST or None, instance=Conversation(owner=request.user), host=host, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                conversation = form.save()
        except MoveRefused as e:  # dates the form let through but the moves refuse
            form.add_error(None, str(e))
        else:
            messages.success(request, sentence(f"Started a coffee chat with {host.name}"))
            return redirect(conversation)
    context = {
        "form": form,
        "host": host,
        "company_names": _company_names(request.user),
        "already": host.conversations.active(),
    }
    return render(request, "conversations/conversation_form.html", context)


def _choose_host(request: HttpRequest) -> HttpResponse:
    q = query_param(request, "q")
    people = Person.objects.for_owner(request.user).select_related("company")
    found = people.search(q).order_by("name")[:20] if q else people.order_by("-created_at")[:10]
    context = {"q": q, "people": found, "has_people": bool(q) or people.exists()}
    template = "conversations/choose_host.html#results" if request.htmx else "conversations/choose_host.html"
    return render(request, template, context)


def _company_names(user):
    return Company.objects.for_owner(user).values_list("name", flat=True)[:500]


# What a conversation's page reads, each compiled to SQL once (lib/prepared.py): Django building
# the SQL of its small reads every time cost more than the database answering them.
_CONVERSATION = OwnedRead(lambda: Conversation.objects.select_related("host", "company", "request_draft"))
_LOG = Prepared(lambda pk: Interaction.objects.filter(conversation_id=pk), known="conversation")
_HISTORY = Prepared(lambda pk: StageChange.objects.filter(conversation_id=pk), known="conversation")
_TASKS = Prepared(lambda pk: Task.objects.filter(conversation_id=pk), known="conversation")
_LEADS = Prepared(lambda pk: Lead.objects.filter(conversation_id=pk), known="conversation")
_COMMENTS = Prepared(
    lambda pk, owner_id: Comment.objects.filter(conversation_id=pk, owner_id=owner_id).select_related(
        "author"
    ),
    known="conversation",
)


def _conversation_page(request: HttpRequest, conversation: Conversation, **forms) -> HttpResponse:
    user, pk = request.user, conversation.pk
    context = {
        "conversation": conversation,
        "host": conversation.host,
        "request_draft": getattr(conversation, "request_draft", None),
        "advisor_comments": _COMMENTS(pk, conversation.owner_id, known=conversation),
        "leads": _LEADS(pk, known=conversation),
        "capture": capture_forms(conversation),
        **timeline(functools.partial(_LOG, pk, known=conversation), request),
        "history": _HISTORY(pk, known=conversation),
        **_tasks(_TASKS(pk, known=conversation)),
        "interaction_form": forms.get("interaction_form")
        or InteractionForm(user=user, initial={"kind": _likely_log(conversation)}),
        "task_form": forms.get("task_form")
        or TaskForm(initial={"due_on": user.today() + dt.timedelta(days=3)}),
        "schedule_form": forms.get("schedule_form") or ScheduleForm(instance=conversation),
        "met_form": forms.get("met_form") or MetForm(conversation=conversation),
        "stages": stages,
        "can_email": bool(settings.EMAIL_HOST),  # invites go out through the server's SMTP
    }
    status = 400 if forms else 200
    return render(request, "conversations/conversation.html", context, status=status)


def _tasks(tasks: list[Task]) -> dict:
    """The open tasks (by due date), and the ten last done, from one read: a chat has a few tasks."""
    done = sorted((t for t in tasks if t.done_at), key=lambda t: (t.done_at, t.pk), reverse=True)
    return {"tasks": [t for t in tasks if not t.done_at], "done_tasks": done[:10]}


def _likely_log(conversation: Conversation) -> str:
    """What the user most likely comes to log at this stage: a reply to a request, else a note."""
    waiting = conversation.stage == stages.REQUESTED and not conversation.has_reply
    return InteractionKind.REPLY_RECEIVED if waiting else InteractionKind.NOTE


def _get_conversation(request: HttpRequest, pk: int, read: OwnedRead | None = None) -> Conversation:
    conversation = get_owned_or_404(
        read or Conversation.objects.select_related("host__company", "company"), request.user, pk=pk
    )
    conversation.owner = request.user  # it is theirs: no need to read the user again
    return conversation


@login_required
def conversation(request: HttpRequest, pk: int) -> HttpResponse:
    return _conversation_page(request, _get_conversation(request, pk, _CONVERSATION))


@login_required
@require_http_methods(["GET", "POST"])
def conversation_edit(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = _get_conversation(request, pk)
    form = ConversationForm(
        request.POST or None, instance=conversation, host=conversation.host, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved.")
        return redirect(conversation)
    context = {
        "form": form,
        "host": conversation.host,
        "conversation": conversation,
        "company_names": _company_names(request.user),
    }
    return render(request, "conversations/conversation_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def conversation_delete(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = _get_conversation(request, pk)
    return confirm_delete(
        request,
        conversation,
        what=str(conversation).replace("Coffee chat", "the coffee chat"),
        message=f"Deleted the coffee chat with {conversation.host.name}.",
        after=reverse("pipeline"),
        cancel=conversation.get_absolute_url(),
        effects=conversation.deletion_effects(),
    )


@login_required
@require_POST
def conversation_move(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = _get_conversation(request, pk)
    _move(request, conversation, request.POST.get("stage", ""), request.POST.get("summary", "").strip())
    return redirect(safe_next(request, conversation.get_absolute_url()))


@login_required
@require_http_methods(["GET", "POST"])
def conversation_schedule(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = _get_conversation(request, pk)
    if request.method == "GET":  # the address bar after a form error: back to the page
        return redirect(conversation)
    # The form works on a copy: a refused time must not show on the page as if saved.
    form = ScheduleForm(request.POST, instance=copy.copy(conversation))
    if form.is_valid():
        try:
            data = form.cleaned_data
            conversation.schedule(
                data["scheduled_at"], data["time_zone"], data["duration_minutes"], data["place"]
            )
        except MoveRefused as e:
            form.add_error(None, str(e))
    if form.errors:
        return _conversation_page(request, conversation, schedule_form=form)
    local = timezone.localtime(conversation.scheduled_at, form.fields["scheduled_at"].tz)
    messages.success(request, f"Scheduled for {local:%A %d %B at %H:%M} ({local.tzname()}).")
    return redirect(conversation)


@login_required
@require_http_methods(["GET", "POST"])
def conversation_met(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = _get_conversation(request, pk)
    if request.method == "GET":  # the address bar after a form error: back to the page
        return redirect(conversation)
    form = MetForm(request.POST, conversation=conversation)
    if form.is_valid():
        try:
            conversation.mark_met(form.cleaned_data["met_at"], form.cleaned_data["notes"])
        except MoveRefused as e:
            conversation.refresh_from_db()
            form.add_error(None, str(e))
    if form.errors:  # the notes typed stay in the form
        return _conversation_page(request, conversation, met_form=form)
    messages.success(request, "Marked as met. Send your thank-you note within a day.")
    return redirect(conversation)


@login_required
@require_POST
def conversation_snooze(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = _get_conversation(request, pk)
    form = SnoozeForm(request.POST)
    if form.is_valid():
        conversation.snooze(request.user.today() + dt.timedelta(days=form.cleaned_data["days"]))
        messages.success(
            request, f"Snoozed {conversation.host.name} until {conversation.snoozed_until:%A %d %B}."
        )
    else:
        messages.error(request, "Pick how long to snooze for.")
    return redirect(safe_next(request, "today"))


@login_required
@require_http_methods(["GET", "POST"])
def conversation_log(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = _get_conversation(request, pk)
    if request.method == "GET":  # the address bar after a form error: back to the page
        return redirect(conversation)
    form = InteractionForm(request.POST, user=request.user)
    if not form.is_valid():
        return _conversation_page(request, conversation, interaction_form=form)
    form.save_for(conversation.host, conversation)
    messages.success(request, f"Logged: {form.instance.get_kind_display().lower()}.")
    return redirect(conversation)


@login_required
@require_POST
def task_new(request: HttpRequest) -> HttpResponse:
    conversation = person = None
    if request.POST.get("conversation"):
        conversation = _get_conversation(request, request.POST["conversation"])
    elif request.POST.get("person"):
        person = get_owned_or_404(Person, request.user, pk=request.POST["person"])
    form = TaskForm(request.POST)
    if not form.is_valid():
        if conversation:
            return _conversation_page(request, conversation, task_form=form)
        if person:
            return person_page(request, person.pk, task_form=form)
        messages.error(request, "A task needs a title and a due date.")
        return redirect(safe_next(request, "today"))
    task = form.save(commit=False)
    task.owner, task.conversation, task.person = request.user, conversation, person
    task.save()
    messages.success(request, f"Added “{task.title}”, due {task.due_on:%A %d %B}.")
    about = conversation or person
    return redirect(safe_next(request, about.get_absolute_url() if about else "today"))


def _get_task(request: HttpRequest, pk: int) -> Task:
    return get_owned_or_404(Task.objects.select_related("conversation__host", "person"), request.user, pk=pk)


def _task_home(task: Task) -> str:
    about = task.conversation or task.person
    return about.get_absolute_url() if about else "/tasks/"


@login_required
@require_http_methods(["GET", "POST"])
def task_edit(request: HttpRequest, pk: int) -> HttpResponse:
    task = _get_task(request, pk)
    form = TaskForm(request.POST or None, instance=task)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, sentence(f"Saved the task “{task.title}”"))
        return redirect(safe_next(request, _task_home(task)))
    context = {"form": form, "task": task, "next": safe_next(request, _task_home(task))}
    return render(request, "conversations/task_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def task_delete(request: HttpRequest, pk: int) -> HttpResponse:
    task = _get_task(request, pk)
    home = _task_home(task)
    message = f"Deleted the task “{task.title}”."
    return confirm_delete(
        request, task, what=f"the task “{task.title}”", message=message, after=home, cancel=home
    )


@login_required
@require_POST
def task_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if action not in {"done", "reopen", "snooze"}:
        raise Http404("No such action.")
    task = _get_task(request, pk)
    in_place = request.htmx and request.POST.get("from") == "today"
    if action == "done":
        task.mark_done()
        if not in_place:  # in place, Today says it next to its Undo button: not twice
            messages.success(request, sentence(f"Done: {task.title}"))
    elif action == "reopen":
        task.reopen()
        messages.success(request, sentence(f"Reopened: {task.title}"))
    elif action == "snooze":
        form = SnoozeForm(request.POST)
        days = form.cleaned_data["days"] if form.is_valid() else 1
        task.snooze(request.user.today() + dt.timedelta(days=days))
        messages.success(request, f"Moved “{task.title}” to {task.due_on:%A %d %B}.")
    if in_place:
        context = {**_today_context(request.user), "undo_task": task if action == "done" else None}
        context["undo_message"] = sentence(f"Done: {task.title}")
        return render(request, "conversations/today.html#lists", context)
    return redirect(safe_next(request, "today"))


@login_required
@require_http_methods(["GET", "POST"])
def interaction_delete(request: HttpRequest, pk: int) -> HttpResponse:
    interaction = get_owned_or_404(Interaction.objects.select_related("person"), request.user, pk=pk)
    back = interaction.person.get_absolute_url()
    what = (
        f"this entry in the log ({interaction.get_kind_display().lower()} with "
        f"{interaction.person.name}, {timezone.localtime(interaction.occurred_at):%d %b %Y})"
    )
    return confirm_delete(
        request, interaction, what=what, message="Removed from the log.", after=back, cancel=back
    )
