"""The one place that decides whose data is whose.

Every model holding a user's data inherits `Owned`. Views fetch objects with `get_owned_or_404`,
lists start from `Model.objects.for_owner(user)`: another user's object is a 404, never a 403, so
its existence is not revealed either.
"""

from django.conf import settings
from django.db import models
from django.http import Http404


class OwnedQuerySet(models.QuerySet):
    def for_owner(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(owner=user)


class Owned(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    objects = OwnedQuerySet.as_manager()

    class Meta:
        abstract = True


def get_owned_or_404(model_or_queryset, user, **lookup):
    queryset = (
        model_or_queryset
        if isinstance(model_or_queryset, models.QuerySet)
        else model_or_queryset.objects.all()
    )
    try:
        return queryset.for_owner(user).get(**lookup)
    except (queryset.model.DoesNotExist, ValueError, TypeError):
        raise Http404(f"No {queryset.model._meta.verbose_name} here.") from None
