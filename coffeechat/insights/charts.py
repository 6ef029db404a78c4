"""Geometry for the dashboard's SVG charts: plain numbers the templates draw as rects and text.

No chart library and no script: the server sends finished SVG, which works without JavaScript,
passes the Content-Security-Policy (colours come from classes in app.css) and prints.
"""

import datetime as dt
import math

# Drawing units: the SVG scales to its box, text with it. Narrow charts keep text readable on a phone.
WIDTH = 480
BAR_WIDTH = 360


def nice_max(value: float) -> int:
    """A round top for an axis at or above `value`: 1, 2, 5, 10, 20, 50..."""
    if value <= 0:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return int(step * magnitude)
    return int(10 * magnitude)


def hbars(rows: list[tuple], *, suffix: str = "", top: float | None = None) -> dict:
    """Horizontal bars, one per (label, value) or (label, value, what to say instead), each label
    above its bar so long labels fit on a phone; None draws no bar and says "–" or what it is given."""
    row_height, bar_height, plot = 42, 16, BAR_WIDTH - 56
    top = top or nice_max(max((row[1] or 0 for row in rows), default=0))
    bars = []
    for i, (label, value, *instead) in enumerate(rows):
        y = i * row_height + 20
        width = 0 if not value else max(1.5, plot * value / top)
        bars.append(
            {
                "label": label,
                "label_y": y - 5,
                "y": y,
                "text_y": y + bar_height - 3,
                "x": 0,
                "width": round(width, 1),
                "height": bar_height,
                "value_x": round(width + 6, 1),
                "value": (instead[0] if instead else "–") if value is None else f"{value:g}{suffix}",
            }
        )
    return {"width": BAR_WIDTH, "height": len(rows) * row_height + 4, "bars": bars}


def columns(
    weeks: list[dt.date],
    series: list[tuple[str, str, list[int]]],
    *,
    goal: int | None = None,
    width: int = WIDTH,
) -> dict:
    """Vertical bars per week, stacked when there are several series: (key, label, values).

    `goal` draws a horizontal line at that height."""
    left, right, top_pad, height = 30, 8, 22, 180
    plot_w, plot_h = width - left - right, height - top_pad - 30
    totals = [sum(values[i] for _key, _label, values in series) for i in range(len(weeks))]
    top = nice_max(max([*totals, goal or 0, 1]))
    slot = plot_w / max(len(weeks), 1)
    bar_w = max(2.0, slot * 0.7)
    baseline = top_pad + plot_h
    bars, labels = [], []
    every = max(1, math.ceil(len(weeks) / 8))  # at most about 8 dates along the bottom
    for i, week in enumerate(weeks):
        x = left + i * slot + (slot - bar_w) / 2
        y = baseline
        for key, label, values in series:
            h = plot_h * values[i] / top
            if values[i]:
                y -= h
                bars.append(
                    {
                        "key": key,
                        "x": round(x, 1),
                        "y": round(y, 1),
                        "width": round(bar_w, 1),
                        "height": round(h, 1),
                        "title": f"{label}, week of {week:%d %b}: {values[i]}",
                    }
                )
        if i % every == 0:
            labels.append({"x": round(x + bar_w / 2, 1), "text": f"{week:%d %b}"})
    ticks = [
        {"y": round(baseline - plot_h * t / top, 1), "text": t}
        for t in sorted({0, top // 2, top})
        if t == 0 or t == top or top % 2 == 0
    ]
    chart = {
        "width": width,
        "height": height,
        "bars": bars,
        "labels": labels,
        "label_y": baseline + 18,
        "ticks": ticks,
        "left": left,
        "right": width - right,
        "baseline": baseline,
        "legend": [{"key": key, "label": label} for key, label, _values in series],
    }
    if goal:
        chart["goal_y"] = round(baseline - plot_h * goal / top, 1)
        chart["goal"] = goal
    return chart
