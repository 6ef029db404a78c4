import csv

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.http import urlencode

from coffeechat.insights import charts, metrics
from coffeechat.insights.forms import RangeForm, default_range, presets
from coffeechat.lib.spreadsheet import safe_cell


def _range(request: HttpRequest):
    """The date range asked for, or the default with the form's errors when it is not valid."""
    today = request.user.today()
    start, end = default_range(today)
    if "start" in request.GET or "end" in request.GET:
        form = RangeForm(request.GET)
        if form.is_valid():
            start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    else:
        form = RangeForm(initial={"start": start, "end": end})
    return form, start, end


def tables(data: metrics.Insights) -> dict[str, dict]:
    """Every chart's numbers as a table: shown under the chart and offered as CSV."""
    kinds = metrics.ACTIVITY_KINDS
    return {
        "funnel": {
            "title": "Funnel",
            "header": ["Step", "Count", "What it counts"],
            "rows": [[s.label, s.value, s.help] for s in data.funnel],
        },
        "response": {
            "title": "Response rate",
            "header": ["Group", "Requests", "Replies", "Response rate (%)"],
            "rows": [
                [r["label"], r["requests"], r["replies"], "" if r["rate"] is None else r["rate"]]
                for r in [*data.by_warmth, *data.by_channel]
            ],
        },
        "hosts": {
            "title": "How hosts respond",
            "header": ["Hosts", "Count", "Meaning"],
            "rows": [
                [label, data.host_types.get(key, 0), metrics.HOST_TYPE_HELP[key]]
                for key, label in metrics.HOST_TYPES.items()
            ]
            + [["Still waiting", data.host_types.get(metrics.WAITING, 0), "asked recently, no answer yet"]],
        },
        "meetings": {
            "title": "Meetings per week",
            "header": ["Week of", "Meetings", "Weekly goal"],
            "rows": [[w["week"].isoformat(), w["meetings"], data.goal] for w in data.weeks],
        },
        "activity": {
            "title": "Activity",
            "header": ["Week of", *(label for _kind, label in kinds)],
            "rows": [[w["week"].isoformat(), *(w[kind] for kind, _label in kinds)] for w in data.activity],
        },
    }


def _charts(data: metrics.Insights) -> dict:
    kinds = metrics.ACTIVITY_KINDS
    weeks = [w["week"] for w in data.weeks]
    return {
        "funnel": charts.hbars([(s.label, s.value) for s in data.funnel]),
        "response": charts.hbars(
            [(r["label"], r["rate"], _so_far(r["requests"])) for r in [*data.by_warmth, *data.by_channel]],
            suffix="%",
            top=100,
        ),
        "hosts": charts.hbars(
            [(label, data.host_types.get(key, 0)) for key, label in metrics.HOST_TYPES.items()]
        ),
        "meetings": charts.columns(
            weeks, [("meeting", "Meetings", [w["meetings"] for w in data.weeks])], goal=data.goal or None
        ),
        "activity": charts.columns(
            weeks, [(kind, label, [w[kind] for w in data.activity]) for kind, label in kinds], width=720
        ),
    }


def _so_far(requests: int) -> str:
    """What a bar without a rate says: "2 requests so far: the rate shows from 5"."""
    s = "" if requests == 1 else "s"
    return f"{requests} request{s} so far: the rate shows from {metrics.MIN_REQUESTS_FOR_A_RATE}"


@login_required
def insights(request: HttpRequest) -> HttpResponse:
    form, start, end = _range(request)
    data = metrics.compute(request.user, start, end)
    query = urlencode({"start": start.isoformat(), "end": end.isoformat()})
    context = {
        "form": form,
        "data": data,
        "tables": tables(data),
        "charts": _charts(data),
        "query": query,
        "presets": presets(request.user.today()),
    }
    return render(request, "insights/insights.html", context)


@login_required
def insights_csv(request: HttpRequest, chart: str) -> HttpResponse:
    _form, start, end = _range(request)
    table = tables(metrics.compute(request.user, start, end)).get(chart)
    if table is None:
        raise Http404("No such chart.")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="coffeechat-{chart}-{start}-to-{end}.csv"'
    writer = csv.writer(response)
    writer.writerow(table["header"])
    for row in table["rows"]:
        writer.writerow([safe_cell(v) for v in row])
    return response
