"""Readers turn paths (files, folders, ``-`` for stdin) into Documents.

Every input yields either a ``Document`` or a ``ReadError`` naming the file
(and line) and what is wrong with it; one bad input never stops the others.
"""

from __future__ import annotations

import json
import os
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
META_FIELDS = ("title", "published", "url", "outlet", "author", "language")


@dataclass
class ReadError:
    source: str
    message: str
    id: str | None = None
    skipped: bool = False  # a file that is not an article collection, noted rather than an error


def read_inputs(paths: list[str], max_bytes: int = MAX_BYTES) -> Iterator[Document | ReadError]:
    for raw in paths:
        if raw == "-":
            yield from read_stdin(max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from read_folder(path, max_bytes)
        elif path.exists():
            yield from read_file(path, {}, max_bytes)
        else:
            yield ReadError(raw, "no such file or folder")


def read_folder(folder: Path, max_bytes: int = MAX_BYTES) -> Iterator[Document | ReadError]:
    meta: dict[str, dict] = {}
    sidecar = folder / SIDECAR
    if sidecar.exists():
        meta, problems = _read_sidecar(sidecar)
        yield from problems
    for root, dirs, files in os.walk(folder, onerror=lambda e: None):
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            if path == sidecar or path.suffix.lower() not in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES:
                continue
            yield from read_file(path, meta, max_bytes)


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
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield ReadError("<stdin>", f"<stdin>: more than {max_bytes / 1e6:.1f} MB")
        return
    try:
        text, warnings = decode(data, "<stdin>")
    except BadInput as e:
        yield ReadError("<stdin>", str(e))
        return
    if not text.strip():
        yield ReadError("<stdin>", "<stdin>: empty input")
    elif text.lstrip().startswith("{"):
        yield from _parse_jsonl(text.splitlines(), "<stdin>", max_bytes)
    else:
        from ..document import content_hash

        doc = Document(id=f"stdin-{content_hash(text)[:12]}", text=text, source_path="<stdin>", warnings=warnings)
        yield _finish(doc)


def _read_jsonl_lines(path: Path, max_bytes: int) -> Iterator[Document | ReadError]:
    with path.open("rb") as f:
        lines = (raw.decode("utf-8", errors="replace") for raw in f)
        yield from _parse_jsonl(lines, str(path), max_bytes)


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
        if not isinstance(rec, dict):
            yield ReadError(where, f"{where}:{n}: a record must be a JSON object")
            continue
        text = rec.get("text")
        rid = rec.get("id")
        if not isinstance(text, str) or not text.strip():
            yield ReadError(where, f"{where}:{n}: record has no 'text'", id=str(rid) if rid is not None else None)
            continue
        doc = Document(id=str(rid) if rid is not None else f"{Path(where).stem}-{n}", text=text)
        doc.source_path = f"{where}:{n}"
        _apply_meta(doc, rec)
        yield _finish(doc)


def _read_sidecar(path: Path) -> tuple[dict[str, dict], list[ReadError]]:
    meta: dict[str, dict] = {}
    problems: list[ReadError] = []
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            meta[str(rec["id"])] = rec
        except (json.JSONDecodeError, KeyError, TypeError):
            problems.append(ReadError(str(path), f"{path}:{n}: metadata line ignored (not JSON with an 'id')"))
    return meta, problems


def _apply_meta(doc: Document, rec: dict) -> None:
    for key in META_FIELDS:
        value = rec.get(key)
        if value not in (None, ""):
            setattr(doc, key, str(value))
    if doc.published:
        doc.published_source = "metadata"
        doc.published = _iso_day(doc.published)


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
