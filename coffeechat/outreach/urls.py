# Paths of the outreach app, mounted at the site root by coffeechat/urls.py: write full paths here.
from django.urls import path

from coffeechat.outreach import views

urlpatterns = [
    path("conversations/<int:pk>/compose/", views.compose, name="compose"),
    path("conversations/<int:pk>/compose/check/", views.compose_check, name="compose_check"),
    path("conversations/<int:pk>/compose/sent/", views.compose_sent, name="compose_sent"),
    path("conversations/<int:pk>/compose/send/", views.compose_send, name="compose_send"),
    path("conversations/<int:pk>/compose/save/", views.compose_save, name="compose_save"),
    path("templates/", views.templates, name="templates"),
    path("templates/new/", views.template_edit, name="template_new"),
    path("templates/<int:pk>/edit/", views.template_edit, name="template_edit"),
    path("templates/<int:pk>/delete/", views.template_delete, name="template_delete"),
    path("conversations/<int:pk>/invite.ics", views.invite, name="invite"),
    path("conversations/<int:pk>/invite/send/", views.invite_send, name="invite_send"),
    path("conversations/<int:pk>/keep-in-touch/", views.keep_in_touch, name="keep_in_touch"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    path("calendar/feed/new/", views.calendar_feed_new, name="calendar_feed_new"),
    path("calendar/feed/off/", views.calendar_feed_revoke, name="calendar_feed_revoke"),
]
