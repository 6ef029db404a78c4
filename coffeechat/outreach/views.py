import datetime as dt
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.validators import validate_email
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods, require_POST

from coffeechat.accounts.forms import SettingsForm
from coffeechat.accounts.ownership import get_owned_or_404
from coffeechat.conversations.models import Conversation, MoveRefused, Task, TaskKind
from coffeechat.lib import stages
from coffeechat.lib.checker import Report, check_message, check_note, unfilled
from coffeechat.lib.http import confirm_delete
from coffeechat.lib.text import sentence
from coffeechat.lib.tokens import digest, new_token
from coffeechat.outreach import drafts, invites
from coffeechat.outreach.forms import ComposeForm, KeepInTouchForm, SendForm, TemplateForm
from coffeechat.outreach.models import MessageTemplate, RequestDraft

# What to write next at each stage, when the page is opened without ?kind=.
PURPOSE_FOR_STAGE = {
    stages.IDEA: drafts.REQUEST,
    stages.REQUESTED: drafts.FOLLOW_UP,
    stages.NO_REPLY: drafts.FOLLOW_UP,
    stages.MET: drafts.THANK_YOU,
    stages.THANKED: drafts.UPDATE,
    stages.KEEPING_IN_TOUCH: drafts.KEEP_IN_TOUCH,
}


def _get_conversation(request: HttpRequest, pk: int) -> Conversation:
    return get_owned_or_404(
        Conversation.objects.select_related("host__company", "host__introduced_by", "company", "owner"),
        request.user,
        pk=pk,
    )


def _purpose(request: HttpRequest, conversation: Conversation) -> str:
    asked = request.GET.get("kind") or request.POST.get("purpose") or ""
    if asked in drafts.PURPOSES or asked == drafts.SECOND_CONTACT:
        return asked
    if conversation.stage == stages.REQUESTED and conversation.has_reply:
        return drafts.SCHEDULE
    return PURPOSE_FOR_STAGE.get(conversation.stage, drafts.REQUEST)


def _channel(request: HttpRequest, conversation: Conversation) -> str:
    asked = request.GET.get("channel") or request.POST.get("channel") or conversation.channel
    return asked if asked in drafts.CHANNELS else drafts.EMAIL


def _starting_points(user, purpose: str, channel: str) -> list[tuple[str, str]]:
    # "·", not brackets: built-in names often end in brackets of their own ("(6-point e-mail)").
    built_in = [(d.key, f"{d.name} · built in") for d in drafts.built_in(purpose, channel)]
    own = MessageTemplate.objects.for_owner(user).filter(purpose=purpose)
    return [*[(f"mine-{t.pk}", f"{t.name} · yours") for t in own], *built_in]


def _template(user, key: str, purpose: str, channel: str) -> tuple[str, str]:
    """(subject, body) of the chosen starting point: the user's own, a built-in, or the first."""
    if key.startswith("mine-") and key[5:].isdigit():
        own = MessageTemplate.objects.for_owner(user).filter(pk=key[5:]).first()
        if own:
            return own.subject, own.body
    chosen = drafts.BUILT_IN_BY_KEY.get(key)
    same_channel = [d for d in drafts.built_in(purpose, channel) if d.channel == channel]
    if chosen is not None and chosen.channel != channel and same_channel:
        chosen = same_channel[0]  # the channel was changed: start from a draft made for it
    if chosen is None or chosen.purpose != purpose:
        chosen = (drafts.built_in(purpose, channel) or drafts.built_in(drafts.REQUEST, channel))[0]
    return chosen.subject, chosen.body


def check(text: str, purpose: str, channel: str, user) -> Report:
    if purpose == drafts.REQUEST:
        return check_message(text, word_limit=user.word_limit, channel=channel)
    return check_note(text, channel=channel)


def mailto(to: str, subject: str, body: str) -> str:
    """A mailto: link (RFC 6068) that opens the user's mail app with the message filled in."""
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    query = f"subject={quote(subject or '', safe='')}&body={quote(body, safe='')}"
    return f"mailto:{quote(to or '', safe='@')}?{query}"


def _checker_context(form: ComposeForm, purpose: str, channel: str, user) -> dict:
    data = form.data if form.is_bound else form.initial
    body, subject, to = data.get("body", ""), data.get("subject", ""), data.get("to", "")
    return {
        "report": check(body, purpose, channel, user),
        "mailto": mailto(to, subject, body) if channel == drafts.EMAIL else "",
        "is_request": purpose == drafts.REQUEST,
    }


@login_required
@require_http_methods(["GET", "POST"])
def compose(request: HttpRequest, pk: int) -> HttpResponse:
    """Write the message for this step: a template filled in for the host, the checker beside it.
    POST (without JavaScript) checks the text as it stands."""
    conversation = _get_conversation(request, pk)
    purpose = _purpose(request, conversation)
    draft = RequestDraft.for_conversation(conversation) if purpose == drafts.REQUEST else None
    starting_over = bool(request.GET.get("template"))
    channel = _channel(request, conversation)
    if draft and not starting_over and not request.GET.get("channel") and request.method == "GET":
        channel = draft.channel  # back to the saved draft as it was written
    check_url = reverse("compose_check", args=[pk])
    if request.method == "POST":
        form = ComposeForm(request.POST, check_url=check_url)
        form.is_valid()
    else:
        initial = _initial(request, conversation, purpose, channel)
        if draft and not starting_over and draft.channel == channel:
            initial.update(subject=draft.subject, body=draft.body)
        form = ComposeForm(initial=initial, check_url=check_url)
    return _compose_page(request, conversation, form, purpose, channel)


@login_required
@require_POST
def compose_save(request: HttpRequest, pk: int) -> HttpResponse:
    """Keep the request as written, to come back to it and to have it reviewed before sending."""
    conversation = _get_conversation(request, pk)
    channel = _channel(request, conversation)
    form = ComposeForm(request.POST, check_url=reverse("compose_check", args=[pk]))
    if not form.is_valid():
        return _compose_page(request, conversation, form, drafts.REQUEST, channel, status=400)
    data = form.cleaned_data
    RequestDraft.save_for(conversation, channel, data.get("subject", ""), data["body"])
    messages.success(
        request,
        "Saved your draft. It waits here for you, and anyone reviewing your preparation can read it.",
    )
    return redirect(reverse("compose", args=[pk]) + f"?kind={drafts.REQUEST}&channel={channel}")


def _initial(request: HttpRequest, conversation: Conversation, purpose: str, channel: str) -> dict:
    user = request.user
    learned = _learned(request, conversation)
    values = drafts.values_for(conversation, user, learned=learned)
    subject, body = _template(user, request.GET.get("template", ""), purpose, channel)
    try:
        subject, body = drafts.fill(subject, values), drafts.fill(body, values)
    except drafts.UnknownPlaceholder as e:  # a template saved before a placeholder was renamed
        messages.error(request, str(e))
    address = conversation.host.emails.values_list("address", flat=True).first() or ""
    return {"purpose": purpose, "channel": channel, "to": address, "subject": subject, "body": body}


def _learned(request: HttpRequest, conversation: Conversation) -> str:
    choices = drafts.learned_choices(conversation.notes)
    index = request.GET.get("learned", "0")
    return choices[int(index)] if index.isdigit() and int(index) < len(choices) else ""


def _compose_page(request, conversation, form, purpose, channel, status=200, as_is=False) -> HttpResponse:
    context = {
        "as_is": as_is,
        "conversation": conversation,
        "host": conversation.host,
        "form": form,
        "purpose": purpose,
        "purpose_label": drafts.PURPOSES.get(purpose, "A second contact"),
        "purposes": drafts.PURPOSES.items(),
        "channel": channel,
        "channels": drafts.CHANNELS.items(),
        "starting_points": _starting_points(request.user, purpose, channel),
        "template_key": request.GET.get("template", ""),
        "learned_choices": drafts.learned_choices(conversation.notes) if purpose == drafts.THANK_YOU else [],
        "learned_index": request.GET.get("learned", "0"),
        "second_contacts": conversation.second_contacts()[:10] if purpose == drafts.SECOND_CONTACT else [],
        "can_send": bool(settings.EMAIL_HOST) and channel == drafts.EMAIL,
        "draft": RequestDraft.for_conversation(conversation) if purpose == drafts.REQUEST else None,
        **_checker_context(form, purpose, channel, request.user),
    }
    return render(request, "outreach/compose.html", context, status=status)


@login_required
@require_POST
def compose_check(request: HttpRequest, pk: int) -> HttpResponse:
    """The live checker: the fragment beside the text, redrawn as the user types."""
    conversation = _get_conversation(request, pk)
    purpose, channel = _purpose(request, conversation), _channel(request, conversation)
    form = ComposeForm(request.POST)
    context = _checker_context(form, purpose, channel, request.user)
    return render(request, "outreach/compose.html#checker", {**context, "conversation": conversation})


@login_required
@require_http_methods(["GET", "POST"])
def compose_sent(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark the message as sent, however it went out: log it and take the step it stands for."""
    conversation = _get_conversation(request, pk)
    if request.method == "GET":  # the address bar after a form error: back to the composer
        return redirect("compose", pk=pk)
    purpose, channel = _purpose(request, conversation), _channel(request, conversation)
    form = ComposeForm(request.POST, check_url=reverse("compose_check", args=[pk]))
    if form.is_valid() and not request.POST.get("as_is"):
        blank = unfilled(form.cleaned_data["body"])
        if blank:  # a template's blank went out, or is about to: ask once before logging it
            form.add_error(
                "body",
                f"“{blank}” is still waiting for your words. Fill it in (or delete it) before you send "
                "it. If it really went out like this, press “Mark as sent” again to log it as it is.",
            )
            return _compose_page(request, conversation, form, purpose, channel, status=400, as_is=True)
    if not form.is_valid():
        return _compose_page(request, conversation, form, purpose, channel, status=400)
    return _after_sending(request, conversation, purpose, form.cleaned_data["body"])


def _after_sending(request, conversation: Conversation, purpose: str, body: str) -> HttpResponse:
    try:
        conversation.message_sent(purpose, body)
    except MoveRefused as e:
        messages.error(request, str(e))
        return redirect(conversation)
    follow_ups = conversation.tasks.open().filter(kind__in=[TaskKind.SECOND_CONTACT, TaskKind.FOLLOW_UP])
    dates = [f"{t.due_on:%A %-d %B}" for t in follow_ups]
    if purpose == drafts.REQUEST and len(dates) == 2:
        messages.success(
            request,
            f"Marked as sent. If {conversation.host.first_name} has not replied, Today reminds you on "
            f"{dates[0]} (a second contact) and on {dates[1]} (one follow-up).",
        )
    else:
        messages.success(request, sentence(f"Marked as sent and logged. Next: {conversation.next_step}"))
    return redirect(conversation)


@login_required
@require_http_methods(["GET", "POST"])
def compose_send(request: HttpRequest, pk: int) -> HttpResponse:
    """Send the e-mail through the server's SMTP (when configured), then mark it as sent."""
    conversation = _get_conversation(request, pk)
    if request.method == "GET":
        return redirect("compose", pk=pk)
    purpose = _purpose(request, conversation)
    form = SendForm(request.POST, check_url=reverse("compose_check", args=[pk]))
    if not settings.EMAIL_HOST:
        form.add_error(
            None, "This coffeechat has no mail server set up: copy the message or open it in your mail app."
        )
    blank = unfilled(form.cleaned_data["body"]) if form.is_valid() else ""
    if blank:
        form.add_error(
            "body",
            f"“{blank}” is still waiting for your words: fill it in or delete it, then send. "
            "Nothing was sent.",
        )
    if form.is_valid():
        data, user = form.cleaned_data, request.user
        mail = EmailMessage(
            subject=data.get("subject") or "A question",
            body=data["body"],
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[data["to"]],
            cc=[user.email],
            reply_to=[user.email],
        )
        try:
            mail.send()
        except OSError as e:  # refused, unreachable, timed out: nothing is marked as sent
            form.add_error(
                None, f"The mail server did not take the message ({e}). Nothing was sent; try again."
            )
        else:
            return _after_sending(request, conversation, purpose, data["body"])
    return _compose_page(request, conversation, form, purpose, _channel(request, conversation), status=400)


# --- The user's own templates -------------------------------------------------------------------


@login_required
def templates(request: HttpRequest) -> HttpResponse:
    own = MessageTemplate.objects.for_owner(request.user)
    built_in = [(d, drafts.PURPOSES[d.purpose], drafts.CHANNELS[d.channel]) for d in drafts.BUILT_IN]
    context = {"own": own, "built_in": built_in, "placeholders": drafts.PLACEHOLDERS}
    return render(request, "outreach/templates.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def template_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    if pk is None:
        template = MessageTemplate(owner=request.user)
        copy = drafts.BUILT_IN_BY_KEY.get(request.GET.get("from", ""))
        initial = {}
        if copy:
            initial = {
                "name": f"My version of “{copy.name}”",
                "purpose": copy.purpose,
                "channel": copy.channel,
            }
            initial |= {"subject": copy.subject, "body": copy.body}
    else:
        template, initial = get_owned_or_404(MessageTemplate, request.user, pk=pk), {}
    form = TemplateForm(request.POST or None, instance=template, initial=initial)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(
            request, f"Saved your template “{template.name}”. The composer offers it from now on."
        )
        return redirect("templates")
    context = {"form": form, "template": template, "placeholders": drafts.PLACEHOLDERS}
    return render(request, "outreach/template_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def template_delete(request: HttpRequest, pk: int) -> HttpResponse:
    template = get_owned_or_404(MessageTemplate, request.user, pk=pk)
    back = reverse("templates")
    return confirm_delete(
        request,
        template,
        what=f"your template “{template.name}”",
        message=f"Deleted your template “{template.name}”.",
        after=back,
        cancel=back,
    )


# --- Calendar: a meeting's invite, the private feed ------------------------------------------------


@login_required
def invite(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = _get_conversation(request, pk)
    if not conversation.scheduled_at:
        raise Http404("This coffee chat has no meeting time yet.")
    data = invites.invite(conversation, url=request.build_absolute_uri(conversation.get_absolute_url()))
    response = HttpResponse(data, content_type="text/calendar; charset=utf-8")
    name = slugify(f"coffee chat {conversation.host.name}") or "coffee-chat"
    response["Content-Disposition"] = f'attachment; filename="{name}.ics"'
    return response


@login_required
@require_POST
def invite_send(request: HttpRequest, pk: int) -> HttpResponse:
    """E-mail the invite (METHOD:REQUEST) to the host, copying the user, through the server's SMTP."""
    conversation = _get_conversation(request, pk)
    address = (
        request.POST.get("to", "").strip()
        or conversation.host.emails.values_list("address", flat=True).first()
    )
    try:
        validate_email(address or "")
    except ValidationError:
        messages.error(
            request, f"Add {conversation.host.name}'s e-mail address first: the invite needs somewhere to go."
        )
        return redirect(conversation)
    if not conversation.scheduled_at or not settings.EMAIL_HOST:
        messages.error(
            request, "Invites go out by e-mail once a meeting time is set and a mail server is configured."
        )
        return redirect(conversation)
    url = request.build_absolute_uri(conversation.get_absolute_url())
    data = invites.invite(conversation, method="REQUEST", host_email=address, url=url)
    local = timezone.localtime(conversation.scheduled_at, invites._zone(conversation))
    mail = EmailMessage(
        subject=f"Invitation: coffee chat on {local:%A %-d %B at %H:%M} ({local.tzname()})",
        body=f"Looking forward to our conversation on {local:%A %-d %B at %H:%M} ({local.tzname()}).\n\n"
        f"{request.user.name or request.user.first_name}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[address],
        cc=[request.user.email],
        reply_to=[request.user.email],
    )
    mail.attach("invite.ics", data, 'text/calendar; method=REQUEST; charset="utf-8"')
    try:
        mail.send()
    except OSError as e:
        messages.error(
            request, f"The mail server did not take the invite ({e}). Nothing was sent; try again."
        )
    else:
        messages.success(request, f"Invite sent to {address}, with a copy to you.")
    return redirect(conversation)


def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The private feed a calendar app subscribes to: the secret token in the URL is the key."""
    User = get_user_model()
    user = User.objects.filter(calendar_token_hash=digest(token), is_active=True).first() if token else None
    if user is None:
        raise Http404("No calendar here.")
    now = timezone.now()
    conversations = (
        Conversation.objects.for_owner(user)
        .filter(stage__in=invites.MET_OR_LATER, scheduled_at__gte=now - dt.timedelta(days=90))
        .select_related("host", "owner")
        .order_by("scheduled_at")[:500]
    )
    tasks = Task.objects.for_owner(user).open().filter(due_on__lte=user.today() + dt.timedelta(days=90))
    base = request.build_absolute_uri("/").rstrip("/")
    data = invites.feed(user, conversations, tasks.select_related("conversation")[:500], base_url=base)
    return HttpResponse(data, content_type="text/calendar; charset=utf-8")


@login_required
@require_POST
def calendar_feed_new(request: HttpRequest) -> HttpResponse:
    """A new feed address (the old one stops working). Shown once: only its digest is kept."""
    token = new_token("cal_")
    request.user.calendar_token_hash = digest(token)
    request.user.save(update_fields=["calendar_token_hash"])
    feed_url = request.build_absolute_uri(reverse("calendar_feed", args=[token]))
    context = {"form": SettingsForm(instance=request.user), "feed_url": feed_url}
    return render(request, "accounts/settings.html", context)


@login_required
@require_POST
def calendar_feed_revoke(request: HttpRequest) -> HttpResponse:
    request.user.calendar_token_hash = ""
    request.user.save(update_fields=["calendar_token_hash"])
    messages.success(request, "Your calendar feed is turned off; calendars subscribed to it stop updating.")
    return redirect("settings")


@login_required
@require_http_methods(["GET", "POST"])
def keep_in_touch(request: HttpRequest, pk: int) -> HttpResponse:
    """How often to check in with this host; the next reminder moves to match."""
    conversation = _get_conversation(request, pk)
    if request.method == "GET":
        return redirect(conversation)
    form = KeepInTouchForm(request.POST, instance=conversation)
    if not form.is_valid():
        messages.error(request, "Pick how often to keep in touch, from the list.")
        return redirect(conversation)
    form.save()
    task = None
    if conversation.stage in (stages.THANKED, stages.KEEPING_IN_TOUCH):
        task = conversation.plan_keep_in_touch()
    if conversation.cadence_months == 0:
        messages.success(request, f"No keep-in-touch reminders for {conversation.host.name}.")
    elif task:
        messages.success(request, f"Next check-in with {conversation.host.name}: {task.due_on:%A %-d %B}.")
    else:
        messages.success(request, "Saved. The reminders start once you have thanked them.")
    return redirect(conversation)
