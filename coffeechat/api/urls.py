# Paths of the api app, mounted at the site root by coffeechat/urls.py: write full paths here.
from django.urls import path, re_path

from coffeechat.api import views
from coffeechat.api.api import api, swagger_file

urlpatterns = [
    path("api/v1/docs/files/<str:name>", swagger_file, name="api_docs_file"),
    path("api/v1/", api.urls),
    re_path(r"^api/", views.api_not_found),  # unknown API paths answer JSON too
    path("accounts/settings/tokens/", views.tokens, name="api_tokens"),
    path("accounts/settings/tokens/<int:pk>/delete/", views.token_delete, name="api_token_delete"),
]
