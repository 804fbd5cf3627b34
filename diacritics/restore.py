"""Restore Vietnamese marks: for each word, the marked form that best fits its context.

A beam search over candidate syllables scored by the trigram LM plus a channel model of how the
text lost its marks: `stripped` (marks simply dropped: every candidate with the same bare letters is
equally likely), `garbled` (an English-only OCR's readings, learned in `channel.py`) or `ocr` (our
own Vietnamese OCR, which keeps the letters but now and then misreads a mark: 'KẾT QUÁ' for 'KẾT
QUẢ', 'Tống' for 'Tổng'; the reading stands unless the context clearly prefers another form of the
same letters, and the less sure Tesseract was of the word, the less it takes). Words that already
carry valid marks are kept in `stripped` mode. Numbers, codes, punctuation, spacing and the
case of every letter pass through; in `stripped` and `garbled` text the case is also evidence: a
capital inside a sentence points to the forms names use ('Hà Tĩnh' rather than 'tỉnh'). Each word gets a confidence: the posterior of its chosen form
given the decoded words around it.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from baocao.core.errors import MissingDependency
from baocao.diacritics.paths import CAPITALS, COMPOUNDS, lexicon_path, lm_path
from baocao.diacritics.lm import BOS, EOS, SHIFT, UNK, TrigramLM
from baocao.diacritics.slips import Slips
from baocao.diacritics.text import SENTENCE_END, Segment, case_cue, lm_sentences, lm_token, segments
from baocao.core.vietnamese import apply_case, has_marks, is_vietnamese_word, old_style_tones, strip_marks

# measured on held-out stripped text: 4 -> 96.6%, 8 -> 97.0%, 16 -> 97.0% at half the speed; on the dev
# reports (fixtures in training, no 4-gram) stripped/garbled: 6 -> 96.60%/-, 8 -> 96.84/95.06%,
# 10 -> 96.94/95.14%, 12 -> 96.94/95.14%
BEAM = 10
MAX_CANDIDATES = 10
MADE_UP_CONF = 0.45  # under the review queue's 0.5: a word built from almost nothing is never 'auto'
MEMO_SIZE = 100_000  # distinct words kept with their candidates
MIN_SHARE = 0.002  # forms rarer than this share of the commonest: held-out stripped unchanged (97.15%), 30% fewer candidates
PRUNE = 8.0  # nats behind the best hypothesis at which one leaves the beam: held-out stripped 97.15% either way, 2x fewer extensions
CACHE_WEIGHT = 1.0  # nats for a form this document always restored the same way
OCR_SLIP_SURE, OCR_SLIP_UNSURE = 0.002, 0.2  # chance that a word read at confidence 100 / 0 has a mark wrong
OCR_NOT_A_WORD = 0.05  # chance that a reading no Vietnamese text spells that way is right all the same
MAX_SLIP = 0.5  # a reading is never less likely than the form it may stand for
CASE_PRIOR = 2.0  # sightings of the average capital rate that each form's own counts start from
OCR_MEND_FROM = 0.9  # an OCR reading is replaced only by a form at least this probable in its context
# nats for a syllable that makes a two-syllable dictionary word with the one before it (build.compound_keys);
# dev stripped/garbled: 0 -> 96.94/95.14%, 0.5 -> 97.07/95.16%, 1 -> 97.21/95.18%, 1.5 -> 97.29/95.20%,
# 2 -> 97.21/95.18%, 3 -> 97.15/95.03%; pairs inside longer entries too at 1.5: 97.27/95.10%
COMPOUND_BONUS = 1.5


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
    def __init__(self, rows: list[tuple[str, str, int]], capitals: dict[str, tuple[int, int]] | None = None):
        by_bare: dict[str, list[str]] = defaultdict(list)
        self.count: dict[str, int] = {}
        for bare, word, n in rows:
            by_bare[bare].append(word)  # rows come sorted by count, most frequent first
            self.count[word] = n
        self.by_bare = dict(by_bare)  # fixed from here: the channel numbers bare syllables by their order
        self.total = sum(self.count.values()) or 1
        # form -> (times written with a capital inside a sentence, times seen inside one); empty for
        # a model built before they were counted
        self.capitals = capitals or {}
        seen = sum(n for _c, n in self.capitals.values())
        self.capital_rate = sum(c for c, _n in self.capitals.values()) / seen if seen else 0.0

    @classmethod
    def load(cls, path: Path | None = None) -> Lexicon:
        path = path or lexicon_path()
        rows = []
        for line in path.read_text("utf-8").splitlines():
            b, w, n = line.split("\t")
            rows.append((b, w, int(n)))
        capitals = {}
        if (caps := path.parent / CAPITALS).exists():
            for line in caps.read_text("utf-8").splitlines():
                w, c, n = line.split("\t")
                capitals[w] = (int(c), int(n))
        return cls(rows, capitals)

    def case_logp(self, word: str) -> tuple[float, float]:
        """log p(written with a capital | the form, inside a sentence), and of lower case: the
        counts smoothed towards all forms' rate ('tĩnh' of 'Hà Tĩnh' is nearly always a capital,
        'tỉnh' seldom)."""
        c, n = self.capitals.get(word, (0, 0))
        rate = (c + CASE_PRIOR * self.capital_rate) / (n + CASE_PRIOR)
        return math.log(max(rate, 1e-9)), math.log(max(1 - rate, 1e-9))

    def __contains__(self, word: str) -> bool:
        return word in self.count

    def log_prior(self, word: str) -> float:
        return math.log(self.count.get(word, 0.5) / self.total)


class DocumentCache:
    """What this document already restored confidently: 'de an' seen as 'đề án' on page 1 pulls
    the same bare form the same way on page 7, and keeps names consistent."""

    def __init__(self) -> None:
        self.seen: dict[str, Counter[str]] = defaultdict(Counter)
        self.totals: Counter[str] = Counter()

    def add(self, bare: str, word: str) -> None:
        self.seen[bare][word] += 1
        self.totals[bare] += 1

    def bonuses(self, bare: str, forms: list[tuple[str, float]]) -> list[float] | None:
        """Log-score bonus of each form: for forms seen, no penalty for others; None when none was."""
        c = self.seen.get(bare)
        if not c:
            return None
        total = self.totals[bare]
        return [CACHE_WEIGHT * c.get(w, 0) / total for w, _lp in forms]


class Restorer:
    def __init__(self, lm: TrigramLM, lexicon: Lexicon, channel=None, slips: Slips | None = None,
                 compounds: np.ndarray | None = None):  # fmt: skip
        self.lm = lm
        self.lex = lexicon
        self.compounds = compounds if compounds is not None else np.zeros(0, np.int64)  # sorted packed bigram keys
        self._channel, self._slips = channel, slips
        self._later: dict[str, Callable[[], object]] = {}  # parts loaded when first asked for
        self._memo: dict[tuple[str, str], tuple] = {}

    @property
    def channel(self):
        """The English-OCR channel: loaded on the first garbled word, so `stripped` never pays for it."""
        if "channel" in self._later:
            self._channel = self._later.pop("channel")()
        return self._channel

    @property
    def slips(self) -> Slips | None:
        """Our OCR's learned mark slips: loaded on the first `ocr` word."""
        if "slips" in self._later:
            self._slips = self._later.pop("slips")()
        return self._slips

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
        if mode == "stripped" and (marked := self._marked_codes.get(low)):
            return [(low, 0.0)] + [(w, 0.0) for w in marked]  # 'TTDT' may be 'TTĐT', 'D/c' 'Đ/c'
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

    @cached_property
    def _marked_codes(self) -> dict[str, list[str]]:
        """Marked tokens the training text spells that are no syllable of the lexicon (acronyms with
        Đ, 'đ' of 'Đ/c'), by their bare letters: a stripped text lost their marks too."""
        out: dict[str, list[str]] = defaultdict(list)
        for w in self.lm.vocab:
            bare = strip_marks(w)
            if bare != w and bare not in self.lex.by_bare and len(w) <= 8 and is_vietnamese_word(w):
                out[bare].append(w)
        return dict(out)

    def _word_candidates(self, raw: str, mode: str, conf: float | None):
        """(bare key for the document cache, candidates, the same with LM ids, the log-probs of each
        candidate's case inside a sentence or None), memoized per distinct word outside `ocr` mode
        (where the OCR's confidence in each word matters)."""
        key = (raw, mode)
        hit = self._memo.get(key) if mode != "ocr" else None
        if hit is None:
            cands = self.candidates(raw, mode, conf)
            ids = np.array([self._lm_id(c) for c, _lp in cands], np.int64)
            case = None
            if mode in ("stripped", "garbled") and len(cands) > 1 and self.lex.capitals:
                case = np.array([self.lex.case_logp(c) for c, _lp in cands]).T  # [capital, lower] x candidates
            hit = (strip_marks(raw.lower()), cands, (ids, np.array([lp for _c, lp in cands])), case)
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
        """`confidences`: (start, end, OCR confidence) of the words of `text`, for `ocr` mode. Every
        sentence of the text is decoded at once (the LM context does not cross . ! ? ;), with the
        document cache as it stood before this text; its confident choices are added after."""
        spans: list[tuple[int, int, Segment]] = []
        pos = 0
        for s in segments(text, garbled=mode == "garbled"):
            spans.append((pos, pos + len(s.text), s))
            pos += len(s.text)
        confs = _confidence_at(spans, confidences) if confidences else {}
        sentences: list[list[tuple[int, int, Segment]]] = []
        sentence: list[tuple[int, int, Segment]] = []
        cues: dict[int, bool] = {}  # start of a word -> what its case says (stripped and garbled text: case_cue)
        prev = None
        for span in spans:
            if span[2].kind == "space":
                if "\n" in span[2].text:
                    prev = None
                continue
            if mode in ("stripped", "garbled") and span[2].kind == "word" and (cue := case_cue(prev, span[2].text)) is not None:
                cues[span[0]] = cue
            sentence.append(span)
            prev = span[2]
            tok = lm_token(span[2])
            if tok is not None and tok in SENTENCE_END:
                sentences.append(sentence)
                sentence = []
                prev = None
        if sentence:
            sentences.append(sentence)
        lattice = _Lattice([self._items(sent, mode, cache, confs, cues) for sent in sentences], self.lm)
        choice = self._search(lattice)
        posts = self._posteriors(lattice, choice)
        restored: dict[int, RestoredWord] = {}
        sure: list[tuple[str, str]] = []
        ranked = np.argsort(-posts, axis=1, kind="stable")[:, :4].tolist()
        rows = posts.tolist()
        chosen = choice.tolist()
        for n, (st, en, s, cands, _ids) in enumerate(lattice.items):
            if s.kind != "word":
                continue
            k = chosen[n]
            row = rows[n] if len(cands) > 1 else _ONE
            if mode == "ocr" and k != 0 and row[k] < OCR_MEND_FROM:
                k = 0  # the context does not clearly prefer another form: the reading stands
            form = cands[k][0]
            same_shape = mode != "garbled" and len(form) == len(s.text)
            word = apply_case(s.text, form) if same_shape else _case_like(s.text, form)
            conf = row[k]
            alts = tuple((cands[m][0], row[m]) for m in ranked[n] if m != k and m < len(cands))[:3] if len(cands) > 1 else ()
            if mode == "garbled" and self.made_up(s.text, form):
                conf = min(conf, MADE_UP_CONF)
            restored[st] = RestoredWord(st, en, s.text, word, round(conf, 4), alts)
            if conf >= 0.9:
                sure.append((s.text, form))
        if cache is not None:
            for raw, form in sure:
                cache.add(strip_marks(raw.lower()), form)
        out = [restored[st].text if st in restored else s.text for st, _en, s in spans]
        return Restored("".join(out), list(restored.values()))

    def _items(self, sentence, mode, cache, confs, cues) -> list[tuple]:
        """(start, end, segment, candidates, (LM ids, channel log-probs)) of a sentence's tokens; the
        channel includes the case a stripped word was written in where that tells its form."""
        out = []
        for st, en, s in sentence:
            if s.kind == "word":
                bare, cands, cids, case = self._word_candidates(s.text, mode, confs.get(st))
                if case is not None and (cue := cues.get(st)) is not None:
                    cids = (cids[0], cids[1] + case[0 if cue else 1])  # the decoder reads the arrays only
                bonus = cache.bonuses(bare, cands) if cache is not None else None
                if bonus:
                    cands = [(c, lp + x) for (c, lp), x in zip(cands, bonus, strict=True)]
                    cids = (cids[0], cids[1] + np.asarray(bonus))
                out.append((st, en, s, cands, cids))
            else:
                tok = lm_token(s)
                out.append((st, en, s, [(tok, 0.0)], (np.array([self.lm.id(tok)]), _ZERO)))
        return out

    def _search(self, lat: _Lattice) -> np.ndarray:
        """The beam search (width BEAM, hypotheses PRUNE nats behind their sentence's best dropped,
        two hypotheses ending in the same two words merged), run for every sentence at once: step t
        extends the hypotheses of every sentence longer than t, scored in one batch of LM lookups.
        Returns the chosen candidate of every item, in item order."""
        lm = self.lm
        bos, eos = lm.vocab[BOS], lm.vocab[EOS]
        n_sent = len(lat.lengths)
        if n_sent == 0:
            return np.zeros(0, np.int64)
        # hypotheses as flat arrays: sentence, score, last two ids, node (back-pointers)
        hs = np.arange(n_sent)
        score = np.zeros(n_sent)
        a = np.full(n_sent, bos, np.int64)
        b = np.full(n_sent, bos, np.int64)
        node = np.full(n_sent, -1, np.int64)
        parents: list[np.ndarray] = []
        ks: list[np.ndarray] = []
        n_nodes = 0
        end_node = np.full(n_sent, -1, np.int64)
        K = lat.ids.shape[2]
        ends = set(lat.lengths.tolist())
        for t in range(lat.ids.shape[1] + 1):
            done = lat.lengths[hs] == t if t in ends else _NONE
            if done.any():  # these sentences end here: add </s>, keep each one's best
                fin = score[done] + lm.logp_many(a[done], b[done], eos)
                sel = _best_per_group(hs[done], fin, 1)
                end_node[hs[done][sel]] = node[done][sel]
                keep = ~done
                hs, score, a, b, node = hs[keep], score[keep], a[keep], b[keep], node[keep]
            if not len(hs):
                break
            ab, g2, g1 = lm.context(a, b)
            rep = np.repeat(np.arange(len(hs)), K)
            kk = np.tile(np.arange(K), len(hs))
            lp = lat.lps[hs[rep], t, kk]
            ok = lp > -np.inf
            rep, kk, lp = rep[ok], kk[ok], lp[ok]
            h2, b2 = hs[rep], b[rep]
            c = lat.ids[h2, t, kk]
            s2 = score[rep] + lp + lm.extend(ab[rep], g2[rep], g1[rep], b2, c) + self._compound(b2, c)
            # merge hypotheses that end in the same two words: the better one stays
            key = (h2 << (2 * SHIFT)) | (b2 << SHIFT) | c
            order = np.lexsort((-s2, key))
            ko = key[order]
            first = np.empty(len(order), bool)
            first[0] = True
            np.not_equal(ko[1:], ko[:-1], out=first[1:])
            merged = order[first]
            # the BEAM best of each sentence, none PRUNE nats behind its best
            sel = merged[_best_per_group(h2[merged], s2[merged], BEAM, PRUNE)]
            parents.append(node[rep[sel]])
            ks.append(kk[sel])
            hs, score, a, b = h2[sel], s2[sel], b2[sel], c[sel]
            node = np.arange(n_nodes, n_nodes + len(sel))
            n_nodes += len(sel)
        parent = np.concatenate(parents)
        kchosen = np.concatenate(ks)
        # back-pointers: walk every sentence from its end node back to its first item
        choice = np.zeros(lat.ids.shape[:2], np.int64)
        cur = end_node.copy()
        for t in range(lat.ids.shape[1] - 1, -1, -1):
            live = lat.lengths > t
            choice[live, t] = kchosen[cur[live]]
            cur[live] = parent[cur[live]]
        return choice[lat.sent_of, lat.pos_of]

    def _compound(self, b: np.ndarray, c: np.ndarray) -> np.ndarray | float:
        """COMPOUND_BONUS where (b, c) is a two-syllable dictionary word, else 0."""
        if not len(self.compounds):
            return 0.0
        q = (b << SHIFT) | c
        i = np.minimum(np.searchsorted(self.compounds, q), len(self.compounds) - 1)
        return COMPOUND_BONUS * (self.compounds[i] == q)

    def _posteriors(self, lat: _Lattice, choice: np.ndarray) -> np.ndarray:
        """p(candidate | decoded neighbours) of every item (rows padded with 0): the channel and the
        trigrams that hold the candidate, scored for every candidate of every item in one batch."""
        lm = self.lm
        bos, eos = lm.vocab[BOS], lm.vocab[EOS]
        S, T, K = lat.ids.shape
        posts = np.zeros((len(lat.items), K))
        posts[:, 0] = 1.0
        chosen = np.full((S, T + 6), eos, np.int64)  # three </s> after each sentence's end
        chosen[:, :3] = bos  # and three <s> before its start
        chosen[lat.sent_of, lat.pos_of + 3] = lat.ids[lat.sent_of, lat.pos_of, choice]
        item, k = np.nonzero(lat.lps[lat.sent_of, lat.pos_of] > -np.inf)
        many = lat.n_cands[item] > 1
        item, k = item[many], k[many]
        if not len(item):
            return posts
        si, ti = lat.sent_of[item], lat.pos_of[item] + 3  # position in `chosen`
        a, b = chosen[si, ti - 2], chosen[si, ti - 1]
        n1, n2 = chosen[si, ti + 1], chosen[si, ti + 2]
        c = lat.ids[si, ti - 3, k]
        p = lm.logp_many
        scores = lat.lps[si, ti - 3, k] + p(a, b, c) + p(b, c, n1) + self._compound(b, c) + self._compound(c, n1)
        has_n2 = ti - 1 < lat.lengths[si]  # a word two places after it in its sentence
        scores[has_n2] += p(c[has_n2], n1[has_n2], n2[has_n2])
        grid = np.full((len(lat.items), K), -np.inf)
        grid[item, k] = scores
        rows = np.unique(item)
        g = grid[rows]
        g = np.exp(g - g.max(1, keepdims=True))
        posts[rows] = g / g.sum(1, keepdims=True)
        return posts


class _Lattice:
    """Every sentence's candidates as padded arrays: ids[s, t, k] and channel log-probs lps[s, t, k]
    (-inf past a token's candidates), and for each item in text order its sentence and position."""

    def __init__(self, sentences: list[list[tuple]], lm: TrigramLM):
        self.items = [item for sent in sentences for item in sent]
        self.lengths = np.array([len(s) for s in sentences], np.int64)
        T = int(self.lengths.max(initial=0))
        K = max((len(item[3]) for item in self.items), default=1)
        self.ids = np.zeros((len(sentences), T, K), np.int64)
        self.lps = np.full((len(sentences), T, K), -np.inf)
        self.n_cands = np.array([len(item[3]) for item in self.items], np.int64)
        self.sent_of = np.repeat(np.arange(len(sentences)), self.lengths)
        self.pos_of = np.concatenate([np.arange(n) for n in self.lengths]) if len(sentences) else np.zeros(0, np.int64)
        if self.items:
            at = np.repeat(np.arange(len(self.items)), self.n_cands)
            k = np.arange(len(at)) - np.repeat(np.cumsum(self.n_cands) - self.n_cands, self.n_cands)
            self.ids[self.sent_of[at], self.pos_of[at], k] = np.concatenate([item[4][0] for item in self.items])
            self.lps[self.sent_of[at], self.pos_of[at], k] = np.concatenate([item[4][1] for item in self.items])


def _best_per_group(groups: np.ndarray, scores: np.ndarray, n: int, within: float = np.inf) -> np.ndarray:
    """Indices of the `n` best scores of each group, leaving out those `within` or more behind its best."""
    order = np.lexsort((-scores, groups))
    g = groups[order]
    start = np.flatnonzero(np.concatenate(([True], g[1:] != g[:-1])))
    size = np.diff(np.append(start, len(g)))
    head = np.repeat(start, size)
    keep = np.arange(len(g)) - head < n
    if within < np.inf:
        so = scores[order]
        keep &= so >= so[head] - within
    return order[keep]


_ONE = [1.0]
_NONE = np.zeros(0, bool)
_ZERO = np.zeros(1)


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


def fluency(text: str) -> float:
    """The language model's log-probability of a text, sentence by sentence: which of two readings
    of one cell reads more like Vietnamese reports."""
    lm = Restorer.default().lm
    return sum(lm.score(sentence) for sentence in lm_sentences(text))


def restore(text: str, mode: str = "stripped") -> Restored:
    return Restorer.default().restore(text, mode)


@lru_cache(maxsize=2)
def _load(lm: Path, lexicon: Path, _mtime: int) -> Restorer:
    """Keyed by the file's mtime too, so a model rebuilt in place (`--learn`) is loaded again."""
    lex = Lexicon.load(lexicon)
    compounds = lm.parent / COMPOUNDS  # ids of this LM: never another folder's
    r = Restorer(TrigramLM.load(lm), lex, compounds=np.load(compounds) if compounds.exists() else None)
    r._later = {"channel": lambda: _channel(lex), "slips": Slips.load}
    return r


def _channel(lex: Lexicon):
    from baocao.diacritics.channel import Channel  # only for garbled text

    return Channel.load(lex)
