"""Questions: the user's own question bank, with the same form and reviewer as the bank page."""

import datetime as dt
from enum import StrEnum

from ninja import Field, Query, Router, Schema, Status

from coffeechat.accounts.ownership import get_owned_or_404
from coffeechat.api.common import (
    ERRORS,
    Id,
    Input,
    PageQuery,
    Text,
    as_form_data,
    check,
    page_of,
    paged,
    patch_form,
    patch_of,
)
from coffeechat.questions import bank
from coffeechat.questions.forms import QuestionForm
from coffeechat.questions.models import Question, search_bank
from coffeechat.questions.reviewer import AVOID, OK, WEAK
from coffeechat.questions.reviewer import review as review_question

questions = Router(tags=["questions"])

# StrEnum: the pages' forms read str(value), which is the bare value here.
Area = StrEnum("Area", {key.upper(): key for key in bank.AREAS})
Family = StrEnum("Family", {key.upper(): key for key in bank.FAMILIES})
Verdict = StrEnum("Verdict", {v.upper(): v for v in (OK, WEAK, AVOID)})


class ReasonOut(Schema):
    rule: str
    message: str = Field(description="What the reviewer found, and why it matters.")
    suggestion: str = Field(description="A better way to ask.")


class ReviewOut(Schema):
    verdict: Verdict = Field(description="ok, weak or avoid: the same reviewer as the plan page.")
    reasons: list[ReasonOut]


class QuestionOut(Schema):
    id: int
    key: str = Field(description='How a plan names it ("u12"), next to the shipped bank\'s "b042".')
    text: str
    area: Area
    area_label: str
    family: Family = Field(description="Its TIARA kind: trends, insights, advice, resources or assignments.")
    family_label: str
    minutes: int
    review: ReviewOut
    created_at: dt.datetime

    @staticmethod
    def resolve_review(question: Question) -> dict:
        found = review_question(question.text)
        return {"verdict": found.verdict, "reasons": [reason.as_dict() for reason in found.reasons]}


class QuestionIn(Input):
    text: Text(500) = Field(
        description="Your question. {company}, {role}, {industry} and {host_first_name} are filled in "
        "from each conversation."
    )
    area: Area = Area.JOB
    family: Family = Family.INSIGHTS
    minutes: int = Field(2, description="Minutes a good answer takes: 1 to 20.")


QuestionPatch = patch_of(QuestionIn)
QuestionPage = page_of(QuestionOut)


class QuestionFilters(Schema):
    q: Text(200) = Field("", description="Words in the question.")
    area: Area | None = None
    family: Family | None = None


@questions.get("", response={200: QuestionPage, **ERRORS}, summary="List your questions")
def question_list(request, filters: Query[QuestionFilters], paging: Query[PageQuery]):
    """Only the questions you added; the ones coffeechat ships are at /api/v1/questions/bank/."""
    found = Question.objects.for_owner(request.auth).search(
        q=filters.q.strip(), area=filters.area or "", family=filters.family or ""
    )
    return paged(found.order_by("-created_at", "-id"), paging)


class BankQuestionOut(Schema):
    key: str = Field(description='Give it as bank_key to add it to a plan, like "b042".')
    text: str
    area: Area
    area_label: str
    family: Family
    family_label: str
    minutes: int


BankQuestionPage = page_of(BankQuestionOut)


@questions.get(
    "/bank/", response={200: BankQuestionPage, **ERRORS}, summary="List the questions coffeechat ships"
)
def bank_question_list(request, filters: Query[QuestionFilters], paging: Query[PageQuery]):
    """The same for everyone, in the bank's order; read only."""
    found = search_bank(q=filters.q.strip(), area=filters.area or "", family=filters.family or "")
    return paged(found, paging)


@questions.post("", response={201: QuestionOut, **ERRORS}, summary="Add a question")
def question_create(request, payload: QuestionIn):
    form = QuestionForm(as_form_data(payload.model_dump()), owner=request.auth)
    check(form)
    return Status(201, form.save())


@questions.get("/{int:pk}/", response={200: QuestionOut, **ERRORS}, summary="Read a question")
def question_read(request, pk: Id):
    return get_owned_or_404(Question, request.auth, pk=pk)


@questions.patch("/{int:pk}/", response={200: QuestionOut, **ERRORS}, summary="Change a question")
def question_update(request, pk: Id, payload: QuestionPatch):
    """Plans that use it keep their own copy."""
    question = get_owned_or_404(Question, request.auth, pk=pk)
    changes = payload.model_dump(exclude_unset=True)
    return patch_form(QuestionForm, question, changes, owner=request.auth).save()


@questions.delete("/{int:pk}/", response={204: None, **ERRORS}, summary="Delete a question")
def question_delete(request, pk: Id):
    """Plans that use it keep their copy."""
    get_owned_or_404(Question, request.auth, pk=pk).delete()
    return Status(204, None)
