from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from coffeechat.accounts.ownership import get_owned_or_404
from coffeechat.api.models import ApiToken
from coffeechat.lib.http import confirm_delete


@csrf_exempt  # any method gets the JSON 404, not Django's CSRF page
def api_not_found(request: HttpRequest) -> HttpResponse:
    return JsonResponse(
        {"error": "There is no such API address; the list is at /api/v1/docs/.", "fields": {}}, status=404
    )


class TokenForm(forms.ModelForm):
    class Meta:
        model = ApiToken
        fields = ["name"]
        help_texts = {"name": "Like “my backup script”: it tells your tokens apart when you revoke one."}


@login_required
@require_http_methods(["GET", "POST"])
def tokens(request: HttpRequest) -> HttpResponse:
    """List, create and (through token_delete) revoke personal API tokens. A new token is shown on
    the answer to the POST that made it, once: only its digest is stored."""
    form = TokenForm(request.POST or None)
    secret = None
    if request.method == "POST" and form.is_valid():
        token, secret = ApiToken.issue(request.user, form.cleaned_data["name"])
        form = TokenForm()
    context = {"form": form, "tokens": ApiToken.objects.for_owner(request.user), "secret": secret}
    response = render(request, "api/tokens.html", context, status=400 if form.errors else 200)
    response.headers["Cache-Control"] = "no-store"  # the page may hold a secret
    return response


@login_required
@require_http_methods(["GET", "POST"])
def token_delete(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_owned_or_404(ApiToken, request.user, pk=pk)
    back = reverse("api_tokens")
    return confirm_delete(
        request,
        token,
        what=f"the API token “{token.name}”",
        message=f"Revoked “{token.name}”: scripts using it are refused from now on.",
        after=back,
        cancel=back,
        effects=["Scripts that use it stop working at once."],
    )
