"""The one place that decides whose data is whose.

Every model holding a user's data inherits `Owned`. Views fetch objects with `get_owned_or_404`,
lists start from `Model.objects.for_owner(user)`: another user's object is a 404, never a 403, so
its existence is not revealed either. The busiest pages fetch their object through an `OwnedRead`,
the same fetch compiled once (coffeechat/lib/prepared.py).
"""

from collections.abc import Callable

from django.conf import settings
from django.db import models
from django.http import Http404

from coffeechat.lib.prepared import Prepared


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


class OwnedRead(Prepared):
    """One object of a user's by id, compiled once (lib/prepared.py), for `get_owned_or_404`:
    `read = OwnedRead(lambda: Person.objects.select_related("company"))`, then
    `get_owned_or_404(read, user, pk=pk)` filters by owner and id here, like every other fetch."""

    def __init__(self, queryset: Callable[[], models.QuerySet]):
        super().__init__(lambda owner_id, pk: queryset().filter(owner_id=owner_id, pk=pk))
        self.model = queryset().model


def get_owned_or_404(model_or_queryset, user, **lookup):
    if isinstance(model_or_queryset, OwnedRead):
        found = _read_owned(model_or_queryset, user, **lookup)
        if found:
            return found[0]
        raise Http404(f"No {model_or_queryset.model._meta.verbose_name} here.")
    queryset = (
        model_or_queryset
        if isinstance(model_or_queryset, models.QuerySet)
        else model_or_queryset.objects.all()
    )
    try:
        return queryset.for_owner(user).get(**lookup)
    except (queryset.model.DoesNotExist, ValueError, TypeError):
        raise Http404(f"No {queryset.model._meta.verbose_name} here.") from None


def _read_owned(read: OwnedRead, user, *, pk) -> list:
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        return []
    if not 0 < pk < 2**63 or not user.is_authenticated:  # no row has such an id (nor any SQLite int)
        return []
    return read(user.pk, pk)
