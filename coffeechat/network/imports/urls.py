from django.urls import path

from coffeechat.network.imports import views

urlpatterns = [
    path("people/import/", views.import_upload, name="import_upload"),
    path("imports/<int:pk>/", views.import_preview, name="import_preview"),
    path("imports/<int:pk>/cancel/", views.import_cancel, name="import_cancel"),
]

from coffeechat.network import duplicate_views  # noqa: E402

urlpatterns += [
    path("people/duplicates/", duplicate_views.duplicates, name="duplicates"),
    path("people/<int:pk>/merge/", duplicate_views.person_merge, name="person_merge"),
    path("people/<int:pk>/not-duplicate/", duplicate_views.person_not_duplicate, name="person_not_duplicate"),
]
urlpatterns += [
    path("companies/<int:pk>/aliases/", duplicate_views.company_aliases, name="company_aliases"),
]
