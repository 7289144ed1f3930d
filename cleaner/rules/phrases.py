"""Text set a phrase a line, in a script without spaces.

Personal blogs in Chinese and Japanese often break a post after every phrase, a ``<br>``
where another writer would put a comma: "上週終於請到假~", "跟大學同學兩個人殺去台南啦！！",
"這次沒有排什麼行程".  Rendered to text, each line is too short to be judged a paragraph,
and the post weighs like a menu: the body region goes to the one comment long enough to
read as text, and the post is lost whole.

The lines of such a post hold function characters (的, 了, 是, の, に, た ...) as prose
does, line after line; a menu's labels ("首頁", "美食", "旅遊"), a box of headlines and a
comment thread (names, dates, "回覆" between the comments) do not, or not as many lines
in a row.  A long run of short lines without hits most of which are dense in them, denser
still taken together, is one text.  It is judged so only on a page that holds far less
text than the run (``Config.phrase_text_share``): where paragraphs carry the article (or
the post's lines end with commas, and are read as one paragraph already), a run of
short lines is a box beside it, whatever its words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner.config import Config
from cleaner.model import Hit, RuleId
from cleaner.spans import stretches
from cleaner.stats import BlockStats, measure
from cleaner.tokens import UNSPACED_CHAR

# The languages whose stopwords are function characters (``cleaner/data/stopwords``): in
# Korean, also measured in characters, the list's one-syllable words match a menu's
# labels as often as prose.
LANGUAGES = frozenset(("zh", "ja"))
# Two phrases side by side with a space between them: a headline ("電商祭優惠搶客 雙11將到"),
# not a phrase of prose, which runs on without spaces.
_HEADLINE_SPACE = re.compile(f"{UNSPACED_CHAR.pattern}[ \u3000]+{UNSPACED_CHAR.pattern}")


def _phrase(stats: BlockStats, hits: tuple[Hit, ...], config: Config) -> bool:
    """A line that may be a phrase of a post, or an entry between them ("電話：06-2XX-XXXX",
    "營業時間：10:00~18:00": a time with a label, not a date line alone, which stands over
    a post or a comment): shorter than a full paragraph, two characters at least, no
    other hit, no link, not cut short."""
    return all(hit.rule is RuleId.HEADER and hit.evidence.get("other_words") for hit in hits) \
        and not stats.cut_off and stats.url_share == 0 and 1.0 <= stats.words < config.good_words


def prose(text: str, stats: BlockStats, hits: tuple[Hit, ...], config: Config) -> bool:
    """A phrase in a script without spaces dense in function characters, five characters
    at least, without hits, not two phrases side by side (a headline)."""
    return not hits and stats.unspaced and stats.words >= config.phrase_min_words \
        and stats.stop_density >= config.unspaced_stop_density_high and _HEADLINE_SPACE.search(text) is None


def find_phrase_runs(language: str | None, texts: Sequence[str], stats: Sequence[BlockStats],
                     hits: Sequence[tuple[Hit, ...]], classes: Sequence[str], stopwords: frozenset[str],
                     config: Config) -> list[range]:
    """The runs of lines that are one text set a phrase a line, in a document of one of
    ``LANGUAGES``: ``phrase_min_lines`` lines or more in a row that may be phrases
    (``_phrase``), ``phrase_prose_share`` of them dense in function characters
    (``prose``), and all of them together ``phrase_joined_density`` times as dense in
    ``stopwords`` as a text block must be, on a page whose text blocks (``classes``, the
    run's own lines among them) hold less than ``phrase_text_share`` of the run's words.
    In document order."""
    if language not in LANGUAGES:
        return []
    candidates: list[range] = []
    for run in stretches([_phrase(s, h, config) for s, h in zip(stats, hits, strict=True)]):
        if len(run) < config.phrase_min_lines:
            continue
        phrases = sum(prose(texts[k], stats[k], hits[k], config) for k in run)
        joined = measure("".join(texts[k] for k in run), stopwords).stop_density
        if phrases >= config.phrase_prose_share * len(run) \
                and joined >= config.phrase_joined_density * config.unspaced_stop_density_high:
            candidates.append(run)
    if not candidates:
        return []
    text = sum(s.words for s, cls in zip(stats, classes, strict=True) if cls == "good")
    return [run for run in candidates if text < config.phrase_text_share * sum(stats[k].words for k in run)]
