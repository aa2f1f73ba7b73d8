"""Event heads on word vectors: trigger, cue and (per trigger) argument tags, and modality.

A word vector is whatever the encoder gives (for the accurate reader: the e5 hidden
states of a middle and the last layer, at each word's first sub-token). One shared
BiLSTM contextualises them; linear heads tag triggers (BIO over sub-types) and cues
(BIO over cue kinds). For each trigger, the argument head tags every word with a role
(BIO) from [word; trigger; word*trigger; distance to the trigger], and the modality
head classifies [trigger; sentence max-pool].
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from frontwatch.ner.spans import transitions, viterbi
from frontwatch.reader.labels import ARG_TAGS, CUE_TAGS, MODALITY_LABELS, TRIGGER_TAGS

__all__ = ["EventHeads", "spans", "transitions", "viterbi"]

MAX_DIST = 24


class EventHeads(nn.Module):
    def __init__(self, d_in: int, d: int = 256, dropout: float = 0.25) -> None:
        super().__init__()
        self.config = {"d_in": d_in, "d": d, "dropout": dropout}
        self.proj = nn.Sequential(nn.Dropout(dropout), nn.Linear(d_in, d), nn.GELU())
        self.lstm = nn.LSTM(d, d // 2, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(dropout)
        self.trig = nn.Linear(d, len(TRIGGER_TAGS))
        self.cue = nn.Linear(d, len(CUE_TAGS))
        self.dist = nn.Embedding(2 * MAX_DIST + 1, 32)
        self.arg = nn.Sequential(nn.Linear(3 * d + 32, d), nn.GELU(), nn.Dropout(dropout),
                                 nn.Linear(d, len(ARG_TAGS)))
        self.mod = nn.Sequential(nn.Linear(2 * d, d), nn.GELU(), nn.Dropout(dropout),
                                 nn.Linear(d, len(MODALITY_LABELS)))

    def encode(self, x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """x (B, T, d_in) padded word vectors -> (B, T, d) contextual states."""
        packed = nn.utils.rnn.pack_padded_sequence(self.proj(x), lengths.cpu(), batch_first=True,
                                                   enforce_sorted=False)
        out, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=x.shape[1])
        return self.drop(h)

    def tag_logits(self, h: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        return self.trig(h), self.cue(h)

    def event_logits(self, h: torch.Tensor, lengths: torch.Tensor, ev_b: torch.Tensor, ev_s: torch.Tensor,
                     ev_e: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Per event (batch row ev_b, trigger words [ev_s, ev_e)): argument logits (E, T, n_arg)
        and modality logits (E, n_mod)."""
        hb = h[ev_b]  # (E, T, d)
        t = hb.shape[1]
        pos = torch.arange(t).unsqueeze(0)  # (1, T)
        inside = (pos >= ev_s[:, None]) & (pos < ev_e[:, None])
        trig = (hb * inside.unsqueeze(-1)).sum(1) / inside.sum(1, keepdim=True).clamp_min(1)  # (E, d)
        rel = torch.where(pos < ev_s[:, None], pos - ev_s[:, None],
                          torch.where(pos >= ev_e[:, None], pos - ev_e[:, None] + 1, torch.zeros_like(pos)))
        dist = self.dist(rel.clamp(-MAX_DIST, MAX_DIST) + MAX_DIST)
        tr = trig.unsqueeze(1).expand_as(hb)
        args = self.arg(torch.cat([hb, tr, hb * tr, dist], dim=-1))
        valid = pos < lengths[ev_b][:, None]
        pooled = hb.masked_fill(~valid.unsqueeze(-1), -1e4).max(1).values
        return args, self.mod(torch.cat([trig, pooled], dim=-1))


def spans(tag_ids: list[int], tags: list[str], probs: np.ndarray | None = None) -> list[tuple[str, int, int, float]]:
    """(label, word start, word end, mean probability of its tags) from BIO tag ids."""
    out = []
    i = 0
    while i < len(tag_ids):
        lab = tags[tag_ids[i]]
        if lab.startswith("B-"):
            j = i + 1
            while j < len(tag_ids) and tags[tag_ids[j]] == "I-" + lab[2:]:
                j += 1
            sc = float(np.mean([probs[k, tag_ids[k]] for k in range(i, j)])) if probs is not None else 1.0
            out.append((lab[2:], i, j, sc))
            i = j
        else:
            i += 1
    return out
