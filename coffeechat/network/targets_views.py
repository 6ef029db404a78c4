"""The target list page: LAMP scores edited in place, and many companies added at once."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from coffeechat.accounts.ownership import get_owned_or_404
from coffeechat.lib.text import sentence
from coffeechat.network.forms import AddTargetsForm, TargetForm
from coffeechat.network.models import Company
from coffeechat.network.targets import FOCUS, add_targets, target_list


def _rows(request: HttpRequest, bound: TargetForm | None = None) -> list[dict]:
    scale = request.user.motivation_scale
    rows = []
    for index, company in enumerate(target_list(request.user)):
        form = bound if bound is not None and bound.instance.pk == company.pk else None
        rows.append(
            {
                "company": company,
                "focus": index < FOCUS,
                "form": form or TargetForm(instance=company, scale=scale, prefix=f"c{company.pk}"),
            }
        )
    return rows


def _render(request: HttpRequest, bound: TargetForm | None = None, status: int = 200) -> HttpResponse:
    rows = _rows(request, bound)
    context = {"rows": rows, "focus": FOCUS, "scale": request.user.motivation_scale}
    if not rows:  # an empty list may start from the companies you have already (people, imports)
        context["other_companies"] = Company.objects.for_owner(request.user).count()
    template = "network/targets.html#list" if request.htmx else "network/targets.html"
    return render(request, template, context, status=status)


@login_required
def targets(request: HttpRequest) -> HttpResponse:
    return _render(request)


@login_required
@require_POST
def target_edit(request: HttpRequest, pk: int) -> HttpResponse:
    company = get_owned_or_404(Company.objects.filter(is_target=True), request.user, pk=pk)
    form = TargetForm(request.POST, instance=company, scale=request.user.motivation_scale, prefix=f"c{pk}")
    if not form.is_valid():
        return _render(request, bound=form, status=400)
    form.save()
    if request.htmx:
        return _render(request)
    messages.success(request, sentence(f"Saved {company.name}"))
    return redirect(f"{reverse('targets')}#target-{pk}")


@login_required
@require_POST
def target_list_toggle(request: HttpRequest, pk: int) -> HttpResponse:
    """Put a company on the list (on=1) or take it off (on=0); it stays among your companies."""
    company = get_owned_or_404(Company, request.user, pk=pk)
    on = request.POST.get("on") == "1"
    Company.objects.filter(pk=company.pk).update(is_target=on)
    if on:
        messages.success(request, sentence(f"{company.name} is on your target list"))
    else:
        messages.success(request, f"Took {company.name} off your target list. It stays among your companies.")
    fallback = (
        reverse("targets") if not on or request.POST.get("from") != "company" else company.get_absolute_url()
    )
    return redirect(fallback)


@login_required
@require_http_methods(["GET", "POST"])
def targets_add(request: HttpRequest) -> HttpResponse:
    initial = None
    if request.GET.get("from") == "companies":  # offered by the empty list: yours, to check and trim
        names = Company.objects.for_owner(request.user).filter(is_target=False).order_by("name")
        initial = {"names": "\n".join(names.values_list("name", flat=True)[:500])}
    form = AddTargetsForm(request.POST or None, initial=initial)
    report = None
    if request.method == "POST" and form.is_valid():
        report = add_targets(request.user, form.cleaned_data["names"])
        form = AddTargetsForm()
    return render(request, "network/targets_add.html", {"form": form, "report": report})
