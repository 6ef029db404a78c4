"""Import contacts: upload → preview (what would change) → confirm (one transaction)."""

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from coffeechat.accounts.ownership import get_owned_or_404
from coffeechat.lib.text import count
from coffeechat.network.imports import ImportFailed, parse
from coffeechat.network.imports.apply import import_contacts
from coffeechat.network.imports.forms import ImportForm
from coffeechat.network.models import ImportFile

KEEP_UPLOADS = dt.timedelta(days=1)
SHOWN = 100  # lines of each list on the preview; the counts say how many there are


@login_required
@require_http_methods(["GET", "POST"])
def import_upload(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        try:
            parsed = parse(form.cleaned_data["kind"] or None, data, upload.name)
        except ImportFailed as e:
            form.add_error("file", str(e))
        else:
            ImportFile.objects.for_owner(request.user).filter(
                created_at__lt=timezone.now() - KEEP_UPLOADS
            ).delete()
            kept = ImportFile.objects.create(
                owner=request.user, kind=parsed.kind, filename=upload.name[:200], data=data
            )
            return redirect(kept)
    return render(request, "network/import_upload.html", {"form": form}, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def import_preview(request: HttpRequest, pk: int) -> HttpResponse:
    upload = get_owned_or_404(ImportFile, request.user, pk=pk)
    try:
        parsed = parse(upload.kind, bytes(upload.data), upload.filename)
    except ImportFailed as e:  # the parsers changed since the upload: say so, start again
        upload.delete()
        messages.error(request, str(e))
        return redirect("import_upload")
    plan = import_contacts(request.user, parsed, dry_run=request.method == "GET")
    if request.method == "POST":
        upload.delete()
        s = plan.summary()
        messages.success(
            request,
            f"Imported {upload.filename or 'the file'}: {count(s['new'], 'new person', 'new people')}, "
            f"{count(s['updated'], 'person', 'people')} updated, {count(s['job_changes'], 'job change')}.",
        )
        return redirect("people")
    names = plan.company_names
    context = {
        "upload": upload,
        "plan": plan,
        "summary": plan.summary(),
        "new_people": [(s.name, s.title, names.get(s.company, "")) for s in plan.created[:SHOWN]],
        "updated_people": plan.updates()[:SHOWN],
        "more": {
            "new": max(0, len(plan.created) - SHOWN),
            "updated": max(0, len(plan.updated) - SHOWN),
            "job_changes": max(0, len(plan.job_changes) - SHOWN),
            "merged": max(0, len(plan.merged) - SHOWN),
            "skipped": max(0, len(plan.skipped) - SHOWN),
        },
        "shown": SHOWN,
    }
    return render(request, "network/import_preview.html", context)


@login_required
@require_POST
def import_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    get_owned_or_404(ImportFile, request.user, pk=pk).delete()
    messages.success(request, "Cancelled: nothing was imported, and the uploaded file is gone.")
    return redirect(reverse("people"))
