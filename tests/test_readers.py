"""Readers and bad input: every bad file gets a clear message, the rest go on."""

from __future__ import annotations

import json
import os
from pathlib import Path

from frontwatch.document import Document
from frontwatch.readers import ReadError, read_inputs
from frontwatch.readers.dateline import find_dateline


def _read(*paths) -> tuple[list[Document], list[ReadError]]:
    items = list(read_inputs([str(p) for p in paths]))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, ReadError)]


def test_txt_folder_with_sidecar_metadata(tmp_path: Path):
    (tmp_path / "a1.txt").write_text("Le truppe sono avanzate verso il fiume.", encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(json.dumps({"id": "a1", "published": "2023-05-02", "outlet": "X"}) + "\n")
    docs, errors = _read(tmp_path)
    assert not errors
    assert [d.id for d in docs] == ["a1"]
    assert docs[0].published == "2023-05-02" and docs[0].published_source == "metadata"
    assert docs[0].outlet == "X"


def test_dateline_gives_publication_date_but_story_dates_do_not():
    assert find_dateline(" date 2023-04-01 Odesa – Troops moved overnight.") == "2023-04-01"
    story = "Troops moved overnight. " * 30 + "On 2021-02-03 something else happened."
    assert find_dateline(story) is None


def test_windows_1252_is_decoded_with_a_warning(tmp_path: Path):
    (tmp_path / "w.txt").write_bytes("Città liberata: l’esercito è entrato.".encode("cp1252"))
    docs, errors = _read(tmp_path / "w.txt")
    assert not errors
    assert docs[0].text == "Città liberata: l’esercito è entrato."
    assert any("not UTF-8" in w for w in docs[0].warnings)


def test_invalid_utf8_is_read_not_lost(tmp_path: Path):
    (tmp_path / "bad.txt").write_bytes(b"Kyiv reported strikes \xff\xfe on the port.")
    docs, errors = _read(tmp_path / "bad.txt")
    assert not errors and len(docs) == 1
    assert "Kyiv reported strikes" in docs[0].text and docs[0].warnings


def test_empty_binary_and_huge_files_are_reported(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    with (tmp_path / "huge.txt").open("w") as f:  # 50 MB of text
        chunk = "The convoy moved slowly along the road. " * 1000
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            f.write(chunk)
    (tmp_path / "good.txt").write_text("A short real article about a ceasefire.")
    docs, errors = _read(tmp_path)
    assert [d.id for d in docs] == ["good"]
    messages = " | ".join(e.message for e in errors)
    assert "empty file" in messages and "binary data" in messages and "too large" in messages


def test_html_with_and_without_body(tmp_path: Path):
    body = "<p>" + "Ukrainian forces said they had pushed back an assault near the river crossing. " * 5 + "</p>"
    (tmp_path / "ok.html").write_text(
        f"<html><head><title>Front update</title><meta name='author' content='A. Writer'></head>"
        f"<body><article><h1>Front update</h1>{body}</article></body></html>"
    )
    (tmp_path / "nobody.html").write_text("<html><head><title>Nothing</title></head></html>")
    docs, errors = _read(tmp_path)
    assert [d.id for d in docs] == ["ok"]
    assert "pushed back an assault" in docs[0].text
    assert any("HTML without main text" in e.message for e in errors)


def test_jsonl_broken_line_is_reported_with_its_number(tmp_path: Path):
    lines = [
        json.dumps({"id": "j1", "text": "First article text.", "published": "2024-01-02"}),
        "{not json",
        json.dumps({"id": "j3", "text": "Third article text.", "language": "EN"}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n")
    docs, errors = _read(tmp_path / "batch.jsonl")
    assert [d.id for d in docs] == ["j1", "j3"]
    assert docs[0].published == "2024-01-02" and docs[1].language == "en"
    assert len(errors) == 1 and "batch.jsonl:2" in errors[0].message


def test_unreadable_file_in_folder(tmp_path: Path):
    (tmp_path / "fine.txt").write_text("Readable article.")
    os.symlink(tmp_path / "missing-target.txt", tmp_path / "dangling.txt")
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    locked.chmod(0)
    docs, errors = _read(tmp_path)
    ids = [d.id for d in docs]
    assert "fine" in ids and "dangling" not in ids
    assert any("dangling.txt" in e.message and "cannot read" in e.message for e in errors)
    if os.geteuid() != 0:  # root reads any file regardless of its mode
        assert "locked" not in ids


def test_missing_path():
    docs, errors = _read("/nonexistent/folder")
    assert not docs and "no such file" in errors[0].message
