from django.apps import AppConfig


class CoffeechatConfig(AppConfig):
    """The project package itself: shared templates, static files and commands (serve, demo)."""

    name = "coffeechat"
    label = "coffeechat"
