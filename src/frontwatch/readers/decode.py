"""Bytes to text: UTF-8 first, else the most likely legacy encoding, with a warning."""

from __future__ import annotations

LATIN_GUESSES = ("cp125", "iso8859", "latin", "mac_", "windows_125")


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
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if looks_binary(data):
        raise BadInput(f"{where}: binary data, not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as e:
        first_bad = e.start
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = best.encoding if best else "cp1252"
    # On short texts the detector cannot tell the Latin code pages apart (cp1250 turns «à» into «ŕ»);
    # news in Western languages is overwhelmingly Windows-1252, so it wins among Latin guesses.
    if encoding.replace("-", "_").startswith(LATIN_GUESSES):
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
