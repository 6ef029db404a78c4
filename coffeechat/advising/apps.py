from django.apps import AppConfig


class AdvisingConfig(AppConfig):
    name = "coffeechat.advising"
    label = "advising"
