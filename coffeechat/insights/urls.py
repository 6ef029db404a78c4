# Paths of the insights app, mounted at the site root by coffeechat/urls.py: write full paths here.
from django.urls import path

from coffeechat.insights import views

urlpatterns: list = [
    path("insights/", views.insights, name="insights"),
    path("insights/<slug:chart>.csv", views.insights_csv, name="insights_csv"),
]
