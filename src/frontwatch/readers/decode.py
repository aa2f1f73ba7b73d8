"""Bytes to text: a byte-order mark first, then UTF-8 (even with a few damaged bytes), else the most
likely legacy encoding, always with a warning saying what was done."""

from __future__ import annotations

import codecs
import re

# Western code pages the detector cannot tell apart on short texts (cp1250 turns «à» into «ŕ»);
# news in Western languages is overwhelmingly Windows-1252, so it wins among these. Cyrillic,
# Greek, Hebrew or Arabic code pages (cp1251, cp1253…) are distinct scripts and kept as detected.
LATIN_GUESSES = ("cp1250", "cp1252", "cp1254", "cp1257", "iso8859_1", "iso8859_2", "iso8859_9", "iso8859_13",
                 "iso8859_15", "iso8859_16", "latin_1", "mac_roman", "mac_latin2")
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# a well-formed multi-byte UTF-8 sequence: rare by chance in a legacy encoding, the mark of UTF-8
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


class BadInput(Exception):
    """An input that cannot become an article; the message says why, for the user."""


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    control = sum(b < 9 or 13 < b < 32 for b in sample)
    return control > len(sample) * 0.05


def decode(data: bytes, where: str) -> tuple[str, list[str]]:
    """The text and any warnings. Raises BadInput for binary data."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).removeprefix("\ufeff"), []
            except UnicodeDecodeError as e:
                raise BadInput(f"{where}: starts with a {encoding} byte-order mark but is not {encoding} "
                               f"(invalid data at byte {e.start})") from e
    if looks_binary(data):
        raise BadInput(f"{where}: binary data, not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as e:
        first_bad = e.start
    damaged = data.decode("utf-8", errors="replace").count("\ufffd")
    if len(UTF8_SEQUENCE.findall(data)) >= damaged:  # UTF-8 with a few damaged bytes, not a legacy code page
        text = data.decode("utf-8", errors="replace")
        return text, [f"{where}: {damaged} invalid UTF-8 byte(s), first at {first_bad}; replaced with U+FFFD"]
    return _legacy(data, where, first_bad)


def _mostly_ascii_letters(data: bytes) -> bool:
    """Text in a Latin script is mostly ASCII letters with a few accented ones; Cyrillic, Greek or
    Arabic in a legacy code page is mostly bytes above 127. On a short text this tells more than
    the detector, which may call «città» Urdu."""
    high = sum(b > 127 for b in data)
    return high < sum(65 <= b <= 90 or 97 <= b <= 122 for b in data)


def _legacy(data: bytes, where: str, first_bad: int) -> tuple[str, list[str]]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = codecs.lookup(best.encoding).name.replace("-", "_") if best else "cp1252"
    if encoding in LATIN_GUESSES or _mostly_ascii_letters(data):
        try:
            return data.decode("cp1252"), [f"{where}: not UTF-8 (invalid byte at {first_bad}); decoded as cp1252"]
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = data.decode("utf-8", errors="replace")
        return text, [f"{where}: invalid UTF-8 at byte {first_bad}; undecodable bytes replaced with U+FFFD"]
    return text, [f"{where}: not UTF-8 (invalid byte at {first_bad}); decoded as {encoding}"]
