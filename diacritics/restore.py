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
from baocao.diacritics.lm import BOS, EOS, SHIFT, UNK, TrigramLM
from baocao.diacritics.slips import Slips
from baocao.diacritics.text import SENTENCE_END, Segment, lm_token, segments
from baocao.core.vietnamese import apply_case, has_marks, is_vietnamese_word, old_style_tones, strip_marks

BEAM = 8  # measured on held-out stripped text: 4 -> 96.6%, 8 -> 97.0%, 16 -> 97.0% at half the speed
MAX_CANDIDATES = 10
MADE_UP_CONF = 0.45  # under the review queue's 0.5: a word built from almost nothing is never 'auto'
MEMO_SIZE = 100_000  # distinct words kept with their candidates
MIN_SHARE = 0.002  # forms rarer than this share of the commonest: held-out stripped unchanged (97.15%), 30% fewer candidates
PRUNE = 8.0  # nats behind the best hypothesis at which one leaves the beam: held-out stripped 97.15% either way, 2x fewer extensions
CACHE_WEIGHT = 1.0  # nats for a form this document always restored the same way
OCR_SLIP_SURE, OCR_SLIP_UNSURE = 0.002, 0.2  # chance that a word read at confidence 100 / 0 has a mark wrong
OCR_NOT_A_WORD = 0.05  # chance that a reading no Vietnamese text spells that way is right all the same
MAX_SLIP = 0.5  # a reading is never less likely than the form it may stand for
OCR_MEND_FROM = 0.9  # an OCR reading is replaced only by a form at least this probable in its context


def _conf(conf: float | None) -> float:
    """An OCR word confidence 0-100; unknown counts as 90."""
    return 90.0 if conf is None or conf < 0 else min(conf, 100.0)


def ocr_slip(conf: float | None) -> float:
    """How likely our OCR misread a mark of a word it read at this confidence (0-100)."""
    return OCR_SLIP_UNSURE * (OCR_SLIP_SURE / OCR_SLIP_UNSURE) ** (_conf(conf) / 100)


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

    def bonuses(self, bare: str, forms: list[tuple[str, float]]) -> list[float] | None:
        """Log-score bonus of each form: for forms seen, no penalty for others; None when none was."""
        c = self.seen.get(bare)
        if not c:
            return None
        total = sum(c.values())
        return [CACHE_WEIGHT * c[w] / total for w, _lp in forms]


class Restorer:
    def __init__(self, lm: TrigramLM, lexicon: Lexicon, channel=None, slips: Slips | None = None):
        self.lm = lm
        self.slips = slips
        self.lex = lexicon
        self.channel = channel
        self._memo: dict[tuple[str, str], tuple] = {}

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
        floor = self.lex.count[cands[0]] * MIN_SHARE
        return [(c, 0.0) for c in cands if self.lex.count[c] >= floor]

    def _ocr_candidates(self, low: str, conf: float | None) -> list[tuple[str, float]]:
        if not is_vietnamese_word(low):
            return [(low, 0.0)]
        if low not in self.lex and old_style_tones(low) in self.lex:
            return [(low, 0.0)]  # a spelling the page printed ('hoá' for 'hóa'): not ours to change
        others = [c for c in self.lex.by_bare.get(strip_marks(low), [])[:MAX_CANDIDATES] if c != low]
        if not others:
            return [(low, 0.0)]
        slip = ocr_slip(conf) if low in self.lex else 1 - OCR_NOT_A_WORD
        total = sum(self.lex.count[c] for c in others)  # a slip lands on a common form more often than a rare one
        rates = [slip * self.lex.count[c] / total for c in others]
        if low in self.lex and self.slips is not None:
            # each confusion at its learned rate ('chi' read 'chỉ' even at confidence 96; 'ổ' read 'ố'
            # never), scaled by how sure Tesseract was of this word against its training average; below
            # that average, where the training reading had few words, the one curve stays the floor
            scale = ocr_slip(conf) / ocr_slip(self.slips.mean_conf)
            learned = [scale * self.slips.word_rate(c, low) for c in others]
            floor = rates if _conf(conf) < self.slips.mean_conf else [0.0] * len(rates)
            rates = [min(MAX_SLIP, max(f, x)) for f, x in zip(floor, learned, strict=True)]
            slip = min(MAX_SLIP, sum(rates))
        return [(low, math.log(1 - slip))] + [(c, math.log(r)) for c, r in zip(others, rates, strict=True)]

    def _word_candidates(self, raw: str, mode: str, conf: float | None):
        """(bare key for the document cache, candidates, the same with LM ids), memoized per distinct
        word outside `ocr` mode (where the OCR's confidence in each word matters)."""
        key = (raw, mode)
        hit = self._memo.get(key) if mode != "ocr" else None
        if hit is None:
            cands = self.candidates(raw, mode, conf)
            hit = (strip_marks(raw.lower()), cands, [(self._lm_id(c), lp) for c, lp in cands])
            if mode != "ocr":
                if len(self._memo) >= MEMO_SIZE:
                    self._memo.clear()
                self._memo[key] = hit
        return hit

    def made_up(self, observed: str, word: str) -> bool:
        """A garbled word the observation hardly supports: one or two printed characters the channel
        never saw as a word, read as a word two letters longer ('ng' -> 'người') or with a vowel where
        nothing printed one ('ch' -> 'chủ'). However fluent, the context alone chose it."""
        low = observed.lower()
        if len(low) > 2 or self.channel is None or low in self.channel.words:
            return False
        return len(word) >= len(low) + 2 or not any(v in self.channel.skeleton(low) for v in "aeiouy")

    def _lm_id(self, word: str) -> int:
        """The LM's id of a word, a printed spelling the LM knows in the other tone place ('hoá') too."""
        i = self.lm.id(word)
        return i if i != self.lm.vocab[UNK] else self.lm.id(old_style_tones(word))

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
        ids: list[list[tuple[int, float]]] = []
        for st, _en, s in items:
            if s.kind == "word":
                bare, cands, cids = self._word_candidates(s.text, mode, confs.get(st))
                bonus = cache.bonuses(bare, cands) if cache is not None else None
                if bonus:
                    cands = [(c, lp + x) for (c, lp), x in zip(cands, bonus, strict=True)]
                    cids = [(c, lp + x) for (c, lp), x in zip(cids, bonus, strict=True)]
                lattice.append(cands)
                ids.append(cids)
            else:
                tok = lm_token(s)
                lattice.append([(tok, 0.0)])
                ids.append([(lm.id(tok), 0.0)])
        bos, eos = lm.vocab[BOS], lm.vocab[EOS]
        choice = self._search(ids, bos, eos)
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
            if mode == "garbled" and self.made_up(s.text, cands[k][0]):
                conf = min(conf, MADE_UP_CONF)
            if cache is not None and conf >= 0.9:
                cache.add(strip_marks(s.text.lower()), cands[k][0])
            out_text.append(word)
            words.append(RestoredWord(st, en, s.text, word, round(conf, 4), alts))

    def _search(self, ids: list[list[tuple[int, float]]], bos: int, eos: int) -> list[int]:
        """The beam search, with the LM's backoff lookups inlined and paths as linked pairs: the
        decoder's inner loop, run once per candidate per hypothesis."""
        lm = self.lm
        p3, p2, g2, g1, p1 = lm.P3.get, lm.P2.get, lm.G2.get, lm.G1.get, lm.P1
        # hypotheses: (score, prev2, prev1, path) where path is (k, parent path)
        beam: list[tuple[float, int, int, tuple | None]] = [(0.0, bos, bos, None)]
        for cands in ids:
            nxt: dict[int, tuple[float, int, int, tuple | None]] = {}
            for score, a, b, path in beam:
                ab = (a << SHIFT) | b
                back2 = g2(ab, 0.0)
                ab <<= SHIFT
                bb = b << SHIFT
                back1 = g1(b, 0.0)
                for k, (c, lp) in enumerate(cands):
                    p = p3(ab | c)
                    if p is None:
                        p = p2(bb | c)
                        p = back2 + (back1 + p1[c] if p is None else p)
                    s2 = score + lp + p
                    old = nxt.get(bb | c)
                    if old is None or s2 > old[0]:
                        nxt[bb | c] = (s2, b, c, (k, path))
            beam = sorted(nxt.values(), key=lambda x: -x[0])[:BEAM]
            floor = beam[0][0] - PRUNE
            while beam[-1][0] < floor:
                beam.pop()
        best = max(beam, key=lambda x: x[0] + lm.logp(x[1], x[2], eos))
        choice: list[int] = []
        path = best[3]
        while path is not None:
            choice.append(path[0])
            path = path[1]
        return choice[::-1]

    def _posterior(self, ids, chosen, i, bos, eos) -> list[float]:
        """p(candidate | decoded neighbours): channel + the trigrams that contain position i."""
        cands = ids[i]
        if len(cands) == 1:
            return [1.0]
        logp = self.lm.logp
        a = chosen[i - 2] if i >= 2 else bos
        b = chosen[i - 1] if i >= 1 else bos
        n1 = chosen[i + 1] if i + 1 < len(chosen) else eos
        n2 = chosen[i + 2] if i + 2 < len(chosen) else None
        if n2 is None:
            scores = [lp + logp(a, b, c) + logp(b, c, n1) for c, lp in cands]
        else:
            scores = [lp + logp(a, b, c) + logp(b, c, n1) + logp(c, n1, n2) for c, lp in cands]
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
    return Restorer(TrigramLM.load(lm), lex, Channel.load(lex), Slips.load())
