"""Bytes to text: BOM, UTF-8, UTF-16/32, then the legacy encodings by detection.

Order: a byte-order mark decides; else strict UTF-8; else UTF-16 without BOM when the
NUL pattern says so; else charset-normalizer picks among the single-byte encodings.
Bytes that are not text (NUL bytes in a non-UTF-16 file, or no encoding that fits)
raise :class:`NotText` naming the reason; nothing is guessed into garbage.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 32))


class NotText(ValueError):
    """The bytes are not text in any encoding the cleaner accepts."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.3 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.3 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes) -> Decoded:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name)
            except UnicodeDecodeError as exc:
                raise NotText(f"starts with a {name} byte-order mark but does not decode: {exc}") from exc
    if not data:
        return Decoded("", "utf-8")
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return Decoded(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise NotText("binary data (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return Decoded(text, "utf-8")
    sample = data[:65536]
    controls = sum(sample.count(b) for b in _CONTROL_BYTES)
    if controls > len(sample) * 0.01:
        raise NotText(f"binary data ({controls} control bytes in the first {len(sample)}), not text")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise NotText("no text encoding fits these bytes")
    return Decoded(str(best), str(best.encoding))
