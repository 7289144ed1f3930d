"""Closing-heading cases for Polish, Greek, Russian, Ukrainian, Czech and Bulgarian: the
headings that open a zone that is not the article (comments, related and "more from" boxes,
latest and most-read lists, editors' picks, tags, a paywall's cut), which
``tests/test_rules.py`` adds to its own tables and runs with its own checks.

The near misses (``MUST_KEEP``) are body sentences and subheadings that use the same words
as a heading ("more than …", "the discussion", "popular", "topics", "recommend") in normal
text: inside the body they all stay.  The sample bodies of these languages are those of
``tests/test_rules.py`` and ``tests/phrase_cases_more.py``.
"""

from __future__ import annotations

BODY: dict[str, list[str]] = {}

# a reader's comment and a related headline, below the heading
_PL_COMMENT = "Zgadzam się z ministrem, ta reforma powinna była zostać przyjęta dawno temu."
_PL_LINK = "Rząd odkłada głosowanie, a związki zawodowe podtrzymują zapowiedź strajku w przyszłym tygodniu."
_EL_COMMENT = "Συμφωνώ με τον υπουργό, αυτή η μεταρρύθμιση έπρεπε να είχε γίνει εδώ και χρόνια."
_EL_LINK = "Η κυβέρνηση αναβάλλει την ψηφοφορία και τα συνδικάτα διατηρούν την απεργία της επόμενης εβδομάδας."
_RU_COMMENT = "Я согласен с министром, эту реформу нужно было принять давно."
_RU_LINK = "Правительство отложило голосование, а профсоюзы не отказываются от забастовки на следующей неделе."
_UK_COMMENT = "Я згоден з міністром, цю реформу треба було ухвалити давно."
_UK_LINK = "Уряд відклав голосування, а профспілки не відмовляються від страйку наступного тижня."
_CS_COMMENT = "Souhlasím s ministrem, tahle reforma měla přijít už dávno."
_CS_LINK = "Vláda odkládá hlasování, odbory trvají na stávce příští týden."
_BG_COMMENT = "Съгласен съм с министъра, тази реформа трябваше да се направи отдавна."
_BG_LINK = "Правителството отлага гласуването, а синдикатите запазват стачката следващата седмица."


# A heading that closes the body: comments, related articles, most read, a paywall's cut.
CLOSERS = [
    # Polish
    ("pl", "2 komentarze", _PL_COMMENT),
    ("pl", "Zobacz wszystkie komentarze", _PL_COMMENT),
    ("pl", "Dyskusja (8)", _PL_COMMENT),
    ("pl", "Jedna myśl na temat “Reforma przyjęta”", _PL_COMMENT),
    ("pl", "Najczęściej czytane dzisiaj", _PL_LINK),
    ("pl", "Więcej z działu Polityka", _PL_LINK),
    ("pl", "Inne artykuły autora", _PL_LINK),
    ("pl", "Może cię zainteresować", _PL_LINK),
    ("pl", "Wybór redakcji", _PL_LINK),
    ("pl", "Nie przegap", _PL_LINK),
    ("pl", "Słowa kluczowe:", _PL_LINK),
    ("pl", "Ten artykuł jest dostępny tylko dla subskrybentów.",
     "Subskrybuj i bądź na bieżąco z najważniejszymi wydarzeniami w kraju i na świecie."),
    # Greek, set in capitals without accents too
    ("el", "ΟΛΑ ΤΑ ΣΧΟΛΙΑ", _EL_COMMENT),
    ("el", "Αφήστε μια απάντηση Ακύρωση απάντησης", _EL_COMMENT),
    ("el", "3 σκέψεις σχετικά με το “Η μεταρρύθμιση”", _EL_COMMENT),
    ("el", "Περισσότερα από την κατηγορία", _EL_LINK),
    ("el", "Μην χάσετε", _EL_LINK),
    ("el", "Μπορεί επίσης να σας αρέσει", _EL_LINK),
    ("el", "Πολυδιαβασμένα", _EL_LINK),
    ("el", "Οι επιλογές της σύνταξης", _EL_LINK),
    ("el", "Διαβάστε και:", _EL_LINK),
    ("el", "Το άρθρο είναι διαθέσιμο μόνο για συνδρομητές",
     "Αποκτήστε πρόσβαση σε όλα τα άρθρα της ιστοσελίδας και της εφαρμογής από τον πρώτο μήνα."),
    # Russian
    ("ru", "Комментариев пока нет", _RU_COMMENT),
    ("ru", "Оставьте комментарий", _RU_COMMENT),
    ("ru", "Ещё в разделе «Экономика»", _RU_LINK),
    ("ru", "Другие статьи автора", _RU_LINK),
    ("ru", "Вам может быть интересно", _RU_LINK),
    ("ru", "Самое читаемое за неделю", _RU_LINK),
    ("ru", "Не пропустите", _RU_LINK),
    ("ru", "Главное за сутки", _RU_LINK),
    ("ru", "Тэги:", _RU_LINK),
    # Ukrainian
    ("uk", "5 коментарів", _UK_COMMENT),
    ("uk", "Залиште коментар", _UK_COMMENT),
    ("uk", "Пов’язані новини", _UK_LINK),
    ("uk", "Ще з розділу «Економіка»", _UK_LINK),
    ("uk", "Всі статті автора", _UK_LINK),
    ("uk", "Вас може зацікавити", _UK_LINK),
    ("uk", "Найчитаніше", _UK_LINK),
    ("uk", "Не пропустіть", _UK_LINK),
    ("uk", "Вибір редакції", _UK_LINK),
    ("uk", "Щоб продовжити читання, оформіть передплату",
     "Повний доступ до всіх матеріалів сайту та застосунку вже з першого місяця, без прихованих платежів."),
    # Czech
    ("cs", "Diskuse k článku", _CS_COMMENT),
    ("cs", "3 komentáře u „Reforma schválena“", _CS_COMMENT),
    ("cs", "Napsat komentář Zrušit odpověď na komentář", _CS_COMMENT),
    ("cs", "Pravidla diskuse", _CS_COMMENT),
    ("cs", "Další zprávy z rubriky Domácí", _CS_LINK),
    ("cs", "Nenechte si ujít", _CS_LINK),
    ("cs", "Mohlo by se vám líbit", _CS_LINK),
    ("cs", "Nejčtenější za týden", _CS_LINK),
    ("cs", "Výběr redakce", _CS_LINK),
    ("cs", "Tento článek je dostupný pouze pro předplatitele.",
     "Předplatné na měsíc stojí sto korun a můžete ho kdykoli zrušit."),
    # Bulgarian
    ("bg", "3 коментара за „Реформата е приета“", _BG_COMMENT),
    ("bg", "Оставете коментар", _BG_COMMENT),
    ("bg", "Още от рубриката Политика", _BG_LINK),
    ("bg", "Най-четени днес", _BG_LINK),
    ("bg", "Най четени", _BG_LINK),
    ("bg", "Не пропускайте", _BG_LINK),
    ("bg", "Може да ви хареса", _BG_LINK),
    ("bg", "Изборът на редакцията", _BG_LINK),
    ("bg", "Подобни статии", _BG_LINK),
    ("bg", "Статията е достъпна само за абонати",
     "Абонаментът за един месец струва десет лева и може да бъде прекратен по всяко време."),
]


# Body sentences and subheadings that use a heading's words in normal text, placed inside
# the body: all stay.
# "Polecamy" alone or with a separator still labels a teaser, in the text too
MUST_DROP = [
    ("pl", "middle", "Polecamy: Rząd odkłada głosowanie nad reformą", "teaser"),
    ("pl", "middle", "POLECAMY", "teaser"),
]

MUST_KEEP = [
    # Polish: the discussion, more than expected, most read, popular, topics
    ("pl", "Dyskusja"),
    # "Polecamy" (we recommend) opening a sentence of the text, not a teaser's label
    ("pl", "Polecamy wszystkim zainteresowanym zapoznanie się z projektem ustawy przed konsultacjami."),
    ("pl", "Więcej w budżecie niż oczekiwano"),
    ("pl", "Najczęściej czytane są teksty o emeryturach, przyznaje redaktor naczelny portalu."),
    ("pl", "Dyskusja w Sejmie trwała do późnej nocy, a posłowie opozycji kilka razy zgłaszali wnioski formalne."),
    ("pl", "Popularne wśród młodych zawody reforma ominie, zapewnił minister na konferencji prasowej."),
    ("pl", "Tematy emerytur i podatków zdominują kampanię wyborczą, uważają politolodzy."),
    # Greek: "more than", the comments as a subject, popular, recommended
    ("el", "Περισσότερα από 200 άτομα"),
    ("el", "Περισσότερα από 200 άτομα συγκεντρώθηκαν έξω από τη Βουλή το βράδυ της Κυριακής."),
    ("el", "Τα σχόλια των βουλευτών στα μέσα κοινωνικής δικτύωσης ήταν ιδιαίτερα αιχμηρά μετά την ψηφοφορία."),
    ("el", "Δημοφιλή μέτρα δεν περιλαμβάνει το νομοσχέδιο, παραδέχθηκε ο υπουργός."),
    ("el", "Σας προτείνουμε να ενημερωθείτε για τα δικαιώματά σας, ανέφερε ο ΕΦΚΑ."),
    # Russian: the key points, a topic, a recommendation, the discussion
    ("ru", "Главное"),
    ("ru", "Темы недели"),
    ("ru", "Обсуждение в Госдуме продлится ещё несколько недель, сообщил спикер."),
    ("ru", "Рекомендуем всем пенсионерам заранее проверить свой стаж, заявили в Социальном фонде."),
    ("ru", "Самое читаемое издание региона опубликовало опрос о пенсионной реформе."),
    ("ru", "Другие новости из Госдумы касались бюджета на следующий год."),
    # Ukrainian: the key points, a share, a topic, popular
    ("uk", "Головне"),
    ("uk", "Обговорення в Раді"),
    ("uk", "Поділитися думкою про реформу може кожен охочий на сайті міністерства."),
    ("uk", "Теми пенсій і податків домінуватимуть у виборчій кампанії, вважають політологи."),
    ("uk", "Популярні серед молоді професії реформа не зачепить, запевнив міністр."),
    # Czech: an opinion label, a topic, a recommendation, a paywall's badge
    ("cs", "Komentář"),
    ("cs", "Diskuse o reformě pokračuje"),
    ("cs", "K tématu se ministr vrátí na příští tiskové konferenci."),
    ("cs", "Doporučujeme lidem, aby si své důchodové nároky ověřili včas, uvedla správa sociálního zabezpečení."),
    ("cs", "Nejčtenější deník v zemi zveřejnil průzkum, podle něhož reformu podporuje jen třetina lidí."),
    # Bulgarian: an opinion label, "since", latest, topics
    ("bg", "Мнения"),
    ("bg", "Още от сутринта"),
    ("bg", "Още от сутринта пред парламента се събраха стотици протестиращи."),
    ("bg", "Последни новини от парламента очакват и синдикатите, които заплашиха със стачка."),
    ("bg", "Теми като пенсиите и здравеопазването ще доминират в предизборната кампания, смятат анализатори."),
]
