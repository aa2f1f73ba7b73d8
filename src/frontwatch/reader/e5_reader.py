"""The accurate reader: one pass of the KIND-fine-tuned e5 encoder per sentence.

The encoder and its NER head are the committed NER model, unchanged (frozen), so the
entity tags are exactly the NER profile's. The event heads (``heads.EventHeads``) read
the hidden states of layer ``MID_LAYER`` and of the last layer at each word's first
sub-token. Their weights: ``weights/e5_heads.pt`` (``training/train_reader.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch

from frontwatch.ner import resolve
from frontwatch.ner.e5_tagger import decode, pad_batch, shared_ner, windows
from frontwatch.ner.spans import char_spans, split_words
from frontwatch.reader.heads import EventHeads, spans, transitions, viterbi
from frontwatch.reader.labels import ARG_TAGS, CUE_TAGS, MODALITY_LABELS, SUB_TO_TYPE, TRIGGER_TAGS
from frontwatch.reader.types import Argument, Cue, Mention, Reading, Trigger

MID_LAYER = 8  # hidden state after this many layers, concatenated with the last
HEADS_FILE = Path(__file__).parent / "weights" / "e5_heads.pt"


class EncoderPass:
    """Words in; per sentence the word vectors (n, 2 x hidden) and NER log-probabilities."""

    def __init__(self) -> None:
        self.ner = shared_ner()  # the entities stage's e5 recognizer uses this same model
        self.tok = self.ner.tok
        self.max_tokens_per_batch = self.ner.max_tokens_per_batch

    def _run(self, ids: torch.Tensor, attn: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        enc = self.ner.model.encoder
        x = enc.ln(enc.word(ids) + enc.pos.weight[: ids.shape[1]] + enc.ttype.weight[0])
        mask = attn[:, None, None, :]
        mid = x
        for k, layer in enumerate(enc.layers):
            x = layer(x, mask)
            if k + 1 == MID_LAYER:
                mid = x
        ner = torch.log_softmax(self.ner.model.head(x).float(), dim=-1)
        return torch.cat([mid, x], dim=-1).float(), ner

    @torch.inference_mode()
    def __call__(self, sentences: Sequence[Sequence[str]]) -> list[tuple[np.ndarray, np.ndarray]]:
        items = []
        for si, words in enumerate(sentences):
            if words:
                items += [(si, ws, we, ids, first) for ws, we, ids, first in windows(words, self.tok)]
        items.sort(key=lambda it: len(it[3]))
        d = 2 * self.ner.model.encoder.cfg.hidden
        feats = [np.zeros((len(s), d), dtype=np.float32) for s in sentences]
        ner = [np.zeros((len(s), self.ner.model.head.out_features), dtype=np.float32) for s in sentences]
        # fp32 like the NER pass (see ner/e5_tagger.py: bf16 autocast is slower on CPUs without bf16)
        for batch in self.ner._batches(items):
            ids, attn = pad_batch([it[3] for it in batch], self.tok.pad)
            h, logp = self._run(ids, attn)
            for row, (si, ws, we, _ids, first) in enumerate(batch):
                feats[si][ws:we] = h[row, first].numpy()
                ner[si][ws:we] = logp[row, first].numpy()
        return list(zip(feats, ner, strict=True))


class HeadsDecoder:
    """Runs trained EventHeads on word vectors and decodes Readings (word offsets -> chars)."""

    def __init__(self, heads: EventHeads, meta: dict | None = None) -> None:
        self.heads = heads.eval()
        meta = meta or {}
        self.trigger_o_bias = float(meta.get("trigger_o_bias", 0.0))
        self._tt = transitions(TRIGGER_TAGS)
        self._ct = transitions(CUE_TAGS)
        self._at = transitions(ARG_TAGS)

    @torch.inference_mode()
    def read_words(self, feats: Sequence[np.ndarray], offsets: Sequence[Sequence[tuple[int, int]]],
                   batch: int = 64) -> list[Reading]:
        out: list[Reading] = [Reading([], [], []) for _ in feats]
        order = sorted((i for i in range(len(feats)) if len(feats[i])), key=lambda i: len(feats[i]))
        for k in range(0, len(order), batch):
            idx = order[k : k + batch]
            lengths = torch.tensor([len(feats[i]) for i in idx])
            x = torch.zeros(len(idx), int(lengths.max()), feats[idx[0]].shape[1])
            for r, i in enumerate(idx):
                x[r, : len(feats[i])] = torch.from_numpy(feats[i])
            h = self.heads.encode(x, lengths)
            trig, cue = self.heads.tag_logits(h)
            trig, cue = torch.log_softmax(trig, -1).numpy(), torch.log_softmax(cue, -1).numpy()
            for r, i in enumerate(idx):
                out[i] = self._decode(h[r : r + 1], int(lengths[r]), trig[r], cue[r], offsets[i])
        return out

    def _decode(self, h: torch.Tensor, n: int, trig: np.ndarray, cue: np.ndarray,
                offs: Sequence[tuple[int, int]]) -> Reading:
        tr = spans(viterbi(trig[:n], *self._tt, self.trigger_o_bias), TRIGGER_TAGS, np.exp(trig[:n]))
        cues = [Cue(offs[i][0], offs[j - 1][1], kind)
                for kind, i, j, _ in spans(viterbi(cue[:n], *self._ct), CUE_TAGS)]
        triggers: list[Trigger] = []
        arguments: list[Argument] = []
        if tr:
            zero = torch.zeros(len(tr), dtype=torch.long)
            a_log, m_log = self.heads.event_logits(h.expand(len(tr), -1, -1), torch.tensor([n] * len(tr)),
                                                   zero, torch.tensor([t[1] for t in tr]),
                                                   torch.tensor([t[2] for t in tr]))
            a_log = torch.log_softmax(a_log, -1).numpy()
            mods = m_log.argmax(-1).tolist()
            for k, (sub, i, j, sc) in enumerate(tr):
                triggers.append(Trigger(offs[i][0], offs[j - 1][1], SUB_TO_TYPE[sub], sub, round(sc, 4),
                                        MODALITY_LABELS[mods[k]]))
                for role, a, b, asc in spans(viterbi(a_log[k, :n], *self._at), ARG_TAGS, np.exp(a_log[k, :n])):
                    arguments.append(Argument(k, offs[a][0], offs[b - 1][1], role, round(asc, 4)))
        return Reading(triggers, cues, arguments)


def load_heads(path: Path = HEADS_FILE) -> tuple[EventHeads, dict]:
    state = torch.load(path, map_location="cpu", weights_only=True)
    heads = EventHeads(**state["config"])
    heads.load_state_dict({k: v.float() for k, v in state["weights"].items()})
    return heads, state["meta"]


def save_heads(heads: EventHeads, path: Path, meta: dict) -> None:
    """fp16 weights (the heads are small; fp16 halves the file at no measurable cost)."""
    state = {"config": heads.config, "meta": meta,
             "weights": {k: v.detach().half() for k, v in heads.state_dict().items()}}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    torch.save(state, tmp)
    tmp.replace(path)


class E5Reader:
    """EventReader for the accurate profile (entity tags from the same pass)."""

    def __init__(self, heads_file: Path = HEADS_FILE) -> None:
        self.encoder = EncoderPass()
        heads, meta = load_heads(heads_file)
        self.decoder = HeadsDecoder(heads, meta)

    def read(self, sentences: list[str], languages: list[str]) -> list[Reading]:
        offsets = [split_words(s) for s in sentences]
        words = [[s[a:b] for a, b in offs] for s, offs in zip(sentences, offsets, strict=True)]
        passes = self.encoder(words)
        readings = self.decoder.read_words([f for f, _ in passes], offsets)
        for r, (_f, ner), offs, lang in zip(readings, passes, offsets, languages, strict=True):
            if resolve("accurate", lang) == "e5":
                tags = decode(ner, self.encoder.ner.o_bias)
                r.entities = [Mention(a, b, lab) for a, b, lab in char_spans(offs, tags)]
        return readings
