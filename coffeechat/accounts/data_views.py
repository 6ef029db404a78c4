"""Your data: download all of it, restore a backup into an empty account, delete the account."""

from django.apps import apps
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from coffeechat.accounts import backup, exports
from coffeechat.accounts.forms import DeleteAccountForm, RestoreForm
from coffeechat.accounts.ownership import Owned


def _download(content: str | bytes, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _stamp(request: HttpRequest) -> str:
    return request.user.today().isoformat()


@login_required
def your_data(request: HttpRequest) -> HttpResponse:
    context = {
        "restore_form": RestoreForm(),
        "can_restore": backup.account_is_empty(request.user),
    }
    return render(request, "accounts/your_data.html", context)


@login_required
def export_json(request: HttpRequest) -> HttpResponse:
    document = backup.dumps(backup.export_user(request.user))
    name = f"coffeechat-backup-{_stamp(request)}.json"
    return _download(document, name, "application/json; charset=utf-8")


DOWNLOADS = {
    "people.csv": (exports.people_csv, "text/csv; charset=utf-8"),
    "companies.csv": (exports.companies_csv, "text/csv; charset=utf-8"),
    "conversations.csv": (exports.conversations_csv, "text/csv; charset=utf-8"),
    "contacts.vcf": (exports.contacts_vcf, "text/vcard; charset=utf-8"),
    "meetings.ics": (exports.meetings_ics, "text/calendar; charset=utf-8"),
}


@login_required
def download(request: HttpRequest, name: str) -> HttpResponse:
    make, content_type = DOWNLOADS[name]
    stem, _, extension = name.partition(".")
    return _download(make(request.user), f"coffeechat-{stem}-{_stamp(request)}.{extension}", content_type)


@login_required
@require_http_methods(["POST"])
def restore(request: HttpRequest) -> HttpResponse:
    form = RestoreForm(request.POST, request.FILES)
    errors: list[str] = []
    if form.is_valid():
        try:
            restored = backup.restore_user(request.user, backup.loads(form.cleaned_data["file"].read()))
        except backup.RestoreError as e:
            errors = e.errors
        else:
            messages.success(request, f"{restored.summary()} Welcome back.")
            return redirect("today")
    context = {
        "restore_form": form,
        "restore_errors": errors,
        "can_restore": backup.account_is_empty(request.user),
    }
    return render(request, "accounts/your_data.html", context, status=400)


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        user.delete()
        messages.success(
            request, "Your account and everything in it are deleted. Thank you for using coffeechat."
        )
        return redirect("login")
    return render(
        request, "accounts/delete_account.html", {"form": form, "shared": _shared_with_others(request.user)}
    )


def _shared_with_others(user) -> int:
    """Rows outside the user's own data that point at them and go with the account: an advisor's
    role and the comments they wrote on students' coffee chats."""
    total = 0
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if (
                field.many_to_one
                and field.name != "owner"
                and backup.is_user_model(field.related_model)
                and field.remote_field.on_delete is models.CASCADE
            ):
                rows = model._default_manager.filter(**{field.name: user})
                if issubclass(model, Owned):
                    rows = rows.exclude(owner=user)
                total += rows.count()
    return total
