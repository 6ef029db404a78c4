"""Career-center pages: the advisor's dashboard, invitations and review queue; the student's
sharing choices. Every advisor page starts from `Advisor.for_user` and reaches students only
through their Sharing with that advisor (see models.advisor_can_see)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.mail import send_mail
from django.core.paginator import Paginator
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from coffeechat.accounts.ownership import get_owned_or_404
from coffeechat.advising.forms import CommentForm, InviteForm, SharingForm
from coffeechat.advising.models import (
    PROGRESS,
    STUCK_AFTER_DAYS,
    Advisor,
    Comment,
    Invitation,
    Sharing,
    awaiting_review,
    shared_conversations,
    with_progress,
)
from coffeechat.conversations.models import Conversation
from coffeechat.lib.http import confirm_delete, object_url
from coffeechat.questions.models import Comment as ReviewComment
from coffeechat.questions.models import Plan
from coffeechat.questions.views import attach_earlier, review_context, save_review, tell_owner

QUEUE_LENGTH = 50
STUDENTS_PER_PAGE = 50

# Dashboard columns: ?sort=<key>, "-" in front for descending.
COLUMNS = [
    ("name", "Student"),
    ("outreach", "Messages this week"),
    ("meetings", "Meetings ahead"),
    ("met", "Met in 30 days"),
    ("overdue", "Overdue follow-ups"),
    ("thanks", "Thank-yous due"),
    ("last", "Last message"),
]
SORTS = {
    "name": ("owner__name", "owner__email"),
    "outreach": ("outreach_week",),
    "meetings": ("meetings_ahead",),
    "met": ("met_month",),
    "overdue": ("overdue_tasks",),
    "thanks": ("thank_yous_due",),
    "last": ("last_outreach",),
}


def _advisor_or_404(request: HttpRequest) -> Advisor:
    advisor = Advisor.for_user(request.user)
    if advisor is None:
        raise Http404("Only advisors have this page.")
    return advisor


@login_required
def my_advisors(request: HttpRequest) -> HttpResponse:
    """The student's side: who they share with, and what."""
    sharings = Sharing.objects.for_owner(request.user).select_related(
        "advisor__user", "advisor__organisation"
    )
    rows = [(s, SharingForm(instance=s, prefix=f"s{s.pk}")) for s in sharings]
    context = {"rows": rows, "advisor": Advisor.for_user(request.user)}
    return render(request, "advising/my_advisors.html", context)


@login_required
@require_POST
def sharing_edit(request: HttpRequest, pk: int) -> HttpResponse:
    sharing = get_owned_or_404(Sharing, request.user, pk=pk)
    form = SharingForm(request.POST, instance=sharing, prefix=f"s{sharing.pk}")
    if form.is_valid():
        form.save()
        messages.success(
            request, f"Saved. {sharing.advisor.user.name or sharing.advisor.user} sees only what is ticked."
        )
    return redirect("my_advisors")


@login_required
@require_http_methods(["GET", "POST"])
def sharing_stop(request: HttpRequest, pk: int) -> HttpResponse:
    sharing = get_owned_or_404(Sharing.objects.select_related("advisor__user"), request.user, pk=pk)
    name = sharing.advisor.user.name or sharing.advisor.user.email
    return confirm_delete(
        request,
        sharing,
        what=f"your sharing with {name}",
        message=f"You no longer share anything with {name}.",
        after=reverse("my_advisors"),
        cancel=reverse("my_advisors"),
        effects=[
            f"{name} will no longer see your preparation or your progress.",
            "Comments already made stay on your chats.",
        ],
    )


@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, token: str) -> HttpResponse:
    """An invitation link: see who invites you, choose what to share, accept."""
    invitation = Invitation.find(token)
    if invitation is None:
        return render(request, "advising/join_invalid.html", status=404)
    if not request.user.is_authenticated:
        return render(request, "advising/join.html", {"invitation": invitation, "form": None})
    refusal = invitation.refusal_for(request.user)
    form = SharingForm(request.POST or None)
    if request.method == "POST" and not refusal and form.is_valid():
        invitation.accept(request.user, **form.cleaned_data)
        messages.success(
            request, f"You joined {invitation.advisor.organisation}. Change what you share here at any time."
        )
        return redirect("my_advisors")
    return render(request, "advising/join.html", {"invitation": invitation, "form": form, "refusal": refusal})


@login_required
def students(request: HttpRequest) -> HttpResponse:
    """The advisor's dashboard: each student, with progress figures if they share them."""
    advisor = _advisor_or_404(request)
    now, today = timezone.now(), request.user.today()
    sort = request.GET.get("sort", "name")
    fields = SORTS.get(sort.lstrip("-"), SORTS["name"])
    descending = sort.startswith("-")
    order = [F(f).desc(nulls_last=True) if descending else F(f).asc(nulls_first=True) for f in fields]
    rows = with_progress(advisor.sharings.select_related("owner"), now, today).order_by(*order, "pk")
    stuck_before = now - timezone.timedelta(days=STUCK_AFTER_DAYS)
    invitations = advisor.invitations.usable(now)
    sort = sort if sort.lstrip("-") in SORTS else "name"
    columns = [
        {
            "key": key,
            "label": label,
            "aria_sort": {key: "ascending", f"-{key}": "descending"}.get(sort, ""),
            "link": f"-{key}" if sort == key else key,
        }
        for key, label in COLUMNS
    ]
    page = Paginator(rows, STUDENTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "advisor": advisor,
        "rows": page.object_list,
        "page": page,
        "pager_query": f"sort={sort}&",
        "columns": columns,
        "stuck_before": stuck_before,
        "stuck_days": STUCK_AFTER_DAYS,
        "invitations": invitations,
        "form": InviteForm(),
        "progress": PROGRESS,
    }
    return render(request, "advising/students.html", context)


@login_required
@require_POST
def invite(request: HttpRequest) -> HttpResponse:
    advisor = _advisor_or_404(request)
    form = InviteForm(request.POST)
    if not form.is_valid():
        messages.error(request, "That e-mail address does not look right. Check it and try again.")
        return redirect("advising_students")
    invitation, token = Invitation.create(advisor, form.cleaned_data["email"])
    link = request.build_absolute_uri(reverse("advising_join", args=[token]))
    if invitation.email:
        _send_invitation(advisor, invitation.email, link)
    return render(request, "advising/invitation_created.html", {"invitation": invitation, "link": link})


def _send_invitation(advisor: Advisor, email: str, link: str) -> None:
    who = advisor.user.name or advisor.user.email
    body = (
        f"{who} at {advisor.organisation} invites you to share your coffee chat preparation and "
        f"progress in coffeechat, so they can help you before you reach out.\n\n"
        f"Open this link to see what would be shared and to accept (it works for 14 days):\n{link}\n\n"
        "You choose what to share, and you can stop sharing at any time."
    )
    send_mail(f"{who} invites you to coffeechat", body, None, [email])


@login_required
@require_POST
def invitation_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    advisor = _advisor_or_404(request)
    invitation = advisor.invitations.filter(pk=pk).first()
    if invitation is None:
        raise Http404("No invitation here.")
    invitation.revoke()
    messages.success(request, "The invitation link no longer works.")
    return redirect("advising_students")


@login_required
def review_queue(request: HttpRequest) -> HttpResponse:
    """Chats waiting for the advisor's comments, the most recently changed first."""
    _advisor_or_404(request)
    # Two steps: pick the page's chats from the conversation table alone, then join what they show.
    ids = list(
        awaiting_review(request.user).order_by("-updated_at").values_list("pk", flat=True)[: QUEUE_LENGTH + 1]
    )
    mine = Comment.objects.filter(conversation=OuterRef("pk"), author=request.user).order_by("-created_at")
    mine_on_plan = ReviewComment.objects.filter(
        plan__conversation=OuterRef("pk"), advisor=request.user
    ).order_by("-created_at")
    a, b = Subquery(mine.values("created_at")[:1]), Subquery(mine_on_plan.values("created_at")[:1])
    conversations = list(
        Conversation.objects.filter(pk__in=ids[:QUEUE_LENGTH])
        .select_related("owner", "host", "company")
        .only("stage", "updated_at", "owner__name", "owner__email", "host__name", "company__name")
        .annotate(last_comment=Greatest(Coalesce(a, b), Coalesce(b, a)))  # the later one, or either
        .order_by("-updated_at")
    )
    for conversation in conversations:
        conversation.review_url = object_url("advising_review", conversation.pk)
    context = {"conversations": conversations, "more": len(ids) > QUEUE_LENGTH}
    return render(request, "advising/review_queue.html", context)


def _shared_conversation(request: HttpRequest, pk: int) -> Conversation:
    """A chat whose owner shares their preparation with this advisor, else 404."""
    _advisor_or_404(request)
    conversation = (
        shared_conversations(request.user)
        .select_related("owner", "host__company", "company")
        .filter(pk=pk)
        .first()
    )
    if conversation is None:
        raise Http404("Nothing shared with you here.")
    return conversation


@login_required
@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, pk: int) -> HttpResponse:
    conversation = _shared_conversation(request, pk)
    form = CommentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        comment = form.save(commit=False)
        comment.owner, comment.author, comment.conversation = conversation.owner, request.user, conversation
        comment.save()
        messages.success(
            request, f"Comment saved. {conversation.owner.first_name} sees it on the chat's page."
        )
        return redirect("advising_review", pk=conversation.pk)
    comments = Comment.objects.filter(conversation=conversation).select_related("author")
    context = {"conversation": conversation, "comments": comments, "form": form}
    # The question plan, introduction and request draft, as a review link shows them. Reading
    # creates nothing: a chat without a plan shows an empty one.
    plan = Plan.objects.filter(conversation=conversation, owner=conversation.owner).first()
    plan = plan or Plan(conversation=conversation, owner=conversation.owner)
    plan.conversation = conversation
    context.update(review_context(plan))
    # This advisor's own earlier comments, under what they are about.
    attach_earlier(context, plan.comments.filter(advisor=request.user) if plan.pk else [])
    return render(request, "advising/review.html", context)


@login_required
@require_POST
def review_preparation(request: HttpRequest, pk: int) -> HttpResponse:
    """The advisor's comments on the question plan, introduction and request: exactly what a
    reviewer with a link leaves, shown to the student inline on their plan."""
    conversation = _shared_conversation(request, pk)
    plan = Plan.for_conversation(conversation)
    saved = save_review(request, plan, advisor=request.user, author=request.user.name or request.user.email)
    if saved:
        tell_owner(request, plan, saved, who=request.user.name or "Your advisor")
        messages.success(
            request, f"Comments saved. {conversation.owner.first_name} sees them beside their questions."
        )
    else:
        messages.error(request, "There was nothing to send: write a comment or tick “looks good” first.")
    return redirect(reverse("advising_review", args=[conversation.pk]) + "#h-questions")
