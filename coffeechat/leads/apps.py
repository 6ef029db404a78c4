from django.apps import AppConfig


class LeadsConfig(AppConfig):
    name = "coffeechat.leads"
    label = "leads"
