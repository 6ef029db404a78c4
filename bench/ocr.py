"""How well business-card photos are read: field accuracy over cards drawn with Pillow.

    uv run python bench/ocr.py [--cards 45] [--seed 6]

Each card (coffeechat/lib/tests/card_images.py) has a name, job title, company, e-mail, phone,
website and, on every other card, a two-line address, in one of five fonts (DejaVu Sans, Serif and
Sans Condensed, Liberation Sans and Serif) and three layouts (left, centred, company on top).
Two sets are read:
  - "clean": 300 dpi, turned by up to 2 degrees, saved as PNG;
  - "rough": like a quick phone photo: turned by up to 4 degrees, shrunk to 55 %, slightly
    blurred, saved as a JPEG of quality 55.
A field counts as right only when it is exactly what was printed (the phone as E.164).
Needs Tesseract (Debian: tesseract-ocr).
"""

import argparse
import io
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coffeechat.settings")

import django  # noqa: E402

django.setup()

from PIL import Image, ImageFilter  # noqa: E402

from coffeechat.lib import cardreader  # noqa: E402
from coffeechat.lib.tests.card_images import FIELDS, draw, make_cards, score  # noqa: E402


def photo(image: Image.Image, rough: bool) -> bytes:
    out = io.BytesIO()
    if rough:
        image = image.resize((int(image.width * 0.55), int(image.height * 0.55)), Image.Resampling.BILINEAR)
        image = image.filter(ImageFilter.GaussianBlur(0.8)).convert("RGB")
        image.save(out, "JPEG", quality=55)
    else:
        image.save(out, "PNG")
    return out.getvalue()


def run(cards, rough: bool) -> tuple[dict[str, float], float, list[str]]:
    hits, seconds, misses = dict.fromkeys(FIELDS, 0), [], []
    for card in cards:
        if rough:
            card.angle = random.Random(card.name).uniform(-4, 4)
        data = photo(draw(card), rough)
        start = time.perf_counter()
        found = cardreader.read_card(cardreader.load_photo(data))
        seconds.append(time.perf_counter() - start)
        for field, ok in score(card, found).items():
            hits[field] += ok
            if not ok:
                misses.append(f"{field}: {getattr(card, field)!r} read as {found_field(found, field)!r}")
    seconds.sort()
    return {f: hits[f] / len(cards) for f in FIELDS}, seconds[len(seconds) // 2], misses


def found_field(found, field):
    return {"email": found.emails, "phone": found.phones}.get(field, getattr(found, field, ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=45)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--misses", action="store_true", help="list every field read wrong")
    args = parser.parse_args()
    if cardreader.tesseract_command() is None:
        sys.exit("Tesseract is not installed: apt install tesseract-ocr")
    print(f"{args.cards} cards, seed {args.seed}")
    print(f"{'set':<7}" + "".join(f"{f:>9}" for f in FIELDS) + f"{'all':>9}{'median s':>10}")
    for rough in (False, True):
        scores, median, misses = run(make_cards(args.cards, args.seed), rough)
        overall = sum(scores.values()) / len(scores)
        name = "rough" if rough else "clean"
        print(
            f"{name:<7}" + "".join(f"{scores[f]:>9.0%}" for f in FIELDS) + f"{overall:>9.0%}{median:>10.2f}"
        )
        if args.misses:
            print("\n".join(f"  {name} {m}" for m in misses))


if __name__ == "__main__":
    main()
