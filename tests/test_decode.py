"""Every encoding users meet: the seeds re-encoded come out equal to their gold.

Seeds come from the repository's ``seeds/``, gold from ``tests/golden/``.  Seed 002 is
Russian, the others French.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.decode import NotText, decode, implausibility
from cleaner.pipeline import clean, clean_and_explain
from cleaner.repair import repair_line

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLDEN = ROOT / "tests" / "golden"
RUSSIAN = "002_08a8d640027da759.txt"
FRENCH = [p.name for p in SEEDS if p.name != RUSSIAN]


def _seed(name: str) -> str:
    return (ROOT / "seeds" / name).read_text("utf-8")


def _gold(name: str) -> str:
    return (GOLDEN / name).read_text("utf-8")


def _mojibake(text: str) -> bytes:
    """UTF-8 bytes decoded as Windows-1252 (as browsers do: the five undefined bytes
    become C1 controls) and saved again as UTF-8."""
    import ftfy.bad_codecs  # noqa: F401  registers sloppy-windows-1252

    return text.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8")


def _koi8(text: str) -> str:
    # KOI8-R has no em dash; the file a KOI8-R site serves has a hyphen instead
    return text.replace("\u2014", "-")


# (variant, seeds it applies to, bytes maker, expected encoding, gold adjustment)
Variant = tuple[str, list[str], Callable[[str], bytes], str | None, Callable[[str], str]]


def _same(text: str) -> str:
    return text


VARIANTS: list[Variant] = [
    ("cp1251", [RUSSIAN], lambda t: t.encode("cp1251"), "cp1251", _same),
    ("koi8-r", [RUSSIAN], lambda t: _koi8(t).encode("koi8_r"), "koi8_r", _koi8),
    ("cp1252", FRENCH, lambda t: t.encode("cp1252"), "cp1252", _same),
    ("utf-16", [p.name for p in SEEDS], lambda t: t.encode("utf-16"), "utf-16", _same),
    ("utf-16-le-nobom", [p.name for p in SEEDS], lambda t: t.encode("utf-16-le"), "utf-16-le", _same),
    ("utf-16-be-nobom", [p.name for p in SEEDS], lambda t: t.encode("utf-16-be"), "utf-16-be", _same),
    ("utf-32", [p.name for p in SEEDS], lambda t: t.encode("utf-32"), "utf-32", _same),
    ("bom", [p.name for p in SEEDS], lambda t: t.encode("utf-8-sig"), "utf-8-sig", _same),
    ("crlf", [p.name for p in SEEDS], lambda t: t.replace("\n", "\r\n").encode(), "utf-8", _same),
    ("cr", [p.name for p in SEEDS], lambda t: t.replace("\n", "\r").encode(), "utf-8", _same),
    ("bom-crlf-cp1251", [RUSSIAN], lambda t: t.replace("\n", "\r\n").encode("cp1251"), "cp1251", _same),
    ("mojibake", [p.name for p in SEEDS], _mojibake, "utf-8", _same),
]
CASES = [(v[0], seed) for v in VARIANTS for seed in v[1]]


def _variant(name: str) -> Variant:
    return next(v for v in VARIANTS if v[0] == name)


def test_seeds_and_gold_are_in_the_repository() -> None:
    assert len(SEEDS) == 4
    assert sorted(p.name for p in GOLDEN.glob("*.txt")) == [p.name for p in SEEDS]


@pytest.mark.parametrize(("variant", "seed"), CASES)
def test_reencoded_seed_equals_gold(variant: str, seed: str) -> None:
    _, _, make, encoding, adjust = _variant(variant)
    data = make(_seed(seed))
    decoded = decode(data)
    assert decoded.encoding == encoding
    result = clean_and_explain(decoded.text, encoding=decoded.encoding)
    assert result.text == adjust(_gold(seed))
    assert "\r" not in result.text
    assert result.encoding == encoding


def test_mojibake_repairs_are_explained() -> None:
    decoded = decode(_mojibake(_seed(RUSSIAN)))
    result = clean_and_explain(decoded.text, encoding=decoded.encoding)
    assert result.text == _gold(RUSSIAN)
    assert result.fixes, "the ftfy repairs must be listed"
    assert all(fix.startswith("line ") for fix in result.fixes)
    assert any("sloppy-windows-1252" in fix or "utf-8" in fix for fix in result.fixes)


@pytest.mark.parametrize("seed", [p.name for p in SEEDS])
def test_cleaning_the_gold_again_changes_nothing(seed: str) -> None:
    assert clean(_gold(seed)) == _gold(seed)


SHORT_RUSSIAN = [
    "Привет, мир. Как дела у тебя сегодня?",
    "В Москве прошла встреча министров иностранных дел России и Турции.",
    "Командование США отказалось наносить авиаудары по силам ИГИЛ.",
]


@pytest.mark.parametrize("text", SHORT_RUSSIAN)
@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "iso8859_5", "cp866"])
def test_short_cyrillic_single_byte(text: str, encoding: str) -> None:
    # charset-normalizer alone reads short KOI8-R as Shift-JIS and cp1251 as mac_cyrillic
    decoded = decode(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == encoding


@pytest.mark.parametrize(
    ("text", "encodings"),
    [
        ("Україна отримала нову партію їжі та ґудзиків, повідомили в Києві.", ["cp1251", "koi8_u"]),
        ("Zażółć gęślą jaźń, mówił minister spraw zagranicznych.", ["cp1250", "iso8859_2"]),
        ("Ελληνική κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα.", ["cp1253"]),
        ("Le ministère a publié lundi un rapport sur la région.", ["cp1252"]),
        ("Die Bundesregierung hat über die Maßnahmen für Österreich gesprochen.", ["cp1252"]),
        ("El señor presidente habló en la reunión del año pasado.", ["cp1252"]),
        ("Il governo ha già approvato la proposta più importante.", ["cp1252"]),
    ],
)
def test_legacy_encodings_of_the_languages_served(text: str, encodings: list[str]) -> None:
    for encoding in encodings:
        assert decode(text.encode(encoding)).text == text


def test_greek_iso8859_7_reads_the_same_text() -> None:
    text = "Ελληνική κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα."
    assert decode(text.encode("iso8859_7")).text == text


def test_implausibility_prefers_the_right_reading() -> None:
    text = "Командование отказалось наносить авиаудары по уходящим силам."
    right = implausibility(text)
    assert right == 0
    for wrong in ("cp1252", "koi8_r", "mac_cyrillic", "iso8859_5"):
        misread = text.encode("cp1251").decode(wrong, errors="replace")
        assert implausibility(misread) > right, wrong


BINARY = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(255, -1, -1)) * 8,
    "gzip": b"\x1f\x8b\x08\x00" + bytes((i * 37 + 11) % 256 for i in range(3000)),
    "control-bytes": bytes((i * 7) % 32 + 1 for i in range(3000)),
    "high-bytes": bytes(128 + (i * 89) % 128 for i in range(5000)),
    "zeros": b"\x00" * 64,
}


@pytest.mark.parametrize("kind", sorted(BINARY))
def test_binary_is_not_text(kind: str) -> None:
    with pytest.raises(NotText):
        decode(BINARY[kind])


def test_bad_bom_is_not_text() -> None:
    with pytest.raises(NotText, match="byte-order mark"):
        decode(b"\xff\xfe\x00\xd8")  # UTF-16 BOM then a lone surrogate


def test_empty_and_bom_only_files() -> None:
    assert decode(b"").text == ""
    assert decode(b"\xef\xbb\xbf").text == ""
    assert clean("") == ""
    assert clean("\r\n\r\n") == ""


def test_crlf_and_cr_lines_are_understood() -> None:
    body = "Le ministère a publié lundi un rapport détaillé sur la situation dans la région du nord."
    for newline in ("\r\n", "\r", "\n"):
        text = newline.join(["Partager sur Facebook", body, "", "Lire aussi : la suite", ""])
        result = clean_and_explain(text)
        assert result.text == body + "\n"
        assert [b.block.line for b in result.removed] == [1, 4]


def test_megabyte_line_without_newline_is_bounded() -> None:
    line = ("Le ministère a publié lundi un rapport sur la situation dans la région. " * 14000)[:1_000_000]
    start = time.perf_counter()
    out = clean(line)
    elapsed = time.perf_counter() - start
    assert out == line.rstrip() + "\n"
    assert elapsed < 10, elapsed


def test_charset_normalizer_is_imported_only_for_legacy_bytes() -> None:
    code = (
        "import sys\n"
        "from cleaner.decode import decode\n"
        "decode('Привет'.encode()); decode('é'.encode('utf-16'))\n"
        "assert 'charset_normalizer' not in sys.modules, 'eager import'\n"
        "decode('Привет, мир. Как дела?'.encode('cp1251'))\n"
        "assert 'charset_normalizer' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_cli_cleans_every_variant_and_reports_binary(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    expected: dict[str, str] = {}
    for variant, seed in CASES:
        _, _, make, _, adjust = _variant(variant)
        name = f"{variant}-{seed}"
        (src / name).write_bytes(make(_seed(seed)))
        expected[name] = adjust(_gold(seed))
    (src / "photo.txt").write_bytes(BINARY["png"])
    result = CliRunner().invoke(app, ["run", str(src), str(out), "--no-corpus", "--no-progress"])
    assert result.exit_code == 1, result.output
    assert "photo.txt" in result.output and "binary" in result.output
    assert "failed: 1 file(s)" in result.output
    assert not (out / "photo.txt").exists()
    for name, text in expected.items():
        assert (out / name).read_text("utf-8") == text, name


@pytest.mark.parametrize("line", [
    "新华网北京１月１２日电 记者日前从国务院食品安全办获悉，国务院食品安全委员会办公室下发通知。",
    "東京（ＡＦＰ）－　日本の首相は１２日、記者会見で「経済対策」を発表した。",
    "ｶﾀｶﾅ is half-width katakana, as some Japanese sites print it.",
    "« Il a dit “oui” », précise l’avocat.",
])
def test_correct_typography_is_not_repaired(line: str) -> None:
    # Full-width digits and punctuation are how Chinese and Japanese are typeset, and
    # typographic quotes are correct text: neither is encoding damage.
    assert repair_line(line) == (line, ())


@pytest.mark.parametrize(("damaged", "repaired"), [
    ("Ã©tÃ© Ã  Paris", "été à Paris"),
    ("l&#39;article", "l'article"),
])
def test_encoding_damage_is_repaired(damaged: str, repaired: str) -> None:
    fixed, steps = repair_line(damaged)
    assert fixed == repaired
    assert steps
