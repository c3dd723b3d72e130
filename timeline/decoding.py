"""Turn the bytes of an input file into text: byte-order marks, UTF-8, UTF-16, legacy Western encodings.

Most news text on disk is UTF-8. What is not is usually Windows-1252 (curly quotes saved by old
Windows software) or UTF-16 (exports from Word and Excel). Detectors that work on byte statistics
guess badly on short English texts (a lone 0x92 quote reads as a Cyrillic letter), so Western text is
recognized first and charset-normalizer only decides what is left.
"""

from __future__ import annotations

import codecs
import unicodedata

from timeline.errors import InputError

# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE mark).
BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),  # FF FE 00 00
    (codecs.BOM_UTF32_BE, "utf-32"),  # 00 00 FE FF
    (codecs.BOM_UTF8, "utf-8-sig"),  # EF BB BF
    (codecs.BOM_UTF16_LE, "utf-16"),  # FF FE
    (codecs.BOM_UTF16_BE, "utf-16"),  # FE FF
]

# Signatures of binary formats people drop into article folders by mistake.
MAGIC = [
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx file)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "a program"),
]

# Characters other than letters that Western text in cp1252 commonly holds above ASCII.
WESTERN_SYMBOLS = set("“”‘’„‚–—…•€£¥¢©®™°±×÷«»‹›´·§¶¿¡¨¯¸ªº¹²³¼½¾\u00a0\u00ad†‡‰ˆ˜")

UNICODE = {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"}
LEGACY = "cp1252"  # a superset of Latin-1's printable characters
MAX_NON_ASCII_LETTERS = 0.3  # above this share, "letters" are more likely mojibake of another script
MAX_CONTROL = 0.01  # share of control characters above which the "text" is binary data


class BinaryFileError(InputError):
    """The bytes are not text in any encoding we can recognize."""


def _bom(data: bytes) -> str | None:
    for mark, encoding in BOMS:
        if data.startswith(mark):
            return encoding
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Return utf-16-le or -be when NUL bytes sit on one side of each pair, as in ASCII text in UTF-16."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_western(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    foreign = [c for c in text if ord(c) > 127]
    if not foreign:
        return True
    if any(not c.isalpha() and c not in WESTERN_SYMBOLS for c in foreign):
        return False
    non_ascii_letters = sum(1 for c in foreign if c.isalpha())
    return non_ascii_letters <= MAX_NON_ASCII_LETTERS * max(len(letters), 1)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    return controls / len(text)


def detect(data: bytes) -> str:
    """Return the name of the encoding of `data`; raise BinaryFileError when it is not text."""
    for signature, kind in MAGIC:
        if data.startswith(signature):
            raise BinaryFileError(f"binary file ({kind})")
    encoding = _bom(data)
    if encoding:
        return encoding
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding:
            return encoding
        raise BinaryFileError("binary file (it holds NUL bytes)")
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        if _looks_western(data.decode(LEGACY)):
            return LEGACY
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported here: only legacy files need it

    best = from_bytes(data).best()
    if best is None:
        raise BinaryFileError("binary file (no text encoding fits its bytes)")
    return best.encoding


def _declared(data: bytes, declared: str | None) -> str | None:
    """Return the declared encoding when it names a codec that decodes the bytes, else None."""
    if not declared:
        return None
    try:
        name = codecs.lookup(declared).name
        data.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None
    return name


def decode(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode `data` as text, returning (text, encoding); the text keeps its line endings as they are.

    `declared` is the encoding the content names for itself (an HTML `<meta charset>`): it wins over
    a guessed legacy encoding when it decodes the bytes. A byte-order mark is not part of the text.
    Raises BinaryFileError for data that is not text.
    """
    encoding = detect(data)
    if encoding not in UNICODE:  # a legacy encoding was guessed: the page's own declaration is better
        encoding = _declared(data, declared) or encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise BinaryFileError(f"cannot decode it as {encoding} ({error})") from None
    text = text.removeprefix("\ufeff")
    if _control_share(text) > MAX_CONTROL:
        raise BinaryFileError("binary file (too many control characters for text)")
    return text, encoding


# A JSON string may escape half of a surrogate pair ("\ud800"): no encoding can write that character.
_LONE_SURROGATE = {code: "\ufffd" for code in range(0xD800, 0xE000)}


def without_lone_surrogates(text: str) -> str:
    """Return `text` with each unpaired surrogate (from a JSON "\\ud800" escape) as U+FFFD.

    One character for one, so that offsets into the text hold; json.loads already joins real pairs.
    """
    return text.translate(_LONE_SURROGATE)
