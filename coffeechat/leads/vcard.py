"""People as vCards (RFC 6350, version 4.0), written with vobject.

What a card holds: FN (the name as written) and N (split at the last space, for address books that
sort by family name), ORG, TITLE, EMAIL, TEL as tel: URIs (an extension as ";ext="), ADR (the
address as one multi-line street), URL (the website), X-SOCIALPROFILE (LinkedIn and other
profiles; the de-facto property Apple and Google write), NOTE, CATEGORIES (tags), UID and REV.
"""

import uuid

import vobject
from django.http import HttpResponse
from django.utils import timezone

from coffeechat.network.models import Person

# Fixed, so that a person's UID is the same in every export: address books then update, not add.
UID_NAMESPACE = uuid.UUID("7d1f5e33-1e8c-4c1a-9a43-4f3f0e6a2b61")


def people_for_vcard(user):
    return (
        Person.objects.for_owner(user)
        .select_related("company")
        .prefetch_related("emails", "phones", "tags")
        .order_by("name", "id")
    )


def tel_uri(number: str) -> str:
    """ "+14155550123 ext. 55" → "tel:+14155550123;ext=55" (RFC 3966)."""
    number, _, extension = number.partition(" ext. ")
    return f"tel:{number};ext={extension}" if extension else f"tel:{number}"


def _profile_type(url: str) -> str:
    host = url.split("://", 1)[-1].split("/", 1)[0].lower().removeprefix("www.")
    return host.split(".")[0] or "other"


def vcard_of(person: Person) -> vobject.base.Component:
    card = vobject.vCard()
    card.add("version").value = "4.0"
    card.add("uid").value = f"urn:uuid:{uuid.uuid5(UID_NAMESPACE, f'{person.owner_id}/{person.pk}')}"
    card.add("fn").value = person.name
    given, _, family = person.name.rpartition(" ")
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    if person.company:
        card.add("org").value = [person.company.name]
    if person.title:
        card.add("title").value = person.title
    for i, email in enumerate(person.emails.all()):
        line = card.add("email")
        line.value = email.address
        if i == 0:
            line.params["PREF"] = ["1"]
    for phone in person.phones.all():
        line = card.add("tel")
        line.value = tel_uri(phone.number)
        line.params["VALUE"] = ["uri"]
        line.encoded = True  # a URI: its ";ext=" is not escaped
    if person.address:
        card.add("adr").value = vobject.vcard.Address(street=person.address)
    if person.website:
        card.add("url").value = person.website
    for url, kind in [
        (person.linkedin_url, "linkedin"),
        *((u, _profile_type(u)) for u in person.social_links),
    ]:
        if url:
            line = card.add("x-socialprofile")
            line.value = url
            line.params["TYPE"] = [kind]
    if person.notes:
        card.add("note").value = person.notes
    tags = [tag.name for tag in person.tags.all()]
    if tags:
        card.add("categories").value = tags
    card.add("rev").value = (person.updated_at or timezone.now()).strftime("%Y%m%dT%H%M%SZ")
    return card


def serialize(people) -> str:
    return "".join(vcard_of(person).serialize() for person in people)


def response(people, filename: str) -> HttpResponse:
    answer = HttpResponse(serialize(people), content_type="text/vcard; charset=utf-8")
    answer["Content-Disposition"] = f'attachment; filename="{filename}"'
    return answer
