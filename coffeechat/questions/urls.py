# Paths of the questions app, mounted at the site root by coffeechat/urls.py: write full paths here.
from django.urls import path

from coffeechat.questions import views

urlpatterns = [
    path("questions/", views.bank_page, name="question_bank"),
    path("questions/new/", views.question_new, name="question_new"),
    path("questions/review/", views.question_review, name="question_review"),
    path("questions/<int:pk>/edit/", views.question_edit, name="question_edit"),
    path("questions/<int:pk>/delete/", views.question_delete, name="question_delete"),
    path("conversations/<int:pk>/plan/", views.plan_page, name="plan"),
    path("conversations/<int:pk>/plan/settings/", views.plan_settings, name="plan_settings"),
    path("conversations/<int:pk>/plan/suggest/", views.plan_suggest, name="plan_suggest"),
    path("conversations/<int:pk>/plan/order/", views.plan_order, name="plan_order"),
    path(
        "conversations/<int:pk>/plan/must-asks-first/",
        views.plan_must_asks_first,
        name="plan_must_asks_first",
    ),
    path("conversations/<int:pk>/plan/share/", views.share_new, name="share_new"),
    path("conversations/<int:pk>/briefing/", views.briefing, name="briefing"),
    path("conversations/<int:pk>/briefing.pdf", views.briefing_download, name="briefing_pdf"),
    path("conversations/<int:pk>/meeting/", views.meeting, name="meeting"),
    path("conversations/<int:pk>/meeting/start/", views.meeting_start, name="meeting_start"),
    path("conversations/<int:pk>/meeting/notes/", views.meeting_notes, name="meeting_notes"),
    path("conversations/<int:pk>/meeting/capture/", views.meeting_capture, name="meeting_capture"),
    path("conversations/<int:pk>/meeting/lead/", views.meeting_lead, name="meeting_lead"),
    path("conversations/<int:pk>/meeting/undo/", views.meeting_undo, name="meeting_undo"),
    path("conversations/<int:pk>/meeting/finish/", views.meeting_finish, name="meeting_finish"),
    path("plan-items/<int:pk>/move/", views.item_move, name="item_move"),
    path("plan-items/<int:pk>/edit/", views.item_edit, name="item_edit"),
    path("plan-items/<int:pk>/delete/", views.item_delete, name="item_delete"),
    path("plan-items/<int:pk>/meeting/", views.item_meeting, name="item_meeting"),
    path("review-links/<int:pk>/revoke/", views.share_revoke, name="share_revoke"),
    path("comments/<int:pk>/<str:action>/", views.comment_action, name="comment_action"),
    path("review/<str:token>/", views.review_page, name="review"),
]
