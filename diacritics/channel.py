"""The noisy channel of an English-only OCR reading Vietnamese: P(what it printed | the syllable).

Learned, not hand-written, from aligned pairs that bench/garble.py makes (our renderings of clean
text read by `tesseract -l eng`). Two parts:
  - whole words seen in training: 'cta' was 'của' 40 times out of 52;
  - a character model for the rest: each letter of the syllable printed as 0, 1 or 2 characters
    ('ế'→'é', 'á'→'4', 'ủ'→'ii', 'ộ'→'§'), estimated by hard EM over the pairs.
Candidates for an unseen garble come from the lexicon by edit distance on letters mapped back to
their likeliest base ('4'→'a', '6'→'o'), then ranked by the character model.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from baocao.core.vietnamese import strip_marks

CHANNEL_PATH = Path(__file__).resolve().parent / "data" / "channel.json"
MAX_OUT = 2  # a letter prints as at most two characters
WORD_WEIGHT = 0.6  # share of the whole-word table where it knows the observed form
MAX_CANDIDATES = 16
PAIR_FROM = math.log(0.02)  # a letter's two-character printing this common is searched for
CACHE_SIZE = 200_000  # observed forms kept with their candidates
# an emission never seen in training still happens on real scans unlike ours ('ă' printed 'i' in
# "nim" for "năm"): a flat cost, small enough that the LM can still overrule the channel
UNSEEN = {0: math.log(3e-3), 1: math.log(1e-3), 2: math.log(2e-4)}


def _unseen(a: str, out: str) -> float:
    if out == a or out == strip_marks(a):
        return math.log(_prior(a, out))
    return UNSEEN[len(out)]


def _prior(a: str, out: str) -> float:
    """Before any data: a letter prints as itself, or without its marks; anything else is rare."""
    if out == a:
        return 0.6
    if out == strip_marks(a):
        return 0.25
    if len(out) == 1:
        return 2e-3
    if out == "":
        return 5e-3
    return 2e-4


class Channel:
    def __init__(self, emit: dict[str, dict[str, float]], words: dict[str, dict[str, float]], lexicon=None):
        self.emit = emit  # letter -> {printed: log p}
        self.words = words  # printed word -> {syllable: log p(printed | syllable)}
        self.lexicon = lexicon
        self.to_base = self._base_map()
        self._index: dict[str, list[int]] | None = None
        self.pairs = self._pair_map()
        self._cache: dict[str, tuple[tuple[str, float], ...]] = {}
        self._arrays: _LexiconArrays | None = None

    def save(self, path: Path) -> None:
        data = {"emit": self.emit, "words": self.words}
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

    @classmethod
    def load(cls, lexicon, path: Path = CHANNEL_PATH) -> Channel | None:
        if not path.exists():
            return None
        data = json.loads(path.read_text("utf-8"))
        return cls(data["emit"], data["words"], lexicon)

    # --- scoring ------------------------------------------------------------------------------

    def char_logp(self, intended: str, observed: str) -> float:
        return _align_score(intended, observed, self.emit)

    def logp(self, intended: str, observed: str) -> float:
        char = self.char_logp(intended, observed)
        table = self.words.get(observed)
        if not table:
            return char
        word = table.get(intended)
        if word is None:
            return math.log(1 - WORD_WEIGHT) + char
        return math.log(WORD_WEIGHT * math.exp(word) + (1 - WORD_WEIGHT) * math.exp(char))

    # --- candidates ---------------------------------------------------------------------------

    def _base_map(self) -> dict[str, str]:
        """Each printed character's likeliest base letter ('4' -> 'a', 'é' -> 'e')."""
        best: dict[str, tuple[float, str]] = {}
        for a, outs in self.emit.items():
            for out, lp in outs.items():
                if len(out) == 1:
                    base = strip_marks(a)
                    if out not in best or lp > best[out][0]:
                        best[out] = (lp, base)
        return {ch: base for ch, (_lp, base) in best.items()}

    def _pair_map(self) -> dict[str, set[str]]:
        """Two printed characters -> the base letters that commonly print as them ('ir' -> 'u')."""
        pairs: dict[str, set[str]] = defaultdict(set)
        for letter, outs in self.emit.items():
            for out, lp in outs.items():
                if len(out) == 2 and lp >= PAIR_FROM:
                    pairs[out].add(strip_marks(letter))
        return pairs

    def skeleton(self, observed: str) -> str:
        return "".join(self.to_base.get(c, strip_marks(c)) for c in observed)

    def skeletons(self, observed: str) -> set[str]:
        """The skeleton, and the skeletons with one pair of printed characters read back as the one
        letter that prints as them ('dir': 'ir' is how 'ữ' often prints, so 'du' too): a letter
        printed as two is an edit the deletion index alone reaches only at depth 2, among far
        more frequent neighbours ('từ' for 'th¢')."""
        skel = self.skeleton(observed)
        out = {skel}
        for i in range(len(observed) - 1):
            for base in self.pairs.get(observed[i : i + 2], ()):
                out.add(skel[:i] + base + skel[i + 2 :])
        return out

    def index(self) -> dict[str, list[int]]:
        """Each string of 1-2 letters deleted from a bare syllable -> the numbers of the bare
        syllables it came from (their order in the lexicon, as `_LexiconArrays.top`): integers hash
        and gather faster than the strings themselves."""
        if self._index is None:
            idx: dict[str, list[int]] = defaultdict(list)
            for n, bare in enumerate(self.lexicon.by_bare):
                for d in _deletions(bare, 2 if len(bare) > 3 else 1):
                    idx[d].append(n)
            self._index = dict(idx)
        return self._index

    def candidates(self, observed: str) -> list[tuple[str, float]]:
        """(syllable, log p(observed | syllable)) of the likeliest syllables, cached per channel."""
        hit = self._cache.get(observed)
        if hit is None:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            hit = self._cache[observed] = self._find_candidates(observed)
        return list(hit)

    def _find_candidates(self, observed: str) -> tuple[tuple[str, float], ...]:
        idx = self.index()
        arr = self.arrays()
        bares: set[int] = set()
        for skel in self.skeletons(observed):
            for d in _deletions(skel, 2 if len(skel) > 3 else 1):
                if hit := idx.get(d):
                    bares.update(hit)
        table = self.words.get(observed, {})
        extra = [arr.row[c] for c in (*table, observed) if c in arr.row]
        if not bares and not extra:
            return ((observed, 0.0),)
        # the distinct rows, sorted: a mask over the lexicon costs a third of np.unique's (its last
        # place takes the padding of `top`)
        seen = np.zeros(len(arr.words) + 1, bool)
        seen[arr.top[np.fromiter(bares, np.int64, len(bares))]] = True
        seen[extra] = True
        rows_a = np.flatnonzero(seen[:-1])
        lps = arr.char_logps(observed, rows_a)
        if table:
            lps = self._mix_word_table(table, rows_a, lps)
        # rank by channel and how common the syllable is, so that a frequent word is not crowded out
        # of the beam by rare ones the channel happens to like (ties: alphabetical, as ever)
        order = np.lexsort((-arr.alpha[rows_a], -(lps + arr.log_prior[rows_a])))[:MAX_CANDIDATES]
        out = [(arr.words[rows_a[i]], float(lps[i])) for i in order]
        only_table = [(c, self.logp(c, observed)) for c in table if c not in arr.row]  # not in the lexicon
        if only_table:
            out = sorted(out + only_table, key=lambda x: (x[1] + self.lexicon.log_prior(x[0]), x[0]), reverse=True)
        return tuple(out[:MAX_CANDIDATES])

    def _mix_word_table(self, table: dict[str, float], rows: np.ndarray, char: np.ndarray) -> np.ndarray:
        """logp() for many candidates at once (`rows`: sorted lexicon rows): the whole-word table
        mixed with the character model."""
        out = math.log(1 - WORD_WEIGHT) + char
        arr = self.arrays()
        for c, word in table.items():
            row = arr.row.get(c)
            if row is None:
                continue
            i = int(np.searchsorted(rows, row))
            if i < len(rows) and rows[i] == row:
                out[i] = math.log(WORD_WEIGHT * math.exp(word) + (1 - WORD_WEIGHT) * math.exp(char[i]))
        return out

    def arrays(self) -> _LexiconArrays:
        if self._arrays is None:
            self._arrays = _LexiconArrays(self.lexicon, self.emit)
        return self._arrays


class _LexiconArrays:
    """The character model over integer letter ids, so one observed form is scored against all its
    candidates in a few numpy operations instead of one Python alignment per candidate (the garbled
    decoder spent 90% of its time there)."""

    def __init__(self, lexicon, emit: dict[str, dict[str, float]]):
        self.words = words = sorted(lexicon.count)
        letters = sorted({ch for w in words for ch in w})
        self.letter = {ch: i for i, ch in enumerate(letters)}
        self.row = {w: i for i, w in enumerate(words)}
        width = max((len(w) for w in words), default=1)
        self.letters = np.full((len(words), width), -1, np.int32)
        for i, w in enumerate(words):
            self.letters[i, : len(w)] = [self.letter[ch] for ch in w]
        self.lengths = (self.letters >= 0).sum(1)
        self.log_prior = np.array([lexicon.log_prior(w) for w in words])
        self.alpha = np.arange(len(words))  # words are sorted: rank order breaks ties alphabetically
        # the rows of each bare syllable's six commonest forms, in the lexicon's order of bare syllables,
        # padded with len(words)
        self.top = np.full((len(lexicon.by_bare), 6), len(words), np.int64)
        for n, forms in enumerate(lexicon.by_bare.values()):
            self.top[n, : len(forms[:6])] = [self.row[w] for w in forms[:6]]
        # for each printed string of 0-2 characters: the letters whose emission of it differs from the
        # flat unseen cost, and that log-probability
        by_out: dict[str, dict[int, float]] = defaultdict(dict)
        for ch, i in self.letter.items():
            for out in {ch, strip_marks(ch)}:
                by_out[out][i] = _unseen(ch, out)
            for out, lp in (emit.get(ch) or {}).items():
                by_out[out][i] = lp
        self.by_out = {o: (np.fromiter(d, np.int64, len(d)), np.fromiter(d.values(), float, len(d)))
                       for o, d in by_out.items()}  # fmt: skip
        self.n_letters = len(letters)

    def char_logps(self, observed: str, rows: np.ndarray) -> np.ndarray:
        """Best log-probability that each candidate's letters printed as `observed` (as _align_score)."""
        m = len(observed)
        neg = -1e9
        # E[letter, j, k]: letter printed as observed[j-k:j]
        emis = np.full((self.n_letters + 1, m + 1, MAX_OUT + 1), neg)
        for k in range(MAX_OUT + 1):
            emis[:-1, k:, k] = UNSEEN[k]
            for j in range(k, m + 1):
                hit = self.by_out.get(observed[j - k : j])
                if hit is not None:
                    emis[hit[0], j, k] = hit[1]
        emis[-1, :, :] = neg
        emis[-1, :, 0] = 0.0  # padding past a word's end: prints nothing, costs nothing
        letters = self.letters[rows, : self.lengths[rows].max()]
        letters = np.where(letters < 0, self.n_letters, letters)
        best = np.full((len(rows), m + 1), neg)
        best[:, 0] = 0.0
        for i in range(letters.shape[1]):
            e = emis[letters[:, i]]  # (cands, m+1, k)
            nxt = best + e[:, :, 0]
            for k in range(1, MAX_OUT + 1):
                np.maximum(nxt[:, k:], best[:, :-k] + e[:, k:, k], out=nxt[:, k:])
            best = np.maximum(nxt, neg)
        return best[:, m]


def _deletions(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


def _align_score(intended: str, observed: str, emit: dict[str, dict[str, float]]) -> float:
    """Best log-probability that the letters of `intended` printed as `observed`."""
    n, m = len(intended), len(observed)
    neg = -1e9
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(1, n + 1):
        a = intended[i - 1]
        table = emit.get(a)
        row, prev = best[i], best[i - 1]
        for j in range(0, m + 1):
            top = neg
            for k in range(0, min(MAX_OUT, j) + 1):
                if prev[j - k] <= neg:
                    continue
                out = observed[j - k : j]
                lp = table.get(out) if table else None
                if lp is None:
                    lp = _unseen(a, out)
                top = max(top, prev[j - k] + lp)
            row[j] = top
    return best[n][m]


def _viterbi_ops(intended: str, observed: str, emit) -> list[tuple[str, str]] | None:
    n, m = len(intended), len(observed)
    neg = -1e9
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(1, n + 1):
        a = intended[i - 1]
        for j in range(0, m + 1):
            for k in range(0, min(MAX_OUT, j) + 1):
                if best[i - 1][j - k] <= neg:
                    continue
                out = observed[j - k : j]
                lp = emit.get(a, {}).get(out)
                if lp is None:
                    lp = _unseen(a, out)
                if best[i - 1][j - k] + lp > best[i][j]:
                    best[i][j] = best[i - 1][j - k] + lp
                    back[i][j] = k
    if best[n][m] <= neg:
        return None
    ops = []
    j = m
    for i in range(n, 0, -1):
        k = back[i][j]
        ops.append((intended[i - 1], observed[j - k : j]))
        j -= k
    return ops[::-1]


def learn(pairs: list[tuple[str, str]], iterations: int = 3) -> Channel:
    """Hard EM over (intended, observed) word pairs; case is folded."""
    pairs = [(a.lower(), b.lower()) for a, b in pairs if a and b and len(b) <= 2 * len(a) + 1]
    emit: dict[str, dict[str, float]] = {}
    for _ in range(iterations):
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for a, b in pairs:
            ops = _viterbi_ops(a, b, emit)
            if ops:
                for letter, out in ops:
                    counts[letter][out] += 1
        # letters with the same base ('e', 'ê', 'ẻ', 'ệ' ...) are garbled alike: each letter's counts are
        # smoothed towards its family's, so 'ẻ' may print '¢' because 'ệ' did
        family: dict[str, Counter[str]] = defaultdict(Counter)
        for letter, outs in counts.items():
            family[strip_marks(letter)].update(outs)
        emit = {}
        alpha, beta = 2.0, 3.0
        for letter, outs in counts.items():
            total = sum(outs.values())
            fam = family[strip_marks(letter)]
            fam_total = sum(fam.values())
            table = {}
            for o in set(outs) | {letter, strip_marks(letter), ""} | (set(fam) if beta else set()):
                p_fam = fam[o] / fam_total if fam_total else 0.0
                p = (outs[o] + beta * p_fam + alpha * _prior(letter, o)) / (total + beta + alpha)
                if outs[o] or o in (letter, strip_marks(letter), "") or math.log(p) > _unseen(letter, o):
                    table[o] = math.log(p)
            emit[letter] = table
    word_counts: dict[str, Counter[str]] = defaultdict(Counter)
    intended_totals: Counter[str] = Counter(a for a, _ in pairs)
    for a, b in pairs:
        word_counts[b][a] += 1
    words = {
        b: {a: math.log(n / intended_totals[a]) for a, n in c.items() if n >= 2}
        for b, c in word_counts.items()
        if sum(c.values()) >= 2
    }
    return Channel(emit, {b: t for b, t in words.items() if t})
