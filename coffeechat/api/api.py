"""The JSON API at /api/v1/: one NinjaAPI, its sign-in and its one error shape.

Each domain adds a router in ROUTERS; the routers call the same querysets, forms and model verbs
as the pages.
"""

import json
from importlib import import_module
from pathlib import Path

import ninja
from django.http import Http404, HttpRequest
from django.shortcuts import render
from django.views.static import serve
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.openapi.docs import DocsBase
from ninja.security import HttpBearer
from ninja.utils import check_csrf

from coffeechat.api.common import ApiError
from coffeechat.api.models import ApiToken

# (URL prefix, "module:router"): a new app exposes its data by adding one line here.
ROUTERS = [
    ("/companies/", "coffeechat.api.network:companies"),
    ("/people/", "coffeechat.api.network:people"),
    ("/conversations/", "coffeechat.api.conversations:conversations"),
    ("/interactions/", "coffeechat.api.conversations:interactions"),
    ("/tasks/", "coffeechat.api.conversations:tasks"),
    ("/questions/", "coffeechat.api.questions:questions"),
    ("/leads/", "coffeechat.api.leads:leads"),
    ("/conversations/", "coffeechat.api.plans:plans"),
    ("/plan-items/", "coffeechat.api.plans:plan_items"),
]

DESCRIPTION = """
Your coffeechat data for your own scripts: people, companies, coffee chats, the interaction log,
tasks, your own questions, each coffee chat's plan (its questions in order, the time box, your notes)
and the leads your chats yielded (referrals, openings, hiring seasons).
Every call acts as one user and sees only that user's data, under the same rules as the pages.

**Sign in** with a personal API token (create one under Account → Settings → API tokens), sent as
`Authorization: Bearer cc_...`. In a browser where you are signed in to coffeechat, this page's
*Try it out* works with your session too.

**Errors** are JSON: `{"error": "what went wrong", "fields": {"name": "what is wrong with it"}}`,
with status 400 (bad input), 401 (no or unknown token), 403 (refused) or 404 (not found, or not
yours).

**Lists** are paged (`page`, `page_size` up to 200) and answer `{"count", "page", "pages", "items"}`.
"""


class TokenOrSession(HttpBearer):
    """A bearer token when the request carries an Authorization header (a bad one is a 401, with
    no fallback); otherwise the browser session, with Django's CSRF check on writes."""

    def __call__(self, request: HttpRequest):
        header = request.headers.get("Authorization")
        if header is not None:
            scheme, _, token = header.partition(" ")
            return self.authenticate(request, token.strip()) if scheme.lower() == "bearer" else None
        if not request.user.is_authenticated:
            return None
        if request.method not in ("GET", "HEAD", "OPTIONS") and check_csrf(request):
            raise ApiError(403, "The CSRF check failed: reload the page, or use an API token.")
        return request.user

    def authenticate(self, request: HttpRequest, token: str):
        found = ApiToken.objects.find(token)
        if found is None:
            return None
        found.mark_used()
        request.user = found.owner
        return found.owner


SWAGGER_FILES = Path(ninja.__file__).parent / "static" / "ninja"


class LocalSwagger(DocsBase):
    """Swagger UI from the copy django-ninja ships, served by the API itself: nothing from a CDN,
    no inline script or style (the page's strict Content-Security-Policy holds), and no 4 MB of
    Swagger and Redoc for collectstatic to copy and compress on every `coffeechat serve`."""

    settings = {"layout": "BaseLayout", "deepLinking": True, "validatorUrl": None}

    def render_page(self, request, api, **kwargs):
        settings = {**self.settings, "url": self.get_openapi_url(api, kwargs)}
        return render(request, "api/docs.html", {"api": api, "swagger_settings": json.dumps(settings)})


def swagger_file(request: HttpRequest, name: str):
    if name not in {"swagger-ui-bundle.js", "swagger-ui-init.js", "swagger-ui.css", "favicon.png"}:
        raise Http404("No such file.")
    response = serve(request, name, document_root=SWAGGER_FILES)
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response


class CoffeechatAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation) -> str:
        return operation.view_func.__name__  # "person_list", not the module's dotted path


api = CoffeechatAPI(
    title="coffeechat API",
    version="1",
    description=DESCRIPTION,
    auth=TokenOrSession(),
    urls_namespace="api-v1",
    docs=LocalSwagger(),
    docs_url="/docs/",
    openapi_url="/openapi.json",
)


def _error(request, message: str, status: int, fields: dict | None = None, **headers):
    response = api.create_response(request, {"error": message, "fields": fields or {}}, status=status)
    for name, value in headers.items():
        response.headers[name.replace("_", "-")] = value
    return response


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    return _error(
        request,
        "Sign in with an API token: send the header Authorization: Bearer <token>. "
        "Tokens are made under Account → Settings → API tokens.",
        401,
        WWW_Authenticate='Bearer realm="coffeechat"',
    )


@api.exception_handler(ApiError)
def _api_error(request, exc: ApiError):
    return _error(request, exc.message, exc.status_code, exc.fields)


@api.exception_handler(HttpError)
def _http_error(request, exc: HttpError):
    return _error(request, exc.message, exc.status_code)


@api.exception_handler(Http404)
def _not_found(request, exc):
    return _error(request, str(exc) or "Not found.", 404)


def _where(loc) -> str:
    """("body", "payload", "emails", 0) → "emails.0"; ("query", "page") → "page"."""
    parts = list(loc)
    if parts and parts[0] in ("body", "query", "path"):
        parts = parts[1:]
    if parts and parts[0] in ("payload", "filters", "paging"):
        parts = parts[1:]
    return ".".join(str(p) for p in parts)


@api.exception_handler(ValidationError)
def _invalid(request, exc: ValidationError):
    fields, general = {}, []
    for error in exc.errors:
        where = _where(error.get("loc", ()))
        message = str(error.get("msg", "Invalid.")).removeprefix("Value error, ")
        if error.get("type") == "extra_forbidden":
            message = "Unknown field."
        if where:
            fields.setdefault(where, message)
        else:
            general.append("The body must be a JSON object." if "json" in error.get("type", "") else message)
    return _error(request, " ".join(general) or "Some fields need fixing.", 400, fields)


for prefix, target in ROUTERS:
    module, _, name = target.partition(":")
    api.add_router(prefix, getattr(import_module(module), name))
