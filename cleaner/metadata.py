"""Article metadata recovered from what the cleaner removed, or read from the HTML.

The junk around an article often *is* its metadata: the title above the body, the
byline, the date line, the "read more at URL" trailer, the translation credit.
:func:`from_text` reads them from the removed lines of a :class:`~cleaner.model.Result`;
:func:`from_html` takes what trafilatura finds in the markup and fills the gaps from the
removed lines.  A value that is not found is None; nothing is guessed:

* ``title``: a header line (one of the last 15 above the body, 3-30 words, no pattern
  hit but the duplicate one) that shares at least two words with the first body
  paragraphs: the one a later line repeats, else the one sharing the largest part of
  its words (at least a third), without a final full stop (that is a lead).
* ``author``: the name (two to five capitalized words) after the byline word of a
  removed byline ("Par …", "By …", "Автор: …"; the byline patterns of
  ``cleaner/data/patterns/byline``) among the 15 lines above or below the body.
* ``date``: among the same lines, nearest the body first, the first date written in
  words ("15 novembre 2017", "17 января 2012 г.", "November 15, 2017", "15 de noviembre
  de 2017", ``cleaner/data/words/months.tsv``) or numbers (2017-11-15, 15.11.2017), as
  ISO 8601 (YYYY-MM-DD).
* ``url``: the address of a "read more at URL" trailer, without its #fragment.
* ``site``: a short header line that names the host of ``url`` ("Réseau International"
  for reseauinternational.net).
* ``image``: the address on a removed image line.
* ``credits``: removed source and translation credit lines, in order.
* ``language``, ``encoding``: those of the cleaned document.
"""

from __future__ import annotations

import datetime
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import urljoin

from cleaner.lexicon import patterns
from cleaner.model import BlockResult, Result, RuleId
from cleaner.rules.lines import person_name
from cleaner.tokens import word_count

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'«»]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}»”’'\""
# "read more at URL" trailers: the address they give is the article's own.
_READ_MORE = re.compile(
    r"(?:read more|read the full (?:story|article)|full story|more|continue reading|originally published)"
    r"|en savoir plus|lire la suite|lire l'article|voir l'article"
    r"|подробнее|читать (?:полностью|далее)|читайте (?:подробнее|полностью)|полный текст"
    r"|детальніше|докладніше|читати (?:повністю|далі)"
    r"|(?:mehr|weiterlesen|weiter|den ganzen artikel)"
    r"|leer (?:más|el artículo)|más información|seguir leyendo"
    r"|leggi (?:tutto|di più|l'articolo)|continua a leggere",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b|all rights reserved|tous droits réservés"
                        r"|все права защищены|усі права захищені|alle rechte vorbehalten"
                        r"|todos los derechos reservados|tutti i diritti riservati"
                        r"|wszelkie prawa zastrzeżone", re.IGNORECASE)
_IMAGE_PREFIX = re.compile(r"\s*(?:image|img|photo|foto|фото)\s*:\s*", re.IGNORECASE)
_NAME_END = re.compile(r"\s*(?:[,|•·/(]|\s[-–—]\s|\s(?:le|on|am|el|il|от)\s+\d)")
_TITLE_MIN_WORDS, _TITLE_MAX_WORDS = 3, 30
_TITLE_NEAR = 15  # the title is among the last header lines above the body ...
_TITLE_BODY_BLOCKS = 3  # ... and shares words with the first body paragraphs:
_TITLE_SHARED_WORDS = 2  # at least two,
_TITLE_SHARE = 1 / 3  # and a third of its own words
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_DATE_MAX_WORDS = 20
_NEAR_BODY = 15  # lines above and below the body where title, byline and date are read
_SITE_MAX_WORDS = 5


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO 8601
    site: str | None = None
    url: str | None = None
    image: str | None = None
    credits: tuple[str, ...] | None = None
    language: str | None = None
    encoding: str | None = None

    def as_dict(self) -> dict[str, str | list[str] | None]:
        """The JSON object of ``<name>.meta.json`` (and of the ``metadata`` field)."""
        found = asdict(self)
        found["credits"] = list(self.credits) if self.credits else None
        return found

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2) + "\n"


# --- dates --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Month words of every supported language -> month number (``months.tsv``)."""
    table: dict[str, int] = {}
    text = resources.files("cleaner.data").joinpath("words", "months.tsv").read_text("utf-8")
    for raw in text.splitlines():
        if raw.strip() and not raw.startswith("#"):
            word, number, _lang = raw.split("\t")
            table[word.strip().lower()] = int(number)
    return table


@lru_cache(maxsize=1)
def _date_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    names = "|".join(re.escape(w) for w in sorted(months(), key=len, reverse=True))
    month = rf"(?P<month>{names})\.?"
    day = r"(?P<day>\d{1,2})(?:er|st|nd|rd|th|\.|-?го|-?е)?"
    year = r"(?P<year>\d{4})"
    return (
        # 15 novembre 2017, 15. November 2017, 15 de noviembre de 2017, 17 января 2012 г.
        re.compile(rf"(?<!\d){day}\s*(?:de\s+)?{month}(?!\w)\s*(?:de\s+|del\s+|,\s*)?{year}(?!\d)",
                   re.IGNORECASE),
        # November 15, 2017; Nov. 15th 2017
        re.compile(rf"(?<!\w){month}\s+{day}(?!\d),?\s+{year}(?!\d)", re.IGNORECASE),
        # 2017-11-15
        re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
        # 15.11.2017
        re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?!\d)"),
    )


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO 8601 (YYYY-MM-DD), None when there is none.

    >>> parse_date("Publié le 15 novembre 2017 à 10h30")
    '2017-11-15'
    >>> parse_date("Updated: Nov. 15, 2017 10:04 am")
    '2017-11-15'
    >>> parse_date("17 января 2012 г., 15:44")
    '2012-01-17'
    >>> parse_date("Paris, le 32 novembre 2017") is None
    True
    """
    for pattern in _date_patterns():
        for found in pattern.finditer(text):
            raw = found.group("month").lower()
            number = int(raw) if raw.isdigit() else months().get(raw.rstrip("."))
            if number is None:
                continue
            try:
                day = datetime.date(int(found.group("year")), number, int(found.group("day")))
            except ValueError:
                continue
            return day.isoformat()
    return None


# --- reading the removed lines -----------------------------------------------------------


def from_text(result: Result) -> Metadata:
    """The metadata found in the lines the cleaner removed from one document."""
    blocks = result.blocks
    kept = [i for i, b in enumerate(blocks) if b.kept]
    first_kept = kept[0] if kept else len(blocks)
    last_kept = kept[-1] if kept else len(blocks)
    header = [b for b in blocks[:first_kept] if not b.kept]
    removed = [b for b in blocks if not b.kept]
    # Title, byline and date stand next to the body: the header lines nearest to it
    # first, then the lines just below it; a date at the top of a page is today's date
    # of the site, a name there a menu item.
    near = header[::-1][:_NEAR_BODY] + [b for b in blocks[last_kept + 1:] if not b.kept][:_NEAR_BODY]
    url = _canonical_url(removed)
    return Metadata(
        title=_title(header, blocks),
        author=_author(near),
        date=next((d for b in near if (d := _date(b)) is not None), None),
        site=_site(header + removed, url),
        url=url,
        image=_image(removed),
        credits=_credits(removed),
        language=result.language,
        encoding=result.encoding,
    )


def from_html(fields: Mapping[str, str | None], result: Result) -> Metadata:
    """trafilatura's metadata of a page (``cleaner.html.html_metadata``), gaps filled
    from the lines the cleaner removed from the rendered page."""
    text = from_text(result)
    date, title, url = fields.get("date"), fields.get("title") or text.title, fields.get("url")
    site = fields.get("site")
    if site and title and site.casefold() == title.casefold():
        site = None  # the title again, not the name of a site
    image = fields.get("image")
    if image and url:
        image = urljoin(url, image)  # the page's own address resolves a relative one
    return Metadata(
        title=title,
        author=fields.get("author") or text.author,
        date=(parse_date(date) if date else None) or text.date,
        site=site or text.site,
        url=url or text.url,
        image=image or text.image,
        credits=text.credits,
        language=fields.get("language") or text.language,
        encoding=text.encoding,
    )


def for_file(path: Path, result: Result) -> Metadata:
    """The metadata of one input file, given its cleaning result."""
    from cleaner.files import HTML_SUFFIXES

    if path.suffix.lower() not in HTML_SUFFIXES:
        return from_text(result)
    from cleaner.html import decode_html, html_metadata

    return from_html(html_metadata(decode_html(path.read_bytes()).text), result)


def _rules(block: BlockResult) -> set[RuleId]:
    return {hit.rule for hit in block.hits}


def _stems(text: str) -> set[str]:
    """Word starts (5 letters of words of 4 letters or more): "bridge", "bridges" and
    "мост", "моста" meet without a stemmer."""
    return {word[:5] for word in _LONG_WORD.findall(text.casefold())}


def _title(header: list[BlockResult], blocks: tuple[BlockResult, ...]) -> str | None:
    """A header line that announces the body: it shares words with the first body
    paragraphs, and a later copy of it, or its place near the body, marks it."""
    body = [b.block.text for b in blocks if b.kept][:_TITLE_BODY_BLOCKS]
    body_stems = set().union(*(_stems(text) for text in body))
    repeated = {b.final.evidence.get("copy_of_line") for b in blocks if RuleId.DUPLICATE in _rules(b)}
    best: tuple[float, str] | None = None
    for b in header[-_TITLE_NEAR:]:
        text = b.block.text.strip()
        if (_rules(b) - {RuleId.DUPLICATE} or not _TITLE_MIN_WORDS <= word_count(text) <= _TITLE_MAX_WORDS
                or parse_date(text) is not None or _URL.search(text)):
            continue
        stems = _stems(text)
        shared = len(stems & body_stems)
        if shared < _TITLE_SHARED_WORDS:
            continue
        if b.block.line in repeated:
            return text  # printed twice above the body: the title and its copy
        score = shared / len(stems)
        if not text.endswith(".") and score >= _TITLE_SHARE and (best is None or score >= best[0]):
            best = (score, text)  # the later of equal scores: nearer the body
    return best[1] if best else None


def _author(removed: list[BlockResult]) -> str | None:
    for b in removed:
        if RuleId.BYLINE not in _rules(b):
            continue
        found = patterns("byline").match(b.block.text)
        prefix = re.match(found[1], b.block.text, re.IGNORECASE) if found else None
        if prefix is None:
            continue
        rest = b.block.text[prefix.end():]
        name = _NAME_END.split(rest, maxsplit=1)[0].strip(" :–—-" + _TRAILING)
        if person_name(name):
            return name
    return None


def _date(block: BlockResult) -> str | None:
    if word_count(block.block.text) > _DATE_MAX_WORDS:
        return None
    return parse_date(block.block.text)


def _first_url(text: str) -> str | None:
    found = _URL.search(text)
    if found is None:
        return None
    url = found.group(0).rstrip(_TRAILING)
    return url if url.lower().startswith("http") else "http://" + url


def _canonical_url(removed: list[BlockResult]) -> str | None:
    for b in removed:
        text = b.block.text
        if RuleId.CREDIT in _rules(b) and _READ_MORE.match(text.strip()):
            url = _first_url(text)
            if url:
                return url.split("#", 1)[0]
    return None


def _squash(text: str) -> str:
    """Letters only, lower-case, accents removed: "Réseau International" -> "reseauinternational"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def _site(lines: list[BlockResult], url: str | None) -> str | None:
    if url is None:
        return None
    host = re.sub(r"^https?://(?:www\d?\.)?", "", url).split("/", 1)[0]
    label = _squash(host.rsplit(".", 1)[0])  # the host without its top-level domain
    for b in lines:
        text = b.block.text.strip()
        name = _squash(text)
        if (len(name) >= max(4, 0.6 * len(label)) and word_count(text) <= _SITE_MAX_WORDS
                and name in label):
            return text
    return None


def _image(removed: list[BlockResult]) -> str | None:
    for b in removed:
        if RuleId.IMAGE in _rules(b):
            url = _first_url(_IMAGE_PREFIX.sub("", b.block.text, count=1))
            if url:
                return url
    return None


def _credits(removed: list[BlockResult]) -> tuple[str, ...] | None:
    found = tuple(b.block.text.strip() for b in removed
                  if RuleId.CREDIT in _rules(b) and not _READ_MORE.match(b.block.text.strip())
                  and not _COPYRIGHT.search(b.block.text))
    return found or None
