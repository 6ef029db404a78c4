# Paths of the advising app, mounted at the site root by coffeechat/urls.py: write full paths here.
from django.urls import path

from coffeechat.advising import views

urlpatterns = [
    path("advising/", views.my_advisors, name="my_advisors"),
    path("advising/sharing/<int:pk>/", views.sharing_edit, name="sharing_edit"),
    path("advising/sharing/<int:pk>/stop/", views.sharing_stop, name="sharing_stop"),
    path("advising/join/<str:token>/", views.join, name="advising_join"),
    path("advising/students/", views.students, name="advising_students"),
    path("advising/invite/", views.invite, name="advising_invite"),
    path("advising/invitations/<int:pk>/revoke/", views.invitation_revoke, name="invitation_revoke"),
    path("advising/review/", views.review_queue, name="advising_review_queue"),
    path("advising/review/<int:pk>/", views.review, name="advising_review"),
    path("advising/review/<int:pk>/questions/", views.review_preparation, name="advising_review_preparation"),
]
