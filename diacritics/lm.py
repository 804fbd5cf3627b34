"""A syllable trigram language model with interpolated Kneser-Ney smoothing, our own.

Stored in backoff form so a query costs at most three dict lookups:
  p(w|u v) = P3[uvw]                    when the trigram was seen (interpolation already folded in)
           = G2[uv] * p(w|v)            when only the context was seen
           = p(w|v)                     otherwise, and likewise down to p(w) = P1[w].
Keys pack token ids into one int (ids < 2^20), which keeps the tables ~3x smaller than tuple keys.
"""

from __future__ import annotations

import math
import pickle
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

BOS, EOS, NUM, UNK = "<s>", "</s>", "<num>", "<unk>"
SHIFT = 20
FLOOR = -20.0  # log-prob of a token the model has never seen


def pack(*ids: int) -> int:
    k = 0
    for i in ids:
        k = (k << SHIFT) | i
    return k


def _discount(counts: Iterable[int]) -> float:
    c = Counter(min(n, 3) for n in counts)
    n1, n2 = c[1], c[2]
    return n1 / (n1 + 2 * n2) if n1 and n2 else 0.5


class TrigramLM:
    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}
        self.P1: list[float] = []
        self.P2: dict[int, float] = {}
        self.G1: dict[int, float] = {}
        self.P3: dict[int, float] = {}
        self.G2: dict[int, float] = {}

    # --- estimation -------------------------------------------------------------------------

    @classmethod
    def train(cls, sentences: Iterable[list[str]], min_count: int = 1) -> TrigramLM:
        """Each sentence a list of tokens (already lower-cased, numbers as <num>)."""
        lm = cls()
        uni: Counter[str] = Counter()
        sents = []
        for s in sentences:
            sents.append(s)
            uni.update(s)
        keep = [w for w, n in uni.items() if n >= min_count]
        for w in (BOS, EOS, NUM, UNK, *sorted(keep)):
            lm.vocab.setdefault(w, len(lm.vocab))
        v, unk = lm.vocab, lm.vocab[UNK]
        c3: Counter[tuple[int, int, int]] = Counter()
        for s in sents:
            ids = [v[BOS], v[BOS], *(v.get(w, unk) for w in s), v[EOS]]
            c3.update(zip(ids, ids[1:], ids[2:], strict=False))
        lm._estimate(c3)
        return lm

    def _estimate(self, c3: Counter[tuple[int, int, int]]) -> None:
        # continuation counts for the lower orders (Kneser-Ney)
        n2: Counter[tuple[int, int]] = Counter((b, c) for (_a, b, c) in c3)  # N1+(. b c)
        n1: Counter[int] = Counter(c for (_b, c) in n2)  # N1+(. c) over bigram types
        d3, d2 = _discount(c3.values()), _discount(n2.values())
        n_vocab = len(self.vocab)
        total1 = sum(n1.values())
        d1 = _discount(n1.values())
        p1 = [0.0] * n_vocab
        types1 = len(n1)
        for w in range(n_vocab):
            p1[w] = max(n1.get(w, 0) - d1, 0) / total1 + d1 * types1 / total1 / n_vocab
        self.P1 = [math.log(p) for p in p1]
        # order 2 over continuation counts
        ctx2: Counter[int] = Counter()
        types2: Counter[int] = Counter()
        for (b, _c), n in n2.items():
            ctx2[b] += n
            types2[b] += 1
        for (b, c), n in n2.items():
            gamma = d2 * types2[b] / ctx2[b]
            self.P2[pack(b, c)] = math.log(max(n - d2, 0) / ctx2[b] + gamma * p1[c])
        self.G1 = {b: math.log(d2 * types2[b] / ctx2[b]) for b in ctx2}
        # order 3 over real counts
        ctx3: Counter[tuple[int, int]] = Counter()
        types3: Counter[tuple[int, int]] = Counter()
        for (a, b, _c), n in c3.items():
            ctx3[a, b] += n
            types3[a, b] += 1
        for (a, b, c), n in c3.items():
            gamma = d3 * types3[a, b] / ctx3[a, b]
            lower = math.exp(self.logp2(b, c))
            self.P3[pack(a, b, c)] = math.log(max(n - d3, 0) / ctx3[a, b] + gamma * lower)
        self.G2 = {pack(a, b): math.log(d3 * types3[a, b] / ctx3[a, b]) for (a, b) in ctx3}

    # --- queries ------------------------------------------------------------------------------

    def id(self, token: str) -> int:
        return self.vocab.get(token, self.vocab[UNK])

    def logp2(self, b: int, c: int) -> float:
        p = self.P2.get((b << SHIFT) | c)
        if p is not None:
            return p
        return self.G1.get(b, 0.0) + self.P1[c]

    def logp(self, a: int, b: int, c: int) -> float:
        """log p(c | a b), natural log."""
        k = (a << SHIFT) | b
        p = self.P3.get((k << SHIFT) | c)
        if p is not None:
            return p
        p = self.P2.get((b << SHIFT) | c)
        if p is None:
            p = self.G1.get(b, 0.0) + self.P1[c]
        return self.G2.get(k, 0.0) + p

    def score(self, tokens: list[str]) -> float:
        ids = [self.vocab[BOS], self.vocab[BOS], *(self.id(t) for t in tokens), self.vocab[EOS]]
        return sum(self.logp(a, b, c) for a, b, c in zip(ids, ids[1:], ids[2:], strict=False))

    # --- persistence --------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        with open(path, "wb") as f:
            pickle.dump((self.vocab, self.P1, self.P2, self.G1, self.P3, self.G2), f, protocol=5)

    @classmethod
    def load(cls, path: Path) -> TrigramLM:
        lm = cls()
        with open(path, "rb") as f:
            lm.vocab, lm.P1, lm.P2, lm.G1, lm.P3, lm.G2 = pickle.load(f)  # noqa: S301 - our own file
        return lm
