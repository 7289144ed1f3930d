"""The rule table: every rule id, its description, and the line rules in order."""

from __future__ import annotations

from cleaner.lexicon import pattern_languages
from cleaner.model import Hit, RuleId
from cleaner.rules import lines
from cleaner.rules.base import LineRuleSpec, RuleInfo
from cleaner.stats import BlockStats

# date lines: numeric dates and times in any language, month and weekday words of these
# (``cleaner/data/words/dates.txt``)
_DATE_WORDS = ("all (numeric dates and times); date words: "
               "ar az be bg ca cs da de el en es et fa fi fr he hr hu hy id is it ja ka kk ko "
               "lt lv mk ms nb nl nn pl pt ro ru sk sl sq sr sv sw tl tr uk ur uz vi zh")

INFO: dict[RuleId, RuleInfo] = {
    info.id: info
    for info in (
        RuleInfo(RuleId.CONTENT, "Kept: body text.", "all", "La semaine dernière, des unités …"),
        RuleInfo(RuleId.USER_KEEP, "Kept by a [[keep]] pattern of a user rules file.", "any", ""),
        RuleInfo(RuleId.NAV, "Navigation items, menus and page furniture: whole-line labels "
                 "('Home', 'RSS Feed', 'Aller à…', 'Back to top') and rows of short items "
                 "between separators.",
                 pattern_languages("nav", "widget", "inline", "advert", "embed", "feedback", "copy", "closer"),
                 "Aller à…"),
        RuleInfo(RuleId.SHARE, "Social share widgets and counters: lines made only of network "
                 "names, share words and numbers, or opening with a share verb.", pattern_languages("share"),
                 "350Facebook0TwitterGoogle+Total : 350"),
        RuleInfo(RuleId.IMAGE, "Image lines, image addresses, photo credits and caption "
                 "markers; a caption closing with its credit in brackets ('… (AP Photo/Seth Wenig)'); "
                 "a gallery's counters ('2 / 12', three or more going up by one under one total).",
                 pattern_languages("image"), "image: http://example.org/photo.jpg"),
        RuleInfo(RuleId.HEADER, "The header above the body: title, date and site-name lines "
                 "before the first body paragraph, and date lines anywhere at the edges.",
                 _DATE_WORDS, "15 novembre 2017"),
        RuleInfo(RuleId.BYLINE, "Author lines: a byline word followed by a name.", pattern_languages("byline"),
                 "Par Samer Hussein"),
        RuleInfo(RuleId.AUTHOR_BIO, "An author box at the end: an 'About …' heading and the "
                 "short lines after it; a short paragraph under a byline that opens with "
                 "its name.", pattern_languages("bio"), "About Ginette Hess Skandrani"),
        RuleInfo(RuleId.PROMO, "Messenger, newsletter, app and subscription promos.", pattern_languages("promo"),
                 "Подпишитесь на телеграм-канал …"),
        RuleInfo(RuleId.NOTICE, "Site notices: cookie and consent banners, paywall and "
                 "metered-access messages, disclaimers, a comment form's labels.  Removed at the edges "
                 "of the body and outside it; "
                 "inside it (an article about cookie law) they stay.", pattern_languages("notice"),
                 "We use cookies to give you the best experience …"),
        RuleInfo(RuleId.TEASER, "Pointers to other articles ('Read also', 'Читайте также'), and "
                 "cards of other articles: a summary cut short, then 'Read more'; "
                 "at the end of the text also one-sentence links to earlier reports "
                 "('Ранее … сообщала') and the link lines next to them.",
                 pattern_languages("teaser", "teaser-edge", "teaser-weak"),
                 "Lire aussi : …"),
        RuleInfo(RuleId.CREDIT, "Source, translation and copyright credits, and 'read more at "
                 "URL' trailers.", pattern_languages("credit"), "Traduction : Avic – Réseau International"),
        RuleInfo(RuleId.DUPLICATE, "A paragraph or title repeated within the document, exactly "
                 "or nearly; the first full copy stays.  Also a line that is one phrase two to four "
                 "times over (a headline rendered once per screen size, the last copy maybe clipped), "
                 "and a pull quote: a quoted line whose words a longer line above holds.", "all",
                 "(the lead printed twice)"),
        RuleInfo(RuleId.LOW_CONTENT, "A block with little linguistic content (few stopwords, "
                 "no sentence shape) that its neighbours do not rescue.", "all", "Tarifs"),
        RuleInfo(RuleId.OUTSIDE_BODY, "Outside the body region: the one contiguous run of "
                 "text-like blocks that carries the article.", "all", "(a footer link list)"),
        RuleInfo(RuleId.CORPUS, "A line that recurs across many unrelated documents of the "
                 "same run (menus, footers, promos of one site).", "all", "© 2017 Example Media"),
        RuleInfo(RuleId.USER_DROP, "Removed by a [[drop]] pattern of a user rules file.", "any", ""),
    )
}

LINE_RULES: tuple[LineRuleSpec, ...] = (
    LineRuleSpec(INFO[RuleId.SHARE], lines.share_widget),
    LineRuleSpec(INFO[RuleId.IMAGE], lines.image_line),
    LineRuleSpec(INFO[RuleId.PROMO], lines.promo),
    LineRuleSpec(INFO[RuleId.NOTICE], lines.site_notice),
    LineRuleSpec(INFO[RuleId.CREDIT], lines.credit),  # before teaser: "Read more at URL"
    LineRuleSpec(INFO[RuleId.TEASER], lines.teaser),
    LineRuleSpec(INFO[RuleId.NAV], lines.navigation),
    LineRuleSpec(INFO[RuleId.BYLINE], lines.byline),
    LineRuleSpec(INFO[RuleId.AUTHOR_BIO], lines.author_bio_heading),
    LineRuleSpec(INFO[RuleId.HEADER], lines.date_line),
    LineRuleSpec(INFO[RuleId.DUPLICATE], lines.echoed_line),
)


def line_hits(text: str, stats: BlockStats) -> tuple[Hit, ...]:
    """Every line rule's hit on one line, strongest first."""
    found = [hit for spec in LINE_RULES if (hit := spec.func(text, stats)) is not None]
    order = {"strong": 0, "edge": 1, "weak": 2}
    return tuple(sorted(found, key=lambda h: order[h.strength.value]))
