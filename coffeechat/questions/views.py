import datetime as dt
from collections import defaultdict

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.mail import send_mail
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from coffeechat.accounts.ownership import get_owned_or_404
from coffeechat.conversations.models import Conversation, InteractionKind, MoveRefused, Task, TaskKind
from coffeechat.leads.forms import first_error, quick_capture_form
from coffeechat.leads.models import Lead
from coffeechat.leads.views import SAVED
from coffeechat.lib import stages
from coffeechat.lib.http import confirm_delete
from coffeechat.outreach.models import RequestDraft
from coffeechat.questions import bank
from coffeechat.questions.briefing import briefing_pdf
from coffeechat.questions.forms import (
    BankFilterForm,
    CaptureForm,
    MeetingNotesForm,
    PlanItemForm,
    PlanSettingsForm,
    QuestionForm,
    ShareForm,
    SuggestForm,
)
from coffeechat.questions.models import (
    Comment,
    Part,
    Plan,
    PlanItem,
    Question,
    ShareLink,
    fill,
    placeholder_values,
    search_bank,
)
from coffeechat.questions.reviewer import review as review_question

PICKER_LIMIT = 40
AFTER_THANKS = {stages.THANKED, stages.KEEPING_IN_TOUCH}


# --- The question bank ---------------------------------------------------------------------------


@login_required
def bank_page(request: HttpRequest, form: QuestionForm | None = None) -> HttpResponse:
    filters = BankFilterForm(request.GET or None).values()
    context = {
        "filter_form": BankFilterForm(request.GET or None),
        "own": list(Question.objects.for_owner(request.user).search(**filters)),
        "shipped": search_bank(**filters),
        "filtered": any(filters.values()),
        "form": form or QuestionForm(owner=request.user),
        "total": len(bank.QUESTIONS),
    }
    template = "questions/bank.html#results" if request.htmx else "questions/bank.html"
    return render(request, template, context, status=400 if form and form.errors else 200)


@login_required
@require_POST
def question_new(request: HttpRequest) -> HttpResponse:
    form = QuestionForm(request.POST, owner=request.user)
    if not form.is_valid():
        return bank_page(request, form=form)
    question = form.save()
    verdict = review_question(question.text)
    note = "" if verdict.ok else f" The reviewer thinks it is {verdict.verdict}: {verdict.reasons[0].message}"
    messages.success(request, f"Added to your questions.{note}")
    return redirect(reverse("question_bank") + "#own")


@login_required
def question_edit(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_owned_or_404(Question, request.user, pk=pk)
    form = QuestionForm(request.POST or None, instance=question, owner=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved your question. Plans that use it keep their own copy.")
        return redirect(reverse("question_bank") + "#own")
    context = {"form": form, "question": question, "result": review_question(question.text)}
    return render(request, "questions/question_form.html", context, status=400 if form.errors else 200)


@login_required
def question_delete(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_owned_or_404(Question, request.user, pk=pk)
    return confirm_delete(
        request,
        question,
        what="this question",
        message="Deleted the question from your bank.",
        after=reverse("question_bank"),
        cancel=reverse("question_bank"),
        effects=["Plans that use it keep their copy."],
    )


@login_required
@require_POST
def question_review(request: HttpRequest) -> HttpResponse:
    """The reviewer's verdict on text being typed: a fragment for htmx. The plan's form sends its
    chat along, so the "Try:" suggestions name its company and field; someone else's chat counts as
    none (the suggestions then say "your field")."""
    text = request.POST.get("text", "")[:2000]
    chat = request.POST.get("conversation", "")
    chat = (
        Conversation.objects.for_owner(request.user)
        .select_related("host__company", "company")
        .filter(pk=chat)
        .first()
        if chat.isdigit()
        else None
    )
    values = placeholder_values(chat) if chat else {}
    result = review_question(text, values) if text.strip() else None
    return render(request, "questions/plan.html#verdict", {"result": result})


# --- The plan for one conversation --------------------------------------------------------------


def _conversation(request: HttpRequest, pk: int) -> Conversation:
    return get_owned_or_404(
        Conversation.objects.select_related("host__company", "company"), request.user, pk=pk
    )


def _plan(request: HttpRequest, pk: int) -> Plan:
    return Plan.for_conversation(_conversation(request, pk))


def _item(request: HttpRequest, pk: int) -> PlanItem:
    return get_owned_or_404(
        PlanItem.objects.select_related("plan__conversation__host__company"), request.user, pk=pk
    )


def _plan_url(plan: Plan, anchor: str = "") -> str:
    return reverse("plan", args=[plan.conversation_id]) + (f"#{anchor}" if anchor else "")


def _plan_context(request: HttpRequest, plan: Plan, **forms) -> dict:
    items = plan.ordered_items()
    budget = plan.budget(items)
    comments = defaultdict(list)
    for comment in plan.comments.open().select_related("advisor").order_by("created_at"):
        comments[comment.about].append(comment)
    for item in items:
        item.open_comments = comments.get(item.pk, [])
    filters = BankFilterForm(request.GET or None).values()
    in_plan = {item.bank_key for item in items}
    values = plan.values()
    picks = [
        {
            "key": q.key,
            "text": fill(q.text, values),
            "family": q.family_label,
            "area": q.area_label,
            "minutes": q.minutes,
        }
        for q in [*Question.objects.for_owner(request.user).search(**filters), *search_bank(**filters)]
        if q.key not in in_plan
    ]
    return {
        "conversation": plan.conversation,
        "host": plan.conversation.host,
        "plan": plan,
        "items": items,
        "budget": budget,
        "intro_comments": comments.get(Part.INTRODUCTION, []),
        "request_comments": comments.get(Part.REQUEST, []),
        "draft": RequestDraft.for_conversation(plan.conversation),
        "picks": picks[:PICKER_LIMIT],
        "more_picks": len(picks) > PICKER_LIMIT,
        "filter_form": BankFilterForm(request.GET or None),
        "filtered": any(filters.values()),
        "item_form": forms.get("item_form") or PlanItemForm(),
        "settings_form": forms.get("settings_form") or PlanSettingsForm(instance=plan),
        "share_form": ShareForm(),
        "suggest_form": SuggestForm(
            initial={"minutes": 20 if plan.conversation.duration_minutes < 25 else 30}
        ),
        "links": list(plan.share_links.all()),
        "new_link": forms.get("new_link"),
        "values": values,
    }


def _plan_response(request: HttpRequest, plan: Plan, anchor: str = "", **forms) -> HttpResponse:
    if request.htmx:
        return render(request, "questions/plan.html#items", _plan_context(request, plan))
    if forms:
        return render(request, "questions/plan.html", _plan_context(request, plan, **forms), status=400)
    return redirect(_plan_url(plan, anchor))


@login_required
def plan_page(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    if request.method == "POST":
        key = request.POST.get("bank_key", "")
        if key:
            item = plan.add_from_bank(key, request.user)
            if item is None:
                messages.error(request, "That question is no longer in the bank.")
            return _plan_response(request, plan, f"item-{item.pk}" if item else "")
        form = PlanItemForm(request.POST)
        if not form.is_valid():
            return _plan_response(request, plan, item_form=form)
        item = plan.add(**form.cleaned_data)
        return _plan_response(request, plan, f"item-{item.pk}")
    template = "questions/plan.html#picker" if request.htmx else "questions/plan.html"
    # A link just made (share_new): shown once, on this page, then forgotten.
    new_link = request.session.pop(_new_link_key(plan), None) if not request.htmx else None
    return render(request, template, _plan_context(request, plan, new_link=new_link))


def _new_link_key(plan) -> str:
    return f"new_share_link_{plan.pk}"


@login_required
@require_POST
def plan_settings(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    form = PlanSettingsForm(request.POST, instance=plan)
    if not form.is_valid():
        return _plan_response(request, plan, settings_form=form)
    form.save()
    messages.success(request, "Saved.")
    return redirect(_plan_url(plan, "time"))


@login_required
@require_POST
def plan_suggest(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    form = SuggestForm(request.POST)
    minutes = form.cleaned_data["minutes"] if form.is_valid() else 30
    added = plan.suggest(minutes)
    messages.success(
        request,
        f"Suggested {len(added)} questions for {minutes} minutes, one of each kind in turn. "
        "Your must-asks stayed; swap any question that does not fit your goal.",
    )
    return redirect(_plan_url(plan, "plan-items"))


@login_required
@require_POST
def plan_order(request: HttpRequest, pk: int) -> HttpResponse:
    """The new order after a drag and drop: `order` is the items' ids, comma-separated."""
    plan = _plan(request, pk)
    try:
        ids = [int(x) for x in request.POST.get("order", "").split(",") if x.strip()]
    except ValueError:
        ids = []
    if not plan.reorder(ids):
        messages.error(request, "The plan changed in the meantime; here it is as it is now.")
    return _plan_response(request, plan, "plan-items")


@login_required
@require_POST
def plan_must_asks_first(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    plan.must_asks_first()
    return _plan_response(request, plan, "plan-items")


@login_required
@require_POST
def item_move(request: HttpRequest, pk: int) -> HttpResponse:
    item = _item(request, pk)
    item.move("up" if request.POST.get("direction") == "up" else "down")
    return _plan_response(request, item.plan, f"item-{item.pk}")


@login_required
def item_edit(request: HttpRequest, pk: int) -> HttpResponse:
    item = _item(request, pk)
    form = PlanItemForm(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect(_plan_url(item.plan, f"item-{item.pk}"))
    context = {"form": form, "item": item, "conversation": item.plan.conversation, "result": item.review}
    return render(request, "questions/item_form.html", context, status=400 if form.errors else 200)


@login_required
def item_delete(request: HttpRequest, pk: int) -> HttpResponse:
    item = _item(request, pk)
    url = _plan_url(item.plan, "plan-items")
    return confirm_delete(
        request,
        item,
        what="this question from the plan",
        message="Removed the question from the plan.",
        after=url,
        cancel=url,
        effects=[f"“{fill(item.text, item.plan.values())}”"],
    )


# --- Review by a friend or instructor -------------------------------------------------------------


@login_required
@require_POST
def share_new(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    form = ShareForm(request.POST)
    label = form.cleaned_data["label"] if form.is_valid() else ""
    _link, token = ShareLink.create_for(plan, label=label)
    # Shown once by the plan page after this redirect, so a reload neither re-posts nor lands on a
    # page that only takes POST. The session is the user's own; the link's token is kept hashed.
    request.session[_new_link_key(plan)] = request.build_absolute_uri(reverse("review", args=[token]))
    return redirect(_plan_url(plan, "share"))


@login_required
@require_POST
def share_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    link = get_owned_or_404(ShareLink.objects.select_related("plan"), request.user, pk=pk)
    link.revoke()
    messages.success(request, "Revoked: that link no longer opens your plan.")
    return redirect(_plan_url(link.plan, "share"))


@login_required
@require_POST
def comment_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Accept a suggested rewrite (`accept`) or mark a comment dealt with (`resolve`)."""
    comment = get_owned_or_404(Comment.objects.select_related("item", "plan"), request.user, pk=pk)
    if action not in ("accept", "resolve"):
        raise Http404("No such action.")
    if action == "accept":
        comment.accept()
        messages.success(request, "Took the suggested rewrite into your plan.")
    else:
        comment.resolve()
    anchors = {Part.REQUEST: "request", Part.INTRODUCTION: "time"}
    anchor = anchors.get(comment.about, f"item-{comment.item_id}")
    return _plan_response(request, comment.plan, anchor)


def review_page(request: HttpRequest, token: str) -> HttpResponse:
    """The page a friend or instructor opens from a link: the plan, and a comment box per item."""
    link = ShareLink.find(token)
    if link is None or not link.is_live:
        state = "gone" if link is None else ("revoked" if link.revoked_at else "expired")
        return render(request, "questions/review_closed.html", {"state": state}, status=410 if link else 404)
    plan = link.plan
    if request.method == "POST":
        if link.comments.count() >= REVIEW_COMMENT_LIMIT:
            messages.error(
                request, "This link has taken all the comments it can. Send them yours another way."
            )
            return redirect(request.path)
        author = request.POST.get("author", "").replace("\x00", "").strip()[:100]
        saved = save_review(request, plan, share_link=link, author=author)
        if saved:
            tell_owner(request, plan, saved, who=link.label or "Your reviewer")
            messages.success(request, "Thank you! Your comments are with them now.")
        else:
            messages.error(request, "There was nothing to send: write a comment or tick “looks good” first.")
        return redirect(request.path)
    context = {
        "link": link,
        "asker": _owner_first_name(link),
        "host_first_name": plan.conversation.host.first_name,
        **review_context(plan),
    }
    # What was already sent through this link, under what it is about: no blank form inviting the
    # same comments twice.
    attach_earlier(context, link.comments.all())
    # The token is in the address: Django's Referrer-Policy (same-origin) keeps it from other sites.
    return render(request, "questions/review.html", context)


REVIEW_COMMENT_LIMIT = 500  # per link: a shared link cannot be used to fill someone's account


def review_context(plan: Plan) -> dict:
    """What a reviewer reads, from a link or as the owner's advisor: the plan's questions, the
    introduction and the request draft (the `review.html#preparation` partial)."""
    items = plan.ordered_items() if plan.pk else []
    return {"plan": plan, "items": items, "draft": RequestDraft.for_conversation(plan.conversation)}


def attach_earlier(context: dict, comments) -> None:
    """`comments` (a reviewer's own, earlier) under what each is about, for `_earlier_comment.html`."""
    earlier: dict = {}
    for comment in comments:
        earlier.setdefault(comment.about, []).append(comment)
    for item in context["items"]:
        item.earlier = earlier.get(item.pk, [])
    context["earlier"] = {part: earlier.get(part) for part in (Part.INTRODUCTION, Part.REQUEST)}


@transaction.atomic
def save_review(request: HttpRequest, plan: Plan, *, share_link=None, advisor=None, author: str = "") -> int:
    """Save the comments posted from `review.html#preparation`: per question (`comment-<pk>`), on
    the introduction (`-intro`) and on the request draft (`-request`). Returns how many."""
    draft = RequestDraft.for_conversation(plan.conversation)
    parts = [(str(item.pk), Part.QUESTION, item) for item in plan.items.all()]
    if plan.introduction:
        parts.append(("intro", Part.INTRODUCTION, None))
    if draft and draft.body.strip():
        parts.append(("request", Part.REQUEST, None))
    saved = 0
    for key, part, item in parts:
        body = request.POST.get(f"comment-{key}", "").replace("\x00", "").strip()[:2000]
        suggestion = " ".join(request.POST.get(f"suggestion-{key}", "").replace("\x00", "").split())[:500]
        good = request.POST.get(f"good-{key}") == "on"
        if part == Part.REQUEST:
            suggestion = ""  # a whole message does not fit a one-line rewrite; a comment does
        if body or suggestion or good:
            Comment.objects.create(
                owner_id=plan.owner_id,
                plan=plan,
                part=part,
                item=item,
                share_link=share_link,
                advisor=advisor,
                author=author,
                body=body,
                suggestion=suggestion,
                looks_good=good,
            )
            saved += 1
    return saved


def _owner_first_name(link: ShareLink) -> str:
    return link.plan.owner.first_name if hasattr(link.plan.owner, "first_name") else ""


def tell_owner(request: HttpRequest, plan: Plan, count: int, who: str) -> None:
    """A task on Today (one open at a time per chat), and an e-mail when SMTP is set up."""
    conversation = plan.conversation
    title = f"Read the review of your questions for {conversation.host.name}"
    owner = plan.owner
    open_tasks = Task.objects.for_owner(owner).open().filter(conversation=conversation, kind=TaskKind.REVIEW)
    if not open_tasks.exists():
        Task.objects.create(
            owner=owner, conversation=conversation, title=title, due_on=owner.today(), kind=TaskKind.REVIEW
        )
    if not settings.EMAIL_HOST:
        return
    plan_url = request.build_absolute_uri(_plan_url(plan, "plan-items"))
    send_mail(
        "A review of your coffee chat questions came in",
        f"{who} left {count} comment{'s' if count != 1 else ''} on your preparation for "
        f"{conversation.host.name}.\n\nRead them on your plan: {plan_url}\n",
        None,
        [owner.email],
        fail_silently=True,
    )


# --- The briefing sheet ---------------------------------------------------------------------------


def _briefing_context(request: HttpRequest, pk: int) -> dict:
    plan = _plan(request, pk)
    items = plan.ordered_items()
    budget = plan.budget(items)
    clock, timings = plan.small_talk_minutes, []
    for item in items:
        timings.append((clock, item))
        clock += item.minutes
    host = plan.conversation.host
    return {
        "plan": plan,
        "conversation": plan.conversation,
        "host": host,
        "company": plan.conversation.company or host.company,
        "timings": timings,
        "has_must_ask": any(item.must_ask for item in items),
        "closing_at": clock,
        "budget": budget,
        "user": request.user,
    }


@login_required
def briefing(request: HttpRequest, pk: int) -> HttpResponse:
    return render(request, "questions/briefing.html", _briefing_context(request, pk))


@login_required
def briefing_download(request: HttpRequest, pk: int) -> HttpResponse:
    context = _briefing_context(request, pk)
    pdf = briefing_pdf(request, context)
    response = HttpResponse(pdf, content_type="application/pdf")
    name = "".join(c if c.isalnum() else "-" for c in context["host"].name).strip("-") or "host"
    response["Content-Disposition"] = f'attachment; filename="briefing-{name}.pdf"'
    return response


# --- Meeting mode --------------------------------------------------------------------------------


@login_required
def meeting(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    items = plan.ordered_items()
    budget = plan.budget(items)
    clock, planned = plan.small_talk_minutes, []
    for item in sorted(items, key=lambda i: (not i.fits, i.position)):
        item.starts_at = clock
        clock += item.minutes
        planned.append(item)
    context = {
        "plan": plan,
        "started_at": plan.clock_started_at(),
        "conversation": plan.conversation,
        "host": plan.conversation.host,
        "items": planned,
        "budget": budget,
        "closing_at": clock,
        "notes_form": MeetingNotesForm(initial={"notes": plan.meeting_notes}),
        **_meeting_leads(plan.conversation),
    }
    return render(request, "questions/meeting.html", context)


@login_required
@require_POST
def meeting_start(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    if plan.clock_started_at() is None or request.POST.get("restart"):
        plan.meeting_started_at = timezone.now()
        plan.save(update_fields=["meeting_started_at", "updated_at"])
    return redirect(reverse("meeting", args=[pk]))


def _saved(request: HttpRequest, pk: int, what: str) -> HttpResponse:
    if request.htmx:
        return render(
            request, "questions/meeting.html#saved", {"saved_at": timezone.localtime(), "what": what}
        )
    return redirect(reverse("meeting", args=[pk]) + f"#{what}")


@login_required
@require_POST
def meeting_notes(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    form = MeetingNotesForm(request.POST)
    if not form.is_valid():
        return HttpResponse("Those notes are too long to save; split them up.", status=400)
    plan.meeting_notes = form.cleaned_data["notes"]
    plan.save(update_fields=["meeting_notes", "updated_at"])
    return _saved(request, pk, "notes")


# A capture can be undone for this long (the meeting, and a look over the notes after it); older
# leads are changed or deleted on the Leads page, with its confirmation.
UNDO_WINDOW = dt.timedelta(hours=3)


def _meeting_leads(conversation: Conversation) -> dict:
    return {
        "leads": conversation.leads.select_related("company").order_by("-created_at", "-id"),
        "undo_since": timezone.now() - UNDO_WINDOW,
    }


def _quick_lead(conversation: Conversation, form: CaptureForm) -> tuple[Lead | None, str]:
    """The lead a quick-capture line makes, through the leads app's own forms: (lead, what was
    said) or (None, why not) — (None, "") for advice or an empty line, which stay notes only."""
    lead_form = quick_capture_form(conversation, form.cleaned_data["kind"], form.cleaned_data["text"])
    if lead_form is None:
        return None, ""
    if not lead_form.is_valid():
        return None, f"Kept in your notes, not added as a lead: {first_error(lead_form)}"
    lead = lead_form.save()
    return lead, SAVED[lead.kind].format(lead=lead, host=conversation.host.name)


@login_required
@require_POST
def meeting_capture(request: HttpRequest, pk: int) -> HttpResponse:
    """Quick capture without JavaScript: the labelled line goes into the notes and, for a name, an
    opening or a hiring season, the lead is made too. (With JavaScript the page adds the line to
    the notes itself, so the autosave never races a server edit, and posts to meeting_lead.)"""
    plan = _plan(request, pk)
    form = CaptureForm(request.POST)
    if form.is_valid():
        plan.capture(form.cleaned_data["kind"], form.cleaned_data["text"])
        lead, said = _quick_lead(plan.conversation, form)
        if said:
            (messages.success if lead else messages.warning)(request, said)
    return redirect(reverse("meeting", args=[pk]) + "#notes")


@login_required
@require_POST
def meeting_lead(request: HttpRequest, pk: int) -> HttpResponse:
    """Quick capture's lead alone, for the page's script: the note line is the page's to add."""
    conversation = _conversation(request, pk)
    form = CaptureForm(request.POST)
    lead, said = _quick_lead(conversation, form) if form.is_valid() else (None, "")
    if not request.htmx:
        if said:
            (messages.success if lead else messages.warning)(request, said)
        return redirect(reverse("meeting", args=[pk]) + "#captured")
    context = {"conversation": conversation, **_meeting_leads(conversation), "said": said, "ok": lead}
    return render(request, "questions/meeting.html#captured", context)


@login_required
@require_POST
def meeting_undo(request: HttpRequest, pk: int) -> HttpResponse:
    """Take back a lead captured by mistake (a tap on the wrong button); the note line stays."""
    conversation = _conversation(request, pk)
    lead = get_owned_or_404(
        Lead.objects.filter(conversation=conversation, created_at__gte=timezone.now() - UNDO_WINDOW),
        request.user,
        pk=request.POST.get("lead") or 0,
    )
    lead.take_back()
    said = f"Took back “{lead.title}”. Your notes still have the line."
    if not request.htmx:
        messages.success(request, said)
        return redirect(reverse("meeting", args=[pk]) + "#captured")
    context = {"conversation": conversation, **_meeting_leads(conversation), "said": said, "ok": True}
    return render(request, "questions/meeting.html#captured", context)


@login_required
@require_POST
def item_meeting(request: HttpRequest, pk: int) -> HttpResponse:
    """Tick a question as asked, or save the note under it, during the meeting."""
    item = _item(request, pk)
    fields = []
    if "asked" in request.POST:
        item.asked = request.POST.get("asked") in ("on", "1", "true")
        fields.append("asked")
    if "note" in request.POST:
        form = MeetingNotesForm({"notes": request.POST["note"]})
        if not form.is_valid():
            return HttpResponse("That note is too long to save; split it up.", status=400)
        item.note = form.cleaned_data["notes"]
        fields.append("note")
    if fields:
        item.save(update_fields=fields)
    if request.htmx and "asked" in fields:
        item.filled = fill(item.text, item.plan.values())
        return render(request, "questions/meeting.html#asked", {"item": item})
    return _saved(request, item.plan.conversation_id, f"item-{item.pk}")


@login_required
@require_POST
def meeting_finish(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    form = MeetingNotesForm(request.POST)
    if form.is_valid() and "notes" in request.POST:
        plan.meeting_notes = form.cleaned_data["notes"]
        plan.save(update_fields=["meeting_notes", "updated_at"])
    conversation = plan.conversation
    when = plan.clock_started_at() or timezone.now()
    if conversation.scheduled_at and abs(conversation.scheduled_at - when) < dt.timedelta(hours=12):
        when = None  # met as planned: keep the meeting time
    summary = plan.note_summary()
    if summary and summary in conversation.notes:
        summary = ""  # finished twice (a double tap): the notes are there already
    if conversation.stage in AFTER_THANKS:  # met and thanked already: keep the notes in the log
        if summary:
            conversation.log(InteractionKind.NOTE, summary)
        messages.success(request, "Saved your notes in the chat's log.")
        return redirect(conversation)
    try:
        conversation.mark_met(when, summary)
    except MoveRefused as e:
        messages.error(request, f"Your notes are safe here, but the chat could not be marked met: {e}")
        return redirect(reverse("meeting", args=[pk]))
    messages.success(request, "Marked as met, with your notes. Now the thank-you: send it within a day.")
    return redirect(conversation.get_absolute_url() + "#next")
