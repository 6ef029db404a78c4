# Paths of the leads app, mounted at the site root by coffeechat/urls.py: write full paths here.
from django.urls import path

from coffeechat.leads import views

urlpatterns = [
    path("leads/", views.leads, name="leads"),
    path("leads/<int:pk>/status/", views.lead_status, name="lead_status"),
    path("leads/<int:pk>/start/", views.lead_start, name="lead_start"),
    path("leads/<int:pk>/delete/", views.lead_delete, name="lead_delete"),
    path("conversations/<int:pk>/leads/new/", views.lead_new, name="lead_new"),
]
