from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods, require_POST

from coffeechat.accounts.ownership import get_owned_or_404
from coffeechat.conversations.models import Conversation
from coffeechat.leads import vcard
from coffeechat.leads.forms import CAPTURE_FORMS, CardForm, CardPhotoForm, capture_forms
from coffeechat.leads.models import Lead, LeadKind, LeadStatus
from coffeechat.lib import cardreader
from coffeechat.lib.http import confirm_delete, query_param, safe_next
from coffeechat.lib.text import sentence
from coffeechat.network.models import Company, Person

PAGE_SIZE = 50

SAVED = {
    LeadKind.REFERRAL: "Added {lead.title}, introduced by {host}. Start a coffee chat when you are ready.",
    LeadKind.OPENING: "Saved the opening “{lead.title}”, with a reminder on {lead.task.due_on:%a %d %b}.",
    LeadKind.SEASON: "Noted: {lead.title}. You will be reminded on {lead.task.due_on:%a %d %b %Y}.",
}


def _leads(user):
    return (
        Lead.objects.for_owner(user)
        .select_related("conversation__host", "company", "person")
        .annotate(person_chats=Exists(Conversation.objects.filter(host=OuterRef("person"))))
        .order_by("-created_at", "-id")
    )


@login_required
def leads(request: HttpRequest) -> HttpResponse:
    status, kind = query_param(request, "status"), query_param(request, "kind")
    found = _leads(request.user)
    if status in LeadStatus.values:
        found = found.filter(status=status)
    if kind in LeadKind.values:
        found = found.filter(kind=kind)
    page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "status": status,
        "kind": kind,
        "statuses": LeadStatus.choices,
        "kinds": LeadKind.choices,
        "pager_query": urlencode({"status": status, "kind": kind}) + "&",
        "filtered": bool(status or kind),
    }
    template = "leads/leads.html#results" if request.htmx else "leads/leads.html"
    return render(request, template, context)


@login_required
@require_http_methods(["GET", "POST"])
def lead_new(request: HttpRequest, pk: int) -> HttpResponse:
    """Quick capture from a conversation (its page, or meeting mode): `kind` picks the form."""
    conversation = get_owned_or_404(
        Conversation.objects.select_related("host", "company"), request.user, pk=pk
    )
    form_class = CAPTURE_FORMS.get(request.POST.get("kind") or request.GET.get("kind", ""))
    if request.method == "GET" or form_class is None:
        return _capture_page(request, conversation, capture_forms(conversation))
    form = form_class(request.POST, conversation=conversation)
    if not form.is_valid():
        return _capture_page(request, conversation, capture_forms(conversation, bound=form), status=400)
    lead = form.save()
    said = SAVED[lead.kind].format(lead=lead, host=conversation.host.name)
    if request.htmx:
        context = {"conversation": conversation, "capture": capture_forms(conversation), "said": said}
        return render(request, "leads/capture.html#capture", context)
    messages.success(request, said)
    return redirect(safe_next(request, f"{conversation.get_absolute_url()}#leads"))


def _capture_page(request, conversation, forms, status=200) -> HttpResponse:
    context = {
        "conversation": conversation,
        "capture": forms,
        "company_names": Company.objects.for_owner(request.user).values_list("name", flat=True)[:500],
        "next": safe_next(request, ""),
    }
    # htmx swaps only 2xx answers by default: errors come back as 200 so they show in place.
    if request.htmx:
        return render(request, "leads/capture.html#capture", context)
    return render(request, "leads/capture.html", context, status=status)


@login_required
@require_POST
def lead_status(request: HttpRequest, pk: int) -> HttpResponse:
    lead = get_owned_or_404(_leads(request.user), request.user, pk=pk)
    status = request.POST.get("status", "")
    if status not in LeadStatus.values:
        messages.error(request, "Pick new, acted on or closed.")
    else:
        lead.set_status(status)
    if request.htmx:
        return render(request, "leads/leads.html#row", {"lead": lead, "changed": True})
    if status in LeadStatus.values:
        messages.success(request, sentence(f"{lead.title}: {lead.get_status_display().lower()}"))
    return redirect(safe_next(request, reverse("leads")))


@login_required
@require_POST
def lead_start(request: HttpRequest, pk: int) -> HttpResponse:
    """One click from a referral to a coffee chat with them (at the idea stage)."""
    lead = get_owned_or_404(Lead.objects.select_related("person__introduced_by"), request.user, pk=pk)
    if lead.person is None:
        messages.error(request, "This lead has no person to talk to.")
        return redirect("leads")
    conversation = lead.start_conversation()
    messages.success(request, sentence(f"Started a coffee chat with {lead.person.name}. Next: ask for it"))
    return redirect(conversation)


@login_required
@require_http_methods(["GET", "POST"])
def lead_delete(request: HttpRequest, pk: int) -> HttpResponse:
    lead = get_owned_or_404(Lead, request.user, pk=pk)
    effects = []
    if lead.person_id:
        effects.append(f"Kept: {lead.person.name} stays in your people.")
    if lead.task_id:
        effects.append(f"Kept: the reminder “{lead.task.title}”.")
    return confirm_delete(
        request,
        lead,
        what=str(lead),
        message=sentence(f"Deleted the lead {lead.title}"),
        after=reverse("leads"),
        cancel=reverse("leads"),
        effects=effects,
    )


def _card_page(request, person, form, photo_form=None, found=None, status=200) -> HttpResponse:
    context = {
        "person": person,
        "form": form,
        "photo_form": photo_form or CardPhotoForm(),
        "ocr_ready": cardreader.tesseract_command() is not None,
        "found": found,
        "company_names": Company.objects.for_owner(request.user).values_list("name", flat=True)[:500],
    }
    return render(request, "leads/card.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def person_card(request: HttpRequest, pk: int) -> HttpResponse:
    """The business card form: typed in, or checked after a photo was read."""
    person = get_owned_or_404(Person.objects.select_related("company"), request.user, pk=pk)
    form = CardForm(request.POST or None, person=person)
    if request.method == "POST":
        if not form.is_valid():
            return _card_page(request, person, form, status=400)
        change = form.save()
        said = f"Saved {person.name}'s card." if change else f"{person.name}'s card had no changes."
        messages.success(request, said)
        return redirect(person)
    return _card_page(request, person, form)


@login_required
@require_http_methods(["GET", "POST"])
def person_card_photo(request: HttpRequest, pk: int) -> HttpResponse:
    """Read a photo of the card and propose its fields in the card form; nothing is saved here."""
    person = get_owned_or_404(Person.objects.select_related("company"), request.user, pk=pk)
    if request.method == "GET":
        return redirect("person_card", pk=person.pk)
    photo_form = CardPhotoForm(request.POST, request.FILES)
    card_form = CardForm(person=person)
    if not photo_form.is_valid():
        return _card_page(request, person, card_form, photo_form, status=400)
    upload = request.FILES["photo"]
    try:
        image = cardreader.load_photo(upload.read(cardreader.MAX_BYTES + 1))
        found = cardreader.read_card(image)
    except cardreader.CardPhotoError as e:
        photo_form.add_error("photo", str(e))
        return _card_page(request, person, card_form, photo_form, status=400)
    except cardreader.OcrUnavailable:
        photo_form.add_error("photo", "Reading photos needs Tesseract, which is not installed here.")
        return _card_page(request, person, card_form, photo_form, status=400)
    initial = {**card_form.initial, "from_photo": True}
    for key in ("name", "title", "company", "address", "website", "linkedin_url"):
        initial[key] = getattr(found, key) or initial[key]
    for key, new in (
        ("emails", found.emails),
        ("phones", found.phones),
        ("social_links", found.social_links),
    ):
        old = initial[key].splitlines()
        initial[key] = "\n".join(old + [v for v in new if v not in old])
    return _card_page(request, person, CardForm(person=person, initial=initial), photo_form, found=found)


@login_required
def person_vcard(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_owned_or_404(vcard.people_for_vcard(request.user), request.user, pk=pk)
    return vcard.response([person], f"{slugify(person.name) or 'contact'}.vcf")


@login_required
def people_vcard(request: HttpRequest) -> HttpResponse:
    return vcard.response(
        vcard.people_for_vcard(request.user).for_owner(request.user), "coffeechat-contacts.vcf"
    )
