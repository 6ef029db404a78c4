# Paths of the insights app, mounted at the site root by coffeechat/urls.py: write full paths here.
urlpatterns: list = []
