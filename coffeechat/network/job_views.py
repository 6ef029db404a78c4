"""A person's work history, by hand: add, edit and remove the jobs they had and have."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods
from django_htmx.http import HttpResponseClientRefresh

from coffeechat.accounts.ownership import get_owned_or_404
from coffeechat.lib.http import confirm_delete, safe_next
from coffeechat.lib.prepared import Prepared
from coffeechat.lib.text import sentence
from coffeechat.network.forms import JobForm
from coffeechat.network.models import Company, Job, Person

_WORK_HISTORY = Prepared(
    lambda pk: (
        Job.objects.filter(person_id=pk)
        .select_related("company")
        .order_by(
            F("is_current").desc(),
            F("ended_on").desc(nulls_last=True),
            F("started_on").desc(nulls_last=True),
            "-created_at",
            "-id",
        )
    ),
    known="person",
)


def work_history(person: Person) -> list[Job]:
    """Their jobs: the current one first, then the past ones, the latest first (compiled once:
    the person page reads it on every visit)."""
    return _WORK_HISTORY(person.pk, known=person)


def _saved(request: HttpRequest, person: Person, said: str) -> HttpResponse:
    """After a change: back to their page. With htmx the page the form was on loads again in full:
    their employer in its heading may have changed."""
    messages.success(request, sentence(said))
    if request.htmx:
        return HttpResponseClientRefresh()
    return redirect(safe_next(request, f"{person.get_absolute_url()}#h-jobs"))


def _form_page(request, person, form, job=None, status=200) -> HttpResponse:
    context = {
        "person": person,
        "job": job,
        "jobs": work_history(person) if job is None else (),
        "job_form": form,
        "company_names": Company.objects.for_owner(request.user).values_list("name", flat=True)[:500],
        "next": safe_next(request, ""),
    }
    if request.htmx and job is None:  # the add form, in place in the card; errors too (htmx swaps 2xx)
        return render(request, "network/jobs.html#card", context)
    return render(request, "network/jobs.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def person_jobs(request: HttpRequest, pk: int) -> HttpResponse:
    """Their work history with a form to add a job; POST adds it."""
    person = get_owned_or_404(Person.objects.select_related("company"), request.user, pk=pk)
    initial = {}
    if request.GET.get("current") and person.company:  # dates for the job their details name
        initial = {"company_name": person.company.name, "title": person.title, "is_current": True}
    form = JobForm(request.POST or None, person=person, initial=initial)
    if request.method == "GET" or not form.is_valid():
        return _form_page(request, person, form, status=400 if request.method == "POST" else 200)
    job = form.save()
    return _saved(request, person, f"Added {job.at} to {person.name}'s work history")


@login_required
@require_http_methods(["GET", "POST"])
def job_edit(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_owned_or_404(Job.objects.select_related("person", "company"), request.user, pk=pk)
    form = JobForm(request.POST or None, instance=job, person=job.person)
    if request.method == "GET" or not form.is_valid():
        return _form_page(request, job.person, form, job, status=400 if request.method == "POST" else 200)
    form.save()
    return _saved(request, job.person, f"Saved {job.person.name}'s job at {job.company.name}")


@login_required
@require_http_methods(["GET", "POST"])
def job_delete(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_owned_or_404(Job.objects.select_related("person", "company"), request.user, pk=pk)
    person = job.person
    effects = []
    if job.is_current and job.company_id == person.company_id:
        effects.append(
            f"{person.name} will no longer show as working at {job.company.name}, on their page and in "
            "your warm paths."
        )
    return confirm_delete(
        request,
        job,
        what=f"{job.at} from {person.name}'s work history",
        message=sentence(f"Removed {job.at} from {person.name}'s work history"),
        after=job.get_absolute_url(),
        cancel=job.get_absolute_url(),
        effects=effects,
    )
