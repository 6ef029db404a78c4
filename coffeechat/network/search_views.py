"""The search page: one box over people, companies, coffee chats and notes."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from coffeechat.lib.http import query_param
from coffeechat.network.search import search, snippet, terms


@login_required
def search_page(request: HttpRequest) -> HttpResponse:
    q = query_param(request, "q")
    words = terms(q)
    results = [
        {"hit": hit, "title": snippet(hit.title, words, width=200), "snippet": snippet(hit.body, words)}
        for hit in search(request.user, q)
    ]
    context = {"q": q, "results": results, "searched": bool(words)}
    template = "network/search.html#results" if request.htmx else "network/search.html"
    return render(request, template, context)
