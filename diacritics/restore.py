"""Restore Vietnamese marks: for each word, the marked form that best fits its context.

A beam search over candidate syllables scored by the trigram LM plus a channel model of how the
text lost its marks: `stripped` (marks simply dropped: every candidate with the same bare letters is
equally likely), `garbled` (an English-only OCR's readings, learned in `channel.py`) or `ocr` (our
own Vietnamese OCR, which keeps the letters but now and then misreads a mark: 'KẾT QUÁ' for 'KẾT
QUẢ', 'Tống' for 'Tổng'; the reading stands unless the context clearly prefers another form of the
same letters, and the less sure Tesseract was of the word, the less it takes). Words that already
carry valid marks are kept in `stripped` mode. Numbers, codes, punctuation, spacing and the
case of every letter pass through. Each word gets a confidence: the posterior of its chosen form
given the decoded words around it.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from baocao.core.errors import MissingDependency
from baocao.diacritics.build import lexicon_path, lm_path
from baocao.diacritics.lm import BOS, EOS, TrigramLM
from baocao.diacritics.text import SENTENCE_END, Segment, lm_token, segments
from baocao.core.vietnamese import apply_case, has_marks, is_vietnamese_word, strip_marks

BEAM = 8  # measured on held-out stripped text: 4 -> 96.6%, 8 -> 97.0%, 16 -> 97.0% at half the speed
MAX_CANDIDATES = 10
CACHE_WEIGHT = 1.0  # nats for a form this document always restored the same way
OCR_SLIP_SURE, OCR_SLIP_UNSURE = 0.002, 0.2  # chance that a word read at confidence 100 / 0 has a mark wrong
OCR_NOT_A_WORD = 0.05  # chance that a reading no Vietnamese text spells that way is right all the same
OCR_MEND_FROM = 0.9  # an OCR reading is replaced only by a form at least this probable in its context


def ocr_slip(conf: float | None) -> float:
    """How likely our OCR misread a mark of a word it read at this confidence (0-100)."""
    c = 0.9 if conf is None or conf < 0 else min(conf, 100.0) / 100
    return OCR_SLIP_UNSURE * (OCR_SLIP_SURE / OCR_SLIP_UNSURE) ** c


@dataclass(frozen=True)
class RestoredWord:
    start: int  # offsets in the input text
    end: int
    raw: str
    text: str
    confidence: float
    alternatives: tuple[tuple[str, float], ...] = ()


@dataclass
class Restored:
    text: str
    words: list[RestoredWord] = field(default_factory=list)


class Lexicon:
    def __init__(self, rows: list[tuple[str, str, int]]):
        self.by_bare: dict[str, list[str]] = defaultdict(list)
        self.count: dict[str, int] = {}
        for bare, word, n in rows:
            self.by_bare[bare].append(word)  # rows come sorted by count, most frequent first
            self.count[word] = n
        self.total = sum(self.count.values()) or 1

    @classmethod
    def load(cls, path: Path | None = None) -> Lexicon:
        rows = []
        for line in (path or lexicon_path()).read_text("utf-8").splitlines():
            b, w, n = line.split("\t")
            rows.append((b, w, int(n)))
        return cls(rows)

    def __contains__(self, word: str) -> bool:
        return word in self.count

    def log_prior(self, word: str) -> float:
        return math.log(self.count.get(word, 0.5) / self.total)


class DocumentCache:
    """What this document already restored confidently: 'de an' seen as 'đề án' on page 1 pulls
    the same bare form the same way on page 7, and keeps names consistent."""

    def __init__(self) -> None:
        self.seen: dict[str, Counter[str]] = defaultdict(Counter)

    def add(self, bare: str, word: str) -> None:
        self.seen[bare][word] += 1

    def bonus(self, bare: str, word: str) -> float:
        c = self.seen.get(bare)
        if not c:
            return 0.0
        return CACHE_WEIGHT * c[word] / sum(c.values())  # a bonus for forms seen, no penalty for others


class Restorer:
    def __init__(self, lm: TrigramLM, lexicon: Lexicon, channel=None):
        self.lm = lm
        self.lex = lexicon
        self.channel = channel

    @classmethod
    def default(cls) -> Restorer:
        """The active model: the learned one beside the database when there is one, else the shipped
        one; loaded once per process and model file."""
        if not lm_path().exists():
            raise MissingDependency(f"no diacritics model at {lm_path()}: run bash scripts/setup.sh "
                                    "(or python -m baocao.diacritics.build)")  # fmt: skip
        return _load(lm_path(), lexicon_path(), lm_path().stat().st_mtime_ns)

    # --- candidates -----------------------------------------------------------------------------

    def candidates(self, raw: str, mode: str, conf: float | None = None) -> list[tuple[str, float]]:
        """(lower-case candidate, channel log-prob) for one observed word; `conf` is the OCR's
        confidence in it (`ocr` mode)."""
        low = raw.lower()
        if raw.isupper() and len(raw) > 1 and raw.isalpha() and strip_marks(low) not in self.lex.by_bare and (
            low in self.lm.vocab or not any(v in low for v in "aeiouy")
        ):
            return [(low, 0.0)]  # an acronym the reports use (UBND, CCCD, TTHC): no syllable to restore
        if mode == "garbled" and self.channel is not None:
            return self.channel.candidates(low)
        if mode == "ocr":
            return self._ocr_candidates(low, conf)
        if has_marks(low):
            return [(low, 0.0)]  # stripped text that kept this word's marks: trust them
        if not is_vietnamese_word(low):
            return [(low, 0.0)]
        cands = self.lex.by_bare.get(strip_marks(low), [])[:MAX_CANDIDATES]
        if not cands:
            return [(low, 0.0)]
        return [(c, 0.0) for c in cands]

    def _ocr_candidates(self, low: str, conf: float | None) -> list[tuple[str, float]]:
        if not is_vietnamese_word(low):
            return [(low, 0.0)]
        others = [c for c in self.lex.by_bare.get(strip_marks(low), [])[:MAX_CANDIDATES] if c != low]
        if not others:
            return [(low, 0.0)]
        slip = ocr_slip(conf) if low in self.lex else 1 - OCR_NOT_A_WORD
        total = sum(self.lex.count[c] for c in others)  # a slip lands on a common form more often than a rare one
        return [(low, math.log(1 - slip))] + [(c, math.log(slip * self.lex.count[c] / total)) for c in others]

    # --- decoding -------------------------------------------------------------------------------

    def restore(self, text: str, mode: str = "stripped", cache: DocumentCache | None = None,
                confidences: list[tuple[int, int, float]] | None = None) -> Restored:  # fmt: skip
        """`confidences`: (start, end, OCR confidence) of the words of `text`, for `ocr` mode."""
        segs = segments(text, garbled=mode == "garbled")
        out_text: list[str] = []
        words: list[RestoredWord] = []
        pos = 0
        spans: list[tuple[int, int, Segment]] = []
        for s in segs:
            spans.append((pos, pos + len(s.text), s))
            pos += len(s.text)
        # decode sentence by sentence: LM context does not cross . ! ? ;
        confs = _confidence_at(spans, confidences) if confidences else {}
        sentence: list[tuple[int, int, Segment]] = []
        for span in spans:
            sentence.append(span)
            tok = lm_token(span[2])
            if tok is not None and tok in SENTENCE_END:
                self._decode(sentence, mode, cache, out_text, words, confs)
                sentence = []
        if sentence:
            self._decode(sentence, mode, cache, out_text, words, confs)
        return Restored("".join(out_text), words)

    def _decode(self, spans, mode, cache, out_text, words, confs) -> None:  # noqa: C901 - one beam search
        lm = self.lm
        items = [(st, en, s) for st, en, s in spans if s.kind != "space"]
        lattice: list[list[tuple[str, float]]] = []
        for st, _en, s in items:
            if s.kind == "word":
                cands = self.candidates(s.text, mode, confs.get(st))
                if cache is not None:
                    bare = strip_marks(s.text.lower())
                    cands = [(c, lp + cache.bonus(bare, c)) for c, lp in cands]
                lattice.append(cands)
            else:
                lattice.append([(lm_token(s), 0.0)])
        ids = [[(lm.id(c), lp) for c, lp in cands] for cands in lattice]
        bos, eos = lm.vocab[BOS], lm.vocab[EOS]
        # beam of (score, prev2, prev1, path)
        beam: list[tuple[float, int, int, tuple[int, ...]]] = [(0.0, bos, bos, ())]
        for cands in ids:
            nxt: dict[tuple[int, int], tuple[float, int, int, tuple[int, ...]]] = {}
            for score, a, b, path in beam:
                for k, (c, lp) in enumerate(cands):
                    s2 = score + lp + lm.logp(a, b, c)
                    key = (b, c)
                    old = nxt.get(key)
                    if old is None or s2 > old[0]:
                        nxt[key] = (s2, b, c, (*path, k))
            beam = sorted(nxt.values(), key=lambda x: -x[0])[:BEAM]
        best = max(beam, key=lambda x: x[0] + lm.logp(x[1], x[2], eos))
        choice = best[3]
        chosen_ids = [ids[i][k][0] for i, k in enumerate(choice)]
        # write out, with a local posterior per restored word
        j = 0
        for st, en, s in spans:
            if s.kind == "space":
                out_text.append(s.text)
                continue
            i = j
            j += 1
            if s.kind != "word":
                out_text.append(s.text)
                continue
            cands = lattice[i]
            posts = self._posterior(ids, chosen_ids, i, bos, eos)
            k = choice[i]
            if mode == "ocr" and k != 0 and posts[k] < OCR_MEND_FROM:
                k = 0  # the context does not clearly prefer another form: the reading stands
            same_shape = mode != "garbled" and len(cands[k][0]) == len(s.text)
            word = apply_case(s.text, cands[k][0]) if same_shape else _case_like(s.text, cands[k][0])
            alts = tuple(sorted(((cands[m][0], p) for m, p in enumerate(posts) if m != k), key=lambda x: -x[1])[:3])
            conf = posts[k]
            if cache is not None and conf >= 0.9:
                cache.add(strip_marks(s.text.lower()), cands[k][0])
            out_text.append(word)
            words.append(RestoredWord(st, en, s.text, word, round(conf, 4), alts))

    def _posterior(self, ids, chosen, i, bos, eos) -> list[float]:
        """p(candidate | decoded neighbours): channel + the trigrams that contain position i."""
        lm = self.lm
        cands = ids[i]
        if len(cands) == 1:
            return [1.0]
        a = chosen[i - 2] if i >= 2 else bos
        b = chosen[i - 1] if i >= 1 else bos
        n1 = chosen[i + 1] if i + 1 < len(chosen) else eos
        n2 = chosen[i + 2] if i + 2 < len(chosen) else None
        scores = []
        for c, lp in cands:
            s = lp + lm.logp(a, b, c) + lm.logp(b, c, n1)
            if n2 is not None:
                s += lm.logp(c, n1, n2)
            scores.append(s)
        m = max(scores)
        exps = [math.exp(s - m) for s in scores]
        z = sum(exps)
        return [e / z for e in exps]


def _confidence_at(spans, confidences: list[tuple[int, int, float]]) -> dict[int, float]:
    """Start of each word segment -> the confidence of the OCR word that holds it ('(Tổng' holds 'Tổng')."""
    out, k = {}, 0
    ordered = sorted(confidences)
    for st, en, s in spans:
        if s.kind != "word":
            continue
        while k < len(ordered) and ordered[k][1] <= st:
            k += 1
        if k < len(ordered) and ordered[k][0] <= st and en <= ordered[k][1]:
            out[st] = ordered[k][2]
    return out


def _case_like(template: str, word: str) -> str:
    """Case for a word whose letters do not match what was read one to one ('4n' -> 'án', 'D&' ->
    'Đề'): upper when at least two letters were read and all upper, else as its first letter."""
    letters = [c for c in template if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def restore(text: str, mode: str = "stripped") -> Restored:
    return Restorer.default().restore(text, mode)


@lru_cache(maxsize=2)
def _load(lm: Path, lexicon: Path, _mtime: int) -> Restorer:
    """Keyed by the file's mtime too, so a model rebuilt in place (`--learn`) is loaded again."""
    from baocao.diacritics.channel import Channel

    lex = Lexicon.load(lexicon)
    return Restorer(TrigramLM.load(lm), lex, Channel.load(lex))
