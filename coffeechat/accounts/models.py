import zoneinfo

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
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

    @property
    def first_name(self) -> str:
        """What to call them: the first word of their name, else of their e-mail address."""
        for source in (self.name, self.email.split("@")[0]):
            words = source.split()
            if words:
                return words[0]
        return ""
