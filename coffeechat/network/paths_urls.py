"""URLs of the target list, warm paths and search (full paths: mounted at the site root)."""

from django.urls import path

from coffeechat.network import targets_views

urlpatterns = [
    path("targets/", targets_views.targets, name="targets"),
    path("targets/add/", targets_views.targets_add, name="targets_add"),
    path("targets/<int:pk>/", targets_views.target_edit, name="target_edit"),
    path("targets/<int:pk>/list/", targets_views.target_list_toggle, name="target_list_toggle"),
]
