"""Bytes to text: BOM, UTF-8, UTF-16/32, then the legacy single-byte encodings.

Order:

1. a byte-order mark decides (UTF-8, UTF-16, UTF-32);
2. NUL bytes mean UTF-32 or UTF-16 without a BOM (when one of them decodes into
   plausible text), else binary data;
3. control bytes (other than tab, line breaks, form feed and escape) mean binary data;
4. strict UTF-8;
5. the legacy encodings of the languages served (fr ru en de es it uk pl el):
   charset-normalizer proposes candidates, and every candidate that decodes is scored
   by how plausible its letters are (:func:`implausibility`).  charset-normalizer alone
   is unreliable on short single-byte Cyrillic text (KOI8-R read as Shift-JIS, cp1251
   as mac_cyrillic), so its ranking only breaks ties after a fixed preference
   (cp1251, KOI8-R, cp1252, ...).

Bytes that are not text raise :class:`NotText` naming the reason; nothing is guessed
into garbage.  Mojibake (UTF-8 once decoded as cp1252) is valid UTF-8 and is repaired
later, line by line, by ftfy (:mod:`cleaner.repair`).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes no text file holds (tab, line feed, vertical tab, form feed, carriage
# return and escape are allowed: ftfy removes the odd ones later).
_CONTROL_BYTES = re.compile(b"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_SAMPLE_BYTES = 65536
_SCORE_CHARS = 16384  # enough letters to judge an encoding, few enough to be quick
# The legacy encodings of the languages served, in order of preference on a tie.
PREFERRED = (
    "cp1251", "koi8_r", "cp1252", "cp1250", "iso8859_2", "cp1253", "iso8859_7",
    "koi8_u", "iso8859_5", "iso8859_15", "mac_cyrillic", "cp866", "latin_1",
)
# Above this many suspicious characters per letter no candidate is text.
MAX_IMPLAUSIBILITY = 0.5


class NotText(ValueError):
    """The bytes are not text in any encoding the cleaner accepts."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


# --- plausibility of decoded text -------------------------------------------------

_LATIN_EXTRA = "àâäæçéèêëîïôœùûüÿñáíóúìòßąćęłńśźżõãåøšž"
_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў"
_GREEK = "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς"
_COMMON_CYRILLIC = set("оеаинтсрвлкмдпуі")
_PUNCT = set("«»„“”‘’‚‹›—–…•·№€$£°%‰§©®™ \t\n\r\f\v\x1b\xa0\u2009\u202f")
_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*|\S")
# a symbol between two letters: "уход€щим" (cp1251 read as mac_cyrillic), "wi¹zka"
_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])[^\w\s'’‘.,:;!?()\[\]\"«»„“”/&+-](?=[^\W\d_])")


def _script(ch: str) -> str:
    low = ch.lower()
    if "a" <= low <= "z" or low in _LATIN_EXTRA:
        return "latin"
    if low in _CYRILLIC:
        return "cyrillic"
    if low in _GREEK:
        return "greek"
    return "rare"


def implausibility(text: str) -> float:
    """Suspicious characters per letter: 0 for ordinary prose in fr ru en de es it uk pl
    el; high for text decoded with the wrong encoding.

    Counted as suspicious: control characters, symbols and letters outside the
    alphabets served (box drawing, ``¹``, ``ѓ``), words mixing scripts (``ministйre``)
    or switching to upper case inside (``пРИВЕТ``), symbols inside words
    (``уход€щим``), too many accented Latin letters (``Ïðèâåò``) and Cyrillic without
    its common letters (KOI8-R read as cp1251).
    """
    letters = latin = accented = cyrillic = common = 0.0
    bad = 2.0 * len(_INSIDE_WORD.findall(text))
    for token in _WORD.findall(text):
        if len(token) == 1 and not token.isalpha():
            cat = unicodedata.category(token)
            if cat.startswith("C"):
                bad += 3
            elif not (token.isdigit() or token.isascii() or token in _PUNCT):
                bad += 1
            continue
        scripts = set()
        flips = 0
        prev_lower = False
        for ch in token:
            if not ch.isalpha():
                continue
            letters += 1
            script = _script(ch)
            scripts.add(script)
            if script == "rare":
                bad += 1
            elif script == "latin":
                latin += 1
                accented += not ch.isascii()
            elif script == "cyrillic":
                cyrillic += 1
                common += ch.lower() in _COMMON_CYRILLIC
            if prev_lower and ch.isupper():
                flips += 1
            prev_lower = ch.islower()
        if len(scripts - {"rare"}) > 1:
            bad += 3
        if flips:
            bad += 1
    if latin >= 20 and accented > 0.3 * latin:
        bad += accented - 0.3 * latin
    if cyrillic >= 20 and common < 0.6 * cyrillic:
        bad += 2 * (0.6 * cyrillic - common)
    return bad / max(letters, 1.0)


# --- the decoding steps -----------------------------------------------------------


def _plausible(text: str) -> bool:
    if "\x00" in text:
        return False
    return implausibility(text[:_SCORE_CHARS]) <= MAX_IMPLAUSIBILITY


def _without_bom_wide(data: bytes) -> Decoded | None:
    """UTF-32 or UTF-16 without a byte-order mark, when the bytes decode into text."""
    candidates: list[str] = []
    if len(data) % 4 == 0:
        candidates += ["utf-32-le", "utf-32-be"]
    if len(data) % 2 == 0:
        even, odd = data[0::2], data[1::2]
        # the lane of high bytes holds the zeros of ASCII characters and few values
        if odd.count(0) >= even.count(0):
            candidates.append("utf-16-le")
        if even.count(0) >= odd.count(0):
            candidates.append("utf-16-be")
    for name in candidates:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return Decoded(text, name)
    return None


def _legacy_candidates(sample: bytes) -> list[str]:
    from charset_normalizer import from_bytes

    found = [str(match.encoding) for match in from_bytes(sample)]
    ordered = list(PREFERRED)
    ordered += [name for name in found if name not in ordered and not name.startswith("utf")]
    return ordered


def _legacy(data: bytes) -> Decoded:
    sample = data[:_SAMPLE_BYTES]
    scored: list[tuple[float, int, str]] = []
    seen: dict[str, float] = {}
    for rank, name in enumerate(_legacy_candidates(sample)):
        try:
            text = sample.decode(name)
        except (UnicodeDecodeError, LookupError):
            # a sample cut inside a multi-byte character: retry a few bytes shorter
            try:
                text = sample[:-4].decode(name) if len(sample) == _SAMPLE_BYTES else ""
            except (UnicodeDecodeError, LookupError):
                continue
            if not text:
                continue
        text = text[:_SCORE_CHARS]
        if text not in seen:
            seen[text] = implausibility(text)
        scored.append((seen[text], rank, name))
    for score, _, name in sorted(scored):
        if score > MAX_IMPLAUSIBILITY:
            break
        try:
            return Decoded(data.decode(name), name)
        except UnicodeDecodeError:
            continue
    raise NotText("no text encoding gives plausible text (binary data?)")


def decode(data: bytes) -> Decoded:
    """The text of a file's bytes and the encoding it was found in.

    >>> decode("Привет, мир. Как дела?".encode("koi8_r"))
    Decoded(text='Привет, мир. Как дела?', encoding='koi8_r')
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name)
            except UnicodeDecodeError as exc:
                raise NotText(f"starts with a {name} byte-order mark but does not decode: {exc}") from exc
    if not data:
        return Decoded("", "utf-8")
    if b"\x00" in data:
        wide = _without_bom_wide(data)
        if wide is not None:
            return wide
        raise NotText("binary data (NUL bytes), not text")
    sample = data[:_SAMPLE_BYTES]
    controls = len(_CONTROL_BYTES.findall(sample))
    if controls > len(sample) * 0.01:
        raise NotText(f"binary data ({controls} control bytes in the first {len(sample)}), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _legacy(data)
