"""The author box at the end of a text: an "About …" heading and the lines under it.

The heading itself is found by a line rule (``lines.author_bio_heading``); this
document-level step claims the short lines that follow it, but only when the heading
and those lines close the document (at most ``bio_max_blocks`` lines of at most
``bio_max_words`` words, other junk allowed in between).  The same heading followed by
long text is a section of the article and claims nothing.

A byline followed by a short paragraph that opens with a name of that byline ("By
Devindra Hardawar @devindra" / "Devindra has been obsessed with …") is an author box
without a heading: that paragraph is claimed too, wherever it stands (edge strength:
removed at the edges of the body and outside it); so is a paragraph anywhere below a
byline that opens with the byline's full name ("Anna Kowalski is a health reporter …"),
and an author box under the text: that full name alone, maybe a line of the author's
role, then a short paragraph that opens with the first name.
"""

from __future__ import annotations

import re

from cleaner.config import Config
from cleaner.model import Hit, RuleId, Strength

_NAME = re.compile(r"[^\W\d_][\w'’-]+")


def extend_bio(hits: list[tuple[Hit, ...]], word_counts: list[float], config: Config) -> None:
    """Add an AUTHOR_BIO hit to the lines under a closing author heading (in place)."""
    n = len(hits)
    for h in range(n - 1, max(-1, n - 2 - config.bio_max_blocks * 2), -1):
        if not any(hit.rule is RuleId.AUTHOR_BIO for hit in hits[h]):
            continue
        body = [i for i in range(h + 1, n) if not hits[i]]
        if len(body) > config.bio_max_blocks:
            return
        if any(word_counts[i] > config.bio_max_words for i in body):
            return
        for i in body:
            hits[i] = (Hit(RuleId.AUTHOR_BIO, Strength.EDGE,
                           "a line of the author box at the end",
                           {"heading_block": h + 1}),) + hits[i]
        return


def _byline_names(text: str) -> list[str]:
    """The capitalised names of a byline, without its byline word ("By Anna Kowalski,
    Health Reporter" -> Anna, Kowalski, Health, Reporter)."""
    return [w for w in _NAME.findall(text)[1:] if w[0].isupper()]


def bio_under_byline(texts: list[str], hits: list[tuple[Hit, ...]], word_counts: list[float],
                     config: Config, stopwords: frozenset[str] = frozenset()) -> None:
    """Add an AUTHOR_BIO hit to a short paragraph without hits right under a byline that
    opens with one of the byline's capitalised names, and to one anywhere below the
    byline that opens with its full name, the first two of those names in a row ("By
    Anna Kowalski" ... "Anna Kowalski is a health reporter who ..."): an author writes
    of themselves by full name only in their bio (in place).  A name that holds a
    stopword is no person's ("By The Associated Press": "The Associated Press said …"
    may well close the article)."""
    full_names: list[tuple[int, str]] = []
    for i in range(len(texts) - 1):
        if not hits[i] or hits[i][0].rule is not RuleId.BYLINE:
            continue
        names = _byline_names(texts[i])
        if len(names) >= 2 and not {names[0].lower(), names[1].lower()} & stopwords:
            full_names.append((i, f"{names[0]} {names[1]}"))
        if hits[i + 1] or word_counts[i + 1] > config.bio_max_words:
            continue
        first = _NAME.match(texts[i + 1].lstrip())
        if first is not None and first.group() in names:
            hits[i + 1] = (Hit(RuleId.AUTHOR_BIO, Strength.EDGE, "an author's bio under their byline",
                               {"byline_block": i + 1, "name": first.group()}),)
    for byline, name in full_names:
        for i in range(byline + 2, len(texts)):
            if texts[i].strip() == name and not hits[i]:
                _boxed_bio(texts, hits, word_counts, config, byline, i, name)
            text = texts[i].lstrip()
            if hits[i] or word_counts[i] > config.bio_max_words or not _opens_with(text, name):
                continue
            hits[i] = (Hit(RuleId.AUTHOR_BIO, Strength.EDGE, "an author's bio: it opens with the byline's full name",
                           {"byline_block": byline + 1, "name": name}),)


def _boxed_bio(texts: list[str], hits: list[tuple[Hit, ...]], word_counts: list[float], config: Config,
               byline: int, heading: int, name: str) -> None:
    """An author box under the text: the byline's full name alone at ``heading``, maybe
    a line of their role under it, then a short paragraph that opens with their first
    name ("Dev Raghunathan" / "Senior Editor, Computing" / "Dev has been reviewing
    laptops for nine years …"): all of it is claimed (in place)."""
    first = name.split()[0]
    for j in range(heading + 1, min(len(texts), heading + 3)):
        if hits[j] or word_counts[j] > config.bio_max_words:
            return
        text = texts[j].lstrip()
        if len(text) > len(first) and _opens_with(text, first):
            for k in range(heading, j + 1):
                hits[k] = (Hit(RuleId.AUTHOR_BIO, Strength.EDGE,
                               "an author box: the byline's full name, then a paragraph that opens with the first",
                               {"byline_block": byline + 1, "name": name}),)
            return


def _opens_with(text: str, name: str) -> bool:
    """``text`` opens with ``name`` as a whole word ("Dev has …", not "Devon has …")."""
    rest = text[len(name):len(name) + 1]
    return text.startswith(name) and not (rest and (rest.isalnum() or rest in "'’-"))
