# Paths of the leads app, mounted at the site root by coffeechat/urls.py: write full paths here.
from django.urls import path

from coffeechat.leads import views

urlpatterns = [
    path("leads/", views.leads, name="leads"),
    path("leads/<int:pk>/status/", views.lead_status, name="lead_status"),
    path("leads/<int:pk>/start/", views.lead_start, name="lead_start"),
    path("leads/<int:pk>/delete/", views.lead_delete, name="lead_delete"),
    path("conversations/<int:pk>/leads/new/", views.lead_new, name="lead_new"),
    path("people/<int:pk>/card/", views.person_card, name="person_card"),
    path("people/<int:pk>/card/photo/", views.person_card_photo, name="person_card_photo"),
    path("people/<int:pk>/vcard/", views.person_vcard, name="person_vcard"),
    path("people/vcard/", views.people_vcard, name="people_vcard"),
]
