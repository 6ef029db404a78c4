"""Read a business card from a photo: Tesseract finds the words, patterns and layout say which
line is what. The user confirms every field before anything is saved.

`load_photo` checks the upload (a real image, not too big in bytes nor in pixels), `read_card`
runs Tesseract, and `propose` is the pure part: lines of text with their heights in, fields out.
"""

import io
import re
import shutil
import threading
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import phonenumbers
from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError
from rapidfuzz import fuzz

MAX_BYTES = 12 * 1024 * 1024  # a phone camera's JPEG is 2-8 MB
MAX_PIXELS = 50_000_000  # a 50-megapixel photo; more is not a card worth decoding


class CardPhotoError(ValueError):
    """The upload cannot be read as a card photo; the message says why, for the user."""


class OcrUnavailable(RuntimeError):
    """Tesseract is not installed (or not where the settings say)."""


@dataclass
class Line:
    text: str
    height: float  # the median height of the line's words, in pixels: big type is the name or logo
    top: float = 0


@dataclass
class CardFields:
    name: str = ""
    title: str = ""
    company: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    website: str = ""
    linkedin_url: str = ""
    social_links: list[str] = field(default_factory=list)
    address: str = ""
    text: str = ""  # everything read, for the user to copy from

    LABELS = {
        "name": "name",
        "title": "job title",
        "company": "company",
        "emails": "e-mail",
        "phones": "phone",
        "website": "website",
        "linkedin_url": "LinkedIn",
        "social_links": "other profiles",
        "address": "address",
    }

    def found(self) -> list[str]:
        """What was read, in the user's words: ["name", "e-mail", ...]."""
        return [label for name, label in self.LABELS.items() if getattr(self, name)]


def tesseract_command() -> str | None:
    from django.conf import settings

    configured = getattr(settings, "TESSERACT_COMMAND", "") or "tesseract"
    return shutil.which(configured)


_truncation_lock = threading.Lock()


@contextmanager
def _refusing_truncated_images():
    """Pillow's LOAD_TRUNCATED_IMAGES is process-wide and WeasyPrint turns it on when imported
    (for the briefing PDF): a cut-short photo would then load half grey instead of being refused."""
    with _truncation_lock:
        before = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            yield
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = before


def load_photo(data: bytes) -> Image.Image:
    """The photo as an upright grayscale image, or CardPhotoError saying what is wrong with it."""
    if not data:
        raise CardPhotoError("The file is empty. Choose a photo of the card.")
    if len(data) > MAX_BYTES:
        raise CardPhotoError(
            f"The photo is {len(data) / 1024 / 1024:.0f} MB; at most {MAX_BYTES // 1024 // 1024} MB "
            "is read. A smaller photo or a screenshot of the card works well."
        )
    with warnings.catch_warnings(), _refusing_truncated_images():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise CardPhotoError(
                    f"The photo is {width} × {height} pixels, too large to read. "
                    "Take it again at a lower resolution, or crop it to the card."
                )
            image.load()
        except (UnidentifiedImageError, Image.DecompressionBombWarning, Image.DecompressionBombError):
            raise CardPhotoError(
                "That file is not a photo we can read. Choose a JPEG, PNG or WebP image of the card."
            ) from None
        except (OSError, SyntaxError, ValueError) as e:
            raise CardPhotoError(f"The photo could not be read (it may be cut short): {e}.") from None
    image = ImageOps.exif_transpose(image)
    return image.convert("L")


def read_card(image: Image.Image, region: str = "US") -> CardFields:
    """Run Tesseract on the photo and propose the card's fields."""
    import pytesseract

    command = tesseract_command()
    if command is None:
        raise OcrUnavailable("Tesseract is not installed.")
    pytesseract.pytesseract.tesseract_cmd = command
    if image.width < 1400:  # small photos read better enlarged: Tesseract likes ~30 px letters
        scale = 1400 / image.width
        image = image.resize((1400, round(image.height * scale)), Image.Resampling.LANCZOS)
    image = ImageOps.autocontrast(image)
    try:
        data = pytesseract.image_to_data(image, output_type=pytesseract.Output.DICT, timeout=60)
    except pytesseract.TesseractNotFoundError:
        raise OcrUnavailable("Tesseract is not installed.") from None
    except RuntimeError as e:  # pytesseract's timeout
        raise CardPhotoError(f"Reading the photo took too long ({e}). Try a smaller photo.") from None
    return propose(_lines(data), region)


def _lines(data: dict) -> list[Line]:
    words: dict[tuple, list[tuple[str, int, int]]] = {}
    for i, text in enumerate(data["text"]):
        # Not by confidence: Tesseract gives "www." on its own a confidence of 0, yet it is right.
        if text.strip() and float(data["conf"][i]) >= 0:
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            words.setdefault(key, []).append((text.strip(), data["height"][i], data["top"][i]))
    lines = []
    for parts in words.values():
        heights = sorted(h for _, h, _ in parts)
        lines.append(
            Line(" ".join(t for t, _, _ in parts), heights[len(heights) // 2], min(t for _, _, t in parts))
        )
    return sorted(lines, key=lambda line: line.top)


EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
URL = re.compile(
    r"(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/[^\s,;]*)?", re.I
)
SOCIAL_HOSTS = (
    "twitter.com",
    "x.com",
    "github.com",
    "instagram.com",
    "bsky.app",
    "behance.net",
    "dribbble.com",
)
TITLE_WORDS = set(
    """engineer manager designer director head lead analyst scientist developer consultant officer
    president founder cofounder co-founder ceo cto cfo coo vp chief recruiter specialist coordinator
    associate partner researcher professor architect intern editor writer producer strategist
    advisor adviser administrator executive principal senior junior staff owner nurse physician
    teacher counsel attorney accountant marketing sales product operations""".split()
)
COMPANY_WORDS = set(
    """inc inc. llc ltd ltd. limited corp corp. corporation co. company gmbh ag sa plc group labs
    lab technologies technology solutions systems partners studio studios consulting health bank
    capital ventures university institute foundation agency media networks robotics software""".split()
)
STREET = re.compile(
    r"\b(street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|lane|drive|dr\.?|way|suite|floor|"
    r"rue|strasse|straße|plaza|square|place|pl\.?|building|p\.?o\.? box)\b",
    re.I,
)
POSTCODE = re.compile(r"\b([A-Z]{2}\s+\d{5}(-\d{4})?|\d{5}(-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b")
LABEL = re.compile(r"^\s*(?:e-?mail|mail|tel|phone|mobile|cell|fax|web|www|[temfw])\s*[:.|]\s*", re.I)


def _clean_url(url: str) -> str:
    """ "WWW.Acme.com/Team" → "https://www.acme.com/Team" (a host is case-blind, a path is not)."""
    url = url.rstrip(".,;)")
    if "://" not in url:
        host, slash, path = url.partition("/")
        url = f"https://{re.sub(r'^w{3,}[.]', 'www.', host.lower())}{slash}{path}"
    return url


def _on(url: str, hosts) -> bool:
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    return any(host == h or host.endswith(f".{h}") for h in hosts)


def propose(lines: list[Line], region: str = "US") -> CardFields:
    """Which line is what, from patterns (e-mail, phone, web address, street) and layout (the
    biggest plausible name, a job title next to it, a company line or logo)."""
    card = CardFields(text="\n".join(line.text for line in lines))
    rest: list[Line] = []
    address: list[str] = []
    for line in lines:
        text = line.text
        if "@" in text or re.search(r"\bwww\b|https?:", text, re.I):
            # OCR often puts spaces around the @ and the dots of an address
            text = re.sub(r"\s*([@.])\s*", r"\1", text)
        emails = EMAIL.findall(text)
        card.emails += [e.lower().strip(".") for e in emails if e.lower() not in card.emails]
        without_emails = EMAIL.sub(" ", text)
        matches = phonenumbers.PhoneNumberMatcher(
            without_emails, region, leniency=phonenumbers.Leniency.VALID
        )
        phones = [m.number for m in matches]
        for number in phones:
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            if number.extension:
                e164 = f"{e164} ext. {number.extension}"
            if e164 not in card.phones:
                card.phones.append(e164)
        urls = [] if phones else URL.findall(without_emails)
        urls = [u for u in urls if "." in u and not re.fullmatch(r"[\d.]+", u) and len(u) > 4]
        for url in urls:
            url = _clean_url(url)
            if _on(url, ["linkedin.com"]):
                card.linkedin_url = card.linkedin_url or url
            elif _on(url, SOCIAL_HOSTS):
                card.social_links.append(url)
            elif not card.website:
                card.website = url
        if emails or phones or urls:
            continue
        street = STREET.search(text) and re.search(r"\d", text)
        if street or (POSTCODE.search(text) and re.search(r"[A-Za-z]{3}", text)):
            address.append(LABEL.sub("", text).strip())
            continue
        if re.search(r"[A-Za-z]", text):
            rest.append(Line(LABEL.sub("", text).strip(" |·•-"), line.height, line.top))
    card.address = "\n".join(address)

    def words(line: Line) -> set[str]:
        return {w.lower().strip(",.") for w in line.text.split()}

    def looks_like_name(line: Line) -> bool:
        parts = line.text.split()
        return (
            1 < len(parts) <= 4
            and not re.search(r"\d", line.text)
            and all(p[0].isupper() for p in parts if p[0].isalpha())
            and not words(line) & (TITLE_WORDS | COMPANY_WORDS)
        )

    def is_title(line: Line) -> bool:
        return bool({w.strip("()") for w in words(line)} & TITLE_WORDS)

    def is_company(line: Line) -> bool:
        return bool(words(line) & COMPANY_WORDS) or "&" in line.text

    names = [line for line in rest if looks_like_name(line)]
    name = max(names, key=lambda line: line.height, default=None)
    if name:
        card.name = name.text
        rest.remove(name)
    titles = [line for line in rest if is_title(line)]
    if titles:
        near = min(titles, key=lambda line: abs(line.top - name.top) if name else line.top)
        card.title = near.text
        rest.remove(near)
    companies = [line for line in rest if is_company(line)] or [line for line in rest if not is_title(line)]
    if companies:
        card.company = max(companies, key=lambda line: line.height).text
    _agree_on_domain(card)
    return card


def _agree_on_domain(card: CardFields) -> None:
    """A card's e-mail domain and website are usually the same name, and OCR seldom misreads both
    alike: when they differ by a letter or two ("northwindheaith.org", "northwindhealth.org"), the
    spelling closer to the company's name is taken for both."""
    if not (card.emails and card.website and card.company):
        return
    parts = urlsplit(card.website)
    host = (parts.hostname or "").removeprefix("www.")
    user, _, domain = card.emails[0].partition("@")
    if not host or host == domain or fuzz.ratio(host, domain) < 85:
        return
    company = re.sub(r"[^a-z0-9]", "", card.company.lower())

    def closeness(name: str) -> float:
        return fuzz.partial_ratio(re.sub(r"[^a-z0-9]", "", name.rsplit(".", 1)[0]), company)

    if closeness(domain) > closeness(host):
        card.website = card.website.replace(host, domain, 1)
    elif closeness(host) > closeness(domain):
        card.emails[0] = f"{user}@{host}"
