"""coffeechat settings: one module, configured by environment variables (see README)."""

import datetime as dt
import os
import secrets
from pathlib import Path

import dj_database_url
from platformdirs import user_data_dir

from coffeechat.lib.env import ConfigError, env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent

DATA_DIR = Path(env_str("COFFEECHAT_DATA_DIR") or user_data_dir("coffeechat", appauthor=False))
DATA_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("COFFEECHAT_DEBUG", False)


def _secret_key() -> str:
    """The key from the environment, or one generated once and kept in the data directory."""
    key = env_str("COFFEECHAT_SECRET_KEY")
    if key:
        return key
    path = DATA_DIR / "secret_key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = _secret_key()

ALLOWED_HOSTS = env_list("COFFEECHAT_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("COFFEECHAT_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "axes",
    "coffeechat",
    "coffeechat.accounts",
    "coffeechat.network",
    "coffeechat.conversations",
    "coffeechat.outreach",
    "coffeechat.questions",
    "coffeechat.leads",
    "coffeechat.insights",
    "coffeechat.advising",
    "coffeechat.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "coffeechat.middleware.VaryOnHtmxMiddleware",
    "coffeechat.middleware.ContentSecurityPolicyMiddleware",
    "coffeechat.accounts.middleware.UserTimezoneMiddleware",
    # Last, as django-axes asks: it turns a refused sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "coffeechat.urls"
WSGI_APPLICATION = "coffeechat.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
            # coffeechat.templatetags.dates: a faster `date` filter, the same output as Django's.
            "builtins": ["template_partials.templatetags.partials", "coffeechat.templatetags.dates"],
        },
    },
]


def _databases() -> dict:
    url = env_str("DATABASE_URL")
    if url:
        try:
            db = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
        except ValueError as e:
            raise ConfigError(f"DATABASE_URL cannot be used: {e}") from None
    else:
        db = {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "coffeechat.sqlite3"),
            # Keep each thread's connection: opening one and setting its pragmas costs more
            # than most of our queries.
            "CONN_MAX_AGE": 600,
            "CONN_HEALTH_CHECKS": True,
        }
    if db["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets readers work while one request writes; IMMEDIATE takes the write lock at the
        # start of a transaction, so two writers queue instead of failing with "database is locked".
        db["OPTIONS"] = {
            # A larger page cache and memory-mapped reads keep a whole job search in memory
            # across requests (connections persist, see CONN_MAX_AGE). Not temp_store=MEMORY: it
            # keeps the statement journal in memory as a chained list that SQLite walks from the
            # start at the end of every statement run inside a savepoint, so a large import's
            # updates cost 1 ms each (16 s for a 30,000-row LinkedIn file instead of 2.5 s).
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                " PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456;"
            ),
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    return {"default": db}


DATABASES = _databases()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # First: refuses a sign-in while its e-mail address and IP address are locked out.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "today"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-us"
TIME_ZONE = env_str("COFFEECHAT_TIME_ZONE", "UTC")

# Business-card photos are read by Tesseract (Debian: tesseract-ocr); a name on PATH or a full path.
TESSERACT_COMMAND = env_str("COFFEECHAT_TESSERACT", "tesseract")
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
FORMS_URLFIELD_ASSUME_HTTPS = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# E-mail: printed on the console unless an SMTP host is configured.
EMAIL_HOST = env_str("COFFEECHAT_EMAIL_HOST")
EMAIL_PORT = env_int("COFFEECHAT_EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("COFFEECHAT_EMAIL_USER")
EMAIL_HOST_PASSWORD = env_str("COFFEECHAT_EMAIL_PASSWORD")
EMAIL_USE_TLS = env_bool("COFFEECHAT_EMAIL_USE_TLS", True if EMAIL_HOST else False)
EMAIL_USE_SSL = env_bool("COFFEECHAT_EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 20
# Where users reach this coffeechat: links in the daily reminder e-mail start with it.
COFFEECHAT_SITE_URL = env_str("COFFEECHAT_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
DEFAULT_FROM_EMAIL = env_str("COFFEECHAT_EMAIL_FROM", "coffeechat <coffeechat@localhost>")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Served over HTTPS (usually behind a reverse proxy that terminates TLS): cookies only travel
# encrypted, browsers are told to stay on HTTPS, and the proxy's X-Forwarded-Proto is trusted.
if env_bool("COFFEECHAT_HTTPS", False):
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain HTTP
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    # Names under coffeechat's own host (rare) are HTTPS-only too.
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# The HSTS preload list is a promise about a whole domain, made by submitting it to browser
# makers and slow to undo: the owner of the domain decides, not coffeechat (see docs/deploy.md).
SILENCED_SYSTEM_CHECKS = ["security.W021"]

# Sign-in throttling (django-axes). Five wrong passwords for one e-mail address from one IP address
# pause that pair for 15 minutes. Locking by the pair, not by IP address alone, keeps a whole
# campus behind one NAT address signing in while one student mistypes; not by e-mail alone, so a
# stranger cannot lock a student out from elsewhere. Password reset keeps working meanwhile.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = dt.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "coffeechat.accounts.throttle.username"
AXES_CLIENT_IP_CALLABLE = "coffeechat.accounts.throttle.client_ip"
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
AXES_DISABLE_ACCESS_LOG = True  # no record of every successful sign-in: less personal data kept

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Form widgets are rendered by Jinja2: the same HTML as Django's templates, several times faster,
# which matters on pages with a few forms (the conversation page has four).
FORM_RENDERER = "coffeechat.lib.renderer.FormRenderer"
