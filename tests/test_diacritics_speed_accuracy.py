"""Diacritics (issues 19, 22, 23): the fast channel scores what the plain alignment scores, confidence
stays calibrated on held-out text, words made up from nothing are never 'auto', and our OCR's known
mark slips are mended while a printed spelling stays as printed."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from baocao.diacritics.channel import _align_score
from baocao.diacritics.corpus import held_out
from baocao.diacritics.restore import DocumentCache, Restorer
from baocao.diacritics.slips import learn_slips
from baocao.core.vietnamese import WORD_RE, strip_marks

FIXTURES = Path(__file__).parent / "fixtures"
REVIEW_FROM = 0.5  # pipeline/query.py queues restored words under this confidence


@pytest.fixture(scope="module")
def restorer() -> Restorer:
    return Restorer.default()


def test_vectorized_channel_scores_equal_the_alignment(restorer):
    ch = restorer.channel
    arr = ch.arrays()
    data = json.loads((FIXTURES / "garbled_001_gold.json").read_text("utf-8"))
    observed = sorted({w.lower() for g, _ in data["test"] for w in WORD_RE.findall(g)})[:60]
    forms = ["của", "trường", "nghiệp", "đề", "án", "số", "dữ", "liệu", "quốc", "ủy"]
    rows = np.array([arr.row[f] for f in forms])
    for obs in observed:
        fast = arr.char_logps(obs, rows)
        for f, x in zip(forms, fast, strict=True):
            slow = _align_score(f, obs, ch.emit)
            assert slow < -1e8 or abs(x - slow) < 1e-9, (obs, f, x, slow)


def test_memoized_candidates_give_the_same_restoration(restorer):
    text = "Két qua trién khai Dé 4n 06/CP tai Co so dir liéu quéc gia vé dan cu"
    first = restorer.restore(text, "garbled")
    again = restorer.restore(text, "garbled")
    assert first.text == again.text == "Kết quả triển khai Đề án 06/CP tại Cơ sở dữ liệu quốc gia về dân cư"
    assert [w.confidence for w in first.words] == [w.confidence for w in again.words]


def test_sure_means_right_on_held_out_stripped_text(restorer):
    gold = "\n".join(held_out())
    out = restorer.restore(strip_marks(gold), "stripped", DocumentCache())
    at = {m.start(): m.group() for m in WORD_RE.finditer(gold)}
    sure = [at.get(w.start) == w.text for w in out.words if w.confidence >= 0.9]
    assert len(sure) > 2000
    assert np.mean(sure) >= 0.99  # bench/diacritics.py prints the whole calibration


@pytest.mark.parametrize("garble", ["c4c ng dan trén dia ban", "tr6 ch ng", "nh tinh hinh"])
def test_a_word_made_up_from_one_or_two_characters_goes_to_review(restorer, garble):
    out = restorer.restore(garble, "garbled")
    made = [w for w in out.words if restorer.made_up(w.raw, w.text)]
    assert made, "the garble was not read as a longer word: nothing to check"
    assert all(w.confidence < REVIEW_FROM for w in made)
    assert all(len(w.raw) <= 2 for w in made)


def test_a_supported_short_garble_keeps_its_confidence(restorer):
    words = restorer.restore("Két qua trién khai Dé 4n 06/CP", "garbled").words
    assert [w.text for w in words if w.raw in ("Dé", "4n")] == ["Đề", "án"]
    assert all(w.confidence >= 0.9 for w in words if w.raw in ("Dé", "4n"))


def test_known_ocr_confusion_is_mended_at_high_confidence(restorer):
    text = "Chỉ nhánh Ngân hàng Chính sách xã hội tỉnh"
    confs = [(m.start(), m.end(), 96.0) for m in WORD_RE.finditer(text)]
    assert restorer.restore(text, "ocr", None, confs).text == "Chi nhánh Ngân hàng Chính sách xã hội tỉnh"
    kept = "chỉ đạo của Chủ tịch UBND tỉnh"
    assert restorer.restore(kept, "ocr", None, [(0, len(kept), 96.0)]).text == kept


def test_ocr_mode_keeps_a_printed_spelling(restorer):
    text = "hiện đại hoá nền hành chính, chăm sóc sức khoẻ"
    assert restorer.restore(text, "ocr", None, [(0, len(text), 90.0)]).text == text


def test_slip_rates_follow_the_confusions_seen():
    triples = [("chi", "chỉ", 96.0)] * 4 + [("chi", "chi", 96.0)] + [("liệu", "liệu", 95.0)] * 50
    triples += [("tổng", "tổng", 90.0)] * 30 + [("tổng", "tống", 60.0)] * 3 + [("dân", "dần", 90.0)]
    slips = learn_slips(triples)
    assert slips.word_rate("chi", "chỉ") > 0.2  # the word's own record
    assert slips.word_rate("tổng", "tống") > slips.word_rate("liệu", "liêu")
    assert slips.rate("ổ", "ố") > slips.rate("ệ", "ê")
    assert 0 < slips.word_rate("liệu", "liêu") < 0.01


def test_a_word_made_up_from_one_letter_reaches_the_review_queue(restorer, tmp_path):
    """The queue's SQL once skipped every one-letter reading: 't' read as 'từ', capped as made up,
    never reached a reviewer. A list's 'a)' restored 'à' stays out."""
    from baocao.pipeline.queue import FLAGGED_WORDS
    from baocao.pipeline.store import Store

    words = restorer.restore("tr6 t ng", "garbled").words
    made = [w for w in words if len(w.raw) == 1 and restorer.made_up(w.raw, w.text)]
    assert made and all(w.confidence < REVIEW_FROM for w in made)
    label = [("a", "à", 0.3)]  # a one-letter reading given other marks: noise for a reviewer
    store = Store(tmp_path / "q.duckdb")
    with store.session():
        rows = [(w.raw, w.text, w.confidence) for w in words] + label
        for i, (raw, text, conf) in enumerate(rows):
            store.con.execute("INSERT INTO words (doc_id, page_no, word_no, raw, text, restore_conf) "
                              "VALUES ('d', 1, ?, ?, ?, ?)", [i, raw, text, conf])  # fmt: skip
        queued = {r[0] for r in store.con.execute(f"SELECT raw FROM ({FLAGGED_WORDS})").fetchall()}
    assert {w.raw for w in made} <= queued
    assert "a" not in queued


def test_lm_tables_as_arrays_give_a_distribution_and_old_files_still_load(tmp_path):
    """The LM's sorted-array tables: batched and one-at-a-time lookups agree, p(. | a b) sums to 1
    over the vocabulary for seen and unseen contexts, and a learned model pickled as dicts (before
    the arrays) loads to the same probabilities."""
    import pickle

    from baocao.diacritics.lm import TrigramLM

    sents = [s.split() for s in ("chi trả lương hưu", "chỉ đạo các sở", "chi trả trợ cấp cho người dân",
                                 "các sở chỉ đạo chi trả", "người dân nhận lương")]  # fmt: skip
    lm = TrigramLM.train(sents)
    v = lm.vocab
    every = np.arange(len(v))
    for a, b in (("chi", "trả"), ("các", "sở"), ("lương", "chỉ"), ("<s>", "<s>")):
        many = lm.logp_many(v[a], v[b], every)
        assert abs(np.exp(many).sum() - 1) < 1e-9, (a, b)
        assert np.allclose(many[:5], [lm.logp(v[a], v[b], c) for c in range(5)])
    old = tmp_path / "old.pkl"
    dicts = (dict(v), lm.P1.tolist(), dict(zip(lm.K2.tolist(), lm.V2.tolist(), strict=True)),
             {i: g for i, g in enumerate(lm.G1.tolist()) if g != 0.0},
             dict(zip(lm.K3.tolist(), lm.V3.tolist(), strict=True)), dict(zip(lm.KG2.tolist(), lm.VG2.tolist(), strict=True)))  # fmt: skip
    old.write_bytes(pickle.dumps(dicts))
    again = TrigramLM.load(old)
    a, b, c = np.meshgrid(every, every, every)
    assert np.array_equal(again.logp_many(a, b, c), lm.logp_many(a, b, c))
    lm.save(tmp_path / "new.pkl")
    assert np.array_equal(TrigramLM.load(tmp_path / "new.pkl").logp_many(a, b, c), lm.logp_many(a, b, c))


def test_a_model_built_with_the_old_four_gram_layer_still_loads_as_its_trigram(tmp_path):
    """Learned models built before the 4-gram layer was dropped carry four more tables in lm.pkl."""
    import pickle

    from baocao.diacritics.lm import TrigramLM

    lm = TrigramLM.train([s.split() for s in ("ủy ban chỉ đạo chi trả", "sở chỉ đạo chỉ rõ", "ban chỉ đạo chỉ rõ")])
    lm.save(tmp_path / "lm.pkl")
    data = pickle.loads((tmp_path / "lm.pkl").read_bytes())
    extra = (np.zeros(2, np.int64), np.zeros(2), np.zeros(3, np.int64), np.zeros(3))
    (tmp_path / "old.pkl").write_bytes(pickle.dumps((*data, *extra), protocol=5))
    every = np.arange(len(lm.vocab))
    a, b, c = np.meshgrid(every, every, every)
    assert np.array_equal(TrigramLM.load(tmp_path / "old.pkl").logp_many(a, b, c), lm.logp_many(a, b, c))


def test_stripped_acronyms_get_back_the_marks_the_training_text_spells():
    """'TTDT' has no syllable to restore, but the training text wrote 'TTĐT': a stripped text lost
    that mark too, and the context chooses (a code the text never marked stays as it is)."""
    from baocao.diacritics.lm import TrigramLM
    from baocao.diacritics.restore import Lexicon, Restorer

    sents = [s.split() for s in ("cổng ttđt tỉnh", "cổng ttđt của tỉnh", "đ c vinh", "ttdt khác")]
    lex = Lexicon([("cong", "công", 5), ("cong", "cổng", 3), ("tinh", "tỉnh", 3), ("cua", "của", 2), ("vinh", "vinh", 1)])
    r = Restorer(TrigramLM.train(sents), lex)
    assert r.restore("Cong TTDT tinh").text == "Cổng TTĐT tỉnh"
    assert r.restore("D c Vinh").text == "Đ c Vinh"
    assert r.restore("Cong KHDT tinh").text.split()[1] == "KHDT"


def test_case_inside_a_sentence_tells_a_name_from_a_common_word():
    """Where the LM cannot tell 'tĩnh' from 'tỉnh', a capital inside a sentence points to the form
    that the training text writes with one (Hà Tĩnh), lower case to the other; a sentence's first
    word says nothing, so there the LM's choice stands."""
    from baocao.diacritics.lm import TrigramLM
    from baocao.diacritics.restore import Lexicon, Restorer
    from baocao.diacritics.text import case_counts

    counts: dict[str, list[int]] = {}
    case_counts("về Hà Tĩnh và Hà Tĩnh\nvề tỉnh và tỉnh nhà\nTỉnh nhà", counts)
    assert counts["tĩnh"] == [2, 2] and counts["tỉnh"] == [0, 2]  # 'Tỉnh' opens its line: not counted
    sents = [s.split() for s in ("về tỉnh", "về tĩnh", "về tỉnh")]
    rows = [("tinh", "tỉnh", 3), ("tinh", "tĩnh", 1), ("ve", "về", 3)]
    caps = {w: (c, n) for w, (c, n) in counts.items()}
    r = Restorer(TrigramLM.train(sents), Lexicon(rows, caps))
    plain = Restorer(TrigramLM.train(sents), Lexicon(rows))  # a model built before capitals were counted
    assert plain.restore("ve Tinh").text == "về Tỉnh"  # the LM alone: the likelier form after 'về'
    assert r.restore("ve Tinh").text == "về Tĩnh"
    assert r.restore("ve tinh").text == "về tỉnh"
    for first in ("Tinh", "Tinh ve"):  # a sentence's first word: its case says nothing
        assert r.restore(first).text == plain.restore(first).text


def test_a_dictionary_word_wins_where_the_counts_are_thin():
    """'bưu cục' was never in the training text and 'cực' is the commoner syllable: the LM alone
    says 'bưu cực'; with the dictionary's two-syllable words beside the LM the pair that makes a word
    wins, and a model folder without them restores as before."""
    from baocao.diacritics.build import compound_keys
    from baocao.diacritics.lm import TrigramLM, pack
    from baocao.diacritics.restore import Lexicon, Restorer

    # 'cực' follows two words, 'cục' one: the LM alone prefers 'bưu cực' by 0.8 nats
    sents = [s.split() for s in ("bưu điện tỉnh", "bưu chính", "rất cực", "khá cực", "cục thuế", "vào cục")]
    rows = [("buu", "bưu", 3), ("cuc", "cực", 3), ("cuc", "cục", 1)]
    lm = TrigramLM.train(sents)
    plain = Restorer(lm, Lexicon(rows))
    assert plain.restore("buu cuc").text == "bưu cực"
    with_words = Restorer(lm, Lexicon(rows), compounds=np.array([pack(lm.id("bưu"), lm.id("cục"))], np.int64))
    assert with_words.restore("buu cuc").text == "bưu cục"
    assert with_words.restore("cuc buu").text == plain.restore("cuc buu").text  # the order matters
    shipped = compound_keys(Restorer.default().lm)  # what the build writes: sorted keys of known syllables
    assert len(shipped) > 10_000 and (np.diff(shipped) > 0).all()
