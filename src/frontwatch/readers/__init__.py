"""Readers turn paths (files, folders, ``-`` for stdin) into Documents.

Every input yields either a ``Document`` or a ``ReadError`` naming the file
(and line) and what is wrong with it; one bad input never stops the others.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..document import Document
from .dateline import find_dateline
from .decode import BadInput, decode

MAX_BYTES = 5 * 1024 * 1024  # one article; larger files are almost surely not one
SIDECAR = "meta.jsonl"
TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
EARLIEST_YEAR, LATEST_YEAR = 1800, 2200  # a publication date outside is a placeholder, not a date
META_FIELDS = ("title", "published", "url", "outlet", "author", "language")


@dataclass
class ReadError:
    source: str
    message: str
    id: str | None = None
    skipped: bool = False  # a file that is not an article collection, noted rather than an error


STDIN = "<stdin>"  # where an article read from standard input comes from (its source_path)

def read_inputs(paths: list[str], max_bytes: int = MAX_BYTES) -> Iterator[Document | ReadError]:
    """Documents and errors, lazily, one input after the other: nothing is read ahead."""
    for raw in paths:
        if raw == "-":
            yield from _guarded(read_stdin(max_bytes), STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _guarded(read_folder(path, max_bytes), raw)
        elif path.exists():
            yield from _guarded(read_file(path, {}, max_bytes), raw)
        else:
            yield ReadError(raw, f"{raw}: no such file or folder")


def _guarded(items: Iterator[Document | ReadError], where: str) -> Iterator[Document | ReadError]:
    """Whatever a reader raises ends that input only, as that input's error; the next input is read."""
    try:
        yield from items
    except Exception as e:  # noqa: BLE001 - any reader failure is reported against its input
        yield ReadError(where, f"{where}: reading stopped ({type(e).__name__}: {e})")


def read_folder(folder: Path, max_bytes: int = MAX_BYTES) -> Iterator[Document | ReadError]:
    try:
        os.scandir(folder).close()
    except OSError as e:
        yield _unreadable(e)
        return
    meta: dict[str, dict] = {}
    sidecar = folder / SIDECAR
    if sidecar.exists():
        meta, problems = _read_sidecar(sidecar)
        yield from problems
    unreadable: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=unreadable.append):
        yield from (_unreadable(e) for e in unreadable)
        unreadable.clear()
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            if path == sidecar or path.suffix.lower() not in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES:
                continue
            if path.exists() and not path.is_file():  # a pipe or a device would block or never end
                yield ReadError(str(path), f"{path}: not a regular file; skipped", id=path.stem)
                continue
            yield from _guarded(read_file(path, meta, max_bytes), str(path))
    yield from (_unreadable(e) for e in unreadable)


def _unreadable(e: OSError) -> ReadError:
    where = e.filename or "?"
    return ReadError(str(where), f"{where}: cannot read folder ({e.strerror or e}); its articles were not read")


def read_file(path: Path, meta: dict[str, dict], max_bytes: int = MAX_BYTES) -> Iterator[Document | ReadError]:
    where = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes and path.suffix.lower() not in JSONL_SUFFIXES:
            raise BadInput(
                f"{where}: {size / 1e6:.1f} MB is too large for one article (limit {max_bytes / 1e6:.1f} MB;"
                " split it or raise --max-bytes)"
            )
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl_lines(path, max_bytes)
            return
        data = path.read_bytes()
        if not data.strip():
            raise BadInput(f"{where}: empty file")
        text, warnings = decode(data, where)
        if not text.strip():  # a byte-order mark and nothing else
            raise BadInput(f"{where}: empty file")
        if suffix in HTML_SUFFIXES:
            doc = _from_html(path.stem, text, where)
        else:
            doc = Document(id=path.stem, text=text)
        doc.source_path, doc.warnings = where, warnings + doc.warnings
        _apply_meta(doc, meta.get(doc.id, {}))
        yield _finish(doc)
    except BadInput as e:
        yield ReadError(where, str(e), id=path.stem)
    except OSError as e:
        yield ReadError(where, f"{where}: cannot read ({e.strerror or e})", id=path.stem)


def read_stdin(max_bytes: int = MAX_BYTES) -> Iterator[Document | ReadError]:
    """JSON Lines on stdin are read a record at a time, each processed as it comes (no limit on
    the stream, only on a record); anything else is one article of at most ``max_bytes``."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None or stream.closed:
        yield ReadError("<stdin>", "<stdin>: standard input is closed")
        return
    head = _leading_bytes(stream, max_bytes)
    if head.endswith(b"{"):
        first = head + stream.readline()
        lines = (raw.decode("utf-8", errors="replace") for raw in itertools.chain([first], stream))
        yield from _parse_jsonl(_strip_bom(lines), STDIN, max_bytes)
        return
    data = head + stream.read(max(0, max_bytes + 1 - len(head)))
    if len(data) > max_bytes:
        yield ReadError("<stdin>", f"<stdin>: more than {max_bytes / 1e6:.1f} MB for one article "
                        "(split it, send JSON Lines, or raise --max-bytes)")
        return
    try:
        text, warnings = decode(data, "<stdin>")
    except BadInput as e:
        yield ReadError("<stdin>", str(e))
        return
    if not text.strip():
        yield ReadError("<stdin>", "<stdin>: empty input")
    else:
        from ..document import content_hash

        doc = Document(id=f"stdin-{content_hash(text)[:12]}", text=text, source_path=STDIN, warnings=warnings)
        yield _finish(doc)


def _leading_bytes(stream, limit: int) -> bytes:
    """Read up to and including the first non-blank byte (past a BOM), so the rest of the stream can
    still be read line by line; at most ``limit`` bytes."""
    head = b""
    while len(head) <= limit:
        byte = stream.read(1)
        head += byte
        if not byte or (byte not in b" \t\r\n" and not b"\xef\xbb\xbf".startswith(head.lstrip())):
            break
    return head


def _strip_bom(lines: Iterator[str]) -> Iterator[str]:
    """JSON Lines whose first line starts with a byte-order mark keep their first record."""
    first = True
    for line in lines:
        yield line.removeprefix("\ufeff") if first else line
        first = False


def _read_jsonl_lines(path: Path, max_bytes: int) -> Iterator[Document | ReadError]:
    with path.open("rb") as f:
        lines = (raw.decode("utf-8", errors="replace") for raw in f)
        yield from _parse_jsonl(_strip_bom(lines), str(path), max_bytes)


def _parse_jsonl(lines, where: str, max_bytes: int) -> Iterator[Document | ReadError]:
    """Articles from JSON Lines. A file none of whose records has a 'text' (a gold or metadata file
    lying in an article folder) is noted once as skipped instead of an error per line."""
    held: list[ReadError] = []
    any_text = False
    for item in _parse_jsonl_records(lines, where, max_bytes):
        if isinstance(item, Document):
            any_text = True
            yield from held
            held.clear()
            yield item
        elif not any_text and item.message.endswith("record has no 'text'"):
            held.append(item)
        else:
            yield item
    if held:
        yield ReadError(where, f"{where}: skipped, no record has a 'text' field (not an article file)", skipped=True)


def _parse_jsonl_records(lines, where: str, max_bytes: int) -> Iterator[Document | ReadError]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield ReadError(where, f"{where}:{n}: record larger than {max_bytes / 1e6:.1f} MB")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield ReadError(where, f"{where}:{n}: not valid JSON ({e.msg} at column {e.colno})")
            continue
        except RecursionError:
            yield ReadError(where, f"{where}:{n}: JSON nested too deeply to be an article record")
            continue
        except ValueError as e:  # e.g. an integer of thousands of digits
            yield ReadError(where, f"{where}:{n}: not usable JSON ({e})")
            continue
        if not isinstance(rec, dict):
            yield ReadError(where, f"{where}:{n}: a record must be a JSON object")
            continue
        rec, repaired = _without_surrogates(rec)
        text = rec.get("text")
        rid = rec.get("id")
        if not isinstance(text, str) or not text.strip():
            yield ReadError(where, f"{where}:{n}: record has no 'text'", id=str(rid) if rid is not None else None)
            continue
        doc = Document(id=str(rid) if rid is not None else f"{Path(where).stem}-{n}", text=text)
        doc.source_path = f"{where}:{n}"
        if repaired:
            doc.warnings.append(f"{where}:{n}: lone surrogate escapes (not Unicode text) replaced with U+FFFD")
        _apply_meta(doc, rec)
        yield _finish(doc)


def _without_surrogates(rec: dict) -> tuple[dict, bool]:
    """JSON may escape a lone surrogate ("\\ud800"), which is not text: it cannot be stored or
    written as UTF-8. Each becomes U+FFFD (one code point for one, so offsets hold)."""
    repaired = False
    clean = {}
    for key, value in rec.items():
        if isinstance(value, str) and _SURROGATE.search(value):
            value, repaired = _SURROGATE.sub("\ufffd", value), True
        clean[key] = value
    return clean, repaired


_SURROGATE = re.compile("[\ud800-\udfff]")


def _read_sidecar(path: Path) -> tuple[dict[str, dict], list[ReadError]]:
    meta: dict[str, dict] = {}
    problems: list[ReadError] = []
    try:
        lines = path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
    except OSError as e:
        msg = f"{path}: cannot read the metadata ({e.strerror or e}); articles read without it"
        return meta, [ReadError(str(path), msg)]
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec, _ = _without_surrogates(json.loads(line))
            meta[str(rec["id"])] = rec
        except (ValueError, RecursionError, KeyError, TypeError, AttributeError):
            problems.append(ReadError(str(path), f"{path}:{n}: metadata line ignored (not JSON with an 'id')"))
    return meta, problems


def _apply_meta(doc: Document, rec: dict) -> None:
    for key in META_FIELDS:
        value = rec.get(key)
        if value not in (None, ""):
            setattr(doc, key, str(value))
    if doc.published:
        raw = doc.published
        doc.published_source = "metadata"
        doc.published = _iso_day(raw)
        if doc.published and not EARLIEST_YEAR <= int(doc.published[:4]) <= LATEST_YEAR:
            doc.warnings.append(f"{doc.source_path or doc.id}: publication date {raw!r} is not plausible; ignored")
            doc.published, doc.published_source = None, None


def _iso_day(value: str) -> str | None:
    from datetime import date, datetime

    value = value.strip()
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None


def _from_html(doc_id: str, html: str, where: str) -> Document:
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if result is not None and not isinstance(result, dict):
        result = result.as_dict()
    result = result or {}
    text = result.get("text")
    if not text or not text.strip():
        raise BadInput(f"{where}: HTML without main text")
    get = result.get
    doc = Document(id=doc_id, text=text)
    _apply_meta(doc, {"title": get("title"), "published": get("date"), "author": get("author"),
                      "outlet": get("sitename"), "url": get("url")})
    return doc


def _finish(doc: Document) -> Document:
    if not doc.published:
        doc.published = find_dateline(doc.text)
        doc.published_source = "dateline" if doc.published else None
    if doc.language:
        doc.language = doc.language.strip().lower()[:2] or None
    return doc
