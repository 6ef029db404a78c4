import zoneinfo

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email, password=None, **extra):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **extra):
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField("e-mail address", unique=True)
    name = models.CharField("your name", max_length=150, blank=True)
    time_zone = models.CharField(max_length=64, default="UTC")
    weekly_meeting_goal = models.PositiveSmallIntegerField(
        "weekly meeting goal",
        default=2,
        validators=[MaxValueValidator(50, "Fifty a week is more than anyone can prepare for; try fewer.")],
        help_text="How many coffee chats you aim to have each week; Insights shows how you keep up.",
    )
    # The target list's motivation scale: 0–3 (LAMP, 2nd edition) or 1–5 (1st edition).
    motivation_scale = models.PositiveSmallIntegerField(
        "motivation scale",
        default=3,
        choices=[(3, "0 to 3 (The 2-Hour Job Search, 2nd edition)"), (5, "1 to 5 (1st edition)")],
        help_text="How you rate your interest in each company on the target list.",
    )
    target_role = models.CharField(
        "the work you want to learn about",
        max_length=120,
        blank=True,
        help_text="Like “UX research” or “data engineering”. Helps pick the best people to ask.",
    )
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)

    # Asking and following up (outreach): how the checker, 3B7, keep-in-touch and the digest behave.
    word_limit = models.PositiveSmallIntegerField(
        "word limit for requests",
        choices=[(75, "75 words (the 6-point e-mail)"), (100, "100 words"), (150, "150 words")],
        default=75,
        help_text="The message checker warns above this. Shorter requests get more answers.",
    )
    holiday_country = models.CharField(
        "public holidays of",
        max_length=8,
        blank=True,
        help_text="Follow-ups skip weekends and these holidays.",
    )
    first_follow_up_days = models.PositiveSmallIntegerField(
        "first follow-up after (business days)",
        default=3,
        validators=[MinValueValidator(1, "At least one business day."), MaxValueValidator(30, "At most 30.")],
        help_text="No reply by then: try a second contact at the same company (the 3 of 3B7).",
    )
    second_follow_up_days = models.PositiveSmallIntegerField(
        "second follow-up after (business days)",
        default=7,
        validators=[MinValueValidator(1, "At least one business day."), MaxValueValidator(60, "At most 60.")],
        help_text="Still no reply: one polite follow-up to the same person (the 7 of 3B7).",
    )
    keep_in_touch_months = models.PositiveSmallIntegerField(
        "keep in touch every",
        choices=[(0, "Never remind me"), *[(n, f"{n} month{'s' if n > 1 else ''}") for n in range(1, 7)]],
        default=2,
        help_text="After the thank-you, a reminder to check in; any logged contact restarts the clock.",
    )
    digest_enabled = models.BooleanField(
        "e-mail me a daily reminder",
        default=True,
        help_text="Only on days when something is due or overdue.",
    )
    digest_hour = models.PositiveSmallIntegerField(
        "at (hour, your time)",
        choices=[(h, f"{h:02d}:00") for h in range(24)],
        default=7,
    )
    digest_sent_on = models.DateField(null=True, blank=True, editable=False)
    # The private calendar feed's token, as a SHA-256 digest (coffeechat.lib.tokens); empty: no feed.
    calendar_token_hash = models.CharField(max_length=64, blank=True, editable=False, db_index=True)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    def __str__(self) -> str:
        return self.email

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    def today(self):
        """The date it is now where the user lives."""
        return timezone.localtime(timezone.now(), self.tz).date()

    def holidays(self):
        from coffeechat.lib.business_days import holidays_of

        return holidays_of(self.holiday_country)

    @property
    def first_name(self) -> str:
        """What to call them: the first word of their name, else of their e-mail address."""
        for source in (self.name, self.email.split("@")[0]):
            words = source.split()
            if words:
                return words[0]
        return ""
