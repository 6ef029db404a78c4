"""Bytes to text: the encodings contact files come in, and the files that are not contact files."""

import codecs
import io
import zipfile

from charset_normalizer import from_bytes

from coffeechat.network.imports.records import MAX_BYTES, ImportFailed

_NOT_TEXT = {
    b"%PDF": "This is a PDF, not a contact file. Export your contacts as CSV or vCard and upload that.",
    b"\x89PNG": "This is a picture, not a contact file.",
    b"\xff\xd8\xff": "This is a picture, not a contact file.",
    b"\xd0\xcf\x11\xe0": "This is an old Excel or Word file. Save it as CSV (UTF-8) first.",
}


def read_bytes(data: bytes, filename: str = "") -> str:
    """The file's text. Raises ImportFailed for empty, too large or non-text files.

    A zip (LinkedIn sends "Get a copy of your data" as one) is opened and its Connections.csv used."""
    if len(data) > MAX_BYTES:
        raise ImportFailed(
            f"The file is {len(data) / 1024 / 1024:.0f} MB; coffeechat reads files up to "
            f"{MAX_BYTES // 1024 // 1024} MB. Export only your contacts, or split the file."
        )
    if data.startswith(b"PK\x03\x04"):
        data = _from_zip(data)
    if not data.strip():
        raise ImportFailed("The file is empty.")
    for magic, message in _NOT_TEXT.items():
        if data.startswith(magic):
            raise ImportFailed(message)
    return _decode(data)


def _from_zip(data: bytes) -> bytes:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = [n for n in archive.namelist() if n.lower().endswith((".csv", ".vcf"))]
        wanted = [n for n in names if n.lower().rsplit("/", 1)[-1] == "connections.csv"] or names
        if len(wanted) != 1:
            raise ImportFailed(
                "This is a zip file (a spreadsheet, or LinkedIn's archive). Unzip it and upload "
                "Connections.csv, or save the spreadsheet as CSV."
            )
        info = archive.getinfo(wanted[0])
        if info.file_size > MAX_BYTES:
            raise ImportFailed(f"{wanted[0]} in the zip is larger than {MAX_BYTES // 1024 // 1024} MB.")
        return archive.read(info)
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError, ValueError):
        raise ImportFailed("This zip file cannot be opened. Unzip it and upload the CSV inside.") from None


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    # UTF-16 without a byte order mark: every other byte of ASCII text is zero.
    head = data[:4000]
    if len(head) >= 4 and head[1::2].count(0) > len(head) // 4 and not head[0::2].count(0):
        return _strict(data, "utf-16-le")
    if len(head) >= 4 and head[0::2].count(0) > len(head) // 4 and not head[1::2].count(0):
        return _strict(data, "utf-16-be")
    if b"\x00" in head:
        raise ImportFailed("This is not a text file (it holds binary data). Upload a CSV or vCard file.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Excel on Windows saves "CSV" in Windows-1252; the five bytes it leaves undefined
        # make the strict decode fail, and then a guess is better than nothing.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise ImportFailed("This file's characters cannot be read. Save it as CSV (UTF-8) and try again.")
    return data.decode(best.encoding, errors="replace")


def _strict(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        raise ImportFailed(
            f"The file says it is {encoding.upper()} but byte {e.start + 1} is not. "
            "Save it again as CSV (UTF-8) and try again."
        ) from None
    return text.removeprefix("\ufeff")
