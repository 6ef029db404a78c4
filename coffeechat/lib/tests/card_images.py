"""Business cards drawn with Pillow, for the OCR tests and bench/ocr.py: a known card in, an image out.

Each card has a name, a job title, a company, an e-mail, a phone, a website and sometimes an address,
laid out one of a few ways, in one of the system's fonts, turned by a slight angle.
"""

import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation")]
FONTS = [
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
]

FIRST = "Ana Kofi Priya Lars Mei Omar Sofia Dmitri Grace Mateo Hana Samuel Leila Jonas Rosa Ravi".split()
LAST = (
    "Lima Mensah Sharma Nilsson Chen Haddad Rossi Volkov Okafor Garcia Sato Becker Amini Weber Costa".split()
)
TITLES = [
    "Product Designer",
    "Senior Software Engineer",
    "Engineering Manager",
    "Data Scientist",
    "Head of Research",
    "Marketing Director",
    "UX Researcher",
    "Technical Recruiter",
]
COMPANIES = [
    ("Acme Robotics", "acme-robotics.com"),
    ("Northwind Health", "northwindhealth.org"),
    ("Globex Corporation", "globex.com"),
    ("Initech Labs", "initech.io"),
    ("Blue Harbor Capital", "blueharbor.com"),
    ("Umbrella Systems Inc.", "umbrella-systems.com"),
]
STREETS = ["100 Market Street", "42 Harbor Avenue", "7 Elm Road, Suite 300", "1200 Park Blvd"]
CITIES = ["San Francisco, CA 94105", "Boston, MA 02110", "Austin, TX 78701", "Seattle, WA 98101"]


@dataclass
class Card:
    name: str
    title: str
    company: str
    email: str
    phone: str  # as printed
    phone_e164: str
    website: str  # as printed, without https://
    address: str
    font: tuple[str, str]
    layout: str
    angle: float


def font_path(name: str) -> str:
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return str(folder / name)
    raise FileNotFoundError(name)


def available_fonts() -> list[tuple[str, str]]:
    found = []
    for regular, bold in FONTS:
        try:
            found.append((font_path(regular), font_path(bold)))
        except FileNotFoundError:
            continue
    return found


def make_cards(n: int, seed: int = 6) -> list[Card]:
    rng = random.Random(seed)
    fonts = available_fonts()
    cards = []
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        company, domain = rng.choice(COMPANIES)
        area, exchange, line = (
            rng.choice(["415", "617", "512", "206"]),
            rng.randint(200, 989),
            rng.randint(0, 9999),
        )
        printed = rng.choice(["({a}) {e}-{l:04d}", "+1 {a} {e} {l:04d}", "{a}.{e}.{l:04d}"])
        cards.append(
            Card(
                name=f"{first} {last}",
                title=rng.choice(TITLES),
                company=company,
                email=f"{first.lower()}.{last.lower()}@{domain}",
                phone=printed.format(a=area, e=exchange, l=line),
                phone_e164=f"+1{area}{exchange}{line:04d}",
                website=f"www.{domain}",
                address=f"{rng.choice(STREETS)}\n{rng.choice(CITIES)}" if i % 2 else "",
                font=fonts[i % len(fonts)],
                layout=["left", "centered", "logo-top"][i % 3],
                angle=rng.uniform(-2.0, 2.0),
            )
        )
    return cards


def draw(card: Card, width: int = 1050, height: int = 600) -> Image.Image:
    """The card at 300 dpi (3.5 × 2 inches), turned by card.angle degrees on a grey table."""
    regular, bold = card.font
    image = Image.new("RGB", (width, height), "#fdfcf8")
    pen = ImageDraw.Draw(image)
    big, medium, small = (
        ImageFont.truetype(bold, 52),
        ImageFont.truetype(regular, 32),
        ImageFont.truetype(regular, 27),
    )
    company_font = ImageFont.truetype(bold, 38)
    lines = []
    if card.layout == "logo-top":
        lines.append((card.company, company_font, 44))
        lines.append((card.name, big, 20))
        lines.append((card.title, medium, 40))
    else:
        lines.append((card.name, big, 50))
        lines.append((card.title, medium, 14))
        lines.append((card.company, company_font, 36))
    contact = [f"{card.email}", f"Tel: {card.phone}", card.website, *card.address.splitlines()]
    lines += [(text, small, 10) for text in contact]
    y = 40
    for text, font, gap in lines:
        y += gap
        box = pen.textbbox((0, 0), text, font=font)
        x = (width - (box[2] - box[0])) // 2 if card.layout == "centered" else 70
        pen.text((x, y), text, font=font, fill="#1b1b1b")
        y += box[3] - box[1]
    table = Image.new("RGB", (width + 120, height + 120), "#9a958c")
    table.paste(image, (60, 60))
    return table.rotate(card.angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor="#9a958c")


FIELDS = ["name", "title", "company", "email", "phone", "website", "address"]


def score(card: Card, found) -> dict[str, bool]:
    """Which fields of `card` the reader got exactly right (`found` is a CardFields)."""
    return {
        "name": found.name == card.name,
        "title": found.title == card.title,
        "company": found.company == card.company,
        "email": found.emails == [card.email],
        "phone": found.phones == [card.phone_e164],
        "website": found.website == f"https://{card.website}",
        "address": found.address == card.address,
    }


def accuracy(cards: list[Card], read) -> dict[str, float]:
    """The share of cards on which each field was read exactly right; `read(image)` reads one."""
    hits = dict.fromkeys(FIELDS, 0)
    for card in cards:
        for name, ok in score(card, read(draw(card))).items():
            hits[name] += ok
    return {name: hits[name] / len(cards) for name in FIELDS}
