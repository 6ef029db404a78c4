"""One JSON document with everything an account holds, and the way back into an empty account.

Generic on purpose: every concrete model that subclasses `Owned` is found through the apps
registry, so a model added by any app is exported and restored without touching this file.

The document:

    {"format": "coffeechat-backup", "version": 1, "exported_at": "...",
     "user": {"name": ..., "time_zone": ..., ...},
     "data": {"network.company": [{"id": 7, "name": "Acme", ...}, ...], ...}}

Records keep their ids from the exporting database; foreign keys (and many-to-many lists such as
a person's tags) refer to those ids. A restore validates the whole document first, then inserts
everything in one transaction, mapping every old id to the new one.
"""

import datetime as dt
import decimal
import functools
import json
import uuid
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, connections, models, router, transaction
from django.utils import timezone

from coffeechat.accounts.ownership import Owned
from coffeechat.lib import tokens

FORMAT = "coffeechat-backup"
VERSION = 1

# User fields that are not the user's settings: identity, credentials, permissions, bookkeeping.
USER_FIELDS_NOT_EXPORTED = {
    "id",
    "email",
    "password",
    "last_login",
    "is_staff",
    "is_superuser",
    "is_active",
    "date_joined",
}

MAX_ERRORS = 20


def is_secret(field: models.Field) -> bool:
    """Stored digests of secret tokens (review links, calendar feeds, API tokens: see lib/tokens)
    stay out of backups. A restored record gets a fresh random digest that no token matches, so
    links and tokens shared before do not open the restored account; the user issues new ones."""
    return field.name == "token_hash" or field.name.endswith("_token_hash")


class RestoreError(Exception):
    """The document cannot be restored; `errors` says what and where, one line each."""

    def __init__(self, errors: list[str]):
        self.errors = errors
        super().__init__("\n".join(errors))


# ---------------------------------------------------------------------------------------------
# What is exported


def owned_models() -> list[type[models.Model]]:
    """Every concrete Owned model, each after the models its foreign keys point to."""
    found = [
        m
        for m in apps.get_models()
        if issubclass(m, Owned) and not m._meta.abstract and not m._meta.proxy and not m._meta.swapped
    ]
    found.sort(key=lambda m: m._meta.label_lower)
    ordered: list[type[models.Model]] = []
    visiting: set = set()

    def visit(model, path=()):
        if model in ordered:
            return
        if model in visiting:
            raise RuntimeError(f"Owned models refer to each other in a cycle: {path}")
        visiting.add(model)
        for field in _foreign_keys(model):
            target = field.related_model
            if target is not model and target in found and not field.null:
                visit(target, (*path, model._meta.label))
        for field in _foreign_keys(model):
            target = field.related_model
            if target is not model and target in found and field.null:
                # Nullable keys may point either way; visit only when that makes no cycle.
                if target not in visiting:
                    visit(target, (*path, model._meta.label))
        visiting.discard(model)
        ordered.append(model)

    for model in found:
        visit(model)
    return ordered


def _foreign_keys(model) -> list[models.ForeignKey]:
    return [f for f in model._meta.concrete_fields if f.is_relation and f.many_to_one and f.name != "owner"]


def _data_fields(model) -> list[models.Field]:
    """The columns a record carries: everything but the primary key, the owner and secrets."""
    return [
        f for f in model._meta.concrete_fields if not f.primary_key and f.name != "owner" and not is_secret(f)
    ]


def _m2m_fields(model) -> list[models.ManyToManyField]:
    """Many-to-many fields kept as lists of ids on the record (auto-created through tables).
    A through model of its own is exported as a model when it is Owned."""
    return [f for f in model._meta.many_to_many if f.remote_field.through._meta.auto_created]


def user_setting_fields() -> list[models.Field]:
    User = apps.get_model(settings.AUTH_USER_MODEL)
    return [
        f for f in User._meta.concrete_fields if f.name not in USER_FIELDS_NOT_EXPORTED and not f.is_relation
    ]


def is_user_model(model) -> bool:
    return model is apps.get_model(settings.AUTH_USER_MODEL)


# ---------------------------------------------------------------------------------------------
# Export


def _to_json(field: models.Field, value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if field.get_internal_type() == "JSONField":
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()  # full precision: a restore gives back the same instant
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, list | dict):
        return value
    return field.value_to_string(value)


def export_user(user) -> dict:
    data: dict[str, list[dict]] = {}
    others: list[tuple[dict, str, int]] = []
    for model in owned_models():
        fields, m2m = _data_fields(model), _m2m_fields(model)
        # Plain values, not model instances: a power user's account has tens of thousands of rows.
        rows = (
            model._default_manager.filter(owner=user)
            .order_by("pk")
            .values_list("pk", *(f.attname for f in fields))
        )
        links: dict[str, dict] = {}
        for field in m2m:
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            through = field.remote_field.through._default_manager
            pairs = through.filter(**{f"{source}__owner": user}).values_list(f"{source}_id", f"{target}_id")
            by_row = links[field.name] = {}
            for row_id, target_id in pairs:
                by_row.setdefault(row_id, []).append(target_id)
        records = []
        for pk, *values in rows:
            record = {"id": pk}
            for field, value in zip(fields, values, strict=True):
                if field.is_relation and is_user_model(field.related_model) and value is not None:
                    if value == user.pk:
                        value = "owner"
                    else:  # someone else (an advisor who commented): named by e-mail, filled in below
                        others.append((record, field.name, value))
                        value = None
                record[field.name] = _to_json(field, value)
            for field in m2m:
                record[field.name] = sorted(links[field.name].get(pk, ()))
            records.append(record)
        data[model._meta.label_lower] = records
    if others:
        User = apps.get_model(settings.AUTH_USER_MODEL)
        emails = dict(User.objects.filter(pk__in={pk for _r, _n, pk in others}).values_list("pk", "email"))
        for record, name, pk in others:
            record[name] = {"user": emails[pk]}
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(),
        "user": {f.name: _to_json(f, getattr(user, f.attname)) for f in user_setting_fields()},
        "data": data,
    }


def dumps(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1)


def comparable(document: dict) -> dict:
    """The document with ids replaced by positions, the owner and export time left out: two
    exports of the same data in different accounts (or databases) compare equal."""
    by_label = {m._meta.label_lower: m for m in owned_models()}
    position = {
        label: {record["id"]: i for i, record in enumerate(records)}
        for label, records in document["data"].items()
    }
    data = {}
    for label, records in document["data"].items():
        model = by_label[label]
        keys = {
            f.name: f.related_model._meta.label_lower
            for f in [*model._meta.concrete_fields, *model._meta.many_to_many]
            if f.is_relation and issubclass(f.related_model, Owned)
        }
        rows = []
        for record in records:
            row = {k: v for k, v in record.items() if k != "id"}
            for name, target in keys.items():
                value = row.get(name)
                if isinstance(value, list):
                    row[name] = sorted(position[target][v] for v in value)
                elif value is not None:
                    row[name] = position[target][value]
            rows.append(row)
        data[label] = rows
    return {**document, "exported_at": None, "data": data}


# ---------------------------------------------------------------------------------------------
# Restore


def account_is_empty(user) -> bool:
    return not any(m._default_manager.filter(owner=user).exists() for m in owned_models())


def loads(text: str | bytes) -> dict:
    """Parse the file, or raise RestoreError saying why it is not a backup."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise RestoreError(["This file is not UTF-8 text: a coffeechat backup is a JSON file."]) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as e:
        # At the very end, or inside a last word cut in two ("tr" of "true"): the file stops early.
        cut_short = e.pos >= len(text.rstrip()) - 8 or e.msg.startswith("Unterminated string")
        hint = " The file seems cut short: was it copied whole?" if cut_short else ""
        raise RestoreError(
            [f"This is not valid JSON (line {e.lineno}, column {e.colno}: {e.msg}).{hint}"]
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise RestoreError(['This is not a coffeechat backup: it has no "format": "coffeechat-backup".'])
    return document


class Restored(dict):
    """How many records of each kind were restored; `left_out` counts the records that referred
    to someone or something not on this server (an advisor's comment, a sharing with them)."""

    left_out: dict[str, int]

    def summary(self) -> str:
        from coffeechat.lib.text import count

        text = f"Restored {count(sum(self.values()), 'record')}."
        if self.left_out:
            kinds = ", ".join(f"{n} {label}" for label, n in sorted(self.left_out.items()))
            text += (
                f" Left out {count(sum(self.left_out.values()), 'record')} that refer to people or things "
                f"not on this server ({kinds})."
            )
        return text


def restore_user(user, document: dict) -> Restored:
    """Put everything in `document` into `user`'s empty account, or nothing at all.

    Returns how many records of each model were restored. Raises RestoreError."""
    plan = _validate(user, document)
    try:
        with transaction.atomic():
            if not account_is_empty(user):  # checked again inside the transaction
                raise RestoreError([_not_empty_message()])
            restored = Restored(_write(user, plan))
            restored.left_out = plan.left_out
            return restored
    except (IntegrityError, DataError) as e:
        raise RestoreError(
            [f"The backup breaks a rule of the database ({e}), so nothing was restored."]
        ) from None


def _not_empty_message() -> str:
    return (
        "This account already holds data. A backup is restored only into an empty account, so nothing "
        "is mixed up or duplicated: restore it into a new account, or delete this one's data first."
    )


class _Plan:
    def __init__(self):
        self.user_settings: dict[str, Any] = {}
        # model → list of (old id, instance without deferred keys, {field: old target id}, {m2m: [old ids]})
        self.records: dict[type[models.Model], list[tuple[Any, models.Model, dict, dict]]] = {}
        self.left_out: dict[str, int] = {}


def _validate(user, document: dict) -> _Plan:
    errors: list[str] = []
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise RestoreError(['The backup has no schema "version" number.'])
    if version > VERSION:
        raise RestoreError(
            [
                f"This backup was made by a newer coffeechat (schema version {version}; this one reads "
                f"up to {VERSION}). Update coffeechat, then restore it."
            ]
        )
    if version < 1:
        raise RestoreError([f"Schema version {version} is not one coffeechat ever wrote."])
    if not account_is_empty(user):
        raise RestoreError([_not_empty_message()])
    data, user_part = document.get("data"), document.get("user", {})
    if not isinstance(data, dict):
        raise RestoreError(['The backup has no "data" object.'])
    if not isinstance(user_part, dict):
        raise RestoreError(['"user" must be an object of settings.'])

    plan = _Plan()
    setting_fields = {f.name: f for f in user_setting_fields()}
    for name, value in user_part.items():
        field = setting_fields.get(name)
        if field is None:
            errors.append(f'user: "{name}" is not a setting this coffeechat knows.')
            continue
        try:
            plan.user_settings[field.attname] = field.clean(field.to_python(value), None)
        except ValidationError as e:
            errors.append(f'user, field "{name}": {" ".join(e.messages)}')

    models_by_label = {m._meta.label_lower: m for m in owned_models()}
    for label in data:
        if label not in models_by_label:
            errors.append(
                f'"{label}" is not a kind of data this coffeechat knows; was the backup made by a newer one?'
            )
    ids: dict[type[models.Model], set] = {}
    for label, model in models_by_label.items():
        records = data.get(label, [])
        if not isinstance(records, list):
            errors.append(f'"{label}" must be a list of records.')
            continue
        ids[model] = set()
        plan.records[model] = []
        for index, record in enumerate(records):
            where = f"{label} record {index + 1}"
            if not isinstance(record, dict):
                errors.append(f"{where}: must be an object.")
                continue
            old_id = record.get("id")
            if old_id is None or isinstance(old_id, bool | dict | list):
                errors.append(f'{where}: has no "id".')
                continue
            where = f"{where} (id {old_id})"
            if old_id in ids[model]:
                errors.append(f"{where}: the id appears twice.")
            ids[model].add(old_id)
            plan.records[model].append(_parse_record(user, model, record, where, errors))
            if len(errors) >= MAX_ERRORS:
                break
        if len(errors) >= MAX_ERRORS:
            break

    _resolve_external(plan, ids)

    # Every reference points at a record in the document.
    for model, rows in plan.records.items():
        if len(errors) >= MAX_ERRORS:
            break
        label = model._meta.label_lower
        for index, (old_id, _obj, refs, m2m) in enumerate(rows):
            where = f"{label} record {index + 1} (id {old_id})"
            for field, target_id in refs.items():
                target = field.related_model
                if target_id not in ids.get(target, ()):
                    errors.append(
                        f'{where}, field "{field.name}": refers to {target._meta.label_lower} id '
                        f"{target_id}, which is not in the backup."
                    )
            for field, target_ids in m2m.items():
                missing = [t for t in target_ids if t not in ids.get(field.related_model, ())]
                if missing:
                    errors.append(
                        f'{where}, field "{field.name}": refers to {field.related_model._meta.label_lower} '
                        f"ids {missing}, which are not in the backup."
                    )
    if errors:
        raise RestoreError(errors[:MAX_ERRORS])
    return plan


def _resolve_external(plan: "_Plan", ids: dict) -> None:
    """Point references to things outside the account (another user, an advisor) at what this
    server has. A record whose required reference is missing here is left out, and counted."""
    wanted: dict = {}
    for rows in plan.records.values():
        for _old, obj, _refs, _m2m in rows:
            for _field, kind, value in obj._backup_external:
                wanted.setdefault(kind, set()).add(value)
    found: dict = {}
    for kind, values in wanted.items():
        if kind == "user":
            User = apps.get_model(settings.AUTH_USER_MODEL)
            found[kind] = dict(User.objects.filter(email__in=values).values_list("email", "pk"))
        else:
            valid = [v for v in values if isinstance(v, int | str)]
            found[kind] = {
                pk: pk for pk in kind._default_manager.filter(pk__in=valid).values_list("pk", flat=True)
            }
    for model, rows in plan.records.items():
        kept = []
        for row in rows:
            obj, keep = row[1], True
            for field, kind, value in obj._backup_external:
                target = found[kind].get(value)
                if target is None and not field.null:
                    keep = False
                setattr(obj, field.attname, target)
            if keep:
                kept.append(row)
            else:
                ids[model].discard(row[0])
                label = model._meta.label_lower
                plan.left_out[label] = plan.left_out.get(label, 0) + 1
        plan.records[model] = kept


@functools.cache
def _shape(model) -> tuple[dict, dict, list, set]:
    """A model's exported fields by name, its many-to-many lists, its secrets, and the fields
    whose rules clean_fields() should not check (keys are checked against the document)."""
    fields = {f.name: f for f in _data_fields(model)}
    secrets = [f for f in model._meta.concrete_fields if is_secret(f)]
    not_cleaned = {f.name for f in fields.values() if f.is_relation} | {"owner"} | {f.name for f in secrets}
    return fields, {f.name: f for f in _m2m_fields(model)}, secrets, not_cleaned


def _parse_record(user, model, record: dict, where: str, errors: list[str]):
    fields, m2m_fields, secrets, not_cleaned = _shape(model)
    obj = model(owner=user)
    for field in secrets:
        setattr(obj, field.attname, tokens.digest(tokens.new_token()))
    refs: dict = {}
    m2m: dict = {}
    external: list = []
    obj._backup_external = external
    for name, value in record.items():
        if name == "id":
            continue
        if name in m2m_fields:
            if not isinstance(value, list) or any(
                isinstance(v, bool | dict | list) or v is None for v in value
            ):
                errors.append(f'{where}, field "{name}": must be a list of ids.')
            else:
                m2m[m2m_fields[name]] = value
            continue
        field = fields.get(name)
        if field is None:
            errors.append(f'{where}: "{name}" is not a field of {model._meta.label_lower}.')
            continue
        if field.is_relation:
            target = field.related_model
            if value is None:
                if not field.null:
                    errors.append(f'{where}, field "{name}": must not be empty.')
            elif is_user_model(target) and value == "owner":
                setattr(obj, field.attname, user.pk)
            elif is_user_model(target):
                if not (isinstance(value, dict) and isinstance(value.get("user"), str)):
                    errors.append(
                        f'{where}, field "{name}": must be "owner" or {{"user": an e-mail address}}.'
                    )
                else:
                    external.append((field, "user", value["user"].lower()))
            elif issubclass(target, Owned):
                refs[field] = value
            elif isinstance(value, bool | dict | list):
                errors.append(f'{where}, field "{name}": must be an id.')
            else:  # something outside the account, such as an advisor: kept if it is on this server
                external.append((field, target, value))
            continue
        if isinstance(value, str) and "\x00" in value:
            errors.append(f'{where}, field "{name}": contains a NUL character, which no text can hold.')
            continue
        try:
            setattr(obj, field.attname, field.to_python(value))
        except ValidationError as e:
            errors.append(f'{where}, field "{name}": {" ".join(e.messages)}')
    # Field rules (choices, lengths, required values); keys are checked against the document.
    try:
        obj.clean_fields(exclude=not_cleaned)
    except ValidationError as e:
        for name, messages in e.message_dict.items():
            errors.append(f'{where}, field "{name}": {" ".join(messages)}')
    for field in fields.values():
        if field.is_relation and field.name not in record and not field.null:
            errors.append(f'{where}, field "{field.name}": is missing.')
    return (record.get("id"), obj, refs, m2m)


def _write(user, plan: _Plan) -> dict[str, int]:
    for attname, value in plan.user_settings.items():
        setattr(user, attname, value)
    if plan.user_settings:
        user.save(update_fields=list(plan.user_settings))
    new_ids: dict[type[models.Model], dict] = {}
    forward: list[tuple[models.Model, models.Field, Any]] = []  # keys to rows not inserted yet
    counts = {}
    for model in owned_models():
        rows = plan.records.get(model, [])
        new_ids[model] = {}
        for _old, obj, refs, _m2m in rows:
            for field, target_id in refs.items():
                mapped = new_ids.get(field.related_model, {}).get(target_id)
                setattr(obj, field.attname, mapped)
                if mapped is None:  # a self-reference, or a model that comes later
                    forward.append((obj, field, target_id))
        objs = [obj for _old, obj, _refs, _m2m in rows]
        _insert(model, objs)
        for (old_id, *_rest), obj in zip(rows, objs, strict=True):
            new_ids[model][old_id] = obj.pk
        counts[model._meta.label_lower] = len(objs)

    updates: dict[type[models.Model], tuple[dict, set]] = {}
    for obj, field, target_id in forward:
        setattr(obj, field.attname, new_ids[field.related_model][target_id])
        objs_by_pk, names = updates.setdefault(type(obj), ({}, set()))
        objs_by_pk[obj.pk] = obj
        names.add(field.name)
    for model, (objs_by_pk, names) in updates.items():
        model._base_manager.bulk_update(list(objs_by_pk.values()), sorted(names), batch_size=100)

    links: dict[models.ManyToManyField, list[models.Model]] = {}
    for rows in plan.records.values():
        for _old, obj, _refs, m2m in rows:
            for field, target_ids in m2m.items():
                through = field.remote_field.through
                source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
                links.setdefault(field, []).extend(
                    through(**{f"{source}_id": obj.pk, f"{target}_id": new_ids[field.related_model][t]})
                    for t in target_ids
                )
    for field, rows in links.items():
        field.remote_field.through._default_manager.bulk_create(rows, batch_size=500)
    return counts


def _insert(model, objs: list[models.Model]) -> None:
    """Insert the rows as they are: a raw insert neither calls save() (derived values come back
    exactly as exported) nor stamps auto_now/auto_now_add dates over the exported ones."""
    if not objs:
        return
    now = timezone.now()
    for f in _data_fields(model):
        if isinstance(f, models.DateField) and (f.auto_now or f.auto_now_add):
            for obj in objs:
                if getattr(obj, f.attname) is None:  # not in the backup: as if made now
                    setattr(obj, f.attname, now if isinstance(f, models.DateTimeField) else now.date())
    manager = model._base_manager
    db = router.db_for_write(model)
    fields = [f for f in model._meta.local_concrete_fields if not f.primary_key]
    returning = model._meta.db_returning_fields
    size = max(1, connections[db].ops.bulk_batch_size(fields, objs))
    for start in range(0, len(objs), size):
        batch = objs[start : start + size]
        rows = manager._insert(batch, fields=fields, returning_fields=returning, raw=True, using=db)
        for obj, row in zip(batch, rows, strict=True):
            for field, value in zip(returning, row, strict=True):
                setattr(obj, field.attname, value)
            obj._state.adding, obj._state.db = False, db
