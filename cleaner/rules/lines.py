"""Context-free line rules: each looks at one line and its measurements.

A rule returns a :class:`Hit` (a removal candidate with its strength) or None.  Whether
an ``edge`` or ``weak`` hit removes the line is decided later, from its position
(``cleaner.context``).  Word lists and phrase patterns live in ``cleaner/data``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from cleaner.lexicon import MATCH_WINDOW, bare_letters, literal_alternation, pattern_lines, patterns, words
from cleaner.model import Hit, RuleId, Strength
from cleaner.spans import stretches
from cleaner.stats import BlockStats, measure, toc_entry
from cleaner.tokens import URLISH

_IMAGE_FILE = re.compile(r"\S{0,300}\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)(?:\?\S{0,200})?", re.I)
# what opens an entry of data: a figure, a price, a fraction ("2 cups flour", "½ tsp salt")
_FIGURE_FIRST = re.compile(r"[$€£¥₽₹]?\s?\d|[\u00bc-\u00be\u2150-\u215e]")
# a quantity closing an entry: a figure and maybe a unit ("250 g", "80 ml", "3 (600 g)",
# a share: "ΣΥΡΙΖΑ 17%")
_QUANTITY_LAST = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:[^\W\d_]{0,3}\.?|%)\)?$")
_DATUM_MAX_WORDS = 6
# a label of one to six words ending with a letter (or a figure, with a space after the
# colon: not a time's hour, "bis 8:00"), its colon, then a figure or a price: an entry
# of a price list or a spec sheet ("Bilet 24-godzinny: 14 zł (dotychczas 12 zł)",
# "Battery: 5000 mAh", a model's version among its words: "Yaris Cross Hybrid 1.5
# Active: 21.990 ευρώ", "Journey Hybrid 140: 26.500 ευρώ")
_LABELLED_FIGURE = re.compile(r"[^\W\d_][^\W_]*-?(?:[ -][^\W_]+(?:\.[^\W_]+)?-?){0,5}"
                              r"(?:(?<=[^\W\d_]) ?[:：] ?|(?<=\d)[:：] )[$€£¥₽₹]?\d")
# ... or its dash between spaces, with a qualifier in brackets maybe, closing no sentence
# ("Средняя урожайность пшеницы — 52 ц/га", "Цена пшеницы (CPT Новороссийск) — 14 800
# руб./т")
_DASHED_FIGURE = re.compile(r"[^\W\d_][^\W_]*-?(?:[ -][^\W_]+(?:\.[^\W_]+)?-?){0,5}(?: \([^()]{1,30}\))? [–—] "
                            r"[$€£¥₽₹]?\d.*(?<![.!?…])$")
_DATUM_MAX_CHARS = 120  # (a cheap bound before counting words)
# a match's result: its score between the two sides' names (``match_result``)
_SIDE_MAX_WORDS = 3  # ... a side's name around its score ("Manchester United 2-1 Aston Villa")
_SIDES_FIRST_MAX_WORDS = 4  # ... before the score ("Nysa Kłodzko – Polonia Bystrzyca Kłodzka 3:1")
_RESULT_AFTER = re.compile(r"([«\"“„']?[^\W\d_][^–—]{0,60}?) [–—-] ([«\"“„']?[^\W\d_][^–—]{0,60}?),? (?:[–—-] )?"
                           r"\d{1,3} ?[:–-] ?\d{1,3}(?: ?\([\d:–, -]{3,40}\))?")
_SCORE_SPLIT = re.compile(r" \d{1,3} ?[:–-] ?\d{1,3} ")
_RESULT = re.compile(r"[«\"“„']?[^\W\d_][^\d:–-]{0,40}? (?:\d{1,3}(?::|–|-)\d{1,3}|\d{1,3} [:–-] \d{1,3}) "
                     r"[«\"“„']?[^\W\d_][^\d:–-]{0,40}")
_FIGURE_OR_FRACTION = re.compile(r"[\d\u00bc-\u00be\u2150-\u215e]")
_NO_VALUE = frozenset("-–—")  # a table cell without a value
# a number that orders a list ("2. ", "3) "), not a quantity
_ORDINAL = re.compile(r"\d{1,2}[.)](?:\s|$)")
# a figure in a table's cell: "0,61%", "-0.44", "$1,199", "12:30", "3/4"
_FIGURE = re.compile(r"[-+−±]?[$€£¥₽]?\d+(?:[.,:/' ]\d+)*\s?(?:%|[$€£¥₽])?")
# "|", "•", "·", "›" and ">" separate menu items with or without spaces (a breadcrumb's
# path glued: "Home›News›Local", "ホーム>地域>港浜市"); "/", "»", dashes only between
# spaces (a URL, a date or a code line has them without; "»" closes quotes).
# each match opens where a run of spaces opens (the leftmost place anyway): linear time
_NAV_SEPARATORS = re.compile(r"(?<!\s)\s*(?:\||•|·|::|›|>)\s*|(?<!\s)\s+(?:/|»|–|—|-)\s+")
# Splitting on ``\s*…\s*`` rescans a run of spaces from each of its positions (quadratic
# on a line with a huge gap); runs are collapsed first, which changes no part's words.
_SPACE_RUN = re.compile(r"\s{2,}")
# a row of bracketed buttons and nothing else ("[Reply] [Quote] [Report]", "【收藏此页】【打印】【关闭】")
_BUTTON_ROW = re.compile(r"(?:\s*+[【\[]\s*+[^\[\]【】]{1,16}+[】\]]){3,12}+\s*+")
# Every separator holds one of these characters: a row of three items needs two.
_SEPARATOR_CHAR = re.compile(r"[|•·:/»›>–—-]")
_DATE_TOKEN = re.compile(r"\w+")
_NAME_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
_LETTER = re.compile(r"[^\W\d_]")

# Lengths (in words) under which a pattern hit is certain enough to act anywhere.
_SHORT_WIDGET = 25
_SHORT_LINE = 30
_SHORT_TEASER = 14
_NOTICE_MAX_WORDS = 150  # a cookie banner or paywall message is a few sentences (GDPR text: a paragraph)
# Every notice pattern holds one of these words (tests/test_rules.py checks the data
# files): a search for them rules out almost every line before the slow search for the
# patterns, which scan the whole line.
NOTICE_ANCHORS = ("cookie", "куки", "ciasteczk", "free ", "subscri", "abonn", "assinant", "abbonat", "suscript",
                  "подписчик", "subskrybent", "prenumerator", "mitglieder", "members", "membres", "iscritti",
                  "socios", "adblock", "ad block", "ad-block", "werbeblocker", "bloqueur", "bloqueador", "blocco",
                  "блокировщик", "блокувальник", "blokad", "转载", "轉載", "不代表", "侵犯", "侵害", "删除", "刪除",
                  "免责声明", "免責聲明", "登载此文", "登載此文", "disclaimer", "仅代表", "僅代表", "只代表",
                  "不构成", "不構成", "文明上网", "文明上網", "理性发言", "理性發言", "섹션 정보는",
                  "delayed", "verzögert", "différé", "opóźnion", "задержк", "retraso", "diferido",
                  "expressed", "мнени", "редакция не", "думк", "редакці", "redakcja", "opinie", "responsibility of",
                  "απόψεις", "θέσεις", "απαραίτητα", "ανάγκη", "δωρεάν",
                  "responsabilidad de", "responsabilidade", "responsabilité de", "responsabilità",
                  "moder", "modér", "модер", "ctrl", "views of", "account", "після перевірки", "после проверки",
                  # comment-form labels: notify me of new comments, e-mail not published, required fields
                  # a newsletter form's consent note ("… in ways you've consented to")
                  "consented to",
                  # a newsletter form's note: unsubscribe, withdraw at any time, who processes the data
                  "unsubscribe", "by signing up", "jederzeit", "désinscrire", "désabonner", "sont traitées par",
                  # an embedded video's consent box
                  "zustimmung wird hier", "einverstanden, dass mir", "external content", "third-party content",
                  "display content from", "load content from", "show content from",
                  # a health or advice site's disclaimer
                  "purposes only", "substitute for", "仅供", "僅供", "诊断", "診斷", "医疗", "醫療",
                  "治疗", "治療", "характер", "заменя", "заменить", "charakter informacyjny", "zastęp",
                  "ersetz", "dient ausschließlich", "dient nur", "remplace", "sustituye", "reemplaza",
                  "υποκαθιστ", "αντικαθιστ",
                  "notify me", "powiadom", "уведом", "повідом", "benachrichtig", "prévenez", "prevenez", "avísame",
                  "avisame", "recibir un", "avvisami", "notificami", "stuur mij", "informeer mij", "breng mij",
                  "notifique", "ειδοποίησ", "ειδοποιησ", "通知我", "not be published", "save my name", "opublikowan",
                  "опубликован", "опублікован", "veröffentlicht", "ne sera pas publi", "no será publicada",
                  "non sarà pubblicato", "niet gepubliceerd", "não será publicado", "δημοσιευ", "不会被公开",
                  "不會被公開", "required fields",
                  "wymagane pola", "обязательные поля", "язкові поля", "erforderliche felder", "champs obligatoires",
                  "campos obligatorios", "campi obbligatori", "vereiste velden", "campos obrigatórios",
                  "υποχρεωτικά πεδία", "必填",
                  # a comment section's rules (Chinese portals)
                  "电子公告", "電子公告", "法律责任", "法律責任", "上述条款", "上述條款",
                  # a blog post's footer: this entry was posted in …, bookmark the permalink
                  "this entry", "this post", "follow any responses", "permalink", "ten wpis", "możesz śledzić",
                  "bezpośredniego odnośnika",
                  "эта запись", "запись опубликована", "постоянную ссылку", "цей запис", "запис опубліковано",
                  "dieser eintrag", "dieser beitrag", "cette entrée", "permalien", "esta entrada", "enlace permanente",
                  "questa voce", "dit bericht", "link permanente",
                  # a Russian media outlet's footer: registration, age rating
                  "зарегистрирован", "свидетельство о регистрации", "содержать материал",
                  # an age gate: adults only, under 18
                  "18", "adults", "dorosłych", "pełnoletni", "erwachsene", "volljährig", "adultes", "majeurs",
                  "adultos", "mayores de", "menor de edad", "взрослых", "совершеннолетн",
                  # a poll or rating widget's thanks
                  "your vote", "your opinion", "your rating", "your answer", "голос", "оценка", "ответ",
                  # an affiliate-link disclosure
                  "affiliate", "may earn", "may receive", "may get",
                  # metered access ("3 of your 5 free articles")
                  "kostenlos", "gratis", "gratuit", "grátis", "бесплатн", "безкоштовн", "darmow", "bezpłatn",
                  "передплатник", "підписник", "会員", "残り", "会员", "會員",
                  # a consent dialog: we and our partners …, your personal data … your consent
                  "partner", "partneř", "vendors", "parten", "parceiros", "proveedores", "fornitori", "партн",
                  "συνεργάτ", "personal", "daten", "données", "datos personales", "dati personali", "dados pessoais",
                  "osobow", "persoonsgegevens", "персональн", "δεδομένα", "osobní",
                  # an opinion disclaimer: the text does not necessarily reflect the paper's view
                  "não reflet", "não represent", "no reflej", "no represent", "engage que", "engagent que",
                  "ne reflète", "ne représente", "non riflett", "non rappresent", "gibt nicht", "geben nicht",
                  "может не совпадать", "redakcji",
                  # a repost notice: not to be reposted without permission; a reprint note
                  "未经", "未經", "non-commercial use",
                  # Norwegian: cookies by their own name, a closed or moderated comment field, the press-ethics
                  # footer, ad blockers, personal data, opinion disclaimers, a comment form's and a newsletter
                  # form's labels
                  "informasjonskapsl", "kommentarfelt", "varsom-plakat", "redaktørplakat", "annonseblokk",
                  "reklameblokk", "personopplysning", "uttrykk for", "regning", "rekning", "postadress",
                  "felt er merket", "felt er merka", "varsle meg", "meg beskjed om", "lagre mitt navn",
                  "melde deg av",
                  # Bengali: cookies by their Bengali name, an opinion column's and a comment section's
                  # disclaimers, moderated comments, a comment form's labels, ad blockers
                  "কুকি", "লেখকের নিজস্ব", "মন্তব্যকারী", "মডারে", "প্রকাশ করা হবে না", "প্রকাশিত হবে না",
                  "চিহ্নিত", "ব্লকার",
                  # Swahili: cookies by their Swahili name ("vidakuzi", "kidakuzi"), an opinion column's
                  # disclaimer, moderated comments, a comment form's labels, a paywall
                  "dakuzi", "ni ya mwandishi", "hayawakilishi", "hayaakisi", "si lazima ya", "kabla ya kuchapishwa",
                  "haitachapishwa", "haitaonyeshwa", "zinazohitajika", "wanachama", "waliojisajili", "una akaunti",
                  # Malay: cookies by their own name, subscribers, free articles, who answers for a comment,
                  # opinion disclaimers, ad blockers, a consent dialog's partners and personal data, a comment
                  # form's labels
                  "kuki", "langgan", "percuma", "tanggungjawab", "mencerminkan", "mewakili", "menggambarkan",
                  "pandangan peribadi", "pendapat peribadi", "penyekat iklan", "pemblok iklan", "rakan kongsi",
                  "data peribadi", "mel anda tidak akan", "ditanda", "simpan nama", "maklumkan saya",
                  # Filipino: free articles, opinion disclaimers, a comment form's labels
                  "libreng", "kumakatawan", "sumasalamin", "ipa-publish", "ipapa-publish", "ilalathala",
                  "ipapakita", "kinakailangang", "aking pangalan", "ipaalam sa akin")
_NOTICE_ANCHOR = re.compile(literal_alternation(NOTICE_ANCHORS))  # on lower-cased text


@lru_cache(maxsize=1)
def _notices_by_anchor() -> dict[str, tuple[int, ...]]:
    """For each anchor word, the notice patterns (their positions) whose text names it,
    every word of it when it is a phrase ("may earn" in "may (?:earn|receive)"), accents
    aside (a pattern's "prévenez" also matches "prevenez"): a line is searched only with
    the patterns of the anchors it holds, not with all."""
    written = [bare_letters(line.lower()) for _, line in pattern_lines("notice")]
    return {a: tuple(i for i, line in enumerate(written) if all(w in line for w in bare_letters(a).split()))
            for a in NOTICE_ANCHORS}


def _past_symbols(text: str) -> str:
    """The line past the emoji, arrows and bullets it opens with ("📲 ", "👉 ", "► ",
    "• "), not past quotes or dashes (a quoted or spoken sentence)."""
    i = 0
    while i < len(text) and (unicodedata.category(text[i])[0] == "S" or text[i] in "•·*\ufe0f\u200d"
                             or (i > 0 and text[i].isspace())):
        i += 1
    return text[i:] if i else text


def _hit(rule: RuleId, strength: Strength, reason: str, **evidence: str | float | int | bool) -> Hit:
    return Hit(rule, strength, reason, evidence)


@lru_cache(maxsize=1)
def _tags_label() -> re.Pattern[str]:
    """A tag list's label and its colon, opening the line ("Tags:", "Теги:", "标签：")."""
    return re.compile(r"(?:" + literal_alternation(words("tags")) + r")\s?[:：]", re.I)


_TAG_SEPARATORS = re.compile(r"[,;|/·•、，；،؛]")
_TAG_MAX_WORDS = 4  # "Komisja Nadzoru Finansowego", "video games": a tag is a name, not a clause


def _tag_list(text: str, st: BlockStats) -> int:
    """The number of tags when the line is a labelled list of them, else 0."""
    if st.words > 40 or st.sentence_end or (":" not in text and "：" not in text):
        return 0
    line = text.lstrip()
    label = _tags_label().match(line)
    if label is None:
        return 0
    tags = [t.strip() for t in _TAG_SEPARATORS.split(line[label.end():]) if t.strip()]
    if not tags or any(len(t.split()) > _TAG_MAX_WORDS or len(t) > 40 for t in tags):
        return 0
    return len(tags)


# Furniture removed wherever it stands but weighed as an unknown short line, since sites
# print it between the paragraphs of an article as much as in a sidebar (and, unlike a
# player's controls, alone too): advert labels, an embedded social post's labels, a
# feedback widget's question and buttons (under every answer of a help page), a code
# block's copy button.
_NEUTRAL_FAMILIES = (("advert", "an advert's label or note"), ("embed", "an embedded social post's label"),
                     ("feedback", "a feedback widget's question or buttons"),
                     ("copy", "a code block's copy button"))


def navigation(text: str, st: BlockStats) -> Hit | None:
    found = patterns("inline").fullmatch(text)
    if found:
        # removed wherever it stands, but the context pass weighs it as an unknown short
        # line: a player's controls say nothing of where the article is
        return _hit(RuleId.NAV, Strength.STRONG, "page furniture that sits inside articles (a video player's "
                    "controls, labels or time)", lang=found[0], pattern=found[1], inline=True)
    for family, what in _NEUTRAL_FAMILIES:
        found = patterns(family).fullmatch(text)
        if found:
            return _hit(RuleId.NAV, Strength.STRONG, f"{what} (it says nothing of where the article is)",
                        lang=found[0], pattern=found[1], neutral=True, family=family)
    found = patterns("widget").fullmatch(text)
    if found:
        return _hit(RuleId.NAV, Strength.STRONG, "page furniture (a widget label, not text)",
                    lang=found[0], pattern=found[1])
    if _BUTTON_ROW.fullmatch(text):
        return _hit(RuleId.NAV, Strength.STRONG, "a row of bracketed buttons (\"[Reply] [Quote]\", "
                    "\"【打印】【关闭】\")")
    found = patterns("nav").fullmatch(text)
    if found:
        return _hit(RuleId.NAV, Strength.EDGE, "a navigation item on a line of its own",
                    lang=found[0], pattern=found[1])
    tags = _tag_list(text, st)
    if tags:
        return _hit(RuleId.NAV, Strength.EDGE, "a labelled list of tags or topics", tags=tags)
    if st.words <= 20 and not st.sentence_end and _two_separator_chars(text):
        parts = [p for p in _NAV_SEPARATORS.split(_SPACE_RUN.sub(" ", text)) if p]
        # (a masthead's row with its date is the date rule's: ``_masthead_row``)
        if len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts) and not _table_row(parts) \
                and (st.digit_share == 0 or (date_line(text, st) is None and not _SCORE.fullmatch(parts[-1].strip()))):
            return _hit(RuleId.NAV, Strength.EDGE, "a row of short items between separators",
                        items=len(parts))
    return None


def _result_after(line: str) -> bool:
    """The two sides' names between a dash, then the score and maybe the half-time's or
    the sets' in brackets ("Nysa Kłodzko – Polonia Bystrzyca 3:1 (2:0)", "«Бердск» —
    «Обь» — 0:0"), four words a side at most, neither opening in lower case."""
    found = _RESULT_AFTER.fullmatch(line)
    return found is not None and all(
        len(side.split()) <= _SIDES_FIRST_MAX_WORDS and not side.lstrip()[:1].islower() for side in found.groups())


def match_result(text: str) -> bool:
    """A match's result: its score between the two sides' names, three words each at
    most, neither opening in lower case ("Arsenal 2-1 Chelsea", "中国男篮 88:79 新西兰";
    "The vote was 5-4 in favour" is a sentence's; nor a date word beside the score: a
    time, "Europe · 3:35 PM GMT").  No date, whatever its figures."""
    line = text.strip()
    if len(line) > _DATUM_MAX_CHARS:
        return False
    if _RESULT.fullmatch(line) is None:
        return _result_after(line)
    sides = _SCORE_SPLIT.split(line, maxsplit=1)
    if len(sides) != 2 or not sides[0].split() or not sides[1].split():
        return False
    left, right = sides
    # (a time between words is no score: "Europe · 3:35 PM GMT", "Sunday 10:30 Uhr")
    vocabulary = words("dates")
    beside = (right.split()[0], left.split()[-1])
    return all(len(side.split()) <= _SIDE_MAX_WORDS and not side.lstrip()[:1].islower() for side in (left, right)) \
        and all(word.strip(".,").lower() not in vocabulary for word in beside)


def datum(text: str) -> bool:
    """An entry of data rather than words: it opens with a figure, a price or a fraction
    ("2 cups flour", "$149", "½ tsp salt"; a number that orders a list, "2. ", is no
    quantity), it is an entry of a table of contents, or a row of table cells: split by tabs
    ("Memory<TAB>16 GB"), by bars with figures in half of them ("Transport | 0,61% |
    4,30%"), or a label followed by two figures or more ("Corners 9 3"); or a cell of
    figures ("Rp 60.000/kg"), or a short entry closing with a quantity ("Flour – 250 g"),
    or a label of a few words, its colon (or a dash) and a figure ("Day ticket: £7 (now
    £6)", "Валовой сбор — 7,6 млн т"), or a match's result ("Arsenal 2-1 Chelsea")."""
    line = text.strip()
    if "\t" in line:
        return True
    if _FIGURE_OR_FRACTION.search(line) is None:
        return False  # (most lines: the checks below all need a figure)
    if (_FIGURE_FIRST.match(line) is not None and _ORDINAL.match(line) is None) or toc_entry(line) \
            or _LABELLED_FIGURE.match(line) is not None or _DASHED_FIGURE.match(line) is not None:
        return True
    if "|" in line and _two_separator_chars(line):
        parts = [p for p in _NAV_SEPARATORS.split(_SPACE_RUN.sub(" ", line)) if p]
        if len(parts) >= 3 and _table_row(parts):
            return True
    cells = line.rsplit(None, 2)
    if len(cells) == 3 and all(_FIGURE.fullmatch(c) for c in cells[1:]):
        return True
    if match_result(line):
        return True
    if len(cells) <= 2 or (len(line) <= _DATUM_MAX_CHARS and len(line.split()) <= _DATUM_MAX_WORDS):
        # a cell of figures ("Rp 60.000/kg", "54%"), or a quantity closing a short entry
        # ("Flour – 250 g", "Milk: 80 ml")
        if len(cells) <= 2 and sum(map(str.isalpha, line)) < sum(map(str.isdigit, line)) + 3:
            return True
        return _QUANTITY_LAST.search(line[-12:]) is not None
    return False


# a match's score closing a row of its teams ("«Бердск» — «Обь» — 0:0"): a result, not a menu's row
_SCORE = re.compile(r"\d{1,3} ?[:–-] ?\d{1,3}")


def _table_row(parts: list[str]) -> bool:
    """Half the cells or more are figures ("Transport | 0,61% | 0,05% | 4,30%"), or a dash
    (no value): a row of a table, not of links; unless the figures count up one by one
    (page numbers).  An empty cell leaves its bar on the next cell ("Total | | 27 011")."""
    cells = [p.strip(" |") for p in parts]
    figures = [c for c in cells if _FIGURE.fullmatch(c) or c in _NO_VALUE]
    if 2 * len(figures) < len(parts):
        return False
    numbers = [int(f) for f in figures if f.isdigit() and len(f) <= 4]
    return not (len(numbers) == len(figures) and all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False)))


def _two_separator_chars(text: str) -> bool:
    """Two characters a separator can hold: without them the line splits into two parts
    at most (separators do not overlap), and the split is not worth making."""
    found = _SEPARATOR_CHAR.search(text)
    return found is not None and _SEPARATOR_CHAR.search(text, found.end()) is not None


@lru_cache(maxsize=1)
def _social_pattern() -> re.Pattern[str]:
    """The social-network names and share words, the longest first where several match
    at one place.  Written as a trie: a literal trie matches the longest name at each
    place as the longest-first alternation did, and the engine tests a place against
    a few dozen first letters instead of every name in turn (twice as fast)."""
    return re.compile(literal_alternation(words("social")))


# Marks of code, which no share row prints: a quoted string, an assignment, a statement's
# end, a block, or a call with something other than a counter in its brackets
# ('print("   ", line)', "email = line"; not "Facebook (12)").
_CODE_MARK = re.compile(r"[\"=;{}]|\w\((?!\s*\d*\s*\))")


def _multiple(names: list[str], text: str) -> bool:
    """One one-letter network name ("X") with figures: a multiple ("2,6x", "10x"), not a
    counter ("1x2x3x" is a row of buttons)."""
    return len(names) == 1 and len(names[0]) == 1 and any(ch.isdigit() for ch in text)


def share_widget(text: str, st: BlockStats) -> Hit | None:
    if st.words <= _SHORT_WIDGET:
        found = patterns("share").match(text)
        if found:
            return _hit(RuleId.SHARE, Strength.STRONG, "a share button or share prompt",
                        lang=found[0], pattern=found[1])
    if len(text) <= 200:
        lowered = text.lower()
        social = _social_pattern()
        names = social.findall(lowered)
        rest = _ABBREVIATED_COUNT.sub(" ", social.sub("", lowered))
        # (not an item numbered in a list: "8. SMS 6", a song's title on an album)
        if names and not _LETTER.search(rest) and not _multiple(names, text) \
                and not _CODE_MARK.search(text) and _ORDINAL.match(text) is None:
            return _hit(RuleId.SHARE, Strength.STRONG,
                        "only social-network names, share words and counters",
                        networks=len(names), digits=sum(ch.isdigit() for ch in text))
    return None


# A counter's figure with its abbreviated unit ("1,1 tys.", "1.2K", "12 тыс.", "3 mln")
_ABBREVIATED_COUNT = re.compile(r"(?<![\d.,])\d[\d.,]*+\s?(?:k|m|tys\.?|тыс\.?|mln|млн|tsd\.?|mil|万|萬)(?![^\W\d_])")
# A line wholly in square brackets ("[Image: …]", "[Фото: …]").
_BRACKETED = re.compile(r"\[[^\[\]]{1,200}\]")
# A bracket closing a line, after some text ("Tabliq 7 Pro (fot. materiały prasowe)").
_CLOSING_BRACKET = re.compile(r"\(([^()]{1,80})\)\s*$")


def _bracketed_credit(stripped: str) -> tuple[str, str] | None:
    """(language, pattern) of the photo credit in brackets that closes a caption
    ("… on Tuesday. (AP Photo/Seth Wenig)", "… (Φωτογραφία: Reuters)"): what the
    brackets hold is an image line of its own.  One word in them is no credit
    ("(Reuters)" closes a wire story's paragraph, "(ФОТО)" a headline)."""
    found = _CLOSING_BRACKET.search(stripped)
    if found is None or found.start() == 0:
        return None
    inner = found[1].strip()
    if len(inner.split()) < 2:
        return None
    return patterns("image").match(inner)


# the last sentence of a line, past the caption's full stop ("… during a rehearsal. FOTO:
# MARCOS DEL RÍO / CDN", "… w Sosnowcu. Fot. CBŚP")
_LAST_SENTENCE = re.compile(r"[.!?…»”\"]\s+([^.!?…]{3,80}(?:\. ?[^.!?…\s][^.!?…]{0,40})?)$")


_CAPTION_MAX_WORDS = 20  # a caption with its credit; a longer line may be a standfirst with its picture's credit


def _closing_credit(stripped: str) -> tuple[str, str] | None:
    """(language, pattern) of the photo credit that closes a caption after its full
    stop, two to eight words: an image line of its own."""
    found = _LAST_SENTENCE.search(stripped)
    if found is None:
        return None
    tail = found[1].strip()
    if not 2 <= len(tail.split()) <= 8:
        return None
    return patterns("image").match(tail)


def image_line(text: str, st: BlockStats) -> Hit | None:
    stripped = text.strip()
    if _IMAGE_FILE.fullmatch(stripped):
        return _hit(RuleId.IMAGE, Strength.STRONG, "an image file name or address")
    if st.words <= _SHORT_LINE:
        # (an image's alt text a scraper printed in brackets: "[Image: the phone in blue]")
        found = patterns("image").match(stripped[1:-1].strip() if _BRACKETED.fullmatch(stripped) else stripped)
        if found:
            return _hit(RuleId.IMAGE, Strength.STRONG, "an image line, photo credit or caption marker",
                        lang=found[0], pattern=found[1])
        found = _bracketed_credit(stripped)
        if found:
            return _hit(RuleId.IMAGE, Strength.STRONG, "a caption closing with its photo credit in brackets",
                        lang=found[0], pattern=found[1])
        found = _closing_credit(stripped) if st.words <= _CAPTION_MAX_WORDS else None
        if found:
            return _hit(RuleId.IMAGE, Strength.STRONG, "a caption closing with its photo credit",
                        lang=found[0], pattern=found[1])
    return None


def _looks_like_name(rest: str) -> bool:
    # (the name before a comma: a role or an outlet may follow it, "Juliana Costa, g1 Zona da Mata")
    names = _NAME_WORD.findall(rest.split(",", 1)[0])
    if not 1 <= len(names) <= 6 or len(rest.split()) > 8:
        return False
    initial = names[0][0]
    caseless = initial.lower() == initial.upper()
    return bool(initial.isupper() or caseless)


_NAME_PARTICLES = frozenset({"de", "del", "della", "di", "da", "du", "des", "la", "le", "van", "von",
                             "der", "den", "ten", "ter", "bin", "ibn", "al", "el", "y", "e"})


def person_name(text: str) -> bool:
    """A person's name alone: two to five words, each capitalized ("Samer Hussein",
    "KELLI KENNEDY", "Gina Roberts-Grey", "R. England") or a name particle ("de", "van",
    "ibn").  A headline in title case passes too: callers ask it of an author's line."""
    words = text.split(None, 5)  # (a sixth word is the rest of a longer line: no name)
    return 2 <= len(words) <= 5 and all(
        w.casefold() in _NAME_PARTICLES
        or (w[0].isupper() and (len(w) > 1 or w.endswith(".")) and not any(ch.isdigit() for ch in w))
        for w in words)


def _signed(text: str) -> tuple[str, str] | None:
    """(language, pattern) of the byline word that opens ``text`` when a name follows it
    ("By Anna Wells", "autor: Jan Nowak"); else None."""
    found = patterns("byline").match(text)
    if not found:
        return None
    match = re.match(found[1], text, re.IGNORECASE)
    rest = text[match.end():] if match else ""
    return found if _looks_like_name(rest) else None


def _byline_word(text: str) -> tuple[str, str] | None:
    """(language, pattern) of the byline word that is all the line holds ("By", "Par",
    "Article rédigé par"): the name stands on the next line; else None."""
    line = text.strip()
    found = patterns("byline").match(line + " ")
    if not found:
        return None
    match = re.match(found[1], line + " ", re.IGNORECASE)
    return found if match is not None and match.end() == len(line) + 1 else None


# the forms of an author line: the byline word with the name, or the word alone over it
_BYLINE_FORMS = ((_signed, "an author line (a name after a byline word)"),
                 (_byline_word, "a byline word alone on a line (the name on the next)"))


def byline(text: str, st: BlockStats) -> Hit | None:
    if st.words > 10 or st.sentences > 1:
        return None
    for find, reason in _BYLINE_FORMS:
        found = find(text)
        if found:
            return _hit(RuleId.BYLINE, Strength.EDGE, reason, lang=found[0], pattern=found[1])
    return None


def author_bio_heading(text: str, st: BlockStats) -> Hit | None:
    if st.words > 8 or st.sentence_end:
        return _labelled_bio(text)
    found = patterns("bio").match(text)
    if not found:
        return None
    match = re.match(found[1], text, re.IGNORECASE)
    rest = text[match.end():] if match else ""
    if rest.strip() and not _looks_like_name(rest) and st.words > 3:
        return None
    return _hit(RuleId.AUTHOR_BIO, Strength.EDGE, "the heading of an author box",
                lang=found[0], pattern=found[1], heading=True)


# the label of a paragraph, before its colon ("About the author: …")
_LABEL = re.compile(r"([^:：]{1,40})[:：]\s*\S")


def _labelled_bio(text: str) -> Hit | None:
    """A paragraph opening with an author box's whole heading and a colon ("About the
    author: Jane Doe covers …", "Über die Autorin: …", "Об авторе: …", "作者简介：…");
    not "About 200 people: …", whose opening word alone is no heading, nor a label of
    one word ("Autor: …", "记者：…"), which names the speaker of an interview's turn."""
    label = _LABEL.match(text)
    if label is None:
        return None
    head = label.group(1).strip()
    if len(head.split()) < 2 and (len(head) < 3 or any(ch.isascii() for ch in head)):
        return None
    found = patterns("bio").fullmatch(head)
    if not found:
        return None
    return _hit(RuleId.AUTHOR_BIO, Strength.EDGE, "a paragraph opening with an author box's heading",
                lang=found[0], pattern=found[1])


def promo(text: str, st: BlockStats) -> Hit | None:
    # past the emoji or arrows a promo often opens with ("📲 Receba as notícias no WhatsApp")
    found = patterns("promo").match(_past_symbols(text))
    if not found:
        return None
    strength = Strength.STRONG if st.words <= 40 else Strength.EDGE
    return _hit(RuleId.PROMO, strength, "a subscription, messenger or newsletter promo",
                lang=found[0], pattern=found[1])


def site_notice(text: str, st: BlockStats) -> Hit | None:
    """A cookie or consent banner, a paywall message, a disclaimer, a comment form's
    fixed labels ("Notify me of new comments"): searched anywhere in the line, as
    these notices open in many ways.  Edge strength only: the same words inside the body
    belong to an article about them."""
    if st.words > _NOTICE_MAX_WORDS:
        return None
    window = text[:MATCH_WINDOW]
    lowered = window.lower()
    if not _NOTICE_ANCHOR.search(lowered):
        return None
    by_anchor = _notices_by_anchor()
    compiled = patterns("notice").patterns
    candidates = sorted({i for a in NOTICE_ANCHORS if a in lowered for i in by_anchor[a]})
    found = next(((compiled[i][0], compiled[i][1].pattern) for i in candidates if compiled[i][1].search(window)), None)
    if not found:
        return None
    return _hit(RuleId.NOTICE, Strength.EDGE,
                "a site notice (cookies, paywall, moderation, a comment form, a post footer)",
                lang=found[0], pattern=found[1])


# what follows a summary's closing ellipsis: the link to the rest ("… Read more")
_AFTER_ELLIPSIS = re.compile(r"(?:\.\.\.|…)\s*([^.…]{1,60})$")


def _read_more(text: str, st: BlockStats) -> str | None:
    """The widget label ("Read more", "Lire la suite", "Читать далее") right after the
    ellipsis that cuts a line short, printed once or twice (a link per screen size), or
    None."""
    if not st.cut_off:
        return None
    found = _AFTER_ELLIPSIS.search(text)
    if found is None:
        return None
    label = found[1].strip()
    words = label.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        label = " ".join(words[:half])
    widget = patterns("widget").fullmatch(label)
    return widget[1] if widget else None


def teaser(text: str, st: BlockStats) -> Hit | None:
    link = _read_more(text, st)
    if link is not None:
        # a card's summary is a sentence or two; a longer text cut short may be the
        # article's own last paragraph on a page that shows only its start
        return _hit(RuleId.TEASER, Strength.STRONG if st.words <= _SHORT_LINE else Strength.EDGE,
                    "a summary cut short with a link to the rest: a card of another article",
                    pattern=link)
    found = patterns("teaser").match(text)
    if found:
        pointer = re.match(found[1] + r"\s*[:：»>|｜-]", text, re.IGNORECASE) is not None
        strong = st.words <= _SHORT_TEASER or (pointer and st.words <= _SHORT_LINE)
        return _hit(RuleId.TEASER, Strength.STRONG if strong else Strength.EDGE,
                    "a pointer to another article", lang=found[0], pattern=found[1])
    if st.words <= 40 and st.sentences <= 1:
        found = patterns("teaser-edge").match(text)
        if found:
            return _hit(RuleId.TEASER, Strength.EDGE, "a one-sentence pointer to an earlier report",
                        lang=found[0], pattern=found[1])
        found = patterns("teaser-weak").match(text)
        if found and st.words <= _SHORT_LINE:
            return _hit(RuleId.TEASER, Strength.WEAK,
                        "a one-sentence line opening like a teaser", lang=found[0], pattern=found[1])
    return None


def credit(text: str, st: BlockStats) -> Hit | None:
    if st.words > _SHORT_LINE:
        return None
    found = patterns("credit").match(text)
    if not found:
        return None
    has_url = URLISH.search(text) is not None
    return _hit(RuleId.CREDIT, Strength.STRONG if has_url else Strength.EDGE,
                "a source, translation or copyright credit"
                + (" with an address" if has_url else ""),
                lang=found[0], pattern=found[1])


# a clock time ("11:54", and where no decimal reads the same: "2.41pm", "15.41 GMT" with
# its time zone, "16h48"; not "12.50 EUR") or a numeric date ("2012-01-04", "04.01.2012",
# "4/1/12", "2022年6月10日", "2022년 6월 10일"), its year of two digits or four (a version,
# "2.7.4", or a wheel arrangement, "0-6-0", is no date)
STAMP = re.compile(r"(?<!\d)(?:\d{1,2}:\d{2}|\d{4} ?[年년] ?\d{1,2} ?[月월] ?\d{1,2} ?[日일]"
                   r"|\d{1,2}\.\d{2} ?(?:(?i:[ap]\.?m)|(?:GMT|BST|UTC|W?ET|CES?T|EES?T|MSK)(?![\w+-]))"
                   r"|\d{1,2}h\d{2}(?!\w)"
                   r"|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))(?!\d)")
# two figures either side of a colon, as a time or a score has ("19:25", "88:79")
_FIGURE_PAIR = re.compile(r"(?<![\d:])\d{1,3}[:：]\d{1,3}(?![\d:])")


def score_row(text: str) -> bool:
    """Three pairs of figures or more, as times or scores have: a row of scores or a
    timetable's, no date line ("Quarters: 24:26, 27:20, 19:25, 28:21"); or a match's
    result (``match_result``)."""
    return len(_FIGURE_PAIR.findall(text)) >= 3 or match_result(text)


_MERIDIEM = re.compile(r"\b([ap])\.m\.", re.I)  # "11:29 a.m." is one word of a date line
_DATELINE_MAX_WORDS = 30
# what no date holds: a percentage, a signed change, a group of thousands (after a space
# or a dot: "9 610", "5.842"), a decimal comma
_NO_DATE = re.compile(r"%|^\s*[+−±]\s?\d|(?<![\d.:/-])\d{1,3}(?: \d{3}|(?:\.\d{3})+)(?![\d.:/-])|\d,\d(?!\d{3})")
_LONG_DATE_DIGITS = 0.1  # a date line of ten words or more is a tenth digits at least (two dates, times)


_PAIR = re.compile(r"(\d{1,2})[.,/](\d{1,2})")
# a version's number: three figures or more set apart by dots ("2.7.4", "10.0.19045")
_VERSION = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,5}){2,}(?![\d.])")


def _no_day_and_month(text: str) -> bool:
    """Two figures alone that no day and month make in either order: a decimal
    ("38.60", "5.37"), not "4.12" or "21.03"."""
    found = _PAIR.fullmatch(text.strip())
    if found is None:
        return False
    a, b = int(found[1]), int(found[2])
    return not ((1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31))


# a record's field: a label of one to three words (no figures: "13:54" is a time, "Step 1:"
# a step, but a figure between two words, "Children under 12 years:"; joined by a dash,
# a slash or an ampersand too, "Sets – Costumes:"; maybe a qualifier in brackets, "Metro
# (lines 2 and 3):") and its colon, then the value ("Goals: Gil 27'", "Żółte kartki:
# Zając", "A disp.: Paonessa", "票价：免费"; a team's name in quotes over its line-up,
# "«Volgar»: Bekirov, …")
_FIELD = re.compile(r"[«\"“„]?[^\W\d_]+\.?(?:(?: [–/&] |[ -])(?:\d{1,3} )?[^\W\d_]+\.?){0,2}[»\"”]?"
                    r"(?: \([^()]{1,30}\))? ?[:：](?!//) ?(?=\S)")


def record_fields(texts: Sequence[str], least: int) -> set[int]:
    """The lines that are a record's fields, ``least`` of them or more one under another
    (a match's data box, "Goals: …", "Referee: …"; a contract's key terms, "Duration: …",
    "Budget: …"): a field alone is as often a headline with a colon ("Ukraine: talks
    resume")."""
    found = [_FIELD.match(t) is not None and not t.rstrip().endswith((":", "：")) for t in texts]
    return {i for run in stretches(found) if len(run) >= least for i in run}


def _listed_heading(text: str, name: str) -> bool:
    """The whole line, past a closing colon, is a heading of the word list ``name``."""
    return text.strip().rstrip(":：").rstrip().lower() in words(name)


def verdict_heading(text: str) -> bool:
    """A heading of a review's pros or cons ("Pros", "Points forts :", "Плюсы"): the
    short items under it are the article's (``data/words/verdicts.txt``)."""
    return _listed_heading(text, "verdicts")


def recipe_heading(text: str) -> bool:
    """A heading of a recipe's ingredients or method ("Ingredients", "Składniki",
    "Method"): the list under it is the article's (``data/words/recipes.txt``)."""
    return _listed_heading(text, "recipes")


def _beside_stamps(text: str) -> list[str]:
    """The words of a line past its stamps that are neither figures nor date words (a
    name, a label, a time zone); "a.m." read as one date word already."""
    vocabulary = words("dates")
    return [t for t in _DATE_TOKEN.findall(STAMP.sub(" ", text)) if not t.isdigit() and t.lower() not in vocabulary]


def only_stamp(text: str) -> bool:
    """Nothing but a date or time stamp: a stamp, with figures, date words ("Jul", "PM",
    "Updated") or a time zone's capitals ("IST") around it, as a live blog's update
    opens; not with a name ("anna_k | 15.03.2011, 11:48": a comment's)."""
    if ".m." in text or ".M." in text:
        text = _MERIDIEM.sub(r"\1m", text)
    return STAMP.search(text) is not None \
        and all(word.isupper() and len(word) <= 4 for word in _beside_stamps(text))


@lru_cache(maxsize=1)
def _opening_clock() -> re.Pattern[str]:
    """An hour opening a line, with its minutes ("16:00 – Concert", "9.30 Mass", "21h00 :",
    "2:30 p.m. Parade"; not a date, "12.03.2024") or a clock word beside it ("17 Uhr",
    "ore 10.00", "godz. 18", "19点": ``cleaner/data/words/clock.txt``)."""
    clock = "|".join(re.escape(w) for w in sorted(words("clock"), key=len, reverse=True))
    hour = r"([01]?\d|2[0-3])"
    return re.compile(rf"(?:(?:{clock}) ?)?{hour}[:.h]([0-5]\d)(?![\d.]|[:/]\d)(?: ?([AaPp])\.?[Mm]\b\.?)?"
                      rf"|{hour} ?(?:{clock})(?!\w)|(?:{clock}) ?{hour}(?![\d.,:/])", re.I)


def opening_clock(text: str) -> int:
    """The time of day a line opens with, in minutes past midnight ("16:00 – Session of
    the council" is 960, "2:30 p.m. Parade" 870, "17 Uhr Turmblasen" 1020), or -1."""
    match = _opening_clock().match(text.lstrip())
    if match is None:
        return -1
    if match[1] is None:  # a bare hour beside its clock word
        return int(match[4] or match[5]) * 60
    hour = int(match[1]) % 12 if match[3] else int(match[1])
    return (hour + (12 if match[3] in ("p", "P") else 0)) * 60 + int(match[2])


@lru_cache(maxsize=1)
def _field_label() -> re.Pattern[str]:
    """A metadata field's label and its colon ("来源：", "Author:", "Источник:")."""
    return re.compile(r"(?:^|(?<=[\s(（|/]))(?:" + literal_alternation(words("fields")) + r")\s?[:：]", re.I)


# the parts of a masthead's line set apart by a middle dot, a bullet or a bar
# ("Apr 9, 2018 · 7 min read")
_PARTS = re.compile(r"\s[·•|]\s")


def date_line(text: str, st: BlockStats) -> Hit | None:
    """A date or time line (``_date_line``), or one beside the reading time of the
    article, set apart by a middle dot, a bullet or a bar ("Apr 9, 2018 · 7 min read"),
    or a masthead's row of such parts (``_masthead_row``), or a date line signed with
    its author's name (``_signed_date``)."""
    found = _date_line(text, st)
    if found is None and st.words <= _DATELINE_MAX_WORDS and _PARTS.search(text) is not None:
        parts = _PARTS.split(text, maxsplit=_MASTHEAD_MAX_PARTS)
        if len(parts) == 2:  # (a menu's row of three items or more is no such line)
            rest = [part.strip() for part in parts if not patterns("widget").fullmatch(part.strip())]
            if len(rest) == 1:
                found = _date_line(rest[0], measure(rest[0], frozenset()))
        elif len(parts) <= _MASTHEAD_MAX_PARTS:
            found = _masthead_row([part.strip() for part in parts])
    if found is None and st.words <= _SIGNED_DATE_MAX_WORDS and st.digit_share > 0:
        found = _signed_date(text)
    return found


_MASTHEAD_MAX_PARTS = 6
# a counter's part of a masthead's row: a figure and a word or two ("7 840 views", "63 comments", "4 min.")
_COUNTER_PART = re.compile(r"\d[\d\s.,]*\s?[^\W\d_]+\.?(?:\s[^\W\d_]+)?")


def _masthead_row(parts: list[str]) -> Hit | None:
    """A masthead's row of three parts or more set apart by bars, middle dots or
    bullets ("Сергей Карпов | 21.03.2025 [13:05] | 4 мин. | 7 840 просмотров"): a date
    line among them, and each other part an author's name alone (``person_name``), a
    counter (``_COUNTER_PART``) or a widget's label ("7 min read").  A menu's row holds
    no date; a ticker's ("12:30 | <headline>") or a table's row holds more than names
    and counters."""
    dated = False
    for part in parts:
        if _COUNTER_PART.fullmatch(part) or person_name(part) or patterns("widget").fullmatch(part):
            continue
        if _date_line(part, measure(part, frozenset())) is None:
            return None
        dated = True
    if not dated:
        return None
    return _hit(RuleId.HEADER, Strength.EDGE, "a masthead's row: a date with the author, reading time or counters",
                parts=len(parts))


_SIGNED_DATE_MAX_WORDS = 14
# where a line's next word opens (past a space)
_WORD_START = re.compile(r"(?<=\s)(?=\S)")


def _signed_date(text: str) -> Hit | None:
    """A date line signed with its author's name after a byline word ("Posted on
    January 7, 2014 by Marcus Lindqvist", "7 stycznia 2012, autor: Jan Nowak"): the
    part before the byline word is a date line by itself, the part after it a name.  (An
    author's line that opens with the byline word, "By Anna Wells on May 3", is the
    byline rule's: ``_signed``.)"""
    for start in _WORD_START.finditer(text):
        found = _signed(text[start.start():])
        if found is None:
            continue
        head = text[:start.start()].rstrip(" ,;|·•–—-")
        if head and _date_line(head, measure(head, frozenset())) is not None:
            return _hit(RuleId.HEADER, Strength.EDGE, "a date line signed with its author's name",
                        lang=found[0], pattern=found[1])
    return None


# a numbered list's entry opening with a name ("2. Anna Nowak (Łomża) – 32:51"): a
# result with its time, not a stamp beside a commenter's name
_RANKED = re.compile(r"\s*+\d{1,3}[.)] ++[^\W\d_]")


_STAMP_LINE_MAX_WORDS = 8  # a stamp's line: six words, or eight with one beside the date's


def _date_line(text: str, st: BlockStats) -> Hit | None:
    if 10 < st.words <= _DATELINE_MAX_WORDS and not st.sentence_end and STAMP.search(text) \
            and _field_label().search(text):
        # the news agency's dateline: a stamp with the source, author or editor
        return _hit(RuleId.HEADER, Strength.EDGE, "a date or time stamp with labelled fields (source, author)")
    if st.words > _DATELINE_MAX_WORDS or st.words == 0 or (st.words > 10 and st.digit_share < _LONG_DATE_DIGITS):
        return None
    if ".m." in text or ".M." in text:  # all that _MERIDIEM can match holds one of them
        text = _MERIDIEM.sub(r"\1m", text)
    if st.words <= _STAMP_LINE_MAX_WORDS and not st.sentence_end and STAMP.search(text) \
            and _RANKED.match(text) is None and not score_row(text):
        rest = _beside_stamps(text)
        # (longer with one word beside the date and time: "Barcelona - 14 feb 2023 - 06:00 CET")
        if len(rest) <= 3 and (st.words <= 6 or len(rest) <= 1):
            return _hit(RuleId.HEADER, Strength.EDGE, "a date or time stamp (with a name or a label)",
                        other_words=len(rest))
    if _NO_DATE.search(text) or _no_day_and_month(text):
        return None  # a figure, not a date: "+7,4%", "9 610", "1,5 mln", "38.60"
    vocabulary = words("dates")
    named = digits = count = 0
    for found in _DATE_TOKEN.finditer(text.lower()):  # lazily: most lines stop at their first word
        token = found.group()
        count += 1
        if token.isdigit():
            digits += 1
            continue
        if token in vocabulary:
            named += 1
            continue
        # "15h30", "2017г", "10am": digits with a date word glued on
        stripped = token.strip("0123456789")
        if stripped and (stripped in vocabulary or len(stripped) == 1) and stripped != token:
            digits += 1  # (a figure all the same: "2h ago", "12m ago")
            continue
        return None
    if digits == 0 or (digits < 2 and named == 0):
        return None
    if _VERSION.search(text) is not None and STAMP.search(text) is None:
        return None  # a version ("2.7.4", "2.4.0 bis 2.7.3"), not a date
    return _hit(RuleId.HEADER, Strength.EDGE, "a date or time line", tokens=count)


_ECHO_MIN_WORDS = 3  # "Read more Read more" is a label; a headline is three words or more


def echoed_line(text: str, st: BlockStats) -> Hit | None:
    """A line that is one phrase two to four times over ("How to … How to … How to …"):
    a headline or a link rendered once per screen size, glued by the text export, its
    last copy maybe clipped.  No sentence of an article repeats itself whole within one
    line."""
    if st.words > 3 * _SHORT_LINE or st.words < 2 * _ECHO_MIN_WORDS:
        return None
    tokens = text.split()
    n = len(tokens)
    for times in (2, 3, 4):
        size = n // times
        if n % times == 0 and size >= _ECHO_MIN_WORDS and tokens[:size] * times == tokens:
            return _hit(RuleId.DUPLICATE, Strength.STRONG, "one phrase repeated within the line "
                        "(a headline or link rendered several times)", times=times, phrase_words=size)
    # the last copy cut short where the export clipped the line ("… Spend More Money How
    # Stores Manipulate Your Senses So You Spend Mor"): two whole copies, then its start
    line = " ".join(tokens)
    for size in (i for i in range(_ECHO_MIN_WORDS, n // 2 + 1) if tokens[i] == tokens[0]):
        phrase = " ".join(tokens[:size])
        if tokens[size:2 * size] == tokens[:size] and len(line) < 4 * (len(phrase) + 1) \
                and " ".join([phrase] * 4).startswith(line):
            return _hit(RuleId.DUPLICATE, Strength.STRONG, "one phrase repeated within the line, the last "
                        "copy cut short (a headline or link rendered several times)", phrase_words=size)
    return None
