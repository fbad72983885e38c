from django.apps import AppConfig


class CraftsConfig(AppConfig):
    name = "crafts"
    verbose_name = "Traditional crafts"
