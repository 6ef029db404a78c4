"""What every API router shares: the error shape, safe input types, paging and running the
pages' own forms, so a rule about valid data exists once."""

import datetime as dt
import math
from typing import Annotated, Any

from django import forms
from django.db.models import QuerySet
from ninja import Field, Schema
from ninja.errors import HttpError
from pydantic import AfterValidator, AwareDatetime, ConfigDict, StringConstraints, create_model
from pydantic.fields import FieldInfo

# The largest id either database holds (a signed 64-bit integer): bigger ones are refused by the
# schema instead of overflowing the database driver.
MAX_ID = 2**63 - 1


class ErrorOut(Schema):
    error: str = Field(description="What went wrong, in words a person can act on.")
    fields: dict[str, str] = Field(description="Field name → what is wrong with it.")


ERRORS: dict[int, Any] = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut}


class ApiError(HttpError):
    def __init__(self, status_code: int, message: str, fields: dict[str, str] | None = None):
        super().__init__(status_code, message)
        self.fields = fields or {}


def _no_nul(value: str) -> str:
    # PostgreSQL refuses NUL in text; a lone surrogate cannot be stored as UTF-8.
    if "\x00" in value or any("\ud800" <= c <= "\udfff" for c in value):
        raise ValueError("Text cannot contain NUL characters or unpaired surrogates.")
    return value


def Text(max_length: int | None = None):  # noqa: N802 - reads as a type
    return Annotated[str, StringConstraints(max_length=max_length), AfterValidator(_no_nul)]


def _sane_year(value: dt.date) -> dt.date:
    if not 1900 <= value.year <= 2100:
        raise ValueError("Pick a date between the years 1900 and 2100.")
    return value


When = Annotated[AwareDatetime, AfterValidator(_sane_year)]
Day = Annotated[dt.date, AfterValidator(_sane_year)]
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


class Input(Schema):
    """A request body: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


def patch_of(schema: type[Input]) -> type[Input]:
    """The same fields, none required: a PATCH sends only what changes (null is not "unset")."""
    fields = {}
    for name, info in schema.model_fields.items():
        fields[name] = (info.annotation, FieldInfo.merge_field_infos(info, default=None))
    return create_model(f"{schema.__name__.removesuffix('In')}Patch", __base__=Input, **fields)


class PageQuery(Schema):
    page: int = Field(1, ge=1, le=100_000, description="Page number, from 1.")
    page_size: int = Field(50, ge=1, le=200, description="Items per page, at most 200.")


def paged(queryset: QuerySet | list, paging: PageQuery) -> dict:
    count = len(queryset) if isinstance(queryset, list) else queryset.count()
    start = (paging.page - 1) * paging.page_size
    items = list(queryset[start : start + paging.page_size]) if start < count else []
    return {
        "count": count,
        "page": paging.page,
        "pages": max(1, math.ceil(count / paging.page_size)),
        "items": items,
    }


def page_of(item: type[Schema]) -> type[Schema]:
    return create_model(
        f"{item.__name__.removesuffix('Out')}Page",
        __base__=Schema,
        count=(int, Field(description="Items matching the filters, on all pages.")),
        page=(int, ...),
        pages=(int, ...),
        items=(list[item], ...),
    )


def form_values(form: forms.BaseForm) -> dict:
    """What an unbound form would submit unchanged: the start of a PATCH."""
    return {name: form.get_initial_for_field(field, name) for name, field in form.fields.items()}


def patch_form(form_class, instance, changes: dict, **kwargs) -> forms.BaseForm:
    """A PATCH through the page's own form: bound to what `instance` holds now with `changes` on top,
    checked (a 400 with the form's messages when not valid), ready to save."""
    unchanged = form_values(form_class(instance=instance, **kwargs))
    form = form_class(as_form_data({**unchanged, **changes}), instance=instance, **kwargs)
    check(form)
    return form


def as_form_data(values: dict) -> dict:
    """API values as the pages' forms read them: lists one per line, None as empty."""
    data = {}
    for name, value in values.items():
        if isinstance(value, list):
            value = "\n".join(value)
        data[name] = "" if value is None else value
    return data


def check(form: forms.BaseForm, rename: dict[str, str] | None = None) -> None:
    """Raise a 400 carrying the form's own messages, field by field."""
    if form.is_valid():
        return
    raise_form_errors(form, rename)


def raise_form_errors(form: forms.BaseForm, rename: dict[str, str] | None = None) -> None:
    rename = rename or {}
    fields = {rename.get(k, k): " ".join(v) for k, v in form.errors.items() if k != "__all__"}
    general = " ".join(form.errors.get("__all__", []))
    raise ApiError(400, general or "Some fields need fixing.", fields)
