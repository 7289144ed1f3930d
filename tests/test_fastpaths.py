"""Every fast path gives exactly the answer of the plain computation it replaces."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest

from cleaner import lexicon
from cleaner.language import stopwords
from cleaner.mojibake import derive, may_be_bad
from cleaner.pipeline import prepare
from cleaner.repair import document_needs_repair, needs_repair
from cleaner.stats import measure, measure_all
from cleaner.tokens import URLISH, count_urls

ROOT = Path(__file__).resolve().parent.parent

SAMPLES = [
    "Share on Facebook", "Поделиться в Telegram", "Читайте также: новости дня", "Lire aussi : la suite",
    "Photo: Reuters", "image: http://example.org/photo.jpg", "Home | News | Sport", "Par Samer Hussein",
    "About Ginette Hess Skandrani", "Подпишитесь на наш телеграм-канал", "15 novembre 2017",
    "Traduction : Avic – Réseau International", "ÃƒÂ©tÃ© Ã  la plage", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€", "вЂ” сказал он",
    "Δείτε επίσης: το άρθρο", "更多新闻请关注我们的微信公众号", "E-mail: redaktion@example.de #news @handle",
    "WWW.EXAMPLE.COM and HTTP://X.Y", "ⒶⅧ ² ① ½ ٣ Ǆ ǅ ﬁ", "x" * 500, "", "   ", "\u00a0«Bonjour»\u00a0!", "Fullscreen",
    "0:07 / 2:13", "Advertisement", "View this post on Instagram", "A post shared by Ana Ruiz (@ana.ruiz)",
    "Was this answer helpful?", "JaNein", "Copy code",
]


def corpus_lines() -> list[str]:
    lines = list(SAMPLES)
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        lines.extend(b.text for b in prepare(path.read_text(encoding="utf-8")).blocks)
    rng = random.Random(7)
    alphabet = "aZ09 .,:;!?@#/|-–«»“”'\"()Ã©Â Ð¿вЂ€ŠœŸ²°µ×Δε中文\u00a0\u0301"
    lines.extend("".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 80))) for _ in range(3000))
    return lines


LINES = corpus_lines()


@pytest.mark.parametrize("family", lexicon.families())
def test_combined_patterns_find_the_first_pattern(family: str) -> None:
    patterns = lexicon.patterns(family)
    assert patterns.combined is not None
    plain = lexicon.PatternSet(family, patterns.patterns)  # no combined form: one by one
    hits = 0
    for line in LINES + [p.pattern for _, p in patterns.patterns]:
        found = patterns.match(line)
        assert found == plain.match(line)
        assert patterns.fullmatch(line) == plain.fullmatch(line)
        assert patterns.search(line) == plain.search(line)
        hits += found is not None
    assert hits > 0


def test_back_references_are_not_combined() -> None:
    compiled = [("en", re.compile(r"(a)\1", re.I)), ("en", re.compile(r"b", re.I))]
    assert lexicon._combine(compiled) is None
    assert lexicon._combine([("en", re.compile(r"\(?(?:photo)s?\)?", re.I))]) is not None


@pytest.mark.parametrize("code", [None, "en", "fr", "ru", "zh"])
def test_measure_all_is_measure(code: str | None) -> None:
    stop = stopwords(code)
    assert measure_all(LINES, stop) == [measure(line, stop) for line in LINES]


def test_count_urls() -> None:
    assert [count_urls(line) for line in LINES] == [len(URLISH.findall(line)) for line in LINES]
    assert count_urls("see WWW.EXAMPLE.COM and mail a@b.org") == 2


def test_mojibake_screen_is_sound() -> None:
    from ftfy.badness import BADNESS_RE, is_bad

    screen = derive(BADNESS_RE)
    assert screen is not None
    assert screen.search("Une phrase française ordinaire, sans rien d’étrange.") is None
    assert screen.search("Обычная русская фраза без ошибок кодировки.") is None
    rng = random.Random(3)
    texts = list(LINES)
    for line in SAMPLES + ["café déjà vu — “quoted” naïve", "Привет, мир — «цитата»", "Ελληνικά κείμενα €"]:
        for codec in ("latin-1", "cp1252", "cp1251", "cp1253", "mac_roman"):
            texts.append(line.encode("utf-8").decode(codec, errors="replace"))
    texts.extend("".join(chr(rng.randrange(0xA0, 0x2600)) for _ in range(6)) for _ in range(20000))
    bad = 0
    for text in texts:
        assert may_be_bad(text) == is_bad(text)
        if is_bad(text):
            bad += 1
            assert screen.search(text)
    assert bad > 100


def test_document_check_agrees_with_line_checks() -> None:
    docs = ["\n".join(LINES[i:i + 7]) for i in range(0, len(LINES), 7)]
    docs += ["plain\nÃ  la\nligne", "x\n\u0301y", "a\r\nb\u00e9"]
    for doc in docs:
        lines = re.split(r"\r\n|\r|\n", doc)
        if any(needs_repair(line) for line in lines):
            assert document_needs_repair(doc)


def test_fast_language_identification_is_py3langid() -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from cleaner.language import _identifier

    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    fast = _identifier()
    texts = [line for line in LINES if line][:600]
    texts += ["\n".join(LINES[i:i + 40]) for i in range(0, 2000, 40)]
    texts += ["HELLO WORLD THIS IS UPPER CASE", "a", "ä" * 3, "\U0001F600 emoji only"]
    for text in texts:
        assert fast.classify(text) == reference.classify(text), text[:60]


@pytest.mark.parametrize("code", ["en", "ru", None])
def test_recent_lines_answer_as_measuring_again(code: str | None) -> None:
    from cleaner.pipeline import _RecentLines
    from cleaner.rules import line_hits

    lines = corpus_lines()
    stop = stopwords(code)
    recent = _RecentLines(budget=20_000, max_line=200)  # small: lines are dropped and measured again
    for start in range(0, len(lines), 50):
        chunk = lines[start:start + 50] + lines[max(0, start - 30):start]  # a part seen before
        fresh = measure_all(chunk, stop)
        assert recent.measure(chunk, code, stop) == (fresh, [line_hits(t, st) for t, st in zip(chunk, fresh, strict=True)])
    assert recent._spent <= 20_000


def test_spooled_analysis_pickles_back_equal() -> None:
    import pickle

    from cleaner.pipeline import analyse

    for path in sorted((ROOT / "seeds").glob("*.txt")):
        analysis = analyse(path.read_text(encoding="utf-8"))
        assert pickle.loads(pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL)) == analysis


def test_text_memo_answers_as_computing_again() -> None:
    from cleaner.memo import TextMemo
    from cleaner.tokens import _fingerprint, _normalize

    lines = corpus_lines()
    norms = TextMemo(_normalize, budget=20_000, max_text=200)  # small: texts are dropped and computed again
    fingerprints = TextMemo(_fingerprint, budget=20_000, max_text=200)
    for start in range(0, len(lines), 50):
        chunk = lines[start:start + 50] + lines[max(0, start - 30):start]  # a part seen before
        assert [norms(t) for t in chunk] == [_normalize(t) for t in chunk]
        assert [fingerprints(t) for t in chunk] == [_fingerprint(t) for t in chunk]
        assert norms.spent <= 20_000 and fingerprints.spent <= 20_000
    assert _normalize("  Hello, World!  ") == "hello world"


def test_remembered_closing_headings_are_the_headings() -> None:
    from cleaner.memo import TextMemo
    from cleaner.pipeline import _is_closer

    lines = corpus_lines() + ["Comments (4)", "Kommentare [12]", "Related", "Related stories 2024", "4"]
    closers = TextMemo(_is_closer, budget=5_000, max_text=120)  # small: texts are dropped and computed again
    for _ in range(2):
        assert [closers(t) for t in lines] == [_is_closer(t) for t in lines]
    assert closers("Comments (4)") and not closers("4")


def test_remembered_repairs_are_the_repairs() -> None:
    from cleaner.repair import _repair, repair_line

    lines = corpus_lines()
    for _ in range(2):  # the second time from memory
        assert [repair_line(t) for t in lines] == [_repair(t) for t in lines]
    assert repair_line("ÃƒÂ©tÃ© Ã  la plage")[1]  # a repair, with its steps


# Characters the regex engine folds in unusual ways (long s, Kelvin sign, dotted and
# dotless i, the sigmas, micro sign, ligatures, title-case digraphs).
_FOLDING = "ſKkSsİıIiΣσςΘθϑµμßẞﬁǅǄǆΩωΚκϰÅåÉéЁёЙй"


def _openings(patterns: lexicon.PatternSet) -> list[str]:
    """Lines opening like each alternative of a family, in several cases, and with each
    odd-folding character in place of the first letter or before it."""
    assert patterns.index is not None
    lines: list[str] = []
    for _, _, alternatives, _ in patterns.index._parts:
        for alternative in alternatives:
            text = re.sub(r"\(\?:|[()]|\\[bW]\*?", "", alternative)[:30]
            lines += [text, text.upper(), text.title(), text + " :", text.upper() + " x"]
            lines += [ch + text[1:] for ch in _FOLDING] + [ch + " " + text for ch in _FOLDING[::3]]
    return lines + list(_FOLDING)


@pytest.mark.parametrize("family", lexicon.families())
def test_first_character_index_finds_the_first_pattern(family: str) -> None:
    patterns = lexicon.patterns(family)
    assert patterns.index is not None
    whole = lexicon.PatternSet(family, patterns.patterns, patterns.combined, patterns.by_group)  # never narrowed
    hits = 0
    for line in LINES + _openings(patterns):
        found = patterns.match(line)
        assert found == whole.match(line), line
        assert patterns.fullmatch(line) == whole.fullmatch(line), line
        hits += found is not None
    assert hits > 0


def test_patterns_are_cut_into_their_alternatives() -> None:
    assert lexicon._alternatives("(?:a|b(?:c|d)|[|)])s?") == (["a", "b(?:c|d)", "[|)]"], "s?")
    assert lexicon._alternatives(r"x\|y|z") == ([r"x\|y", "z"], "")
    assert lexicon._alternatives("(?:a|b)?c") == (["(?:a|b)?c"], "")  # an optional group is not cut
    assert lexicon._alternatives("(?i)a|b") == (["(?i)a|b"], "")
    assert [lexicon._first_letter(a) for a in ("ab", "a?b", "a*", "a+b", r"\d", "(x)", "", " x")] == [
        "a", None, None, "a", None, None, None, " "]


def test_quick_init_builds_what_the_dataclass_init_would() -> None:
    import dataclasses

    from cleaner.model import quick_init

    @dataclasses.dataclass(frozen=True, slots=True)
    class Plain:
        a: int
        b: str = "b"
        c: dict[str, int] = dataclasses.field(default_factory=dict)

    @quick_init
    @dataclasses.dataclass(frozen=True, slots=True)
    class Quick:
        a: int
        b: str = "b"
        c: dict[str, int] = dataclasses.field(default_factory=dict)

    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
        ((1,), {}), ((1, "x"), {}), ((1, "x", {"k": 2}), {}), ((), {"a": 1, "c": {"k": 3}})]
    for args, kwargs in calls:
        plain, quick = Plain(*args, **kwargs), Quick(*args, **kwargs)
        assert dataclasses.astuple(plain) == dataclasses.astuple(quick)
    assert Quick(1).c is not Quick(1).c  # a fresh default each time
    with pytest.raises(dataclasses.FrozenInstanceError):
        Quick(1).a = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        Quick()  # type: ignore[call-arg]


def test_classes_with_quick_init_still_construct_and_compare() -> None:
    from cleaner.context import BlockView
    from cleaner.model import Block, BlockResult, Decision, Hit, RuleId, Stage, Strength
    from cleaner.stats import BlockStats

    hit = Hit(RuleId.NAV, Strength.EDGE, "r")
    assert hit.evidence == {} and hit == Hit(rule=RuleId.NAV, strength=Strength.EDGE, reason="r", evidence={})
    decision = Decision(True, RuleId.CONTENT, "body")
    assert decision.stage is Stage.RULE and decision.evidence == {}
    block = Block(0, 1, "x", False)
    assert BlockResult(block, "good", (hit,), decision, decision).kept
    assert BlockView("good", 3.0, ()).closer is False
    assert measure("Hello there.", frozenset()) == BlockStats(*(getattr(measure("Hello there.", frozenset()), f)
                                                                for f in BlockStats.__slots__))


def test_openings_are_the_items_a_match_starts_with() -> None:
    flags = re.IGNORECASE
    assert lexicon._openings("home", "", flags) == {"h"}
    assert lexicon._openings("[àa] propos", "", flags) == {"[àa]"}
    assert lexicon._openings(r"(?:\d{1,6}|\w{1,8}) comments", "", flags) == {r"[\d]", r"[\w]"}
    assert lexicon._openings(r"(?<!\d)\d+ of \d+", "", flags) == {r"[\d]"}
    assert lexicon._openings(r"\(?(?:photo|image)s?\)?\s*[:/]", "", flags) == {r"\(", "p", "i"}
    assert lexicon._openings("", "x", flags) == {"x"}  # an empty alternative: the suffix opens
    assert lexicon._openings(r"\bread(?=\s)", "", flags) == {"r"}  # zero-width items consume nothing
    assert lexicon._openings(r"[^\W\d_]+", "", flags) == {r"[^\W\d_]"}
    assert lexicon._openings("x?", "", flags) is None  # may match nothing: any line
    assert lexicon._openings("(?i:a)b", "", flags) is None  # scoped flags
    assert lexicon._openings(r"(?:(a)|b)\1", "", flags) == {"a", "b"}


@pytest.mark.parametrize("family", lexicon.families())
def test_a_line_opening_no_alternative_is_never_matched(family: str) -> None:
    """Every character met at the start of a line is tried against every pattern: when
    the index has nothing to try for it, no pattern matches a line opening with it."""
    patterns = lexicon.patterns(family)
    assert patterns.index is not None
    whole = patterns.combined
    assert whole is not None
    starts = sorted({line[0] for line in LINES if line} | set(_FOLDING) | {chr(c) for c in range(32, 0x600)})
    for ch in starts:
        if not patterns.index.narrowed(ch):
            for rest in ("", " ", "x", "1", " comments", "omments", "hoto: x"):
                assert whole.match(ch + rest) is None, (ch, rest)



@pytest.mark.parametrize("n_features", [50, 2**31])  # 32-bit keys, and 64-bit ones
def test_first_counts_are_unique_in_first_order(n_features: int) -> None:
    import numpy as np

    from cleaner.identify import _first_counts

    rng = np.random.default_rng(3)
    for size in (1, 2, 7, 500, 9000):
        features = rng.integers(0, 50, size).astype(np.int32)
        unique, first, counts = np.unique(features, return_index=True, return_counts=True)
        order = np.argsort(first, kind="stable")
        idx, values = _first_counts(features, n_features)
        assert idx.dtype == np.intp and values.dtype == np.float32
        assert idx.tolist() == unique[order].tolist() and values.tolist() == counts[order].tolist()


def test_full_stop_check_is_the_search() -> None:
    from cleaner.rules.feed import _FULL_STOP, _full_stop

    lines = LINES + ["a.", "a..", ".", "..", "a. ", "a.\u00a0\u2003", "x。", "x.。", "x。.", "Update: done.\n", " "]
    assert [_full_stop(line) for line in lines] == [_FULL_STOP.search(line) is not None for line in lines]


def test_social_trie_finds_the_longest_first_names() -> None:
    from cleaner.lexicon import words
    from cleaner.rules.lines import _social_pattern

    names = sorted(words("social"), key=len, reverse=True)
    longest_first = re.compile("|".join(re.escape(n) for n in names))
    lines = [line.lower() for line in LINES] + [" ".join(names), "".join(names), "google+ google vkontakte vk 12"]
    for line in lines:
        assert _social_pattern().findall(line) == longest_first.findall(line)
        assert _social_pattern().sub("", line) == longest_first.sub("", line)


def test_cut_off_check_is_the_search() -> None:
    from cleaner.stats import _CUT_OFF, _cut_off

    lines = LINES + ["Read more...", "more… (3)", "a.. .", "…", "x ... Read more"]
    assert [_cut_off(line) for line in lines] == [_CUT_OFF.search(line) is not None for line in lines]



def test_normalize_drops_runs_of_non_word_characters_and_underscores() -> None:
    from cleaner.tokens import _MARKS, _normalize

    reference = re.compile(f"(?:[^\\w{_MARKS}]|_)+")  # the pattern before the fast one
    lines = LINES + ["a_b", "_x_", "a _-b__", "__", "snake_case_name", "ü_\u0301_x", "_ é _"]
    assert [_normalize(t) for t in lines] == [reference.sub(" ", t.casefold()).strip() for t in lines]


def test_rows_of_items_need_two_separator_characters() -> None:
    from cleaner.rules.lines import _NAV_SEPARATORS, _SPACE_RUN, _two_separator_chars

    lines = LINES + ["a | b", "a | b | c", "a::b::c", "a :: b", "a - b - c", "x » y", "a|b|c", "a :: b", "—"]
    for line in lines:
        if not _two_separator_chars(line):
            assert len([p for p in _NAV_SEPARATORS.split(_SPACE_RUN.sub(" ", line)) if p]) < 3, line
    assert _two_separator_chars("a | b | c") and not _two_separator_chars("a :b")


def test_combined_alternation_is_compiled_at_first_use() -> None:
    plain = [("en", re.compile(r"read more", re.I)), ("fr", re.compile(r"lire (?:aussi|plus)", re.I))]
    lazy = lexicon._combine(plain)
    assert lazy is not None and lazy.compiled is None and lazy.source is not None
    assert lazy.combined is not None and lazy.combined.pattern == lazy.source
    assert lazy.match("Lire aussi : la suite") == ("fr", r"lire (?:aussi|plus)")
    named = [("en", re.compile(r"(?P<x>a)", re.I)), ("fr", re.compile(r"(?P<x>b)", re.I))]
    assert lexicon._combine(named) is None  # one name twice: found out at once
    flagged = [("en", re.compile(r"(?s)a.b", re.I)), ("fr", re.compile(r"c", re.I))]
    assert lexicon._combine(flagged) is None  # a global flag inside the alternation


def _parsed_backreference(source: str) -> bool:
    """A back-reference in the parser's tree of ``source``: what the source scan reads."""
    import importlib

    sre: Any = importlib.import_module("re._constants")
    parser: Any = importlib.import_module("re._parser")

    def walk(node: Any) -> bool:
        if isinstance(node, (list, tuple)):
            return any(walk(item) for item in node)
        if isinstance(node, parser.SubPattern):
            return any(walk(item) for item in node.data)
        return node is sre.GROUPREF or node is sre.GROUPREF_EXISTS

    return bool(walk(parser.parse(source, re.IGNORECASE)))


def test_back_references_are_read_from_the_source() -> None:
    sources = [p.pattern for family in lexicon.families() for _, p in lexicon.patterns(family).patterns]
    sources += [r"(a)\1", r"(?P<x>a)(?P=x)", r"(a)?(?(1)b|c)", r"\\1", r"\(?P=", r"(a)\\\1", r"(a)\1\d", r"\d\w"]
    for source in sources:
        assert lexicon._has_backreference(re.compile(source, re.IGNORECASE)) == _parsed_backreference(source), source
    assert lexicon._has_backreference(re.compile(r"(a)[\1]"))  # an octal escape in a class: counted, to be safe


def _wrapped_groups_reference(texts: list[str]) -> list[tuple[int, int]]:
    """``stats.wrapped_groups`` as first written: every test on every line."""
    from cleaner.stats import _CLOSED_SENTENCE, _WRAP_END, _WRAP_MIN_MEAN

    spans: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(texts) + 1):
        if i < len(texts):
            nxt = texts[i].lstrip()[:1]
            prev = texts[i - 1].rstrip()
            if nxt.islower() and not _WRAP_END.search(prev) \
                    and not (prev.endswith(":") and len(prev.lstrip()) > _WRAP_MIN_MEAN):
                continue
        short = sum(len(t.strip()) for t in texts[start:i]) < _WRAP_MIN_MEAN * (i - start) \
            or (i - start > 1 and min(len(t.strip()) for t in texts[start:i - 1]) < _WRAP_MIN_MEAN)
        if i - start > 1 and short and not _CLOSED_SENTENCE.search(texts[i - 1]):
            spans.extend((k, k + 1) for k in range(start, i))
        else:
            spans.append((start, i))
        start = i
    return spans


def test_wrapped_groups_are_the_reference() -> None:
    from cleaner.stats import wrapped_groups

    rng = random.Random(11)
    words = ["the line goes on", "and on", "ends here.", "Upper start", "a list:", "x", "до 18 лет", "ok;"]
    docs = [LINES[i:i + 9] for i in range(0, len(LINES), 9)]
    docs += [[rng.choice(words) for _ in range(rng.randrange(1, 12))] for _ in range(2000)]
    for doc in docs:
        assert wrapped_groups(doc) == _wrapped_groups_reference(doc)
