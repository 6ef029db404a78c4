from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from coffeechat.accounts.forms import SettingsForm, SignUpForm
from coffeechat.accounts.models import User
from coffeechat.lib.http import safe_next


def home(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("today")
    if not User.objects.exists():
        return redirect("signup")
    return redirect("login")


def healthz(request: HttpRequest) -> HttpResponse:
    """A trivial endpoint for load balancers and the benchmark's baseline."""
    return HttpResponse("ok", content_type="text/plain")


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("today")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        next_url = safe_next(request, "")
        if next_url:  # e.g. back to the invitation that brought them here
            return redirect(next_url)
        messages.success(request, f"Welcome, {user.first_name}! Here is where each day starts.")
        return redirect("today")
    context = {"form": form, "first_run": not User.objects.exists(), "next": safe_next(request, "")}
    return render(request, "accounts/signup.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def settings(request: HttpRequest) -> HttpResponse:
    form = SettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your settings are saved.")
        return redirect("settings")
    return render(request, "accounts/settings.html", {"form": form})


def not_found(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors that touch the database: the error may be the database itself.
    from django.template import loader

    return HttpResponse(loader.get_template("500.html").render(), status=500)
