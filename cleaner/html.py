"""HTML input: the page rendered into lines, cleaned with trafilatura as extra evidence.

Three views of one page are combined; every line of the rendered page gets a decision
with its reason, as in text mode:

1. **Rendered lines** (:func:`render_lines`, lxml): every block element (p, div, li,
   h1-h6, td, tr, ...) starts a line, ``<br>`` and newlines inside ``<pre>`` break
   lines, scripts, styles and the head give no text.  This is what a scraper saving
   text would have produced, so the text rules see the lines they were made for.
2. **trafilatura** (:func:`extract_main_text`) reads the markup and extracts the main
   text twice: recall-leaning and precision-leaning (the core).  A rendered line belongs
   to an extraction when most of its words occur there in order; the lines of either
   extraction are the candidate body.
3. **The text pipeline** cleans the whole page and, separately, the candidate lines.

A line is kept when the text pipeline keeps it among the candidate lines and one more
witness agrees (the precision extraction has it, or cleaning the whole page keeps it).
A line the pipeline removed on position or statistics alone (no pattern, duplicate,
corpus or user hit) is given back when trafilatura vouches for it: preformatted text
(code) among the candidates, a full paragraph (class ``good``) among the candidates, a
line of the precision extraction that is not the title.
When trafilatura finds no main text at all, the whole rendered page is cleaned as
text.  Measured on the 220 dev pages (``bench/html_quality.py``, README "HTML input"),
this beats trafilatura alone and each simpler combination that was tried.

trafilatura and lxml are imported only here, and only when a page is cleaned.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cleaner.config import DEFAULT, Config
from cleaner.decode import Decoded, decode
from cleaner.model import BlockResult, Decision, Result, RuleId, Stage
from cleaner.pipeline import CorpusIndex, UserRules, clean_and_explain
from cleaner.render import render

if TYPE_CHECKING:
    from lxml.html import HtmlElement  # type: ignore[import-untyped]

# Elements that start and end a line (the renderer of the evaluation set uses the same).
_BLOCK = frozenset((
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
    "legend", "li", "main", "menu", "nav", "noframes", "ol", "optgroup", "option", "p", "pre",
    "section", "select", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    "textarea", "output", "map", "area",
))
# Elements whose content is never text of the page.
_DROP = frozenset(("script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
                   "canvas", "head", "title"))
_SPACE = re.compile(r"[\s\u00a0]+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_TOKEN = re.compile(r"\w+")

# A rendered line belongs to an extraction when this share of its words is covered by
# word n-grams (n = 3, fewer for shorter lines) of the extracted text.
COVERED = 0.5
# A line shares the title's words when this share of its words is in the title.
_TITLE_SHARE = 0.6
# What the rules decided when a line is removed on position or statistics alone.
_CONTEXT_ONLY = frozenset({RuleId.HEADER, RuleId.OUTSIDE_BODY, RuleId.LOW_CONTENT})


@dataclass(frozen=True, slots=True)
class Line:
    """One rendered line of a page."""

    text: str
    preformatted: bool  # inside <pre>: code or a listing, where word statistics mislead


@dataclass(frozen=True, slots=True)
class Extraction:
    """trafilatura's main text of a page, recall-leaning and precision-leaning."""

    recall: str
    precision: str


# --- decoding and parsing -------------------------------------------------------------


def decode_html(data: bytes) -> Decoded:
    """Bytes of a page to text: a byte-order mark, else UTF-8, else the charset the page
    declares in a ``<meta>``, else detection (``cleaner.decode``)."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:8192])
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            return Decoded(data.decode(name), codecs.lookup(name).name)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


def parse(html: str) -> HtmlElement | None:
    """The lxml tree of a page; None for a page without any markup or text."""
    from lxml import etree  # type: ignore[import-untyped]
    from lxml.html import document_fromstring

    source = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses str with a declaration
    if not source.strip():
        return None
    try:
        return document_fromstring(source)
    except (etree.ParserError, ValueError):
        return None


# --- rendering --------------------------------------------------------------------------


def render_lines(tree: HtmlElement | None) -> list[Line]:
    """The text of the page's ``<body>``, one line per block element."""
    if tree is None:
        return []
    root = next(tree.iter("body"), tree)
    renderer = _Renderer()
    renderer.walk(root, pre=False)
    renderer.flush()
    return renderer.lines


class _Renderer:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self._parts: list[str] = []
        self._pre = False

    def flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self._parts)).strip()
        if text:
            self.lines.append(Line(text, self._pre))
        self._parts.clear()
        self._pre = False

    def add(self, text: str, pre: bool) -> None:
        if pre:
            self._pre = True
        if pre and "\n" in text:
            first, *rest = text.split("\n")
            self._parts.append(first)
            for part in rest:
                self.flush()
                self._pre = True
                self._parts.append(part)
        else:
            self._parts.append(text)

    def walk(self, element: Any, pre: bool) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if tag is None or tag in _DROP:  # comments, processing instructions, scripts
            if element.tail:
                self.add(element.tail, pre)
            return
        block = tag in _BLOCK
        if block or tag == "br":
            self.flush()
        inner = pre or tag == "pre"
        if element.text:
            self.add(element.text, inner)
        for child in element:
            self.walk(child, inner)
        if block:
            self.flush()
        if element.tail:
            self.add(element.tail, pre)


# --- trafilatura ------------------------------------------------------------------------


def extract_main_text(html: str) -> Extraction:
    """trafilatura's main text of the page, twice: recall-leaning and precision-leaning."""
    import trafilatura

    common: dict[str, Any] = {
        "output_format": "txt",  # plain text, one paragraph per line: compared word by word
        "include_comments": False,  # reader comments are not the article
        "include_tables": True,  # old news sites lay the article out in table cells
        "include_images": False,  # images give no text lines
        "include_links": False,  # link targets are not text of the page
        "include_formatting": False,  # no markdown marks that the rendered lines lack
        "deduplicate": False,  # repeated paragraphs are judged by our duplicate rule
        "with_metadata": False,  # metadata is read separately, only when asked for
    }
    # favor_recall: the wide view; it keeps more of the page (and more junk), our
    # rules remove the junk.  favor_precision: the core, the second witness.
    return Extraction(_extract(trafilatura.extract, html, favor_recall=True, **common),
                      _extract(trafilatura.extract, html, favor_precision=True, **common))


def _extract(extract: Any, html: str, **options: Any) -> str:
    try:
        return str(extract(html, **options) or "")
    except Exception:  # noqa: BLE001 - a third-party parser's failure on one page: no
        return ""  # extraction, the page is then cleaned as text (never stop a run)


def html_metadata(html: str) -> dict[str, str | None]:
    """What trafilatura reads from the page's markup: title, author, date, site, url,
    image, language (missing fields None)."""
    from trafilatura import extract_metadata

    # extensive=False: the date comes from the markup (meta tags, <time>, JSON-LD, the
    # URL), never from a scan of the free text, which would be a guess.
    try:
        found = extract_metadata(html, extensive=False)
    except Exception:  # noqa: BLE001 - no metadata from a page trafilatura cannot read
        return {}
    if found is None:
        return {}
    fields = {"title": found.title, "author": found.author, "date": found.date,
              "site": found.sitename, "url": found.url, "image": found.image,
              "language": getattr(found, "language", None)}
    return {key: (str(value).strip() or None) if value else None for key, value in fields.items()}


# --- combining ----------------------------------------------------------------------------


def clean_html(
    data: bytes | str,
    *,
    config: Config = DEFAULT,
    language: str | None = None,
    corpus: CorpusIndex | None = None,
    rules: UserRules | None = None,
) -> Result:
    """Clean one HTML page: every rendered line with its decision (see the module doc)."""
    if isinstance(data, bytes):
        decoded = decode_html(data)
        html, encoding = decoded.text, decoded.encoding
    else:
        html, encoding = data, None
    tree = parse(html)
    lines = render_lines(tree)
    texts = [line.text for line in lines]
    options: dict[str, Any] = {"config": config, "language": language, "corpus": corpus,
                               "rules": rules, "encoding": encoding}
    full = clean_and_explain(_join(texts), **options)
    if not lines:
        return full
    extraction = extract_main_text(html)
    precision = _covered(texts, extraction.precision)
    # favor_recall sometimes settles on another part of the page than favor_precision:
    # the candidate body is what either extraction holds.
    candidate = [r or p for r, p in zip(_covered(texts, extraction.recall), precision, strict=True)]
    if not any(candidate):
        return full  # trafilatura found no main text: the page is cleaned as text alone
    chosen = [k for k, inside in enumerate(candidate) if inside]
    part = clean_and_explain(_join([texts[k] for k in chosen]), **options)
    by_line = {chosen[b.block.line - 1]: b for b in part.blocks}
    title = _title_words(tree)
    results: list[BlockResult] = []
    for whole in full.blocks:
        k = whole.block.line - 1
        witness = Witness(candidate[k], precision[k], lines[k].preformatted,
                          _shares_title(texts[k], title))
        results.append(combine(whole, by_line.get(k), witness))
    kept_text = render([r.block for r in results], [r.kept for r in results])
    return Result(kept_text, tuple(results), full.language, encoding, full.fixes)


@dataclass(frozen=True, slots=True)
class Witness:
    """What trafilatura and the markup say about one rendered line."""

    candidate: bool  # in either extraction: the candidate body
    precision: bool  # in the precision-leaning extraction
    preformatted: bool  # inside <pre>
    title: bool  # shares its words with the page's title

    def evidence(self) -> dict[str, bool]:
        return {"trafilatura": self.candidate, "trafilatura_precise": self.precision,
                "preformatted": self.preformatted, "title_words": self.title}


def combine(whole: BlockResult, part: BlockResult | None, witness: Witness) -> BlockResult:
    """The final decision of one line from the cleaning of the whole page (``whole``),
    the cleaning of the candidate lines (``part``, None when the line is not one of them)
    and trafilatura's witness."""
    evidence = witness.evidence()
    if part is None:
        if not whole.kept or whole.final.rule is RuleId.USER_KEEP:
            return _with(whole, whole.final, evidence)
        return _with(whole, Decision(False, RuleId.OUTSIDE_BODY, "outside trafilatura's main text",
                                     Stage.CONTEXT, {**whole.final.evidence, **evidence}), evidence)
    merged = {**part.final.evidence, **evidence}
    source = BlockResult(whole.block, part.cls, part.hits, part.initial, part.final)
    if part.kept:
        if witness.precision or whole.kept or part.final.rule is RuleId.USER_KEEP:
            return _with(source, part.final, evidence)
        return _with(source, Decision(False, RuleId.OUTSIDE_BODY,
                                      "not in trafilatura's precise extraction, and outside the "
                                      "body when the whole page is cleaned", Stage.CONTEXT, merged),
                     evidence)
    reason = _vouched(part, witness, whole.kept)
    if reason is None:
        return _with(source, part.final, evidence)
    return _with(source, Decision(True, RuleId.CONTENT, reason, Stage.CONTEXT, merged), evidence)


def _vouched(part: BlockResult, witness: Witness, whole_kept: bool) -> str | None:
    """Why trafilatura overrules a removal made on position or statistics alone: as for
    a line the candidate cleaning keeps, its precise extraction or the cleaning of the
    whole page must agree (a paragraph only in the recall-leaning extraction, under a
    heading that opens related links, is no more body than when it is kept)."""
    if part.hits or part.final.rule not in _CONTEXT_ONLY:
        return None
    if witness.preformatted:
        return "preformatted text (code) in trafilatura's main text"
    if part.cls == "good" and (witness.precision or whole_kept):
        return "a full paragraph in trafilatura's main text"
    if witness.precision and not witness.title and part.cls != "bad":
        return "outside the body region, but in trafilatura's precise extraction and not the title"
    return None


def _with(result: BlockResult, final: Decision, evidence: dict[str, bool]) -> BlockResult:
    merged = Decision(final.keep, final.rule, final.reason, final.stage, {**final.evidence, **evidence})
    return BlockResult(result.block, result.cls, result.hits, result.initial, merged)


def _join(texts: list[str]) -> str:
    return "\n".join(texts) + "\n" if texts else ""


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _covered(lines: list[str], extracted: str) -> list[bool]:
    """For each line: are most of its words in ``extracted``, in the same order?"""
    stream = _tokens(extracted)
    grams = [set(zip(*(stream[i:] for i in range(n)), strict=False)) for n in (1, 2, 3)]
    found: list[bool] = []
    for line in lines:
        words = _tokens(line)
        if not words:
            found.append(bool(stream))  # punctuation only: the rules judge it
            continue
        n = min(3, len(words))
        hit = [False] * len(words)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) in grams[n - 1]:
                hit[i:i + n] = [True] * n
        found.append(sum(hit) >= COVERED * len(words))
    return found


def _title_words(tree: HtmlElement | None) -> list[set[str]]:
    """Word sets of the page's titles: <title>, og:title, the first <h1>."""
    if tree is None:
        return []
    titles = [tree.findtext(".//title") or ""]
    titles += [str(v) for v in tree.xpath("//meta[@property='og:title']/@content")]
    first_h1 = next(tree.iter("h1"), None)
    if first_h1 is not None:
        titles.append(first_h1.text_content())
    return [set(_tokens(t)) for t in titles if t.strip()]


def _shares_title(line: str, titles: list[set[str]]) -> bool:
    words = set(_tokens(line))
    return bool(words) and any(len(words & t) >= _TITLE_SHARE * len(words) for t in titles)
