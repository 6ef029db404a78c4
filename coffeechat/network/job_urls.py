"""URLs of work history by hand (full paths: mounted at the site root)."""

from django.urls import path

from coffeechat.network import job_views

urlpatterns = [
    path("people/<int:pk>/jobs/", job_views.person_jobs, name="person_jobs"),
    path("jobs/<int:pk>/edit/", job_views.job_edit, name="job_edit"),
    path("jobs/<int:pk>/delete/", job_views.job_delete, name="job_delete"),
]
