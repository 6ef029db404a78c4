from django.contrib import admin
from django.urls import include, path

from coffeechat.accounts import views as accounts
from coffeechat.conversations import views as conversations
from coffeechat.network import views as network

c = conversations

urlpatterns = [
    path("", accounts.home, name="home"),
    path("healthz", accounts.healthz, name="healthz"),
    path("accounts/", include("coffeechat.accounts.urls")),
    path("today/", conversations.today, name="today"),
    path("pipeline/", conversations.pipeline, name="pipeline"),
    path("pipeline/move/", conversations.pipeline_move, name="pipeline_move"),
    path("conversations/", conversations.conversation_list, name="conversation_list"),
    path("conversations/new/", conversations.conversation_new, name="conversation_new"),
    path("conversations/<int:pk>/", conversations.conversation, name="conversation"),
    path("conversations/<int:pk>/edit/", c.conversation_edit, name="conversation_edit"),
    path("conversations/<int:pk>/delete/", c.conversation_delete, name="conversation_delete"),
    path("conversations/<int:pk>/move/", c.conversation_move, name="conversation_move"),
    path("conversations/<int:pk>/schedule/", c.conversation_schedule, name="conversation_schedule"),
    path("conversations/<int:pk>/met/", c.conversation_met, name="conversation_met"),
    path("conversations/<int:pk>/snooze/", c.conversation_snooze, name="conversation_snooze"),
    path("conversations/<int:pk>/log/", c.conversation_log, name="conversation_log"),
    path("tasks/", conversations.tasks, name="tasks"),
    path("tasks/new/", conversations.task_new, name="task_new"),
    path("tasks/<int:pk>/edit/", conversations.task_edit, name="task_edit"),
    path("tasks/<int:pk>/delete/", conversations.task_delete, name="task_delete"),
    path("tasks/<int:pk>/<str:action>/", conversations.task_action, name="task_action"),
    path("log/<int:pk>/delete/", conversations.interaction_delete, name="interaction_delete"),
    path("people/", network.people, name="people"),
    path("people/new/", network.person_edit, name="person_new"),
    path("people/<int:pk>/", network.person, name="person"),
    path("people/<int:pk>/edit/", network.person_edit, name="person_edit"),
    path("people/<int:pk>/delete/", network.person_delete, name="person_delete"),
    path("people/<int:pk>/log/", network.person_log, name="person_log"),
    path("companies/", network.companies, name="companies"),
    path("companies/new/", network.company_edit, name="company_new"),
    path("companies/<int:pk>/", network.company, name="company"),
    path("companies/<int:pk>/edit/", network.company_edit, name="company_edit"),
    path("companies/<int:pk>/delete/", network.company_delete, name="company_delete"),
    path("", include("coffeechat.network.imports.urls")),
    path("", include("coffeechat.network.job_urls")),
    # Each later app writes its own full paths in its urls.py.
    path("", include("coffeechat.network.paths_urls")),
    path("", include("coffeechat.outreach.urls")),
    path("", include("coffeechat.questions.urls")),
    path("", include("coffeechat.leads.urls")),
    path("", include("coffeechat.insights.urls")),
    path("", include("coffeechat.advising.urls")),
    path("", include("coffeechat.api.urls")),
    path("admin/", admin.site.urls),
]

handler404 = "coffeechat.accounts.views.not_found"
handler500 = "coffeechat.accounts.views.server_error"
