from django.utils.cache import patch_vary_headers


class VaryOnHtmxMiddleware:
    """Pages answer htmx requests with a fragment at the same URL: tell caches (the browser's
    back button included) that the answer depends on the HX-Request header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        patch_vary_headers(response, ("HX-Request",))
        if getattr(request, "htmx", False):
            response.headers.setdefault("Cache-Control", "no-store")
        return response
