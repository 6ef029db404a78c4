# Paths of the api app, mounted at the site root by coffeechat/urls.py: write full paths here.
urlpatterns: list = []
