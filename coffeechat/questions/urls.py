# Paths of the questions app, mounted at the site root by coffeechat/urls.py: write full paths here.
urlpatterns: list = []
