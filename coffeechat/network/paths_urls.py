"""URLs of the target list, warm paths and search (full paths: mounted at the site root)."""

from django.urls import path

from coffeechat.network import paths_views, search_views, targets_views

urlpatterns = [
    path("targets/", targets_views.targets, name="targets"),
    path("targets/add/", targets_views.targets_add, name="targets_add"),
    path("targets/<int:pk>/", targets_views.target_edit, name="target_edit"),
    path("targets/<int:pk>/list/", targets_views.target_list_toggle, name="target_list_toggle"),
    path("people/names/", paths_views.people_names, name="people_names"),
    path("people/<int:pk>/knows/", paths_views.person_connection_add, name="person_connection_add"),
    path("people/<int:pk>/groups/", paths_views.person_affiliations, name="person_affiliations"),
    path("people/<int:pk>/introduction/", paths_views.introduction, name="introduction"),
    path("connections/<int:pk>/delete/", paths_views.connection_delete, name="connection_delete"),
    path("you/groups/", paths_views.my_affiliations, name="my_affiliations"),
    path("search/", search_views.search_page, name="search"),
]
