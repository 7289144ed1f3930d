"""Date and time words of more languages (``cleaner/data/words/dates.txt``) and their month
words (``cleaner/data/words/months.tsv``).

For every language: date and time lines as that language's news sites print them must be
found as date lines (``cleaner.rules.lines.date_line``), a relative time too ("3 hours
ago"), while body sentences holding the same month and weekday words must not; and
``parse_date`` reads a date written with the language's month words.  A line made of a
date word alone, without a figure ("Monday", "Today."), is never a date line: a subheading
or a one-word answer stays.

Hindi, Bengali, Tamil and Thai: the date-line matcher cuts a line into words with ``\\w+``,
which stops at every vowel sign, virama and tone mark ("सोमवार" is स, मव, र to it).  Their
words are listed whole and match only once it keeps combining marks in a word; those
cases are expected failures (strict: they say so when the matcher changes).  Listing the
pieces instead would make lines like "5 लोगों की मौत" date lines.
"""

from __future__ import annotations

from importlib import resources

import pytest

from cleaner.metadata import parse_date
from cleaner.rules.lines import date_line
from cleaner.stats import measure

_UNSPLIT = pytest.mark.xfail(strict=True, reason="the date-line matcher's \\w+ splits the word at its vowel signs")
_LT_LETTERS = pytest.mark.xfail(strict=True, reason="'m.' (year) and 'd.' (day) are left out of dates.txt: "
                                "'4.1 m', '198 g' would be dates")

DATE_LINES = [
    ("fi", "Julkaistu 12. helmikuuta 2024 klo 10.30"),
    ("fi", "maanantaina 12. helmikuuta 2024"),
    ("fi", "Tiistai 13. helmikuuta 2024 klo 10.30"),
    ("da", "Mandag den 12. februar 2024 kl. 10.30"),
    ("da", "Opdateret 12. feb. 2024 kl. 14.05"),
    ("nb", "Publisert 12. mars 2024 kl. 10.30"),
    ("nb", "Oppdatert tirsdag 12. desember 2023"),
    ("nn", "Publisert laurdag 9. desember 2023 kl. 10.30"),
    ("nn", "Oppdatert måndag 4. mars 2024"),
    ("bg", "Публикувано на 12 февруари 2024"),
    ("bg", "Сряда, 14 февруари 2024 г."),
    ("sk", "Utorok 13. februára 2024 o 10:30 hod."),
    ("sk", "Aktualizované 12. februára 2024"),
    ("sl", "ponedeljek, 12. februarja 2024 ob 10.30"),
    ("sl", "Posodobljeno 12. februar 2024"),
    ("et", "Uuendatud: 12. veebruar 2024"),
    ("et", "Esmaspäev, 12. veebruar 2024 kell 10.30"),
    ("lv", "otrdiena, 13. februāris 2024"),
    ("lv", "Publicēts: 2024. gada 12. februārī"),
    ("lt", "Pirmadienis, vasario 12, 2024"),
    ("lt", "Paskelbta: 2024-02-12, pirmadienis"),
    ("he", "יום שני, 12 בפברואר 2024"),
    ("he", "עודכן לאחרונה: יום ג', 13 בפברואר 2024"),
    ("ur", "بروز پیر 12 فروری 2024"),
    ("ur", "جمعہ 16 فروری 2024"),
    ("ur", "اپ ڈیٹ کی گئی 21 مئی 2020"),
    pytest.param("hi", "सोमवार, 12 फरवरी 2024", marks=_UNSPLIT),
    pytest.param("hi", "अपडेटेड: 12 फ़रवरी 2024", marks=_UNSPLIT),
    pytest.param("bn", "সোমবার, ১২ ফেব্রুয়ারি ২০২৪", marks=_UNSPLIT),
    pytest.param("bn", "প্রকাশ: ১২ ফেব্রুয়ারি ২০২৪", marks=_UNSPLIT),
    pytest.param("ta", "திங்கள்கிழமை, 12 பிப்ரவரி 2024", marks=_UNSPLIT),
    pytest.param("ta", "வெளியிடப்பட்டது: 12 பிப்ரவரி 2024", marks=_UNSPLIT),
    pytest.param("th", "วันจันทร์ที่ 12 กุมภาพันธ์ 2567", marks=_UNSPLIT),
    ("th", "12 มกราคม 2567"),
    pytest.param("th", "อัปเดต 12 ก.พ. 2567", marks=_UNSPLIT),
    ("id", "Senin, 12 Februari 2024"),
    ("id", "Diperbarui pada Senin, 12 Februari 2024"),
    ("ms", "Isnin, 12 Ogos 2024"),
    ("tl", "Lunes, Pebrero 12, 2024"),
    ("tl", "Ika-12 ng Pebrero 2024"),
    ("sw", "Jumatatu, 12 Februari 2024"),
    ("sw", "Imechapishwa: Februari 12, 2024"),
    ("ka", "ორშაბათი, 12 თებერვალი 2024"),
    ("ka", "12 თებერვალი 2024 წ."),
    ("uk", "17 січня 2012 р."),
    ("uk", "П'ятниця, 16 лютого 2024"),
    ("be", "12 лютага 2024"),
    ("be", "Абноўлена: панядзелак, 12 лютага 2024"),
    ("kk", "12 ақпан 2024 жыл"),
    ("kk", "Дүйсенбі, 12 ақпан 2024"),
    ("az", "12 fevral 2024"),
    ("az", "Bazar ertəsi, 12 fevral 2024-cü il"),
    ("uz", "Dushanba, 12 fevral 2024"),
    ("uz", "12-fevral 2024-yil"),
    ("hy", "Երկուշաբթի, 12 փետրվարի 2024"),
    ("hy", "12 փետրվարի 2024 թ."),
    ("sq", "E hënë, 12 shkurt 2024"),
    ("sq", "Publikuar më 12 shkurt 2024"),
    ("mk", "Понеделник, 12 февруари 2024"),
    ("mk", "Објавено на 12 февруари 2024"),
    ("is", "Mánudagur 12. febrúar 2024"),
    ("is", "Birt: mánudaginn 12. febrúar 2024"),
    pytest.param("lt", "2024 m. vasario 12 d.", marks=_LT_LETTERS),
]

RELATIVE_TIMES = [
    ("fi", "3 tuntia sitten"),
    ("da", "3 timer siden"),
    ("nb", "2 timer siden"),
    ("nn", "3 timar sidan"),
    ("bg", "преди 3 часа"),
    ("sk", "pred 3 hodinami"),
    ("sl", "pred 3 urami"),
    ("et", "3 tundi tagasi"),
    ("lv", "pirms 3 stundām"),
    ("lt", "prieš 3 valandas"),
    ("he", "לפני 3 שעות"),
    ("ur", "3 گھنٹے پہلے"),
    pytest.param("hi", "3 घंटे पहले", marks=_UNSPLIT),
    pytest.param("bn", "৩ ঘণ্টা আগে", marks=_UNSPLIT),
    pytest.param("ta", "3 மணி நேரத்திற்கு முன்பு", marks=_UNSPLIT),
    pytest.param("th", "3 ชั่วโมงที่แล้ว", marks=_UNSPLIT),
    ("id", "2 jam yang lalu"),
    ("ms", "5 minit lalu"),
    ("tl", "3 oras ang nakalipas"),
    ("sw", "saa 3 zilizopita"),
    ("ka", "3 საათის წინ"),
    ("uk", "5 хв тому"),
    ("be", "3 гадзіны таму"),
    ("kk", "3 сағат бұрын"),
    ("az", "3 saat əvvəl"),
    ("uz", "3 soat oldin"),
    ("hy", "3 ժամ առաջ"),
    ("sq", "para 3 orësh"),
    ("mk", "пред 3 часа"),
    ("is", "fyrir 3 klukkustundum"),
]

BODY_SENTENCES = [
    ("fi", "Maanantaina 12. helmikuuta kaupunginvaltuusto päätti rakentaa uuden sillan joen yli."),
    ("fi", "Helmikuussa sataa tavallisesti enemmän lunta kuin tammikuussa, kertoo Ilmatieteen laitos."),
    ("da", "Folketinget vedtog mandag den 12. februar en ny lov om boligstøtte til unge."),
    ("da", "I februar var der flere ledige stillinger end nogensinde før, viser nye tal."),
    ("nb", "Regjeringen la fram forslaget tirsdag 12. mars, og Stortinget skal behandle det i mai."),
    ("nb", "I desember kom det mer snø i Oslo enn på mange år."),
    ("nn", "Kommunestyret vedtok måndag å byggje ein ny skule i bygda, og arbeidet tek til i mai."),
    ("nn", "Laurdag 9. desember var det fullt i alle butikkane i sentrum."),
    ("bg", "Народното събрание прие бюджета в сряда, 14 февруари, след дълъг дебат."),
    ("bg", "През февруари цените на тока се повишиха с 5 процента."),
    ("sk", "Vláda v utorok 13. februára schválila návrh zákona o podpore nájomného bývania."),
    ("sk", "Vo februári napadlo v horách viac snehu ako za celý január."),
    ("sl", "Vlada je v ponedeljek, 12. februarja, sprejela nov zakon o gradnji stanovanj."),
    ("sl", "Februarja je v gorah zapadlo več snega kot januarja."),
    ("et", "Riigikogu võttis esmaspäeval, 12. veebruaril vastu uue seaduse, mis puudutab üürikortereid."),
    ("et", "Veebruaris sadas Lõuna-Eestis rohkem lund kui jaanuaris."),
    ("lv", "Saeima otrdien, 13. februārī, pieņēma jaunu likumu par īres dzīvokļiem."),
    ("lv", "Februārī Latgalē uzsniga vairāk sniega nekā janvārī."),
    ("lt", "Seimas pirmadienį, vasario 12 d., priėmė naują įstatymą dėl būsto nuomos."),
    ("lt", "Vasario mėnesį Vilniuje iškrito daugiau sniego nei sausį."),
    ("he", "הכנסת אישרה ביום שני, 12 בפברואר, את החוק החדש לעידוד בנייה להשכרה."),
    ("he", "בפברואר ירד בירושלים יותר שלג מאשר בכל החורף הקודם."),
    ("ur", "قومی اسمبلی نے پیر 12 فروری کو نیا قانون منظور کر لیا۔"),
    ("ur", "فروری میں شمالی علاقوں میں معمول سے زیادہ برف باری ہوئی۔"),
    ("hi", "संसद ने सोमवार, 12 फरवरी को नया कानून पारित किया।"),
    ("hi", "फरवरी में पहाड़ों पर सामान्य से अधिक बर्फबारी हुई।"),
    ("bn", "জাতীয় সংসদ সোমবার, ১২ ফেব্রুয়ারি নতুন আইনটি পাস করেছে।"),
    ("bn", "ফেব্রুয়ারিতে উত্তরাঞ্চলে স্বাভাবিকের চেয়ে বেশি শীত পড়েছে।"),
    ("ta", "சட்டமன்றம் திங்கள்கிழமை, பிப்ரவரி 12 அன்று புதிய சட்டத்தை நிறைவேற்றியது."),
    ("ta", "பிப்ரவரி மாதத்தில் மலைப்பகுதிகளில் வழக்கத்தை விட அதிக மழை பெய்தது."),
    ("th", "เมื่อวันจันทร์ที่ 12 กุมภาพันธ์ รัฐสภาได้ผ่านกฎหมายฉบับใหม่เกี่ยวกับที่อยู่อาศัย"),
    ("th", "ในเดือนมกราคม 2567 มีนักท่องเที่ยวเดินทางมาเชียงใหม่มากกว่าปีก่อน"),
    ("id", "DPR mengesahkan undang-undang baru itu pada Senin, 12 Februari, setelah perdebatan panjang."),
    ("ms", "Pada bulan Ogos, hujan lebat melanda beberapa negeri di pantai timur."),
    ("tl", "Ipinasa ng Senado noong Lunes, Pebrero 12, ang bagong batas sa pabahay."),
    ("tl", "Noong Pebrero, mas maraming turista ang dumating sa Boracay kaysa noong Enero."),
    ("sw", "Bunge lilipitisha sheria mpya Jumatatu, Februari 12, baada ya mjadala mrefu."),
    ("sw", "Mwezi Februari mvua nyingi zilinyesha katika mikoa ya pwani."),
    ("ka", "პარლამენტმა ორშაბათს, 12 თებერვალს, ახალი კანონი მიიღო."),
    ("ka", "თებერვალში მთიან რეგიონებში ჩვეულებრივზე მეტი თოვლი მოვიდა."),
    ("uk", "Верховна Рада у п'ятницю, 16 лютого, ухвалила новий закон про оренду житла."),
    ("uk", "У лютому в Карпатах випало більше снігу, ніж у січні."),
    ("be", "Парламент у панядзелак, 12 лютага, прыняў новы закон пра арэнду жылля."),
    ("be", "У лютым у гарах выпала больш снегу, чым у студзені."),
    ("kk", "Парламент дүйсенбі, 12 ақпанда тұрғын үйді жалға алу туралы жаңа заң қабылдады."),
    ("kk", "Ақпанда тауларда әдеттегіден көп қар жауды."),
    ("az", "Milli Məclis bazar ertəsi, 12 fevralda yeni qanunu qəbul etdi."),
    ("az", "Fevral ayında dağlarda adi haldan çox qar yağdı."),
    ("uz", "Parlament dushanba kuni, 12 fevralda ijara uy-joy haqidagi yangi qonunni qabul qildi."),
    ("uz", "Fevral oyida tog'larda odatdagidan ko'proq qor yog'di."),
    ("hy", "Ազգային ժողովը երկուշաբթի, փետրվարի 12-ին, ընդունեց նոր օրենքը։"),
    ("hy", "Փետրվարին լեռներում սովորականից ավելի շատ ձյուն տեղաց։"),
    ("sq", "Kuvendi miratoi të hënën, më 12 shkurt, ligjin e ri për banesat me qira."),
    ("sq", "Në shkurt ra më shumë borë në male se në janar."),
    ("mk", "Собранието во понеделник, 12 февруари, го донесе новиот закон за станови."),
    ("mk", "Во февруари во планините падна повеќе снег отколку во јануари."),
    ("is", "Alþingi samþykkti ný lög um leiguhúsnæði mánudaginn 12. febrúar."),
    ("is", "Í febrúar snjóaði meira á Norðurlandi en í janúar."),
]

PARSED = [
    ("fi", "Julkaistu 12. helmikuuta 2024 klo 10.30", "2024-02-12"),
    ("da", "Mandag den 12. februar 2024 kl. 10.30", "2024-02-12"),
    ("nb", "Publisert 12. mars 2024 kl. 10:30", "2024-03-12"),
    ("nn", "laurdag 9. desember 2023", "2023-12-09"),
    ("bg", "Сряда, 14 февруари 2024 г.", "2024-02-14"),
    ("sk", "Utorok 13. februára 2024 o 10:30", "2024-02-13"),
    ("sl", "ponedeljek, 12. februarja 2024 ob 10.30", "2024-02-12"),
    ("et", "Uuendatud: 12. veebruaril 2024 kell 10.30", "2024-02-12"),
    ("lv", "otrdiena, 13. februāris, 2024", "2024-02-13"),
    ("lt", "Pirmadienis, vasario 12, 2024", "2024-02-12"),
    ("he", "יום שני, 12 בפברואר 2024", "2024-02-12"),
    ("ur", "بروز پیر 12 فروری 2024", "2024-02-12"),
    ("hi", "सोमवार, 12 फ़रवरी 2024", "2024-02-12"),
    ("bn", "সোমবার, ১২ ফেব্রুয়ারি ২০২৪", "2024-02-12"),
    ("ta", "திங்கள்கிழமை, 12 பிப்ரவரி 2024", "2024-02-12"),
    ("id", "Senin, 12 Februari 2024 10:30 WIB", "2024-02-12"),
    ("ms", "Isnin, 12 Ogos 2024", "2024-08-12"),
    ("tl", "Lunes, Pebrero 12, 2024", "2024-02-12"),
    ("sw", "Jumatatu, 11 Machi 2024", "2024-03-11"),
    ("ka", "ორშაბათი, 12 თებერვალი 2024", "2024-02-12"),
    ("uk", "П'ятниця, 16 лютого 2024", "2024-02-16"),
    ("be", "Абноўлена: панядзелак, 12 лютага 2024", "2024-02-12"),
    ("kk", "Дүйсенбі, 12 ақпан 2024", "2024-02-12"),
    ("az", "12 İyun 2024, 10:30", "2024-06-12"),
    ("uz", "Dushanba, 16 sentabr 2024", "2024-09-16"),
    ("hy", "Երկուշաբթի, 12 փետրվարի 2024", "2024-02-12"),
    ("sq", "E hënë, 12 shkurt 2024", "2024-02-12"),
    ("mk", "Објавено на 12 јуни 2024", "2024-06-12"),
    ("is", "Birt: mánudaginn 12. febrúar 2024", "2024-02-12"),
    ("el", "Δευτέρα, 12 Φεβρουαρίου 2024", "2024-02-12"),
    ("nl", "maandag 11 maart 2024, 10:30", "2024-03-11"),
    ("pt", "12 de outubro de 2024", "2024-10-12"),
    ("tr", "12 Şubat 2024 Pazartesi", "2024-02-12"),
]

# a date word alone, without a figure: a subheading, a one-word answer, a weekday's title
ALONE = [
    "Maanantai", "Tänään.", "Mandag", "I dag.", "Laurdag", "Понеделник", "Днес.", "Pondelok", "Ponedeljek",
    "Esmaspäev", "Täna.", "Pirmdiena", "Pirmadienis", "Šiandien.", "יום שני", "היום.", "پیر", "آج۔",
    "Senin", "Hari ini.", "Isnin", "Lunes", "Ngayon.", "Jumatatu", "Jana.", "ორშაბათი", "დღეს.",
    "П'ятниця", "Сьогодні.", "Панядзелак", "Сёння.", "Дүйсенбі", "Бүгін.", "Bazar ertəsi", "Dünən.",
    "Dushanba", "Bugun.", "Երկուշաբթի", "Այսօր։", "E hënë", "Sot.", "Mánudagur", "Í dag.", "Maj", "Marts",
]


# English lines of a figure and a span of time: "for" of the Danish "for 3 timer siden" is
# no date word
SPANS = ["For 3 hours", "For 10 days", "For 2 years"]


def _is_date_line(text: str) -> bool:
    return date_line(text, measure(text, frozenset())) is not None


@pytest.mark.parametrize(("lang", "text"), DATE_LINES)
def test_date_lines_of_more_languages(lang: str, text: str) -> None:
    assert _is_date_line(text), (lang, text)


@pytest.mark.parametrize(("lang", "text"), RELATIVE_TIMES)
def test_relative_times_of_more_languages(lang: str, text: str) -> None:
    assert _is_date_line(text), (lang, text)


@pytest.mark.parametrize(("lang", "text"), BODY_SENTENCES)
def test_body_sentences_with_month_and_weekday_words_are_no_date_lines(lang: str, text: str) -> None:
    assert not _is_date_line(text), (lang, text)


@pytest.mark.parametrize("text", ALONE)
def test_a_date_word_without_a_figure_is_no_date_line(text: str) -> None:
    assert not _is_date_line(text), text


@pytest.mark.parametrize("text", SPANS)
def test_a_span_of_time_is_no_date_line(text: str) -> None:
    assert not _is_date_line(text), text


@pytest.mark.parametrize(("lang", "text", "iso"), PARSED)
def test_parse_date_with_the_month_words_of_more_languages(lang: str, text: str, iso: str) -> None:
    assert parse_date(text) == iso, lang


@pytest.mark.parametrize("text", [
    "12 กุมภาพันธ์ 2567",  # th: a Buddhist-era year, left unread rather than read as 2567
    "Kesä 2024",  # fi: summer, not June
    "Joulu 24, 2024",  # fi: Christmas
    "helmikuu 2024",  # fi: no day
    "12 kesä 2024",  # fi: the short stem is left out
])
def test_parse_date_leaves_what_is_no_gregorian_day_and_month(text: str) -> None:
    assert parse_date(text) is None


def test_every_month_word_names_one_month() -> None:
    # a word listed for two languages must name the same month in both ("marts": Danish and
    # Latvian March); one that would not is left out with a comment ("listopad", "prosinec")
    text = resources.files("cleaner.data").joinpath("words", "months.tsv").read_text("utf-8")
    seen: dict[str, tuple[int, str]] = {}
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        word, number, lang = raw.split("\t")
        first = seen.setdefault(word, (int(number), lang))
        assert first[0] == int(number), (word, first, (number, lang))
