"""Must-drop and must-keep snippets for every rule family, in several languages.

Each case places a line in a small article (in the header zone, inside the body, or in
the tail) and checks what happens to it: removed with the expected rule id, or kept.
The near misses are body sentences that merely use the same words.
"""

from __future__ import annotations

import importlib
import pathlib
from types import ModuleType

import phrase_cases_more as more
import pytest

from cleaner import clean_and_explain
from cleaner.rules.lines import byline
from cleaner.stats import measure

BODY = {
    "fr": [
        "Le gouvernement a présenté mardi un projet de loi sur la réforme des retraites, qui doit être examiné par les députés au printemps.",
        "Selon le ministre, le texte vise à garantir l'équilibre du système d'ici à 2030, sans augmenter les cotisations des salariés.",
        "Les syndicats ont dénoncé une réforme injuste et appellent à une journée de mobilisation dans toute la France la semaine prochaine.",
        "L'opposition estime pour sa part que le calendrier est trop serré et demande un débat plus long au Parlement avant le vote final.",
    ],
    "ru": [
        "Правительство во вторник представило законопроект о пенсионной реформе, который депутаты должны рассмотреть весной.",
        "По словам министра, документ призван обеспечить устойчивость системы до 2030 года без повышения взносов работников.",
        "Профсоюзы назвали реформу несправедливой и призвали к акциям протеста по всей стране на следующей неделе.",
        "Оппозиция, в свою очередь, считает, что сроки слишком сжатые, и требует более долгого обсуждения в парламенте.",
    ],
    "en": [
        "The government on Tuesday presented a bill on pension reform, which lawmakers are expected to debate in the spring.",
        "According to the minister, the text aims to keep the system balanced until 2030 without raising contributions from workers.",
        "Unions called the reform unfair and urged a day of protests across the country next week, with strikes in several sectors.",
        "The opposition, for its part, says the timetable is too tight and wants a longer debate in parliament before the final vote.",
    ],
    "de": [
        "Die Regierung hat am Dienstag einen Gesetzentwurf zur Rentenreform vorgelegt, über den die Abgeordneten im Frühjahr beraten sollen.",
        "Nach Angaben des Ministers soll der Text das System bis 2030 im Gleichgewicht halten, ohne die Beiträge der Arbeitnehmer zu erhöhen.",
        "Die Gewerkschaften nannten die Reform ungerecht und riefen für die kommende Woche zu einem landesweiten Aktionstag auf.",
        "Die Opposition hält den Zeitplan für zu knapp und fordert eine längere Debatte im Parlament vor der Schlussabstimmung.",
    ],
    "es": [
        "El Gobierno presentó el martes un proyecto de ley sobre la reforma de las pensiones, que los diputados debatirán en primavera.",
        "Según el ministro, el texto pretende garantizar el equilibrio del sistema hasta 2030 sin aumentar las cotizaciones de los trabajadores.",
        "Los sindicatos calificaron la reforma de injusta y convocaron una jornada de protestas en todo el país la próxima semana.",
        "La oposición, por su parte, considera que el calendario es demasiado apretado y pide un debate más largo en el Parlamento.",
    ],
    "it": [
        "Il governo ha presentato martedì un disegno di legge sulla riforma delle pensioni, che i deputati esamineranno in primavera.",
        "Secondo il ministro, il testo mira a garantire l'equilibrio del sistema fino al 2030 senza aumentare i contributi dei lavoratori.",
        "I sindacati hanno definito la riforma ingiusta e hanno indetto una giornata di mobilitazione in tutto il paese la prossima settimana.",
        "L'opposizione, da parte sua, ritiene che i tempi siano troppo stretti e chiede un dibattito più lungo in Parlamento.",
    ],
    "uk": [
        "Уряд у вівторок представив законопроєкт про пенсійну реформу, який депутати мають розглянути навесні.",
        "За словами міністра, документ покликаний забезпечити стабільність системи до 2030 року без підвищення внесків працівників.",
        "Профспілки назвали реформу несправедливою і закликали до акцій протесту по всій країні наступного тижня.",
        "Опозиція, своєю чергою, вважає, що терміни занадто стислі, і вимагає довшого обговорення в парламенті.",
    ],
    "el": [
        "Η κυβέρνηση παρουσίασε την Τρίτη νομοσχέδιο για τη μεταρρύθμιση του συνταξιοδοτικού, το οποίο θα συζητηθεί στη Βουλή την άνοιξη.",
        "Σύμφωνα με τον υπουργό, το κείμενο στοχεύει να διατηρήσει το σύστημα σε ισορροπία έως το 2030 χωρίς αύξηση των εισφορών των εργαζομένων.",
        "Τα συνδικάτα χαρακτήρισαν τη μεταρρύθμιση άδικη και κάλεσαν σε ημέρα κινητοποιήσεων σε όλη τη χώρα την επόμενη εβδομάδα.",
        "Η αντιπολίτευση, από την πλευρά της, θεωρεί ότι το χρονοδιάγραμμα είναι πολύ σφιχτό και ζητά μεγαλύτερη συζήτηση στη Βουλή πριν από την τελική ψηφοφορία.",
    ],
    "zh": [
        "政府周二提交了一项关于养老金改革的法案，议员们将在春季对该法案进行审议，各方对此高度关注。",
        "据部长介绍，这份文件的目的是在不提高职工缴费的情况下，确保养老金体系在二〇三〇年之前保持收支平衡。",
        "工会认为这项改革并不公平，并呼吁下周在全国各地举行抗议活动，多个行业的职工表示将参加罢工。",
        "反对派则认为改革的时间表过于紧张，要求在最终表决之前在议会进行更长时间、更加充分的讨论。",
    ],
    "pt": [
        "O governo apresentou na terça-feira um projeto de lei sobre a reforma da Previdência, que deve ser analisado pelos deputados no primeiro semestre.",
        "Segundo o ministro, o texto pretende garantir o equilíbrio do sistema até 2030 sem aumentar as contribuições dos trabalhadores.",
        "Os sindicatos classificaram a reforma como injusta e convocaram um dia de protestos em todo o país na próxima semana.",
        "A oposição, por sua vez, considera o calendário apertado demais e pede um debate mais longo no Congresso antes da votação final.",
    ],
    "nl": [
        "Het kabinet heeft dinsdag een wetsvoorstel over de hervorming van de pensioenen gepresenteerd, dat de Tweede Kamer in het voorjaar zal behandelen.",
        "Volgens de minister moet de wet het stelsel tot 2030 in evenwicht houden zonder de premies voor werknemers te verhogen.",
        "De vakbonden noemden de hervorming onrechtvaardig en riepen op tot een landelijke actiedag in de komende week.",
        "De oppositie vindt het tijdpad te krap en wil een langer debat in het parlement voordat er definitief wordt gestemd.",
    ],
    "pl": [
        "Rząd przedstawił we wtorek projekt reformy emerytalnej, którym Sejm ma się zająć na wiosnę, po konsultacjach ze związkami.",
        "Według ministra ustawa ma utrzymać równowagę systemu do 2030 roku bez podnoszenia składek płaconych przez pracowników.",
        "Związki zawodowe nazwały reformę niesprawiedliwą i wezwały do ogólnopolskiego dnia protestu w przyszłym tygodniu.",
        "Opozycja uważa, że harmonogram jest zbyt napięty, i chce dłuższej debaty w parlamencie przed ostatecznym głosowaniem.",
    ],
    "tr": [
        "Hükümet salı günü emeklilik reformu ile ilgili bir yasa tasarısı sundu ve bu tasarının ilkbaharda mecliste görüşülmesi bekleniyor.",
        "Bakanın açıklamasına göre bu metin, çalışanların primleri artırılmadan sistemin 2030 yılına kadar dengede kalması için hazırlandı.",
        "Sendikalar reformu adaletsiz olarak nitelendirdi ve gelecek hafta ülke genelinde bir eylem günü düzenlenmesi çağrısında bulundu.",
        "Muhalefet ise takvimin fazla sıkışık olduğunu düşünüyor ve nihai oylamadan önce mecliste daha uzun bir tartışma yapılmasını istiyor.",
    ],
    "id": [
        "Pemerintah pada hari Selasa mengajukan rancangan undang-undang tentang reformasi dana pensiun, yang akan dibahas oleh DPR pada awal tahun depan.",
        "Menurut menteri, aturan itu bertujuan menjaga keseimbangan sistem hingga 2030 tanpa menaikkan iuran para pekerja.",
        "Serikat pekerja menilai reformasi tersebut tidak adil dan menyerukan aksi protes di seluruh negeri pada pekan depan.",
        "Sementara itu, pihak oposisi menganggap jadwalnya terlalu ketat dan meminta pembahasan yang lebih panjang di parlemen sebelum pemungutan suara.",
    ],
    "cs": [
        "Vláda v úterý předložila návrh zákona o důchodové reformě, který mají poslanci projednat na jaře.",
        "Podle ministra má novela udržet systém v rovnováze až do roku 2030, aniž by se zvýšily odvody zaměstnanců.",
        "Odbory označily reformu za nespravedlivou a na příští týden svolaly celostátní den protestů.",
        "Opozice považuje harmonogram za příliš napjatý a požaduje delší debatu ve sněmovně před závěrečným hlasováním.",
    ],
    "sv": [
        "Regeringen lade på tisdagen fram ett lagförslag om pensionsreformen, som riksdagen ska behandla under våren.",
        "Enligt ministern ska lagen hålla systemet i balans fram till 2030 utan att höja arbetstagarnas avgifter.",
        "Fackförbunden kallade reformen orättvis och uppmanade till en nationell protestdag nästa vecka.",
        "Oppositionen anser att tidsplanen är för snäv och vill ha en längre debatt i riksdagen före den slutliga omröstningen.",
    ],
    "ro": [
        "Guvernul a prezentat marți un proiect de lege privind reforma pensiilor, pe care deputații urmează să îl dezbată în primăvară.",
        "Potrivit ministrului, textul urmărește să mențină sistemul în echilibru până în 2030, fără a crește contribuțiile angajaților.",
        "Sindicatele au calificat reforma drept nedreaptă și au anunțat o zi de proteste în toată țara săptămâna viitoare.",
        "Opoziția consideră că termenele sunt prea strânse și cere o dezbatere mai lungă în Parlament înainte de votul final.",
    ],
    "hu": [
        "A kormány kedden benyújtotta a nyugdíjreformról szóló törvényjavaslatot, amelyet a képviselők tavasszal vitatnak meg.",
        "A miniszter szerint a javaslat 2030-ig egyensúlyban tartja a rendszert anélkül, hogy a munkavállalók járulékai emelkednének.",
        "A szakszervezetek igazságtalannak nevezték a reformot, és országos tiltakozó napot hirdettek a jövő hétre.",
        "Az ellenzék szerint az ütemterv túl szoros, ezért hosszabb parlamenti vitát követel a zárószavazás előtt.",
    ],
    "vi": [
        "Chính phủ hôm thứ Ba đã trình dự luật về cải cách hưu trí, dự kiến sẽ được Quốc hội thảo luận vào mùa xuân.",
        "Theo bộ trưởng, văn bản này nhằm giữ cân bằng cho hệ thống đến năm 2030 mà không tăng mức đóng góp của người lao động.",
        "Các công đoàn cho rằng cải cách là không công bằng và kêu gọi tổ chức một ngày biểu tình trên toàn quốc vào tuần tới.",
        "Phe đối lập cho rằng lộ trình quá gấp và yêu cầu Quốc hội dành thêm thời gian thảo luận trước khi biểu quyết.",
    ],
    "ar": [
        "قدمت الحكومة يوم الثلاثاء مشروع قانون بشأن إصلاح نظام التقاعد، ومن المنتظر أن يناقشه البرلمان خلال فصل الربيع.",
        "وقال الوزير إن النص يهدف إلى الحفاظ على توازن النظام حتى عام 2030 من دون زيادة اشتراكات العمال.",
        "ووصفت النقابات الإصلاح بأنه غير عادل، ودعت إلى يوم احتجاج في جميع أنحاء البلاد الأسبوع المقبل.",
        "أما المعارضة فترى أن الجدول الزمني ضيق للغاية، وتطالب بنقاش أطول في البرلمان قبل التصويت النهائي.",
    ],
    "ja": [
        "政府は火曜日、年金制度改革の関連法案を国会に提出した。春の通常国会で審議される見通しだ。",
        "大臣によると、法案は労働者の保険料を引き上げることなく、二〇三〇年まで制度の収支均衡を保つことを目指している。",
        "労働組合は改革が不公平だと批判し、来週全国で抗議行動を行うよう呼びかけた。複数の業界でストライキも予定されている。",
        "一方、野党は日程が窮屈すぎるとして、最終採決の前に国会でより時間をかけた審議を行うよう求めている。",
    ],
    "ko": [
        "정부는 화요일 연금 개혁 법안을 국회에 제출했으며, 국회는 봄 회기에 이 법안을 심의할 예정이다.",
        "장관에 따르면 이 법안은 근로자의 보험료를 올리지 않고 2030년까지 연금 제도의 재정 균형을 유지하는 것을 목표로 한다.",
        "노동조합은 이번 개혁이 불공정하다고 비판하며 다음 주 전국적인 항의 집회를 열겠다고 밝혔다.",
        "야당은 일정이 지나치게 촉박하다며 최종 표결에 앞서 국회에서 충분한 논의를 거쳐야 한다고 요구했다.",
    ],
}
# every language's cases: phrase_cases_more.py (several languages), then one module a
# language (tests/phrase_cases_<code>.py), each with the same tables
CASES: list[ModuleType] = [more] + [importlib.import_module(path.stem) for path in
                                    sorted(pathlib.Path(__file__).parent.glob("phrase_cases_*.py"))
                                    if path.stem != "phrase_cases_more"]
for cases in CASES:
    BODY.update(cases.BODY)


def _doc(lang: str, head: list[str] = (), middle: list[str] = (), tail: list[str] = ()) -> str:  # type: ignore[assignment]
    body = BODY[lang]
    lines = [*head, body[0], body[1], *middle, body[2], body[3], *tail]
    return "\n\n".join(lines) + "\n"


def _fate(text: str, line: str) -> str:
    """'kept', or the rule id that removed ``line``."""
    result = clean_and_explain(text)
    for block in result.blocks:
        if block.block.text == line:
            return "kept" if block.kept else block.final.rule.value
    raise AssertionError(f"line not found: {line!r}")


def _body_intact(text: str, lang: str) -> None:
    cleaned = clean_and_explain(text).text
    for paragraph in BODY[lang]:
        assert paragraph in cleaned



def test_the_sample_bodies_are_kept_whole() -> None:
    for lang in BODY:
        _body_intact(_doc(lang), lang)

# (language, zone, line, expected rule id)
MUST_DROP = [
    # navigation
    ("fr", "head", "Aller à…", "nav"),
    ("en", "head", "Skip to main content", "nav"),
    ("ru", "head", "Главная", "nav"),
    ("de", "head", "Startseite | Politik | Wirtschaft | Sport", "nav"),
    ("en", "middle", "Advertisement", "nav"),
    ("en", "tail", "Send to a friend", "nav"),
    # a dateline: the place, the date and the time (and its zone) set apart by dashes
    ("es", "head", "Barcelona - 14 feb 2023 - 06:00 CET", "header"),
    # a picture's credit glued to its label by an ellipsis
    ("en", "middle", "Credit...Marcus Delgado for The National Ledger", "image"),
    # a newsletter form's note under its button, and a pitch ending in the reader's inbox
    ("en", "tail", "We will use your email address only to send you this newsletter. You can unsubscribe at any time.", "notice"),
    ("en", "tail", "By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy.", "notice"),
    ("de", "tail", "Sie können sich jederzeit wieder abmelden. Informationen zum Datenschutz finden Sie in unserer Datenschutzerklärung.", "notice"),
    ("fr", "tail", "Vos données sont traitées par L’Écho de l’Ouest. Vous pouvez vous désinscrire à tout moment.", "notice"),
    ("de", "tail", "Die wichtigsten Nachrichten und Analysen des Tages, jeden Morgen in Ihrem Postfach.", "promo"),
    # a wiki's licence and edit-date lines under the article
    ("en", "tail", "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.", "credit"),
    ("en", "tail", "This page was last edited on 2 November 2023, at 18:41 (UTC).", "credit"),
    ("de", "tail", "Diese Seite wurde zuletzt am 2. November 2023 um 18:41 Uhr bearbeitet.", "credit"),
    ("fr", "tail", "Les textes sont disponibles sous licence Creative Commons attribution, partage dans les mêmes conditions.", "credit"),
    ("es", "tail", "Esta página se editó por última vez el 2 nov 2023 a las 18:41.", "credit"),
    # a newsletter box's pitch and its name alone on a line
    ("en", "tail", "Our weekly newsletter on energy, batteries and the tech that powers everything. Delivered Thursdays.",
     "promo"),
    ("en", "tail", "The Morning Newsletter", "promo"),
    ("fr", "tail", "Newsletter Côte d’Opale", "promo"),
    ("fr", "tail", "La newsletter du matin", "promo"),
    # a row of bracketed buttons; a portal's comment count and its comment rules
    ("en", "tail", "[Reply] [Quote] [Report]", "nav"),
    ("zh", "tail", "【评论】【收藏此页】【多种方式看新闻】【打印】【关闭】", "nav"),
    ("zh", "tail", "[支持] [反对] [回复]", "nav"),
    ("zh", "tail", "已有 1,326 位网友发表评论", "nav"),
    ("zh", "tail", "186条跟贴", "nav"),
    ("zh", "tail", "请您文明上网、理性发言并遵守相关规定，在注册后发表评论。", "notice"),
    # an advert's label numbered on the page, the note of an advert's slot still empty
    ("en", "tail", "Advertisement 2", "nav"),
    ("en", "tail", "This advertisement has not loaded yet, but your article continues below.", "nav"),
    # Turkish: the link past an advert, a channel's and an app's promo after the site's name;
    # Indonesian: a portal's channel pitch; Korean: a portal's note on how it files the article
    ("tr", "tail", "Reklamı Geç", "nav"),
    ("tr", "tail", "Spor Postası'nı Telegram'da takip edin! Maç sonuçları anında telefonunuzda.", "promo"),
    ("tr", "tail", "Gündem Haber mobil uygulamasını indirin, son dakika haberlerini anında cebinize getirin!", "promo"),
    ("id", "tail", "Simak breaking news dan berita pilihan kami langsung di ponselmu.", "promo"),
    ("ko", "tail", "기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다.", "notice"),
    ("ko", "tail", "기사 섹션 분류 안내", "nav"),
    # a share row's button that copies the address; a byline word alone over the name
    ("en", "tail", "Copy link", "share"),
    ("pt", "tail", "Copiar link", "share"),
    ("fr", "tail", "Copier le lien", "share"),
    ("fr", "tail", "Article rédigé par", "byline"),
    ("en", "tail", "Written by", "byline"),
    # an embedded Telegram post's button and its view count; a French photo credit without a colon
    ("ru", "tail", "Открыть в Telegram", "nav"),
    ("uk", "tail", "Переглянути в Telegram", "nav"),
    ("ru", "tail", "👁 24.1K", "nav"),
    ("fr", "tail", "Photo Le Progrès /Joël PHILIPPON", "image"),
    ("fr", "tail", "PHOTO AFP / Jean DUPONT", "image"),
    ("fr", "tail", "Photo DR", "image"),
    # a German link to report a mistake; a Spanish reader-funded site's appeal
    ("de", "tail", "Fehler gefunden? Jetzt melden.", "nav"),
    ("es", "tail", "Hazte socio", "promo"),
    ("es", "tail", "elDiarioNorte.es se financia con sus socios y socias. Si te parece importante el periodismo "
     "independiente, apóyanos.", "promo"),
    # a product card's shop buttons and the affiliate disclosure with the site's name; where a
    # wire story's reporters worked, over the colleagues' credit
    ("en", "middle", "$449 at Amazon", "nav"),
    ("en", "middle", "Buy at B&H Photo", "nav"),
    ("en", "middle", "Check price at Best Buy", "nav"),
    ("en", "head", "GadgetPilot may get a commission from retail offers.", "notice"),
    ("en", "tail", "Pratt reported from Las Vegas. Associated Press writer Luis Andrade in Flagstaff, Arizona, "
     "contributed to this report.", "credit"),
    # a local paper's photo credit naming its kind, after a caption; a byline with the outlet after a comma
    ("en", "middle", "A bus leaves the stop on Harlan Avenue on a weekday morning. (Courier file photo)", "image"),
    ("en", "middle", "Staff photo", "image"),
    ("pt", "head", "Por Juliana Costa, portal n1 Zona da Mata", "byline"),
    # a blog platform's author card: the follow button, its count, the "written by" line
    ("en", "tail", "3.1K Followers", "nav"),
    ("pl", "tail", "Obserwuj", "nav"),
    ("pl", "tail", "2,3 tys. obserwujących", "nav"),
    ("pl", "tail", "Napisane przez Jakub Marczewski", "byline"),
    # Portuguese advert notes and buttons; a Chinese portal's folded text, picture credit and app prompt
    ("pt", "middle", "Continua após a publicidade", "nav"),
    ("pt", "tail", "Continue a ler", "nav"),
    ("pt", "tail", "Enviar por email", "nav"),
    ("zh", "middle", "展开剩余76%", "nav"),
    ("zh", "middle", "图丨记者 周晓东 摄", "image"),
    ("zh", "middle", "打开网易新闻 查看精彩图片", "promo"),
    # a GDPR notice naming the data controller, in the words of the regulation's translations
    ("pl", "head", "Administratorem Twoich danych osobowych jest Wydawnictwo Północ Sp. z o.o. z siedzibą w Olsztynie.", "notice"),
    ("en", "head", "The controller of your personal data is Harbour Media Ltd, 4 Quay Street, Bristol.", "notice"),
    ("fr", "head", "Le responsable du traitement de vos données personnelles est la société Presse Ouest SAS.", "notice"),
    ("de", "head", "Verantwortlich für die Verarbeitung Ihrer personenbezogenen Daten ist die Nordblick Medien GmbH.", "notice"),
    ("es", "head", "El responsable del tratamiento de sus datos personales es Ediciones del Sur S.L.", "notice"),
    ("it", "head", "Il titolare del trattamento dei suoi dati personali è Editoriale Adriatica S.r.l.", "notice"),
    # a market data box's note that its quotes come late
    ("en", "tail", "Data is a real-time snapshot *Data is delayed at least 15 minutes.", "notice"),
    ("en", "tail", "All quotes delayed a minimum of 15 minutes.", "notice"),
    ("de", "tail", "Alle Kurse mind. 15 Min. verzögert.", "notice"),
    ("fr", "tail", "Cours différés de 15 minutes.", "notice"),
    ("pl", "tail", "Notowania opóźnione o 15 minut.", "notice"),
    ("ru", "tail", "Котировки предоставляются с задержкой не менее 15 минут.", "notice"),
    ("es", "tail", "Cotizaciones con 15 minutos de retraso.", "notice"),
    # a cookie banner that opens with the site's name ("<Site> uses cookies to …")
    ("en", "head", "Example News uses cookies to make the site work and to show you relevant adverts.", "notice"),
    ("nl", "head", "Dagblad West gebruikt cookies om de website goed te laten werken en advertenties te tonen.",
     "notice"),
    ("fr", "head", "Le Quotidien utilise des cookies pour faire fonctionner le site et mesurer son audience.",
     "notice"),
    ("de", "head", "Die Stadtzeitung verwendet Cookies, um die Seite zu betreiben und Inhalte zu personalisieren.",
     "notice"),
    ("es", "head", "El Diario del Sur utiliza cookies para que la web funcione y para mostrar anuncios.", "notice"),
    ("it", "head", "Il Corriere di Valle utilizza i cookie per far funzionare il sito e mostrare annunci.", "notice"),
    ("pt", "head", "O Jornal do Vale utiliza cookies para o site funcionar e para mostrar anúncios.", "notice"),
    # a comment's moderation button
    ("en", "tail", "Report abuse", "nav"),
    ("fr", "tail", "Signaler un abus", "nav"),
    ("de", "tail", "Beitrag melden", "nav"),
    ("es", "tail", "Denunciar", "nav"),
    ("pt", "tail", "Denunciar abuso", "nav"),
    ("it", "tail", "Segnala abuso", "nav"),
    ("ru", "tail", "Пожаловаться", "nav"),
    ("pl", "tail", "Zgłoś naruszenie", "nav"),
    ("en", "tail", "Printable version", "nav"),
    # share widgets and counters
    ("fr", "head", "350Facebook0TwitterGoogle+Total : 350", "share"),
    ("en", "middle", "Share on Facebook", "share"),
    ("en", "head", "ShareTweetEmailSave", "share"),
    ("en", "head", "Photographs by Lena Marsh", "image"),
    # a blog's follow button, its date beside the reading time, a metered paywall's count
    ("en", "head", "Follow", "nav"),
    ("en", "head", "Apr 9, 2018 · 7 min read", "header"),
    ("en", "head", "You have 2 free member-only stories left this month. Sign up and get an extra one.", "notice"),
    # the reading time under the masthead
    ("en", "head", "18 min read", "nav"),
    ("en", "head", "Reading time: 4 minutes", "nav"),
    ("fr", "head", "5 min de lecture", "nav"),
    ("es", "head", "Tiempo de lectura: 3 min", "nav"),
    ("pt", "head", "5 min de leitura", "nav"),
    ("de", "head", "Lesezeit: 4 Min.", "nav"),
    ("it", "head", "3 min di lettura", "nav"),
    ("ru", "head", "Время чтения: 3 мин", "nav"),
    ("uk", "head", "Час читання: 3 хв", "nav"),
    ("pl", "head", "Czas czytania: 2 min", "nav"),
    ("nl", "head", "Leestijd: 3 minuten", "nav"),
    ("el", "head", "Χρόνος ανάγνωσης: 3 λεπτά", "nav"),
    # Greek bylines: "writes", the genitive article before a name and surname ("by"), a
    # label with a colon
    ("el", "head", "Γράφει ο Παύλος Ζερβουδάκης", "byline"),
    ("el", "head", "Της Ελένης Καραγιάννη", "byline"),
    ("el", "head", "Συντάκτης: Νεκτάριος Σκορδίλης", "byline"),
    ("cs", "head", "Doba čtení: 3 min", "nav"),
    ("sv", "head", "Lästid: 3 min", "nav"),
    ("tr", "head", "Okuma süresi: 3 dakika", "nav"),
    ("fi", "head", "Lukuaika: 3 min", "nav"),
    ("en", "tail", "Share or comment on this article:", "share"),
    # cookie banners and paywall messages, at either end
    ("en", "head", "We use cookies to give you the best experience on our website. By continuing to browse you agree to our use of cookies.", "notice"),
    ("en", "tail", "You have read 3 of your 5 free articles this month. Subscribe now for unlimited access.", "notice"),
    ("de", "tail", "Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten. Mit der Nutzung der Seite stimmen Sie dem zu.", "notice"),
    ("ru", "tail", "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим.", "notice"),
    ("fr", "head", "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies.", "notice"),
    # a consent dialog's text that names no cookie near the words for consent
    ("en", "head", "We and our 140 partners store and/or access information on a device, such as unique identifiers "
     "in cookies, and process personal data for measurement, audience research and the development of services.",
     "notice"),
    ("en", "head", "Some processing of your personal data may not require your consent, but you have a right to "
     "object to such processing.", "notice"),
    ("de", "head", "Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu und "
     "verarbeiten personenbezogene Daten, z. B. eindeutige Kennungen.", "notice"),
    ("fr", "head", "Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil et traitons "
     "des données personnelles, comme des identifiants uniques.", "notice"),
    ("pl", "head", "My i nasi partnerzy przechowujemy i/lub uzyskujemy dostęp do informacji na urządzeniu oraz "
     "przetwarzamy dane osobowe, takie jak unikalne identyfikatory.", "notice"),
    ("ru", "head", "Мы и наши партнёры храним и/или получаем доступ к информации на устройстве и обрабатываем "
     "персональные данные, например уникальные идентификаторы.", "notice"),
    ("el", "head", "Εμείς και οι συνεργάτες μας αποθηκεύουμε ή/και έχουμε πρόσβαση σε πληροφορίες σε μια συσκευή "
     "και επεξεργαζόμαστε προσωπικά δεδομένα.", "notice"),
    # a headline rendered once per screen size, glued into one line
    ("en", "middle", "How to Defeat the Urge to Binge Shop How to Defeat the Urge to Binge Shop", "duplicate"),
    ("ru", "tail", "все главные новости » все главные новости » все главные новости »", "duplicate"),
    # ... the last copy clipped where the export cut the line
    ("en", "middle", "Why Your Garden Needs Fewer Lawns Why Your Garden Needs Fewer Lawns Why Your Garden Ne",
     "duplicate"),
    # editorial and repost disclaimers
    ("en", "tail", "The views expressed in this column are those of the author and do not reflect the views of the paper.", "notice"),
    ("ru", "tail", "Мнение редакции может не совпадать с мнением автора.", "notice"),
    ("zh", "tail", "本网站有关内容转载自合法授权网站，如果您认为转载内容侵犯了您的权益，请来信声明，本网站将在24小时内删除相关内容。", "notice"),
    # a portal's disclaimer for what it carries, and a mobile page's prompt to read on in its app
    ("zh", "tail", "新浪体育声明：新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。", "notice"),
    ("zh", "middle", "打开APP阅读", "promo"),
    ("zh", "middle", "打开腾讯新闻APP，阅读全文", "promo"),
    ("es", "tail", "Los comentarios publicados son de exclusiva responsabilidad de sus autores y las consecuencias derivadas de ellos pueden ser pasibles de sanciones legales.", "notice"),
    # comment moderation messages
    ("en", "tail", "Thank you for your comment. Your comment will be published shortly after the moderation process.", "notice"),
    ("ru", "tail", "Ваши сообщения будут опубликованы только после проверки их модератором.", "notice"),
    ("en", "tail", "This is a community-moderated forum. If you see a comment you feel is abuse, report it.", "notice"),
    ("en", "tail", "The views expressed are not those of this station or its affiliated companies.", "notice"),
    ("en", "tail", "User comments do not, unless specifically stated, represent the views of the broadcaster.", "notice"),
    # date lines (in the tail: above the body the region would remove them anyway):
    # with the agency's labelled fields, in more languages, "a.m."
    ("zh", "tail", "2012-01-17 19:34 来源：新民网 作者：李晓亮 编辑：刘景", "header"),
    ("en", "tail", "posted on April 21, 2015, at 11:29 a.m.", "header"),
    ("pt", "tail", "21.dez.2018 às 12h55", "header"),
    ("nl", "tail", "bijgewerkt 12 maart 2024 om 10:32", "header"),
    ("tr", "tail", "12 Mart 2024 Salı 10:32", "header"),
    # only date words and numbers, however many ("Published: … | Updated: …")
    ("en", "tail", "Published: March 7, 2017 at 6:15 p.m. | Updated: March 8, 2017 at 9:02 a.m.", "header"),
    # a picture gallery's controls
    ("en", "tail", "View gallery", "nav"),
    ("pl", "tail", "Zobacz galerię", "nav"),
    ("zh", "tail", "上一张 下一张", "nav"),
    # an advert's note, a newsletter form, a
    # gallery's counter: furniture inside the text as well
    ("en", "middle", "Story continues below advertisement", "nav"),
    ("en", "middle", "Advertisement · Scroll to continue", "nav"),
    # the note where an advert ends
    ("fi", "middle", "Mainos päättyy", "nav"),
    ("de", "middle", "Anzeige – Ende", "nav"),
    ("sv", "middle", "Annonsen slutar", "nav"),
    ("en", "middle", "End of advertisement", "nav"),
    # an advert's legal marking in Russian: label, advertiser, tax number, the advert's id
    ("ru", "middle", "Реклама. АО «Северный берег». ИНН 7700000001. erid: 4CQwVszH9mW", "nav"),
    ("ru", "middle", "ООО «Домострой», ИНН 5400000002, erid: LjN8KEXqp", "nav"),
    ("ru", "middle", "Реклама. 18+. erid: 2SDnjcQnV5a", "nav"),
    ("ru", "middle", "erid: 2VtzqwH7kLm", "nav"),
    ("en", "middle", "Subscribe to Example Weekly", "nav"),
    ("en", "tail", "Your email address", "nav"),
    ("en", "middle", "4 of 12", "nav"),
    ("en", "head", "This post may contain affiliate links. Please read our disclosure policy.", "notice"),
    ("en", "tail", "When you buy through links on our site, we may earn an affiliate commission.", "notice"),
    ("en", "tail", "Submit letters to the editor at letters@example.com.", "promo"),
    # a local paper's contact line under the story
    ("en", "tail", "Jane Moss can be reached at jmoss@example.com or 555-0100.", "credit"),
    # font-size and read-aloud buttons
    ("pt", "head", "Diminuir fonte", "nav"),
    ("en", "head", "Listen to this article", "nav"),
    ("ru", "head", "Размер шрифта", "nav"),
    ("el", "head", "ΜΕΓΕΘΟΣ ΚΕΙΜΕΝΟΥ", "nav"),
    # account prompts
    ("en", "head", "Log in with your Example News account to create or edit your custom homepage.", "notice"),
    # typo-report prompts, in any language
    ("ru", "tail", "Если вы заметили ошибку, выделите ее мышкой и нажмите Ctrl+Enter.", "notice"),
    ("zh", "tail", "如果您在本页面发现错误，请先用鼠标选择出错的内容，然后同时按下“CTRL”与“ENTER”键。", "notice"),
    # labelled lists of tags or topics
    ("en", "tail", "Tags: budget, pensions, parliament", "nav"),
    ("en", "tail", "In this article: pensions, reform, parliament, video", "nav"),
    ("pl", "tail", "Tagi: Sejm, reforma emerytalna, związki zawodowe", "nav"),
    ("ru", "tail", "Теги: пенсии, реформа, парламент", "nav"),
    ("zh", "tail", "标签：养老金、改革", "nav"),
    # an age gate over an adult or graphic page
    ("en", "head", "This page contains content intended for adults only. If you are under 18, please leave this page.",
     "notice"),
    ("en", "head", "You must be at least 18 to enter this site.", "notice"),
    ("pl", "head", "Ta strona zawiera treści przeznaczone tylko dla dorosłych", "notice"),
    ("pl", "head", "Jeśli nie masz jeszcze 18 lat, opuść tę stronę.", "notice"),
    ("de", "head", "Wenn Sie noch nicht 18 Jahre alt sind, verlassen Sie bitte diese Seite.", "notice"),
    ("fr", "head", "Si vous avez moins de 18 ans, merci de quitter ce site.", "notice"),
    ("es", "head", "Este contenido es solo para adultos.", "notice"),
    ("ru", "head", "Если вам нет 18 лет, покиньте эту страницу.", "notice"),
    # a comment form's fixed labels
    ("en", "tail", "Notify me of follow-up comments by email.", "notice"),
    ("en", "tail", "Your email address will not be published. Required fields are marked *", "notice"),
    ("pl", "tail", "Powiadom mnie o nowych komentarzach poprzez e-mail.", "notice"),
    ("ru", "tail", "Уведомить меня о новых комментариях по email.", "notice"),
    ("de", "tail", "Benachrichtige mich über nachfolgende Kommentare via E-Mail.", "notice"),
    ("fr", "tail", "Votre adresse e-mail ne sera pas publiée.", "notice"),
    ("el", "tail", "Ειδοποίησέ με για νέα σχόλια μέσω email.", "notice"),
    ("zh", "tail", "有新评论时通过邮件通知我", "notice"),
    # a press release's provider; "we are on Facebook" promos
    ("en", "tail", "Provided by Example University School of Medicine", "credit"),
    ("en", "tail", "Story Source:", "credit"),
    ("en", "tail", "Materials provided by the University of Example, adapted by our staff.", "credit"),
    ("en", "tail", "We're on Telegram: news as it happens", "promo"),
    ("pl", "tail", "JESTEŚMY NA FACEBOOKU - DOŁĄCZ DO NAS!", "promo"),
    ("ru", "tail", "Мы в Telegram: подписывайтесь!", "promo"),
    # a Russian outlet's footer: registration with the regulator, age rating
    ("ru", "tail", "Сетевое издание «Пример» зарегистрировано в Федеральной службе по надзору в сфере связи 8 апреля 2014 года.", "notice"),
    ("ru", "tail", "Настоящий ресурс может содержать материалы 16+", "notice"),
    # a poll widget's thanks; a copyright line with the sign after the word
    ("ru", "tail", "Спасибо! Ваш голос учтен.", "notice"),
    ("en", "tail", "Thank you! Your vote has been counted.", "notice"),
    ("en", "tail", "Copyright © 2015 - 2019 Example Software - all rights reserved.", "credit"),
    # a blog post's footer and like button
    ("en", "tail", "This entry was posted in Politics and tagged pensions on March 3, 2024 by admin. Bookmark the permalink.", "notice"),
    ("pl", "tail", "Ten wpis został dodany w 2011-12-20 @ 14:26 i znajduje się w kategorii Wiadomości. Możesz śledzić odpowiedzi.", "notice"),
    ("ru", "tail", "Эта запись опубликована в рубрике Новости. Добавьте в закладки постоянную ссылку.", "notice"),
    ("en", "tail", "One blogger likes this.", "nav"),
    # wire contact lines, reprint terms, links to the previous and next article
    ("en", "tail", "To contact the reporter on this story: Jane Doe in London at jdoe@example.com", "credit"),
    ("ru", "tail", "При использовании материала ссылка на информационное агентство обязательна!", "credit"),
    ("zh", "tail", "上一条：市政府公布新的公交线路调整方案", "teaser"),
    # a portal's source, original title and editor in brackets under the text
    ("zh", "tail", "(本文来源：中国青年报 作者：蔡敏 李远)", "credit"),
    ("zh", "tail", "（原标题：武汉高校食堂菜价涨了 学生宿舍“小厨房”多了）", "credit"),
    ("zh", "tail", "[责任编辑：王晶_NN1723]", "credit"),
    # disclaimers: a label, the views an article or a comment stands for, no investment advice
    ("zh", "tail", "免责声明：本文仅代表作者个人观点，与本网无关。其原创性以及文中陈述文字和内容未经本站证实。", "notice"),
    ("zh", "tail", "網友評論僅代表網友個人立場，並不表明本網贊同其觀點或證實其描述。", "notice"),
    ("zh", "tail", "风险提示：本文所提及的观点仅供参考，不构成投资建议。投资有风险，入市需谨慎。", "notice"),
    # print notes naming the issue's number or the page
    ("ru", "tail", "Статья опубликована в № 221 (3015) от 24.11.2011 под заголовком: Генкомпании задержали ввод мощностей",
     "credit"),
    ("en", "tail", "A version of this article appeared on p1 of the Main section of the Sentinel on Wednesday 14 September 2011.",
     "credit"),
    # a colleague's credit under the story
    ("en", "tail", "Associated Press writer Lindsay Ocampo in Dallas contributed to this report.", "credit"),
    ("en", "tail", "— MarketLine's Jordan Feld contributed to this report.", "credit"),
    # ad-blocker notices
    ("en", "tail", "We've noticed that you are using an ad blocker. Advertising helps fund our journalism.", "notice"),
    ("de", "head", "Sie verwenden einen Werbeblocker. Bitte deaktivieren Sie ihn, um weiterzulesen.", "notice"),
    ("ru", "head", "Похоже, вы используете блокировщик рекламы. Пожалуйста, отключите его.", "notice"),
    ("fr", "tail", "Vous utilisez un bloqueur de publicités. Désactivez-le pour continuer votre lecture.", "notice"),
    # a consent banner that spells out its purposes: a paragraph of a hundred words
    ("en", "head", "We use cookies and similar technologies to improve your browsing experience, personalize content and "
     "offers, show targeted ads, analyze traffic, and better understand you. We may share your information with "
     "third-party partners for marketing purposes. To learn more and make choices about data use, visit our privacy "
     "policy and our cookie policy. By clicking accept or by continuing to use this site, you agree to the use of "
     "cookies and similar technologies, and to the processing of your data by us and our partners for the purposes "
     "described in these policies, which you can change at any time in your settings.", "notice"),
    ("ru", "tail", "Поделиться в соцсетях", "share"),
    ("es", "tail", "Compartir en Twitter", "share"),
    ("de", "tail", "Facebook Twitter WhatsApp E-Mail", "share"),
    # images, photo credits, captions
    ("fr", "head", "image: http://example.org/wp-content/uploads/2017/11/photo-1728x800.jpg", "image"),
    ("ru", "middle", "Фото: из архива редакции", "image"),
    ("en", "middle", "Photo: Reuters", "image"),
    ("ru", "middle", "Источник изображения: «Норд Компьютерс»", "image"),
    ("uk", "middle", "Джерело фото: пресслужба ОВА", "image"),
    ("en", "middle", "Image source: Nord Computers", "image"),
    ("de", "middle", "Foto: dpa", "image"),
    # a caption closing with its photo credit in brackets
    ("pl", "middle", "Nowy tablet w sklepie w Gdańsku (fot. materiały prasowe)", "image"),
    ("en", "middle", "Traders work on the floor of the stock exchange on Friday. (AP Photo/Seth Wenig)", "image"),
    ("el", "middle", "Στιγμιότυπο από τη χθεσινή συνέντευξη Τύπου του δημάρχου (φωτ.: Γιώργος Παπαδάκης)", "image"),
    ("sr", "middle", "Воденично камење окреће се полако (Фото: Ненад Ђорђевић)", "image"),
    # the wire's caption openings
    ("en", "middle", "FILE - In this Sept. 13, 2018, file photo, firefighters stand near the remains of a home.", "image"),
    ("en", "middle", "In this Oct. 12, 2011 photo, rancher Wade Pruitt looks over cattle he is preparing to sell.",
     "image"),
    # header: dates
    ("fr", "head", "15 novembre 2017", "header"),
    ("ru", "head", "18 января 2012, среда", "header"),
    ("en", "head", "Updated: November 15, 2017 10:04 am", "header"),
    ("el", "tail", "Τελευταία ενημέρωση: Πέμπτη, 15 Δεκεμβρίου 2011 10:05", "header"),
    ("el", "tail", "Δημοσιεύθηκε: Σήμερα, 10:05", "header"),
    ("it", "head", "15 novembre 2017", "header"),
    # relative times over a comment or a feed item
    ("en", "tail", "2 hours ago", "header"),
    ("ru", "tail", "3 часа назад", "header"),
    ("fr", "tail", "il y a 3 heures", "header"),
    # bylines
    ("fr", "head", "Par Samer Hussein", "byline"),
    ("en", "head", "By Jane Smith", "byline"),
    ("ru", "head", "Автор: Иван Петров", "byline"),
    ("es", "head", "Por María García", "byline"),
    # promos
    ("ru", "tail", "Подпишитесь на телеграм-канал Политика Страны, чтобы получать быструю аналитику.", "promo"),
    ("en", "tail", "Sign up for our newsletter to get the latest news in your inbox.", "promo"),
    ("fr", "tail", "Abonnez-vous à notre newsletter pour ne rien manquer.", "promo"),
    ("uk", "tail", "Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини.", "promo"),
    ("de", "tail", "Folgen Sie uns auf Twitter und Facebook.", "promo"),
    # teasers
    ("fr", "middle", "Lire aussi : La réforme divise la majorité", "teaser"),
    ("ru", "middle", "Читайте также: Пенсионный возраст могут повысить", "teaser"),
    ("en", "tail", "Read more: How the pension system works", "teaser"),
    # a blog's pager under the post
    ("en", "tail", "Previous post: How to get through the holiday season", "teaser"),
    ("en", "tail", "Next post: Why the flu shot matters even if you are healthy", "teaser"),
    ("it", "middle", "Leggi anche: La riforma divide la maggioranza", "teaser"),
    ("de", "middle", "Lesen Sie auch: Die Reform spaltet die Koalition", "teaser"),
    # credits
    ("fr", "tail", "Source: Divers", "credit"),
    ("fr", "tail", "Traduction : Avic – Réseau International", "credit"),
    ("ru", "tail", "Источник: РИА Новости", "credit"),
    ("en", "tail", "Read more at https://example.org/news/pension-reform.html", "credit"),
    # the same with a colon before the address; who holds the copyright
    ("pl", "tail", "Więcej na: www.example.pl", "credit"),
    ("es", "tail", "Leer más en: https://example.es/noticias/reforma", "credit"),
    ("pl", "tail", "Prawa autorskie do wszystkich zdjęć w tym dziale należą do wydawcy.", "credit"),
    ("ru", "tail", "Исключительные права на материалы сайта принадлежат редакции.", "credit"),
    ("de", "tail", "Das Urheberrecht an allen Fotos liegt beim Verlag.", "credit"),
    ("es", "tail", "Fuente: EFE", "credit"),
    # Greek and Chinese
    ("el", "head", "ΑΡΧΙΚΗ ΣΕΛΙΔΑ", "nav"),
    ("el", "head", "Επικοινωνία", "nav"),
    ("el", "tail", "Ακολουθήστε μας στο Facebook και στο Twitter", "promo"),
    ("el", "tail", "Κοινοποίηση: Facebook Twitter", "share"),
    ("el", "middle", "Διαβάστε επίσης: Η μεταρρύθμιση διχάζει την πλειοψηφία", "teaser"),
    ("el", "tail", "Πηγή: ΑΠΕ-ΜΠΕ", "credit"),
    ("zh", "head", "首页", "nav"),
    ("zh", "middle", "【打印】【关闭】", "nav"),
    ("zh", "head", "字号：大 中 小", "nav"),
    ("zh", "tail", "返回顶部", "nav"),
    ("zh", "tail", "扫描二维码关注我们的微信公众号", "promo"),
    ("zh", "tail", "分享到：", "share"),
    ("zh", "tail", "来源：新华网", "credit"),
    ("zh", "tail", "凡注明为其他媒体来源的信息，均为转载自其他媒体，转载并不代表本网赞同其观点。", "notice"),
    # a repost disclaimer that "does not mean" rather than "does not represent", and a
    # comment section's note that comments "only represent" their authors
    ("zh", "tail", "声明：本文系转载，仅出于传播信息的需要，并不意味着本网站赞同其观点或证实其内容。", "notice"),
    ("zh", "tail", "网友评论只代表网友个人观点，与本站立场无关。", "notice"),
    ("zh", "tail", "網友留言只代表網友個人意見，不代表本站立場。", "notice"),
    # a comment section's rules (Chinese portals)
    ("zh", "tail", "请遵守《互联网电子公告服务管理规定》及中华人民共和国其他有关法律法规。", "notice"),
    ("zh", "tail", "用户需对自己在使用本网服务过程中的行为承担法律责任。", "notice"),
    ("zh", "tail", "本网管理人员有权保留或删除其管辖留言中的任意内容。", "notice"),
    ("zh", "tail", "參與本留言即表明您已經閱讀並接受上述條款。", "notice"),
    ("zh", "tail", "凡本网注明来源的作品，均为转载稿。", "credit"),
    ("zh", "tail", "粤ICP备05079094号 经营许可证编号：粤B2-20050439", "credit"),
    ("zh", "head", "订阅《新华手机报》：移动发送短信到10658000", "promo"),
    ("zh", "middle", "图为新建的跨江大桥在夜间进行荷载试验。本报记者 王小川 摄", "image"),
    ("zh", "middle", "（新华社记者 李明 摄）", "image"),
    # a caption closing with its credit: the photographer's, or a source's in brackets
    ("zh", "middle", "3月2日，在江西省南昌市，农民驾驶拖拉机在田里翻地。华夏社记者 周小明 摄", "image"),
    ("zh", "middle", "陈医生在村卫生室为老人量血压。（东方电视台 刘强摄）", "image"),
    ("zh", "middle", "▲歌手在发布会上谈到新专辑的创作过程。（圖／記者王大文攝）", "image"),
    ("zh", "middle", "新专辑封面。（图／星光唱片提供）", "image"),
    # a space between the caption's sentence and its credit; a source's "供图" credit; a
    # file picture's mark
    ("zh", "middle", "清晨，环卫工人在主干道上清扫积雪。 记者 陈 晨摄", "image"),
    ("zh", "middle", "5月8日，救援队员在河道里搜寻落水群众。 镇政府宣传办 供图", "image"),
    ("zh", "middle", "改造后的老厂房成了社区图书馆。图片来源：受访者供图", "image"),
    ("zh", "middle", "志愿者在车站为旅客指路。（市团委供图）", "image"),
    ("zh", "middle", "旺角街头的行人。（資料圖片）", "image"),
    ("zh", "middle", "王建国。(资料图)", "image"),
    # a single related article's label; an opinion disclaimer, metered access and a print
    # note in Greek; print notes in English and Russian
    ("en", "middle", "Related story", "nav"),
    ("el", "middle", "Σχετικό άρθρο", "nav"),
    ("el", "tail", "Οι απόψεις που εκφράζονται στο κείμενο δεν απηχούν απαραίτητα τη γραμμή της εφημερίδας.",
     "notice"),
    ("el", "tail", "Το άρθρο δεν εκφράζει απαραίτητα τις απόψεις της συντακτικής ομάδας.", "notice"),
    ("el", "tail", "Το σχόλιο δεν απηχεί κατ’ ανάγκη τη γραμμή της εφημερίδας.", "notice"),
    ("el", "head", "Σας απομένουν 3 δωρεάν άρθρα αυτόν τον μήνα", "notice"),
    ("el", "head", "Έχετε διαβάσει 4 από τα 5 δωρεάν άρθρα σας.", "notice"),
    ("el", "tail", "Το ρεπορτάζ δημοσιεύθηκε στην έντυπη έκδοση της Κυριακής.", "credit"),
    ("en", "tail", "This story appeared in the Sunday print edition under the headline “Lights Out”.", "credit"),
    ("ru", "tail", "Материал опубликован в номере газеты № 12 от 3 апреля 2024 года.", "credit"),
    # Portuguese (Brazil and Portugal)
    ("pt", "head", "Página inicial", "nav"),
    ("pt", "middle", "Publicidade", "nav"),
    ("pt", "tail", "Compartilhe no WhatsApp", "share"),
    ("pt", "tail", "Partilhar: Facebook Twitter", "share"),
    ("pt", "middle", "Foto: Marcelo Camargo/Agência Brasil", "image"),
    ("pt", "middle", "Reprodução/TV Globo", "image"),
    ("pt", "head", "Por Ana Carolina Souza", "byline"),
    ("pt", "tail", "Siga-nos no Telegram e receba as principais notícias do dia.", "promo"),
    ("pt", "tail", "Assine a newsletter e receba as notícias no seu e-mail.", "promo"),
    ("pt", "middle", "Leia também: Reforma divide a base do governo no Congresso", "teaser"),
    ("pt", "middle", "Veja também", "teaser"),
    ("pt", "tail", "Como noticiamos, o governo já havia adiado a votação duas vezes.", "teaser"),
    ("pt", "tail", "Fonte: Agência Brasil", "credit"),
    ("pt", "tail", "*Com informações da Reuters e da AFP", "credit"),
    # Dutch
    ("nl", "head", "Binnenland", "nav"),
    ("nl", "middle", "Advertentie", "nav"),
    ("nl", "tail", "Deel dit artikel via WhatsApp", "share"),
    ("nl", "middle", "Foto: ANP", "image"),
    ("nl", "head", "Door Jan de Vries", "byline"),
    ("nl", "tail", "Volg ons op Twitter en Facebook voor het laatste nieuws.", "promo"),
    ("nl", "tail", "Schrijf je in voor onze nieuwsbrief en mis niets.", "promo"),
    ("nl", "middle", "Lees ook: Kabinet verdeeld over pensioenplannen", "teaser"),
    ("nl", "tail", "Zoals we eerder meldden, stelde het kabinet de stemming al twee keer uit.", "teaser"),
    ("nl", "tail", "Bron: ANP", "credit"),
    # Turkish
    ("tr", "head", "Ana Sayfa", "nav"),
    ("tr", "middle", "Reklam", "nav"),
    ("tr", "tail", "Facebook'ta Paylaş", "share"),
    ("tr", "tail", "Facebook Twitter WhatsApp Paylaş", "share"),
    ("id", "tail", "Bagikan: Facebook Twitter WhatsApp", "share"),
    ("id", "tail", "Facebook Twitter WhatsApp Bagikan", "share"),
    ("tr", "middle", "Fotoğraf: AA", "image"),
    ("tr", "head", "Haber: Ahmet Yılmaz", "byline"),
    ("tr", "tail", "Bizi Twitter'da takip edin, gelişmelerden haberdar olun.", "promo"),
    ("tr", "tail", "Google News'te takip edin, son dakika haberlerini kaçırmayın.", "promo"),
    ("tr", "middle", "İLGİLİ HABER: Reform koalisyonu ikiye böldü", "teaser"),
    ("tr", "tail", "Bunlar da ilginizi çekebilir", "teaser"),
    ("tr", "tail", "Daha önce haber verdiğimiz gibi hükümet oylamayı iki kez ertelemişti.", "teaser"),
    ("tr", "tail", "Kaynak: Anadolu Ajansı", "credit"),
    # Indonesian
    ("id", "head", "Beranda", "nav"),
    ("id", "middle", "Iklan", "nav"),
    ("id", "tail", "Bagikan ke Facebook", "share"),
    ("id", "middle", "Foto: ANTARA/Hafidz Mubarak", "image"),
    ("id", "head", "Oleh Budi Santoso", "byline"),
    ("id", "head", "Pewarta: Rina Wulandari", "byline"),
    ("id", "tail", "Ikuti kami di Google News untuk mendapatkan berita terbaru.", "promo"),
    ("id", "tail", "Dapatkan update berita pilihan setiap hari, mari bergabung di Grup Telegram kami.", "promo"),
    ("id", "middle", "Baca juga: Reformasi pensiun memecah koalisi pemerintah", "teaser"),
    ("id", "tail", "Seperti diberitakan sebelumnya, pemerintah sudah dua kali menunda pemungutan suara.", "teaser"),
    ("id", "tail", "Sumber: Antara", "credit"),
    ("id", "tail", "Artikel ini telah tayang di Example.com dengan judul Reformasi pensiun dibahas DPR.", "credit"),
    # Czech
    ("cs", "head", "Hlavní strana", "nav"),
    ("cs", "middle", "Reklama", "nav"),
    ("cs", "middle", "Komerční sdělení", "nav"),
    ("cs", "tail", "Sdílet na Facebooku", "share"),
    ("cs", "middle", "Foto: ČTK", "image"),
    ("cs", "middle", "Ilustrační foto", "image"),
    ("cs", "head", "Autor: Jan Novák", "byline"),
    ("cs", "tail", "Sledujte nás na Facebooku a Instagramu.", "promo"),
    ("cs", "tail", "Přihlaste se k odběru našeho newsletteru a nic vám neunikne.", "promo"),
    ("cs", "middle", "Čtěte také: Důchodová reforma rozdělila koalici", "teaser"),
    ("cs", "middle", "Mohlo by vás zajímat", "teaser"),
    ("cs", "tail", "Jak jsme již informovali, vláda hlasování odložila už dvakrát.", "teaser"),
    ("cs", "tail", "Zdroj: ČTK", "credit"),
    ("cs", "tail", "Tento web používá soubory cookies. Pokračováním v prohlížení souhlasíte s jejich používáním.", "notice"),
    ("cs", "tail", "Štítky: důchody, reforma, sněmovna", "nav"),
    ("cs", "tail", "12. března 2024 10:32", "header"),
    # Swedish
    ("sv", "head", "Startsida", "nav"),
    ("sv", "middle", "Annons", "nav"),
    ("sv", "tail", "Dela på Facebook", "share"),
    ("sv", "tail", "Facebook Twitter Dela", "share"),
    ("sv", "middle", "Foto: TT", "image"),
    ("sv", "head", "Text: Anna Svensson", "byline"),
    ("sv", "tail", "Följ oss på Facebook och Instagram för de senaste nyheterna.", "promo"),
    ("sv", "tail", "Prenumerera på vårt nyhetsbrev och missa inga nyheter.", "promo"),
    ("sv", "middle", "Läs också: Pensionsreformen splittrar regeringen", "teaser"),
    ("sv", "tail", "Som vi tidigare rapporterat har regeringen redan skjutit upp omröstningen två gånger.", "teaser"),
    ("sv", "tail", "Källa: TT", "credit"),
    ("sv", "tail", "Vi använder cookies för att ge dig en bättre upplevelse. Genom att fortsätta godkänner du det.", "notice"),
    ("sv", "tail", "Taggar: pensioner, reform, riksdagen", "nav"),
    ("sv", "tail", "Publicerad 12 mars 2024 kl 10:32", "header"),
    # Romanian, with the comma and the cedilla letters
    ("ro", "head", "Acasă", "nav"),
    ("ro", "middle", "Publicitate", "nav"),
    ("ro", "tail", "Distribuie pe Facebook", "share"),
    ("ro", "middle", "Foto: Inquam Photos", "image"),
    ("ro", "head", "Autor: Andrei Popescu", "byline"),
    ("ro", "tail", "Urmărește-ne pe Facebook și Instagram pentru cele mai noi știri.", "promo"),
    ("ro", "tail", "Urmăriţi ştirile Example.ro şi pe Google News", "promo"),
    ("ro", "middle", "Citește și: Reforma pensiilor împarte coaliția", "teaser"),
    ("ro", "middle", "CITEŞTE ŞI: Reforma pensiilor împarte coaliţia", "teaser"),
    ("ro", "tail", "După cum am scris, guvernul a amânat deja votul de două ori.", "teaser"),
    ("ro", "tail", "Sursa: Agerpres", "credit"),
    ("ro", "tail", "Acest site folosește cookie-uri. Continuând navigarea, vă exprimați acordul.", "notice"),
    ("ro", "tail", "Etichete: pensii, reformă, Parlament", "nav"),
    # Hungarian
    ("hu", "head", "Címlap", "nav"),
    ("hu", "middle", "Hirdetés", "nav"),
    ("hu", "tail", "Megosztás: Facebook Twitter", "share"),
    ("hu", "middle", "Fotó: MTI/Koszticsák Szilárd", "image"),
    ("hu", "head", "Szerző: Kiss Péter", "byline"),
    ("hu", "tail", "Kövess minket a Facebookon is, hogy ne maradj le a friss hírekről!", "promo"),
    ("hu", "middle", "Kapcsolódó: A nyugdíjreform megosztja a koalíciót", "teaser"),
    ("hu", "middle", "Ezt is ajánljuk", "teaser"),
    ("hu", "tail", "Ahogy korábban megírtuk, a kormány már kétszer elhalasztotta a szavazást.", "teaser"),
    ("hu", "tail", "Forrás: MTI", "credit"),
    ("hu", "tail", "Ez a weboldal sütiket (cookie-kat) használ a jobb felhasználói élmény érdekében.", "notice"),
    ("hu", "tail", "Címkék: nyugdíj, reform, parlament", "nav"),
    # Vietnamese
    ("vi", "head", "Trang chủ", "nav"),
    ("vi", "middle", "Quảng cáo", "nav"),
    ("vi", "tail", "Chia sẻ: Facebook Zalo", "share"),
    ("vi", "tail", "Facebook Zalo Chia sẻ", "share"),
    ("vi", "middle", "Ảnh: TTXVN", "image"),
    ("vi", "middle", "Ảnh minh họa", "image"),
    ("vi", "head", "Bài: Nguyễn Văn An", "byline"),
    ("vi", "tail", "Mời bạn đọc theo dõi tin tức mới nhất trên Google News.", "promo"),
    ("vi", "middle", "Xem thêm: Cải cách hưu trí gây chia rẽ trong liên minh cầm quyền", "teaser"),
    ("vi", "tail", "Như đã đưa tin, chính phủ đã hai lần hoãn cuộc biểu quyết.", "teaser"),
    ("vi", "tail", "Nguồn: TTXVN", "credit"),
    ("vi", "tail", "Từ khóa: hưu trí, cải cách, Quốc hội", "nav"),
    ("vi", "tail", "Thứ Ba, 12/3/2024, 10:32 (GMT+7)", "header"),
    # Arabic, with and without the hamza and the tanween
    ("ar", "head", "الرئيسية", "nav"),
    ("ar", "middle", "إعلان", "nav"),
    ("ar", "tail", "شارك عبر فيسبوك", "share"),
    ("ar", "tail", "فيسبوك تويتر واتساب", "share"),
    ("ar", "middle", "صورة: رويترز", "image"),
    ("ar", "head", "بقلم: أحمد محمد", "byline"),
    ("ar", "tail", "تابعونا على تلغرام لمعرفة آخر الأخبار", "promo"),
    ("ar", "middle", "اقرأ أيضا: إصلاح نظام التقاعد يقسم الائتلاف الحاكم", "teaser"),
    ("ar", "middle", "إقرأ أيضاً: إصلاح نظام التقاعد يقسم الائتلاف الحاكم", "teaser"),
    ("ar", "tail", "كما سبق أن نشرنا، أجلت الحكومة التصويت مرتين.", "teaser"),
    ("ar", "tail", "المصدر: وكالة الأنباء الفرنسية", "credit"),
    ("ar", "tail", "جميع الحقوق محفوظة © 2024", "credit"),
    ("ar", "tail", "الوسوم: التقاعد، الإصلاح، البرلمان", "nav"),
    # Japanese
    ("ja", "head", "トップページ", "nav"),
    ("ja", "middle", "広告", "nav"),
    ("ja", "middle", "PR", "nav"),
    ("ja", "middle", "スポンサーリンク", "nav"),
    ("ja", "tail", "この記事をシェアする", "share"),
    ("ja", "middle", "写真：ロイター", "image"),
    ("ja", "head", "文：山田太郎", "byline"),
    ("ja", "tail", "公式LINEアカウントを友だち追加して最新ニュースを受け取ろう", "promo"),
    ("ja", "middle", "【関連記事】年金改革で与党内に亀裂", "teaser"),
    ("ja", "tail", "既報の通り、政府は採決を二度延期している。", "teaser"),
    ("ja", "tail", "出典：共同通信", "credit"),
    ("ja", "tail", "無断転載を禁じます", "credit"),
    # Korean
    ("ko", "head", "전체메뉴", "nav"),
    ("ko", "middle", "광고", "nav"),
    ("ko", "tail", "페이스북으로 공유하기", "share"),
    ("ko", "middle", "[사진=연합뉴스]", "image"),
    ("ko", "head", "글: 김민수", "byline"),
    ("ko", "tail", "▶ 네이버에서 연합뉴스를 구독하세요", "promo"),
    ("ko", "middle", "[관련기사] 연금개혁 두고 여야 갈등 격화", "teaser"),
    ("ko", "tail", "앞서 연합뉴스는 정부가 표결을 두 차례 연기했다고 보도했다.", "teaser"),
    ("ko", "tail", "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "credit"),
    ("ko", "tail", "무단전재 및 재배포 금지", "credit"),
    ("ko", "tail", "Copyright ⓒ 한빛일보. All rights reserved. 무단 전재 및 재배포 금지.", "credit"),
    ("ko", "tail", "태그: 연금, 개혁, 국회", "nav"),
    ("ko", "tail", "입력 2024.03.12 10:32", "header"),
    # a widget's link to the whole list under it
    ("en", "middle", "See all results", "nav"),
    ("en", "tail", "Full table", "nav"),
    ("fr", "middle", "Voir le classement complet", "nav"),
    ("it", "middle", "Tutte le previsioni", "nav"),
    ("es", "tail", "Ver todos los resultados", "nav"),
    ("de", "middle", "Alle Ergebnisse", "nav"),
    ("pt", "tail", "Ver todas as notícias", "nav"),
    ("nl", "middle", "Bekijk alle uitslagen", "nav"),
    ("pl", "middle", "Zobacz wszystkie", "nav"),
    ("ru", "tail", "Смотреть все", "nav"),
    ("cs", "middle", "Zobrazit vše", "nav"),
    # metered access and paywall messages, in sentences
    ("de", "tail", "Sie haben diesen Monat schon 3 von 4 kostenlosen Artikeln gelesen. Jetzt weiterlesen mit Plus.", "notice"),
    ("fr", "tail", "Vous avez lu 4 de vos 5 articles gratuits ce mois-ci. Abonnez-vous pour continuer.", "notice"),
    ("fr", "tail", "Il vous reste 61.4% de cet article à lire. La suite est réservée aux abonnés.", "notice"),
    ("es", "tail", "Has leído 2 de tus 3 artículos gratuitos de este mes. Suscríbete para seguir leyendo.", "notice"),
    ("it", "tail", "Hai letto 5 dei 6 articoli gratuiti di questo mese: abbonati per continuare.", "notice"),
    ("pt", "tail", "Você atingiu o limite de 5 matérias gratuitas por mês. Assine para continuar lendo.", "notice"),
    ("pt", "tail", "Este conteúdo é exclusivo para assinantes do jornal.", "notice"),
    ("ru", "tail", "Вы прочитали 3 из 5 бесплатных статей в этом месяце. Оформите подписку, чтобы читать дальше.", "notice"),
    ("ru", "tail", "Этот материал доступен только подписчикам.", "notice"),
    ("uk", "tail", "Ви прочитали 4 з 5 безкоштовних статей цього місяця. Оформіть передплату, щоб читати далі.", "notice"),
    ("uk", "tail", "Цей матеріал доступний лише передплатникам.", "notice"),
    ("pl", "tail", "Przeczytałeś już 3 z 5 darmowych artykułów w tym miesiącu. Wykup subskrypcję.", "notice"),
    ("nl", "tail", "Je hebt deze maand 3 van je 5 gratis artikelen gelezen. Neem een abonnement.", "notice"),
    ("ja", "tail", "この記事は有料会員限定です。残り832文字。", "notice"),
    ("zh", "tail", "本文为付费会员专享内容，开通会员后即可阅读全文。", "notice"),
    # a newsletter's or an account's pitch in a sentence
    ("de", "tail", "Der Abend-Newsletter: Jeden Werktag um 18 Uhr fassen wir zusammen, was den Tag bestimmt hat.", "promo"),
    ("en", "tail", "The week's best reads in your inbox: every Friday our editors pick the stories worth your time.", "promo"),
    ("nl", "tail", "Het regionale nieuws in uw mailbox: iedere ochtend de vijf belangrijkste berichten.", "promo"),
    ("ja", "tail", "北海日報LINE公式アカウントでは、毎朝7時に主要ニュースをお届けしています。", "promo"),
    # past the emoji or arrow the promo opens with
    ("pt", "middle", "📲 Receba as notícias do Diário do Vale no WhatsApp", "promo"),
    ("en", "middle", "👉 Follow us on Telegram for the latest news", "promo"),
    # an embedded social post's labels, between two paragraphs
    ("en", "middle", "View this post on Instagram", "nav"),
    ("en", "middle", "A post shared by Mira Solvang (@mirasolvang)", "nav"),
    ("en", "middle", "A photo shared by Mira Solvang (@mirasolvang) on Mar 3, 2019 at 10:14am PST", "nav"),
    ("de", "middle", "Diesen Beitrag auf Instagram ansehen", "nav"),
    ("de", "middle", "Ein Beitrag geteilt von Lena Hartwig (@lena.hartwig)", "nav"),
    ("fr", "middle", "Voir cette publication sur Instagram", "nav"),
    ("fr", "middle", "Une publication partagée par Chloé Marsan (@chloemarsan)", "nav"),
    ("es", "middle", "Ver esta publicación en Instagram", "nav"),
    ("it", "middle", "Un post condiviso da Giulia Ferri (@giuliaferri)", "nav"),
    ("pt", "middle", "Ver essa foto no Instagram", "nav"),
    ("ru", "middle", "Посмотреть эту публикацию в Instagram", "nav"),
    ("ru", "middle", "Публикация от Ольга Ветрова (@olga_vetrova)", "nav"),
    ("pl", "middle", "Wyświetl ten post na Instagramie", "nav"),
    # a blog platform's notes and a newsletter platform's box under a post
    ("en", "tail", "quietradish liked this", "nav"),
    ("en", "tail", "the-tiny-allotment reblogged this from moth-and-marrow", "nav"),
    ("en", "tail", "Thanks for reading The Weekly Ledger! Subscribe for free to receive new posts and support my work.",
     "promo"),
    # a pointer with a full-width colon, between two paragraphs
    ("zh", "middle", "相关阅读：江城今年将新开三条轨道交通线路 总里程突破两百公里 地铁四号线年底通车", "teaser"),
    ("ja", "middle", "関連記事：市営バス、来春から運賃を大幅に見直しへ 利用者の減少と燃料費の高騰で", "teaser"),
    # a newspaper's in-text notes: the story going on past an advert, the print edition
    ("en", "middle", "Continue reading the main story", "nav"),
    ("en", "middle", "Story continues", "nav"),
    ("tr", "middle", "Haberin Devamı", "nav"),
    ("de", "middle", "Der Artikel wird unter der Anzeige fortgesetzt", "nav"),
    ("pl", "middle", "Dalsza część artykułu pod reklamą", "nav"),
    ("ru", "middle", "Продолжение статьи ниже", "nav"),
    ("fr", "middle", "La suite après cette publicité", "nav"),
    ("it", "middle", "Continua a leggere dopo la pubblicità", "nav"),
    # a paragraph opening with an author box's heading and a colon, at the end
    ("en", "tail", "About the author: Jane Doe studied economics in Leeds and has covered local government for this "
     "paper since 2015.", "author-bio"),
    ("de", "tail", "Über die Autorin: Friederike Aschoff studierte Biologie in Greifswald und schreibt seit 2019 für "
     "uns.", "author-bio"),
    # an opinion disclaimer under the text
    ("pt", "tail", "Este texto não reflete, necessariamente, a opinião do jornal.", "notice"),
    ("es", "tail", "Este artículo no refleja necesariamente la opinión del periódico.", "notice"),
    ("fr", "tail", "Les propos tenus dans cette tribune n'engagent que leur auteur.", "notice"),
    ("it", "tail", "Il contenuto non riflette necessariamente l'opinione della redazione.", "notice"),
    ("de", "tail", "Der Gastbeitrag gibt nicht unbedingt die Meinung der Redaktion wieder.", "notice"),
    ("ru", "tail", "Мнение редакции может не совпадать с мнением автора.", "notice"),
    ("pl", "tail", "Tekst nie musi odzwierciedlać stanowiska redakcji.", "notice"),
    # a repost notice
    ("zh", "tail", "本文由绿途车评原创，转载请注明出处。", "notice"),
    ("zh", "tail", "未经授权，不得转载。", "notice"),
    # a photo note in brackets on a line of its own
    ("it", "middle", "(Foto d'archivio)", "image"),
    ("en", "middle", "(Photo AFP)", "image"),
    # a comment section's moderation note, an Indian paper's agency credit
    ("en", "tail", "Comments are moderated. Please read our community guidelines before posting.", "notice"),
    ("en", "tail", "(With inputs from PTI)", "credit"),
    # a request to like the article
    ("ja", "tail", "この記事が役に立ったら「いいね」をお願いします！", "promo"),
    ("en", "tail", "A version of this article appears in print on March 15, 2022, Section A, Page 1 of the National "
     "edition.", "credit"),
    # a card of another article inside the body: its summary cut short, then the link
    ("en", "middle", "Most people water their lawns far too often, and the grass pays for it with… Read more Read more",
     "teaser"),
    ("fr", "middle", "Les communes du littoral ont vu leur population doubler en vingt ans, et les… Lire la suite",
     "teaser"),
    ("ru", "middle", "Жители трёх районов города уже вторую неделю жалуются на перебои с водой, а… Читать далее",
     "teaser"),
    # a feedback widget under every answer of a help page, or under an article
    ("de", "middle", "War diese Antwort hilfreich?", "nav"),
    ("de", "middle", "JaNein", "nav"),
    ("en", "middle", "Was this article helpful?", "nav"),
    ("en", "tail", "Yes No", "nav"),
    ("pl", "tail", "Czy ten materiał był przydatny?", "nav"),
    ("fr", "tail", "Cet article vous a-t-il été utile ?", "nav"),
    ("ru", "tail", "Была ли эта статья полезной?", "nav"),
    # a health site's reviewer line
    ("en", "head", "Medically reviewed by Dr. Anna Lindqvist, MD", "byline"),
    ("en", "head", "Fact-checked by Tom Reyes", "byline"),
    ("en", "head", "Live updates by Ciaran Walsh", "byline"),
    ("en", "head", "Compiled by Maya Lorne", "byline"),
    # a reader-funded site's appeal and its buttons
    ("en", "tail", "This story was made possible by readers like you.", "promo"),
    ("en", "tail", "The Ledger depends on readers like you", "promo"),
    ("en", "tail", "Become a member today and get our weekly briefing.", "promo"),
    ("en", "tail", "Donate now", "nav"),
    ("en", "tail", "Give monthly", "nav"),
    ("en", "tail", "Republish this story", "nav"),
    ("ru", "tail", "Поддержите «Северный край» — мы работаем без рекламы", "promo"),
    ("ru", "tail", "Поддержать ежемесячно", "nav"),
    ("pl", "tail", "Wesprzyj nas – bez czytelników nie przetrwamy", "promo"),
    ("pl", "tail", "Wpłać jednorazowo", "nav"),
    ("zh", "tail", "我要捐款", "nav"),
    # Chinese furniture, simplified and traditional: buttons, a comment box's sort switch,
    # login line and comment actions, a feedback widget, a newsletter's field, share rows,
    # promos and bylines with a separator
    ("zh", "middle", "分享", "nav"),
    ("zh", "middle", "複製連結", "nav"),
    ("zh", "middle", "展开全文", "nav"),
    ("zh", "tail", "載入更多留言", "nav"),
    ("zh", "tail", "依熱門排序", "nav"),
    ("zh", "tail", "登入後即可留言", "nav"),
    ("zh", "tail", "回覆 · 124 個讚 · 11 小時前", "nav"),
    ("zh", "tail", "赞 · 回复 · 2天前", "nav"),
    ("zh", "tail", "这篇文章对你有帮助吗？", "nav"),
    ("zh", "tail", "有帮助 没帮助", "nav"),
    ("zh", "tail", "立即贊助", "nav"),
    ("zh", "tail", "請輸入您的Email", "nav"),
    ("zh", "tail", "追蹤作者", "nav"),
    ("zh", "middle", "分享本文", "share"),
    ("zh", "middle", "LINE 分享", "share"),
    ("zh", "tail", "📩 訂閱「城市週報」電子報", "promo"),
    ("zh", "tail", "欢迎关注我们的Facebook粉丝专页", "promo"),
    ("zh", "tail", "作者：王小明", "byline"),
    ("zh", "tail", "文／陈美玲", "byline"),
    ("en", "tail", "Support local journalism and get unlimited access to every story.", "promo"),
    # French paywall and newsletter boxes
    ("fr", "tail", "Cet article vous a intéressé ?", "nav"),
    ("fr", "tail", "Je m'abonne", "nav"),
    ("fr", "tail", "Abonnez-vous dès 1 € le premier mois et accédez à tous nos articles en illimité.", "promo"),
    ("fr", "tail", "Recevez chaque soir par mail les informations de votre commune.", "promo"),
    # a code block's copy button, between the paragraphs of a tutorial
    ("en", "middle", "Copy", "nav"),
    ("en", "middle", "Copy code", "nav"),
    ("de", "middle", "Kopieren", "nav"),
    ("ru", "middle", "Копировать", "nav"),
    # the link that jumps past an advert, between two paragraphs
    ("en", "middle", "SKIP ADVERTISEMENT", "nav"),
    ("zh", "middle", "复制代码", "nav"),
    ("ja", "middle", "コピー", "nav"),
    ("fr", "middle", "Copier le code", "nav"),
    ("es", "middle", "Copiar", "nav"),
    ("pl", "middle", "Kopiuj", "nav"),
    # a newsletter form between the masthead and the text: its pitch, its consent note, its
    # messages
    ("en", "head", "Get the biggest daily stories by email", "promo"),
    ("en", "tail", "We use your sign-up to provide content in ways you've consented to and to improve our "
     "understanding of you. This may include adverts from us and 3rd parties based on our understanding.", "notice"),
    ("en", "middle", "Thank you for subscribing", "nav"),
    ("en", "middle", "Invalid Email", "nav"),
    ("en", "middle", "Something went wrong, please try again later.", "nav"),
    # the notes under a business story: its disclaimer, the site's pitch
    ("en", "tail", "Disclaimer: The views and recommendations made above are those of individual analysts or broking "
     "companies, and not of the site.", "notice"),
    ("en", "tail", "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Example "
     "Times.", "promo"),
    ("pl", "tail", "Bądź na bieżąco! Obserwuj nas w Wiadomościach Google.", "promo"),
    # an archive picture's caption and credit
    ("en", "tail", "Traders at the Bombay Stock Exchange. (File Photo: Reuters)", "image"),
    ("en", "tail", "File photo: Reuters", "image"),
    # an embedded video's consent box and its buttons
    ("de", "tail", "Mit Ihrer Zustimmung wird hier ein externes YouTube-Video (Google Ireland Limited) geladen.", "notice"),
    ("de", "tail", "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
     "personenbezogene Daten an Drittplattformen übermittelt werden.", "notice"),
    ("de", "middle", "Empfohlener redaktioneller Inhalt", "nav"),
    ("de", "middle", "YouTube-Video immer laden", "nav"),
    ("en", "tail", "I agree that external content may be displayed to me.", "notice"),
    ("en", "tail", "Click here to display content from YouTube.", "notice"),
    # a gallery's counters with their word, an image's alt text printed as its caption, a
    # feedback widget's buttons
    ("ru", "middle", "Фото 1 из 14", "image"),
    ("ru", "middle", "Фото 3 из 18. Станция «Жибек Жолы»", "image"),
    ("uk", "middle", "Фото 2 з 9", "image"),
    ("en", "middle", "Photo 3 of 12", "image"),
    ("el", "middle", "Φωτογραφία 3 από 12", "image"),
    ("en", "middle", "Image titled Replace a Bike Inner Tube Step 3", "image"),
    ("en", "middle", "Not Helpful", "nav"),
    # a gallery's counters and labels in more languages, an image's alt text in brackets
    ("de", "middle", "Bild 1 von 3", "image"),
    ("de", "middle", "8 Bilder", "image"),
    ("de", "middle", "Fotostrecke", "image"),
    ("de", "tail", "Fotostrecke: Pflege in Zahlen", "image"),
    ("fr", "middle", "Photo 2 sur 12", "image"),
    ("fr", "middle", "Diaporama", "image"),
    ("es", "middle", "Foto 1 de 12", "image"),
    ("es", "middle", "Fotogalería", "image"),
    ("it", "middle", "Foto 3 di 10", "image"),
    ("it", "middle", "Fotogallery", "image"),
    ("pt", "middle", "Foto 4 de 9", "image"),
    ("pt", "middle", "Galeria de fotos", "image"),
    ("pl", "middle", "Zdjęcie 1 z 12", "image"),
    ("pl", "middle", "Galeria zdjęć", "image"),
    ("nl", "middle", "Foto 2 van 8", "image"),
    ("nl", "middle", "Fotoserie", "image"),
    ("cs", "middle", "Foto 1 z 12", "image"),
    ("cs", "middle", "Fotogalerie", "image"),
    ("sv", "middle", "Bild 3 av 7", "image"),
    ("sv", "middle", "Bildspel", "image"),
    ("tr", "middle", "Fotoğraf 1/12", "image"),
    ("tr", "middle", "Foto Galeri", "image"),
    ("ro", "middle", "Foto 1 din 12", "image"),
    ("ro", "middle", "Galerie foto", "image"),
    ("el", "middle", "[Εικόνα: Το κινητό σε μπλε και λευκό χρώμα]", "image"),
    ("en", "middle", "[Image: the new phone in blue and white]", "image"),
    ("el", "middle", "Πηγή εικόνας: Samsung", "image"),
    ("zh", "middle", "周子墨微博截图", "image"),
    # the font-size buttons with their label
    ("de", "head", "Schrift: A+ A-", "nav"),
    # a box's label naming the site, a related topic's label
    ("de", "tail", "ZUM THEMA AUF ZEITPUNKT ONLINE", "teaser"),
    ("zh", "tail", "相关专题：2012年全国金融工作会议", "teaser"),
    # a print note naming the paper, a reprint notice, a source and a loan's thanks
    ("ru", "tail", "Статья опубликована в газете «Деловой вестник» № 48 (3058) от 15.03.2012 под заголовком: "
     "Сети ушли за Урал", "credit"),
    ("ru", "tail", "Полная или частичная перепечатка материалов допускается только с письменного разрешения "
     "редакции.", "credit"),
    ("ru", "tail", "Подготовлено по материалам пресс-релиза Института Карнеги.", "credit"),
    ("ru", "tail", "Благодарим компанию «Лада-Центр» за предоставленный автомобиль.", "credit"),
    # a like button's call, a tip line's call
    ("el", "tail", "Σας άρεσε; Πατήστε Like και μάθετε πρώτη όλα τα νέα μας!", "promo"),
    ("sv", "tail", "TIPSA OSS: Har du bilder från stormen? MMS:a till 71000 eller mejla oss.", "promo"),
    # an interview's interviewer, a drawing's credit, a pointer to a video, a weekly's
    # print note, a like and a tweet button, the rating buttons
    ("pl", "tail", "Rozmawiał: Piotr Grzybek", "byline"),
    ("ru", "tail", "Беседовала Анна Смирнова", "byline"),
    ("pl", "middle", "Rys. Marek Ciesielski", "image"),
    ("pl", "middle", "Zobacz wideo: Nocna akcja strażaków w centrum Łodzi", "teaser"),
    ("pl", "tail", "Artykuł ukazał się w numerze 11/2012 Tygodnika Obserwator.", "credit"),
    ("pl", "tail", "Lubię to! 1,1 tys.", "share"),
    ("pl", "tail", "Tweetnij", "share"),
    ("pl", "tail", "Oceń artykuł:", "nav"),
    ("pl", "tail", "Przydatny (112)", "nav"),
    # a colleague's reporting, a paper's mail line and reprint note under the story
    ("en", "tail", "Ana Luisa Mercado contributed reporting.", "credit"),
    ("en", "tail", "Write to David Kohn at david.kohn@example.com", "credit"),
    ("de", "tail", "Siehe dazu auch:", "teaser"),
    ("en", "tail", "Comments are closed.", "nav"),
    ("en", "middle", "after newsletter promotion", "nav"),
    ("el", "tail", "Τα σχόλια για αυτό το άρθρο έχουν κλείσει.", "nav"),
    ("ru", "tail", "< Предыдущее | Следующее >", "nav"),
    ("pl", "middle", "Zobacz galerię (14 zdjęć)", "teaser"),
    ("en", "middle", "Start Quote", "nav"),
    ("en", "middle", "End Quote", "nav"),
    ("en", "tail", "This copy is for your personal, non-commercial use only. Distribution and use of this material "
     "are governed by our Subscriber Agreement and by copyright law.", "notice"),
    # a wire story's staff credit and its pointer to a companion piece
    ("en", "tail", "(Reporting by Felipe Ortiz; Additional reporting by Clara Montes in Lima; Editing by Martin Hollis)",
     "credit"),
    ("en", "tail", "(Writing by Jane Doe; Editing by John Smith)", "credit"),
    ("en", "middle", "For a FACTBOX on recent labor disputes in Chile's copper industry, click on", "teaser"),
    ("en", "middle", "For a GRAPHIC on copper prices, click here", "teaser"),
    # a gallery's link to more pictures, and a page's or a player's view counter
    ("zh", "middle", "点击查看更多图片>>", "nav"),
    ("zh", "head", "播放次数：18,204", "nav"),
    ("ru", "head", "Просмотров: 3 517", "nav"),
    ("en", "tail", "2,091 views", "nav"),
    ("pl", "head", "Wyświetleń: 5120", "nav"),
    ("el", "head", "Προβολές: 640", "nav"),
    # a health or advice site's disclaimer under the article
    ("en", "tail", "The content of this site is for informational purposes only and is not a substitute for "
     "professional medical advice.", "notice"),
    ("zh", "tail", "温馨提示：本网内容仅供参考，不能作为诊断和治疗的依据。", "notice"),
    ("pl", "tail", "Artykuły w serwisie mają charakter informacyjny i nie zastępują konsultacji z lekarzem.", "notice"),
    ("ru", "tail", "Материалы сайта носят ознакомительный характер и не заменяют консультацию врача.", "notice"),
    ("de", "tail", "Die Texte ersetzen keine ärztliche Beratung.", "notice"),
]
MUST_DROP += [case for cases in CASES for case in getattr(cases, "MUST_DROP", [])]


@pytest.mark.parametrize(("lang", "zone", "line", "rule"), MUST_DROP)
def test_must_drop(lang: str, zone: str, line: str, rule: str) -> None:
    text = _doc(lang, **{zone: [line]})
    assert _fate(text, line) == rule
    _body_intact(text, lang)


# Body sentences that use a family's words, placed inside the body: all stay.
MUST_KEEP = [
    # a licence named in a sentence of the text
    ("en", "Text is available under the Creative Commons licence for anyone who wants to reuse the photographs, the curator said."),
    # reading news in an app, said in a sentence
    ("zh", "打开手机APP阅读新闻已成为许多人的习惯，尤其是在上下班的地铁上。"),
    # an opening word of an author box's heading, a disclaimer's words, in the text
    ("en", "About 200 people: that is how many gathered outside the town hall on Sunday evening."),
    ("ru", "Реклама в интернете теперь должна нести токен erid, который выдает оператор рекламных данных."),
    ("pt", "O ministro disse que a proposta não reflete a opinião do governo inteiro, apenas a sua."),
    ("de", "Der Minister gibt nicht die Meinung der Regierung wieder, sagte sein Sprecher am Montag."),
    ("ru", "Также правительство предложило изменить порядок индексации пенсий для работающих пенсионеров."),
    ("ru", "Ранее министерство сообщало, что дефицит пенсионного фонда в этом году вырос почти вдвое."),
    ("ru", "Телеграм-канал «Рыбарь» сообщил, что переговоры о реформе продолжаются уже несколько месяцев."),
    ("fr", "Sur Facebook et Twitter, de nombreux internautes ont partagé des photos de la manifestation."),
    ("fr", "Source de nombreuses tensions, le texte sera examiné en commission dès la semaine prochaine."),
    ("fr", "Abonnez-vous à la patience, a lancé le maire aux habitants qui attendent le bus depuis des mois."),
    ("en", "Also on Tuesday, the central bank said it would keep interest rates unchanged for now."),
    ("en", "About 200 people gathered outside parliament to protest against the bill on Tuesday evening."),
    ("en", "By the end of the year, the minister hopes to have the support of a majority of lawmakers."),
    ("en", "On March 7, 2017 at 6 p.m. the council met again and voted on the new water rates."),
    ("en", "The hotline can be reached at 555-0100 at any hour, and volunteers answer every call."),
    ("en", "The next image shows the river before the flood reached the old town."),
    # an ellipsis inside a paragraph, or followed by words that are no link
    ("en", "She waited for the results… and waited, until the phone finally rang late in the evening."),
    ("en", "The mayor paused before answering: \"We will see… more later.\""),
    # a question about helpfulness that is a sentence of the report, an answer in a transcript
    ("en", "Was this answer helpful to the families? Most of them said it was not, and they want a new inquiry."),
    ("en", "Yes, no, maybe: the committee could not agree on a single word for its final report."),
    # a reading time inside a sentence of the report
    ("en", "Reading time rose by 15 minutes a day among pupils who took part in the library programme."),
    ("fr", "Le temps de lecture des élèves a augmenté de 5 minutes par jour, selon l'étude publiée lundi."),
    # an age limit in a report is no age gate
    ("en", "Visitors must be at least 18 to enter the casino, and identity cards are checked at the door."),
    ("de", "Jugendliche unter 18 Jahren dürfen das Gelände nicht betreten, sagte der Veranstalter am Montag."),
    ("pl", "Osoby, które nie mają ukończonych 18 lat, nie mogą od przyszłego roku kupić napojów energetycznych."),
    ("fr", "Les jeunes de moins de 18 ans ne pourront plus acheter de boissons énergisantes, selon le projet de loi."),
    ("ru", "Подросткам, которым нет 18 лет, запретят продавать энергетические напитки, сообщили в министерстве."),
    # a phrase said twice in a row, then something else
    ("en", "Going, going, gone: the auctioneer's hammer fell at four million dollars for the painting."),
    ("en", "Recommended by a committee, the bill passed on Tuesday."),
    ("en", "Related to the reform, a second bill changes indexation."),
    ("en", "The story continues below the surface, where divers found the wreck of the ferry in 2019."),
    ("en", "Readers who subscribe to the weekly paper will find the full tables on page 12."),
    ("en", "Only 3 of 12 candidates passed the exam, the board said on Monday."),
    ("en", "Residents can write letters to the editor of the council's newsletter, he suggested."),
    ("en", "A second bill would also force websites to ask users before they use cookies for advertising, the minister said."),
    ("en", "Ad blocker usage rose by a third last year, according to a study of readers in Europe published on Monday."),
    ("en", "The minister said the views expressed by the union do not reflect the position of most teachers."),
    ("en", "To send the form, users now press Ctrl and Enter together, a change that confused many of them."),
    ("en", "Sign in to your account, open the settings page and choose the option to download your data."),
    ("en", "The union said the comments do not represent the views of most of its members in the north."),
    ("en", "The agency said it would notify me of any new comments on the application by the end of the month."),
    ("ru", "В министерстве пообещали, что список будет опубликован не позднее конца месяца, сообщил источник."),
    ("en", "Provided by the ministry, the figures show a sharp rise in the number of students leaving school early."),
    ("en", "This post was written after the vote, when the minister had already left the chamber for the airport."),
    ("en", "Two responses to the crisis emerged in the weeks that followed, the minister told parliament on Tuesday."),
    ("en", "Work, work, work: the union said its members did it again and again and again for no extra pay."),
    ("ru", "По мнению авторов доклада, эти данные не совпадают с официальной статистикой министерства."),
    ("de", "Auch die Arbeitgeber kritisierten den Entwurf, weil er die Kosten für Unternehmen erhöhe."),
    ("es", "Por su parte, los empresarios valoraron positivamente la propuesta del Ejecutivo."),
    ("uk", "Також уряд запропонував змінити порядок індексації пенсій для працюючих пенсіонерів."),
    ("el", "Ακολουθήστε τις εξελίξεις, είπε ο υπουργός, γιατί η κυβέρνηση θα φέρει και δεύτερο νομοσχέδιο στο Facebook της."),
    ("el", "Πηγή εντάσεων στο εσωτερικό του κόμματος, το κείμενο θα εξεταστεί από την αρμόδια επιτροπή την επόμενη εβδομάδα."),
    ("zh", "来源于各地的抗议者周二在议会外聚集，许多人在微博和微信上分享了现场照片和视频。"),
    # the regulation a comment section's rules name, and a user's legal responsibility, in the text
    ("zh", "律师指出，根据《互联网电子公告服务管理规定》，网站应当对用户发布的信息进行审核。"),
    ("zh", "法院认为，平台用户需对自己发布的内容负责，平台也应承担相应的法律责任。"),
    ("zh", "首页刊登的评论文章认为，政府应当在推进改革之前与工会进行更加充分的沟通和协商。"),
    ("zh", "记者在现场看到，十多名摄影爱好者早早架起三脚架，等待列车驶过大桥的那一刻。"),
    # a reporter's word without a separator, "follow" and "subscribe" as verbs of the report,
    # "comments" and "support" opening a sentence
    ("zh", "记者从市政府获悉，今年全市将新建十二所幼儿园，新增学位四千多个。"),
    ("zh", "关注Facebook隐私问题的专家表示，新规定可能影响数百万用户的数据安全。"),
    ("zh", "作者在书中写道，这座城市的变化远比人们想象的要快得多，也复杂得多。"),
    ("zh", "不少网友在留言中表示，希望政府尽快公布详细的补助标准和申请流程。"),
    ("zh", "支持者认为，这项改革将有助于减轻年轻一代的负担，并让制度更加公平。"),
    ("zh", "订阅人数在过去一年增长了三成，编辑部因此决定增加周末版的篇幅。"),
    ("de", "Sie haben nach eigenen Angaben mehr als zweihundert kostenlose Beratungen für Mieter angeboten."),
    ("de", "Der Newsletter des Ministeriums erschien am Freitag mit einer Warnung an alle Vermieter im Land."),
    ("en", "The chief executive wrote in her weekly newsletter that the plant would stay open until March."),
    ("ru", "Вы прочитали в прошлом номере о бесплатных курсах, которые город открыл для пенсионеров."),
    ("pt", "Você já leu sobre as consultas gratuitas que a prefeitura passou a oferecer nos postos de saúde?"),
    ("ja", "市の公式アカウントによると、残りの区間は来年春に開通する予定だという。"),
    ("en", "“Follow us on Facebook,” the campaign told its volunteers, who were asked to share every post before the vote."),
    ("ru", "— Подписывайтесь на наш телеграм-канал, — повторял ведущий в конце каждого выпуска, и зрители смеялись."),
    ("pt", "A empresa compartilhou os dados com a polícia."),
    ("pt", "Também na terça-feira, o Banco Central manteve a taxa de juros inalterada pela terceira vez seguida."),
    ("pt", "Por sua vez, os empresários avaliaram positivamente a proposta do Executivo."),
    ("pt", "Siga o dinheiro, disse o relator da comissão, ao explicar como a investigação chegou às contas da empresa no Facebook."),
    ("pt", "Com informações de moradores, a polícia chegou ao local antes do início do protesto."),
    ("nl", "Ook de werkgevers hadden kritiek op het voorstel, omdat het de kosten voor bedrijven zou verhogen."),
    ("nl", "Door de staking lag het openbaar vervoer in grote delen van het land stil."),
    ("nl", "De minister deelde de cijfers met de Kamer via een brief die op Facebook werd verspreid."),
    ("tr", "Ayrıca hükümet, çalışan emeklilerin maaşlarının güncellenme yöntemini de değiştirmeyi önerdi."),
    ("tr", "Haberi paylaşan kullanıcılar, reformun gençleri nasıl etkileyeceğini sordu."),
    ("tr", "İlgili haber ajanslar tarafından da doğrulandı ve bakanlık bir açıklama yaptı."),
    ("tr", "Telegram üzerinden yapılan paylaşımlarda kullanıcılar protestoya katılın çağrısı yaptı."),
    ("nl", "Ook interessant is dat de premie vorig jaar al werd verhoogd, zonder dat de vakbonden protesteerden."),
    ("id", "Selain itu, pemerintah juga mengusulkan perubahan cara penyesuaian pensiun bagi pekerja."),
    ("id", "Berita terkait penundaan itu dibantah oleh juru bicara kementerian pada Rabu pagi."),
    ("id", "Oleh karena itu, serikat pekerja meminta pemerintah membuka dialog yang lebih luas."),
    ("cs", "Také vláda navrhla změnit způsob valorizace důchodů pro pracující důchodce."),
    ("cs", "Sdílel fotografie z demonstrace na Facebooku, kde je během hodiny vidělo několik tisíc lidí."),
    ("cs", "Zdroj sporů mezi koalicí a odbory zůstává stejný, jde o výši odvodů a věk odchodu do důchodu."),
    ("cs", "Autor návrhu, poslanec vládní strany, odmítl, že by reforma poškodila mladé lidi."),
    ("cs", "Související zákon o penzijním spoření projedná sněmovna až na podzim."),
    ("cs", "Doporučujeme vládě, aby reformu odložila, uvedla Národní rozpočtová rada."),
    ("sv", "Även arbetsgivarna kritiserade förslaget eftersom det skulle öka kostnaderna för företagen."),
    ("sv", "Dela på kostnaderna, uppmanade ministern kommunerna under tisdagens presskonferens."),
    ("sv", "Av de tillfrågade sade en majoritet att reformen går för långt."),
    ("sv", "Relaterat till reformen finns ett andra förslag om indexering av pensionerna."),
    ("sv", "Läsarna delade bilder från demonstrationen på Facebook och Instagram."),
    ("ro", "De asemenea, guvernul a propus modificarea modului de indexare a pensiilor pentru pensionarii care lucrează."),
    ("ro", "Distribuită pe rețelele sociale, înregistrarea a fost văzută de peste un milion de oameni."),
    ("ro", "Sursa principală de finanțare rămâne bugetul de stat, a precizat ministrul."),
    ("ro", "Pe aceeași temă, ministrul Muncii a anunțat consultări cu sindicatele."),
    ("ro", "Urmăriți cu atenție ce se întâmplă cu pensiile, le-a spus ministrul parlamentarilor."),
    ("hu", "Emellett a kormány a dolgozó nyugdíjasok ellátásának emelését is módosítaná."),
    ("hu", "Kapcsolódó ügyben a szakszervezetek a minimálbér emelését is követelik."),
    ("hu", "Írta a miniszter a Facebook-oldalán, hogy a reform nem érinti a mostani nyugdíjasokat."),
    ("hu", "Forrás szerint a javaslatot már a jövő héten megszavazhatják a képviselők."),
    ("hu", "Megosztotta a miniszter a tervezet részleteit a szakszervezetekkel."),
    ("vi", "Chia sẻ với báo chí, bộ trưởng cho biết cải cách là cần thiết để bảo đảm tính bền vững của quỹ hưu trí."),
    ("vi", "Ngoài ra, chính phủ cũng đề xuất thay đổi cách điều chỉnh lương hưu cho người đã nghỉ hưu nhưng vẫn đi làm."),
    ("vi", "Tin liên quan đến việc hoãn biểu quyết đã bị người phát ngôn của bộ bác bỏ vào sáng thứ Tư."),
    ("vi", "Theo dõi diễn biến cuộc đàm phán, nhiều chuyên gia cho rằng hai bên khó đạt được thỏa thuận."),
    ("vi", "Nguồn tin của chúng tôi cho biết dự luật sẽ được thông qua vào cuối tháng."),
    ("ar", "كما اقترحت الحكومة تعديل طريقة احتساب المعاشات للمتقاعدين الذين ما زالوا يعملون."),
    ("ar", "شارك في الاحتجاجات آلاف العمال في العاصمة وعدد من المدن الكبرى."),
    ("ar", "كتب الوزير على حسابه في تويتر أن الإصلاح لن يمس المتقاعدين الحاليين."),
    ("ar", "تابع الوزير قائلا إن الحكومة منفتحة على الحوار مع النقابات بشأن قناة تمويل جديدة."),
    ("ar", "مصدر حكومي قال إن التصويت قد يجري الأسبوع المقبل."),
    ("ja", "また、政府は働きながら年金を受け取る高齢者の支給額の調整方法も見直す方針だ。"),
    ("ja", "シェアの拡大を目指す企業にとって、今回の改革は大きな負担になるとの見方もある。"),
    ("ja", "写真や動画を交流サイトに投稿した参加者も多く、抗議の様子は瞬く間に拡散した。"),
    ("ja", "関連する法案は秋の臨時国会で審議される予定だ。"),
    ("ko", "또한 정부는 일하는 연금 수급자의 연금 조정 방식도 바꾸겠다고 밝혔다."),
    ("ko", "페이스북에 공유된 집회 영상은 하루 만에 수십만 회 조회됐다."),
    ("ko", "관련 기사를 쓴 기자들은 정부의 해명이 충분하지 않다고 지적했다."),
    ("ko", "사진을 찍던 시민들은 경찰의 제지에도 자리를 떠나지 않았다."),
    # the words of a code block's copy button in sentences
    ("en", "Copy the backup to a second disk before you upgrade the server."),
    ("de", "Kopieren Sie die Datei vor dem Update auf einen zweiten Datenträger."),
    ("ru", "Копировать чужие тексты без ссылки на источник запрещено законом."),
    ("ja", "コピー機の故障で、投票用紙の印刷が半日遅れた。"),
    ("es", "Copiar un examen puede costar la expulsión del centro, advirtió el director."),
    # the words of a widget's "see all" link in sentences
    ("en", "All results will be published on the council's website on Monday morning."),
    ("fr", "Tous les résultats seront publiés lundi sur le site de la préfecture."),
    ("it", "Tutte le previsioni indicano un'estate più calda della media in tutta la regione."),
    ("es", "Ver todos los resultados llevará varios días, según la junta electoral."),
    ("de", "Alle Ergebnisse sollen bis Montag auf der Internetseite der Stadt stehen."),
    ("nl", "Alle uitslagen worden maandag op de website van de gemeente gepubliceerd."),
    ("pl", "Wszystkie wyniki zostaną opublikowane w poniedziałek na stronie urzędu."),
    ("ru", "Все результаты будут опубликованы в понедельник на сайте избирательной комиссии."),
    # the words of social embeds, platform notes and reviewer lines in sentences
    ("en", "Thousands of fans shared the post on Instagram within an hour of the announcement."),
    ("en", "Thanks for reading the report, the minister told the committee before answering questions."),
    ("en", "Reviewed by an independent panel, the figures showed a sharp rise in hospital admissions."),
    ("en", "Nobody in the village liked this plan when it was first presented in the spring."),
    ("ru", "Публикация от первого лица вызвала споры среди читателей и коллег журналиста."),
    ("en", "The story continues to unfold, and the police have asked witnesses to come forward."),
    # a donation's words in a report on one
    ("en", "Give or take a few weeks, the bridge should reopen before the school year starts."),
    ("en", "Donations from readers like you, the charity said, paid for the new roof of the shelter."),
    ("ru", "Поддержать фермеров власти региона обещают ещё до начала посевной кампании."),
    ("pl", "Wesprzyj się na poręczy, radzi ratownik, gdy schodzisz po oblodzonych schodach."),
    # a report on data protection, in the words of a consent dialog, inside the body
    ("en", "The regulator said the firm and its partners had processed the personal data of millions of "
     "users without their consent."),
    ("en", "Your personal data, the judge wrote, cannot be sold on without your consent, whatever the terms say."),
    # a sentence naming a photographer or a picture, closing as text does, not as a credit
    ("zh", "这张照片由记者王小川拍摄，记录了大桥合龙的瞬间。"),
    ("zh", "展览共展出摄影作品200余幅（其中三分之一由本报记者拍摄）。"),
    ("zh", "他说：“我们请了专业团队来摄像和摄影。”"),
    ("zh", "记者翻阅了档案馆保存的资料图片，发现这座桥早在1958年就已建成。"),
    ("zh", "村里的老照片大多由村民自发供图，汇集成一本村史画册。"),
    # views that differ, a journal's paper, days left: plain sentences
    ("el", "Οι απόψεις που εκφράζονται από τα δύο κόμματα δεν συμπίπτουν στο θέμα της μεταναστευτικής πολιτικής."),
    ("el", "Η δήλωση του βουλευτή δεν εκφράζει την άποψη του κόμματος, διευκρίνισε χθες ο εκπρόσωπος."),
    ("el", "Απομένουν 3 ημέρες μέχρι την ψηφοφορία για το νομοσχέδιο στη Βουλή."),
    ("ru", "Статья с результатами исследования опубликована в журнале Nature в среду."),
    ("en", "The study appeared in the journal Science on Thursday and was reviewed by three independent experts."),
    # a paragraph closing with an agency's name or a pointer to pictures: no caption
    ("en", "The ministry said it would publish the full figures on Monday, after the markets close. (Reuters)"),
    ("ru", "В Харькове откроют новый перинатальный центр, который примет первых пациентов весной (ФОТО)"),
    ("en", "The council published the plans on its website (see the photo gallery below) on Tuesday evening."),
    ("en", "In this photo essay, our reporter walks the length of the river from its source to the sea."),
    ("en", "Make a list of the nodes that contributed to this score in some way, then route them again."),
    ("zh", "他表示，这一结论仅代表他个人的看法，还需要更多数据来验证。"),
    ("zh", "分析师称，央行此次降准对市场的影响有限，但这并不构成紧缩政策的结束。"),
    # a form's words in the text: a disclaimer quoted, a data policy, a failed launch
    ("en", "The contract's disclaimer: the company was not liable for any losses incurred by its clients."),
    ("en", "Regulators said firms that use your email address for marketing need proof you consented to it."),
    ("en", "Something went wrong with the launch, the agency said, and engineers will try again later this month."),
    ("en", "Get the story straight before the news breaks by email or phone, the editor told her new reporters."),
    ("pl", "Bądź na bieżąco z przepisami, radzi rzecznik urzędu skarbowego w rozmowie z naszym portalem."),
    ("en", "Photographers were allowed to take 3 of 12 pictures before the police closed the square."),
    ("ru", "Фото из зала суда появились в сети только через три дня после оглашения приговора."),
    ("en", "Helpful neighbours cleared the snow from the path long before the council's gritters arrived."),
    ("de", "Die Bürger sollen dem Plan zustimmen, sagte der Bürgermeister; mit Ihrer Zustimmung rechne er fest."),
    # a gallery's words, a reprint, a thanks, a tip in sentences of the text
    ("de", "Das Bild 1 von 3 zeigt die Bahnhofstraße im Berufsverkehr, das zweite die geplante Brücke im Ochsental."),
    ("es", "La foto 1 de 12 de la serie muestra la plaza vacía a primera hora de la mañana, antes de la protesta."),
    ("ru", "Перепечатка материалов без разрешения редакции, по словам юриста, грозит изданию крупным штрафом."),
    ("ru", "Благодарим всех, кто помог нам найти пропавшую собаку, сказала хозяйка корреспонденту."),
    ("sv", "Tipsa oss gärna, sa polisen, som nu letar efter vittnen till olyckan vid bron i Härnösand."),
    ("el", "Σας άρεσε η παράσταση; ρώτησε ο σκηνοθέτης τους θεατές στο τέλος της πρεμιέρας."),
    ("zh", "记者从微博截图中看到，该账号在事发前一天曾发布过相关内容，随后被删除。"),
    ("pl", "Rozmawiał z nami przez godzinę, zanim wrócił na plac budowy przy ulicy Grunwaldzkiej."),
    ("pl", "Rys. 2 w raporcie pokazuje, jak zmieniało się stężenie pyłów w ciągu ostatnich dziesięciu lat."),
    ("ru", "Беседовал он с журналистами недолго и уехал, не дождавшись конца заседания."),
    ("en", "Residents who contributed reporting to the council's survey said the results surprised them."),
    ("en", "Write to the council before Friday if you want your objection to be heard at the hearing."),
    ("de", "Siehe dazu auch die Antwort des Ministeriums, die der Redaktion seit Dienstag vorliegt."),
    ("en", "Comments are closed on the council's website, so residents wrote letters to the mayor instead."),
    # a schedule's time line with the genitive inside a phrase is no signed date line
    ("el", "21:00 – Συναυλία της Φιλαρμονικής του Δήμου Χανίων, Πλατεία 1866"),
    # a sentence about reporting or a graphic designer's clicks is no wire credit or pointer
    ("en", "Reporting by local papers was limited, and (editing by the council's staff) changed little."),
    ("en", "For a graphic designer, every click on a slow website is a small frustration that adds up."),
    ("en", "For the timeline of the investigation, readers had to click through a dozen pages of documents."),
]
MUST_KEEP += [
    # a source list's words in a subheading or a sentence of the text
    ("en", "Sources of the river"),
    ("en", "Sources close to the minister said the decision would be announced on Friday."),
    ("pl", "Źródła energii odnawialnej"),
    ("ru", "Источники в правительстве сообщили, что решение примут в пятницу."),
    # a counter's words in a sentence; a disclaimer's words in an article about one
    ("en", "Views on the plan differ, and 2,091 residents signed the petition against it."),
    ("ru", "По словам юриста, такое письмо носит ознакомительный характер и ни к чему не обязывает арендатора."),
    ("zh", "专家指出，这份报告仅供参考，最终方案仍需由市政府讨论决定。"),
    ("en", "Page 2 of the report lists the schools that will close, and voters will see the results in May."),
    # a newsletter named in a sentence of the text, or a subheading about one
    ("en", "Our weekly newsletter reached 10,000 readers last year, the founder said, and it now pays two salaries."),
    ("en", "The newsletter"),
    ("fr", "La newsletter, un outil de fidélisation"),
    # a count of responses as a subheading of the text, followed by a paragraph
    ("en", "3 responses to the flood"),
    ("en", "12 comments on the budget from readers"),
    # the words of a comment box's rules in a sentence; brackets inside a sentence
    ("zh", "专家呼吁青少年文明上网，家长也应加强对孩子使用手机的引导。"),
    ("en", "[Update] The council has [since] voted [again] on the plan, a spokesman said."),
    ("en", "Advertisement 2 of the campaign showed the mayor on a bicycle, and it ran for a month."),
    ("tr", "Vali, Twitter'da yaptığı açıklamada vatandaşları sel bölgesinden uzak durmaları konusunda uyardı."),
    ("id", "Simak saja data BPS: harga beras naik lima persen dalam sebulan, kata ekonom itu."),
    ("fr", "Photo souvenir pour les élus, qui ont posé avec les lauréats 2023/2024 du concours devant la mairie."),
    ("es", "La cooperativa se financia con sus socios y con una subvención del ayuntamiento, explicó su presidenta."),
    ("en", "Buy at least two bags of compost, the gardener advised, and spread them before the first frost."),
    ("en", "Smith reported from the scene that the fire had already spread to three houses on the street."),
    ("en", "Brokers may earn a commission on each sale, which critics say gives them a reason to push the deals."),
    ("en", "The city keeps a file photo of every bridge it inspects, the engineer said on Tuesday."),
    ("pt", "Por último, o governo anunciou que vai rever a proposta, disse o ministro, sem dar prazos."),
    ("pl", "Obserwuj, jak zmienia się miasto, radzi autor przewodnika po Białołęce."),
    ("en", "The account gained 3,100 followers in a week after the mayor shared the video."),
    ("pt", "A sessão continua após a publicidade do governo ter sido retirada, disse o deputado."),
]
MUST_KEEP += [case for cases in CASES for case in getattr(cases, "MUST_KEEP", [])]


@pytest.mark.parametrize(("lang", "line"), MUST_KEEP)
def test_near_misses_inside_the_body_are_kept(lang: str, line: str) -> None:
    text = _doc(lang, middle=[line])
    assert _fate(text, line) == "kept"
    _body_intact(text, lang)


def test_same_words_decide_by_position_teaser_chain_in_tail() -> None:
    # In the tail, after a "Ранее … сообщала" teaser and before a promo, a one-sentence
    # "Также …" line is a teaser; the same line inside the body is content.
    also = "Также сирийская армия освободила от террористов последний стратегически важный город."
    earlier = "Ранее «Страна» сообщала, что в Ираке нашли массовое захоронение."
    promo = "Подпишитесь на телеграм-канал Страны, чтобы получать быструю аналитику."
    tail = _doc("ru", tail=[earlier, also, promo])
    assert _fate(tail, also) == "teaser"
    assert _fate(tail, earlier) == "teaser"
    inside = _doc("ru", middle=[also])
    assert _fate(inside, also) == "kept"


def test_weak_teaser_alone_in_tail_is_kept() -> None:
    also = "Также в Киеве прошел митинг сторонников реформы у здания парламента."
    text = _doc("ru", tail=[also])
    assert _fate(text, also) == "kept"


def test_a_tag_label_opening_a_clause_is_no_tag_list() -> None:
    from cleaner.rules import line_hits
    from cleaner.stats import measure

    for line in ("Topics: what the minister said about pensions, and why the unions walked out",
                 "Tags: a word the minister used twice in one speech about the reform of pensions."):
        assert not [h for h in line_hits(line, measure(line, frozenset())) if h.rule.value == "nav"]


def test_a_row_of_figures_between_bars_is_a_table_row_not_links() -> None:
    from cleaner.rules import line_hits
    from cleaner.stats import measure

    def nav(line: str) -> bool:
        return any(h.rule.value == "nav" for h in line_hits(line, measure(line, frozenset())))

    assert not nav("Transport | 0,61% | 0,05% | 4,30%") and not nav("Ribeirão | 2 | 61% | $1,199")
    # links, a breadcrumb with a year, page numbers that count up
    assert nav("Home | News | Sport | Weather") and nav("Home | 2024 | March") and nav("1 | 2 | 3 | Next")


def test_a_match_result_between_dashes_is_no_menu_row() -> None:
    from cleaner.rules import line_hits
    from cleaner.stats import measure

    def nav(line: str) -> bool:
        return any(h.rule.value == "nav" for h in line_hits(line, measure(line, frozenset())))

    # a round's results, each "team — team — score": the score closes the row
    assert not nav("«Бердск» — «Обь» — 0:0") and not nav("Rovers - United - 2-1")
    # a menu's row, a breadcrumb with a year
    assert nav("Спорт — Футбол — Хоккей") and nav("Home - 2024 - March")


def test_a_breadcrumb_path_is_a_row_of_items_glued_or_spaced() -> None:
    from cleaner.rules import line_hits
    from cleaner.stats import measure

    def nav(line: str) -> bool:
        return any(h.rule.value == "nav" for h in line_hits(line, measure(line, frozenset())))

    # a path's links glued without spaces ("›" or ">"), or ">" between spaces
    for line in ("Beranda›Daerah›Jawa Barat", "Home>News>Health", "ホーム>地域>港浜市",
                 "ZOL首页 > 手机频道 > 厂商稿", "Úvod > Zprávy > Kolín"):
        assert nav(line), line
    # one comparison, a title in guillemets, a line of code: no path
    for line in ("Inflation > 5% for the third month", "»Wir schaffen das« – zehn Jahre danach",
                 "if (a > b) return a;"):
        assert not nav(line), line


def test_entries_of_data_are_told_from_words() -> None:
    from cleaner.rules.lines import datum

    for line in ("2 cups (250 g) flour", "½ tsp salt", "$1,199 at Voltmart", "Memory\t16 GB", "Corners 9 3",
                 "Possession 61% 39%", "Transport | 0.61% | 4.30%", "2. Terminology.....................3",
                 "Rp 60.000/kg", "54%", "Farina 00 – 250 g", "Latte intero: 80 ml",
                 "Valid votes | | 27 011 | 100.0", "Invalid votes | | 312 | –",
                 # a label of a few words, its colon, a figure: a price list's or a spec sheet's entry
                 "Monatskarte für alle Bus- und Tramlinien: 70 € (bisher 60 €)", "Bilet 24-godzinny: 14 zł (dotąd 12 zł)",
                 "Akumulator: 5000 mAh, wymienny",
                 # a share closing a short entry: a poll's party, a candidate's result
                 "Νέα Δημοκρατία 37,5%", "Smith (R) 52.3%",
                 # a price list's model names, a version or a figure among their words
                 "Yaris Cross Hybrid 1.5 Active: 21.990 ευρώ", "Journey Hybrid 140: 26.500 ευρώ"):
        assert datum(line), line
    # a number that orders a list, words, a headline with a figure in it
    for line in ("1. Bus drivers vote to strike over pay", "Home | News | Sport", "Ingredients", "Bawang merah",
                 "Season 3 episode 4 recap", "Apple unveils the iPhone 15 Pro at a launch event",
                 "Update: police say the man arrested on Sunday has been released", "Ukraine: talks resume in Geneva after a pause",
                 "Access to the garages possible until 8:00 every morning", "Geöffnet bis 8:00 morgens"):
        assert not datum(line), line


def test_a_bio_under_a_byline_at_the_end() -> None:
    byline = "By Jane Doe @janedoe"
    bio = "Jane has covered European politics for ten years, first in Brussels and now in Berlin."
    text = _doc("en", tail=[byline, bio, "Share"])
    assert _fate(text, byline) == "byline"
    assert _fate(text, bio) == "author-bio"
    _body_intact(text, "en")


def test_a_paragraph_under_a_byline_that_does_not_open_with_its_name_stays() -> None:
    byline = "By Jane Doe"
    lead = "Parliament passed the pension reform on Tuesday after a debate that lasted well into the night."
    text = _doc("en", head=["Home", "Pension reform passes", byline, lead])
    assert _fate(text, lead) == "kept"


@pytest.mark.parametrize(("lang", "byline", "bio"), [
    ("en", "By Hanna Lindqvist", "Hanna Lindqvist is our health correspondent and has written about hospitals and "
     "the people who work in them since 2015. She lives in Leeds."),
    ("it", "di Chiara Bellandi", "Chiara Bellandi è giornalista professionista e scrive di cronaca cittadina e di "
     "scuola dal 2012."),
])
def test_a_paragraph_below_the_body_that_opens_with_the_bylines_full_name_is_a_bio(
        lang: str, byline: str, bio: str) -> None:
    # the byline stands above the body, the bio below it, with other furniture between
    text = _doc(lang, head=["Home", byline], tail=["Share", bio, "Privacy"])
    assert _fate(text, bio) == "author-bio"
    _body_intact(text, lang)


def test_a_paragraph_that_opens_with_only_the_bylines_first_name_or_inside_the_body_stays() -> None:
    # a first name alone is anybody's; the full name inside the body is edge evidence only
    first = "Hanna spoke to nurses at three hospitals in the city and all of them described the same problem."
    inside = "Hanna Lindqvist asked the minister twice whether the money would reach the wards this winter."
    text = _doc("en", head=["Home", "By Hanna Lindqvist"], middle=[inside], tail=["Share", first])
    assert _fate(text, first) == "kept"
    assert _fate(text, inside) == "kept"


def test_an_author_box_of_the_bylines_full_name_and_a_paragraph_opening_with_the_first_is_a_bio() -> None:
    # the byline above the body; under it the box: the full name alone, the role, the bio
    # opening with the first name only (which alone, anywhere else, is anybody's)
    name, role = "Hanna Lindqvist", "Senior Editor, Health"
    bio = "Hanna has reported on hospitals and the people who work in them since 2015, first in Leeds and now in London."
    text = _doc("en", head=["Home", "By Hanna Lindqvist"], tail=["Share", name, role, bio, "Privacy"])
    for line in (name, role, bio):
        assert _fate(text, line) == "author-bio", line
    _body_intact(text, "en")
    # without the name over it, the paragraph opening with the first name stays
    alone = _doc("en", head=["Home", "By Hanna Lindqvist"], tail=["Share", bio, "Privacy"])
    assert _fate(alone, bio) != "author-bio"


def test_a_closing_paragraph_that_opens_with_an_agencys_byline_is_no_bio() -> None:
    # "By The Associated Press": a name holding a stopword is no person's
    last = "The Associated Press reported on Monday that the talks would resume in Geneva next month."
    text = _doc("en", head=["Home", "By The Associated Press"], tail=[last])
    assert _fate(text, last) == "kept"


def test_author_bio_at_the_end() -> None:
    heading = "About Ginette Hess Skandrani"
    bio = "écologiste, membre co-fondatrice des verts, anti-colonialiste et solidaire des peuples opprimés."
    text = _doc("fr", tail=[heading, bio])
    assert _fate(text, heading) == "author-bio"
    assert _fate(text, bio) == "author-bio"


def test_about_heading_followed_by_long_text_is_not_a_bio() -> None:
    heading = "À propos de la réforme"
    text = _doc("fr", middle=[heading])
    assert _fate(text, heading) == "kept"


def test_duplicated_lead_keeps_first_copy() -> None:
    lead = BODY["en"][0]
    text = lead + "\n" + _doc("en")
    result = clean_and_explain(text)
    assert result.text.count(lead) == 1
    dup = [b for b in result.removed if b.block.text == lead]
    assert len(dup) == 1 and dup[0].final.rule.value == "duplicate"
    assert dup[0].block.line == 2


def _fates(text: str, line: str) -> list[str]:
    """'kept', or the rule id that removed it, for every copy of ``line`` in order."""
    return ["kept" if b.kept else b.final.rule.value for b in clean_and_explain(text).blocks if b.block.text == line]


def test_a_subheading_repeating_a_removed_contents_entry_stays_in_the_body() -> None:
    # the first copy is an entry of a contents box above the body: the body's own copy
    # stays where the body has it
    heading = "How the money will be spent"
    head = ["Contents", "Background of the plan", heading, "Reactions from the districts"]
    text = _doc("en", head=head, middle=[heading])
    assert _fates(text, heading) == ["header", "kept"]
    # so too under an advert's label and an in-body teaser, which stand between
    # paragraphs wherever they stand
    text = _doc("en", head=head, middle=["Advertisement", "Read also: Ten parks that changed their cities", heading])
    assert _fates(text, heading) == ["header", "kept"]
    # a copy cut short is a teaser of it, even between two paragraphs
    teaser = "Opposition calls the plan a waste of money and demands a new vote in the…"
    text = _doc("en", head=[*head, teaser], middle=[teaser])
    assert _fates(text, teaser)[1] == "duplicate"


def test_a_short_line_printed_again_inside_the_body_stays_where_both_copies_are_body() -> None:
    # the next examples of an exchange repeat header lines of the ones before: each copy
    # stands in the body, as does the line it repeats (the third example repeats a line
    # of the second, which the body holds once the second's copies are taken in), and
    # the text under them stays
    origin = "Origin: https://notes.example-app.org/index.html"
    kind = "Content-Type: application/json; charset=UTF-8"
    match = 'If-Match: "a1b2c3d4e5" (the version the app holds)'
    last = ("If the note was changed in the meantime by another device, the server refuses the write, and the "
            "application has to fetch the note again before it tries once more.")
    lines = [
        "Notes app", "How the notes app talks to your storage server",
        "A client that wants to store a note first asks the server for the list of notes it already holds, and "
        "the server answers with that list in a small JSON document.",
        "The request carries the origin of the application that makes it, so that the server can decide whether "
        "it answers it at all:",
        "GET /storage/anna/notes/ HTTP/1.1", origin, kind,
        "The server answers with the same origin in its own headers, and the browser then hands the body of the "
        "answer to the application that asked for it.",
        "Writing a note works the same way, with a PUT request instead of a GET request, and the body of the "
        "request holds the note itself:",
        "PUT /storage/anna/notes/today HTTP/1.1", origin, match, kind,
        "Deleting a note asks for the same version, so that a note changed elsewhere in the meantime is not lost "
        "by mistake:",
        "DELETE /storage/anna/notes/today HTTP/1.1", match,
        last, "Comments", "Related", "About us"]
    text = "\n".join(lines) + "\n"
    assert _fates(text, origin) == ["kept", "kept"]
    assert _fates(text, kind) == ["kept", "kept"]
    assert _fates(text, match) == ["kept", "kept"]
    assert _fates(text, last) == ["kept"]
    # the kept copy says which line it repeats, for the review
    reasons = [b.final.reason for b in clean_and_explain(text).blocks if b.block.text == origin]
    assert "repeats line" not in reasons[0] and "repeats line 6, which stays too" in reasons[1]
    # a line printed twice in a row is no example's; a copy below the body is removed
    twice = [*lines[:6], origin, *lines[6:]]
    assert _fates("\n".join(twice) + "\n", origin)[:2] == ["kept", "duplicate"]
    text = "\n".join([*lines[:-3], "Related", origin, kind]) + "\n"
    assert _fates(text, origin)[0] == "kept" and _fates(text, origin)[2] != "kept"


def test_truncated_teaser_of_a_paragraph_is_the_copy_removed() -> None:
    full = BODY["fr"][2]
    teaser = full[:70] + "…"
    text = "\n".join([teaser, *BODY["fr"]]) + "\n"
    assert _fate(text, teaser) == "duplicate"
    assert full in clean_and_explain(text).text


def test_a_hard_wrapped_line_opening_a_longer_line_is_no_truncated_copy() -> None:
    # a newspaper page as text, a column a line: the paragraph's first line opens the
    # caption further down too, and the next line goes on with the paragraph
    para = ["The old steel bridge over Harlow Creek", "will reopen to traffic next week, ending a",
            "closure that forced drivers onto a long", "detour, officials said on Wednesday."]
    caption = ["The old steel bridge over Harlow Creek, shown", "on Tuesday, is due to reopen next week."]
    rest = ["The steel bridge was closed last year after", "inspectors found severe corrosion in two of",
            "its main beams and in the deck."]
    text = "\n".join(["LOCAL NEWS", *para, *rest, *caption, *BODY["en"]]) + "\n"
    assert _fate(text, para[0]) == "kept"
    # the same two lines, the shorter not continued by the next one: a teaser cut short
    from cleaner.config import DEFAULT
    from cleaner.rules.duplicate import find_duplicates

    texts = [para[0], "Read more", caption[0]]
    counts = [float(len(t.split())) for t in texts]
    assert 0 in find_duplicates(texts, counts, [1, 2, 3], DEFAULT)
    assert find_duplicates(texts, counts, [1, 2, 3], DEFAULT, frozenset({0})) == {}


def test_a_lead_repeated_behind_a_dateline_is_a_copy() -> None:
    lead = BODY["zh"][0]
    tagged = "新浪科技讯 " + lead
    text = "\n".join(["首页", lead, tagged, *BODY["zh"][1:]]) + "\n"
    assert _fate(text, lead) == "kept"
    assert _fate(text, tagged) == "duplicate"
    lead = BODY["en"][0]
    tagged = "WASHINGTON (AP) — " + lead
    text = "\n".join([tagged, lead, *BODY["en"][1:]]) + "\n"
    assert _fate(text, lead) == "duplicate"  # the first full copy stays
    _body_intact(text, "en")


def test_a_pull_quote_repeating_a_paragraph_above_is_removed() -> None:
    # the quote set around its attribution in the paragraph, then printed large below it
    said = ('"If the ferry is late, the whole island is late," says the baker, balancing the tin on her '
            'knees. "If it stops running, we all stop."')
    pull = '"If the ferry is late, the whole island is late. If it stops running, we all stop."'
    text = _doc("en", middle=[said, pull])
    assert _fate(text, pull) == "duplicate" and _fate(text, said) == "kept"
    hit = next(h for b in clean_and_explain(text).blocks if b.block.text == pull for h in b.hits)
    assert hit.evidence["match"] == "pull quote" and "line" in hit.reason
    # clauses of a script without spaces, in another order
    said = "“我公公说，房子是祖上的，招牌不能倒。没有马帮了，就住人嘛。”她笑着说，客栈从那以后一直开到今天。"
    pull = "“没有马帮了，就住人嘛。房子是祖上的，招牌不能倒。”"
    text = _doc("zh", middle=[said, pull])
    assert _fate(text, pull) == "duplicate" and _fate(text, said) == "kept"


@pytest.mark.parametrize("middle", [
    # a quote over the section that holds it: a subheading taken from it
    ['"If it stops running, we all stop, and nobody here can wait a week"',
     'The baker did not hesitate. "If it stops running, we all stop, and nobody here can wait a week," she '
     'said, and went back to her ovens.'],
    # a line of dialogue repeated: too short for a pull quote
    ['"I would prefer not to," said he, and turned back to his copying at the window.',
     '"I would prefer not to."'],
    # only part of the quote stands above
    ['"If the ferry is late, the whole island is late," says the baker, balancing the tin on her knees.',
     '"If the ferry is late, the whole island is late, and the school bus waits for nobody."'],
])
def test_a_quote_that_is_no_pull_quote_is_kept(middle: list[str]) -> None:
    text = _doc("en", middle=middle)
    assert _fate(text, middle[0]) == "kept" and _fate(text, middle[1]) == "kept"


def test_a_pull_quote_of_a_removed_paragraph_stays() -> None:
    # its words stand above only in a teaser's summary, which goes: the body's line stays
    quote = '"We will not close a single branch this year, whatever the board decides about the budget."'
    teaser = ('Library chief vows to fight cuts: "We will not close a single branch this year, whatever the '
              'board decides about the budget." Read more…')
    text = _doc("en", head=["Home", "Related", teaser], middle=[quote])
    assert _fate(text, quote) == "kept"


def test_complete_sentence_opening_a_longer_copy_is_kept() -> None:
    # A paragraph that a later teaser extends is not a truncated copy.
    first = BODY["en"][0]
    teaser = first + " " + BODY["en"][1]
    text = _doc("en", tail=["Related stories", teaser])
    assert _fate(text, first) == "kept"


def test_credit_inside_body_is_kept_when_not_at_an_edge() -> None:
    line = "Source: the ministry's own figures, published on Monday, show a deficit."
    text = _doc("en", middle=[line])
    assert _fate(text, line) == "kept"


@pytest.mark.parametrize(("lang", "line"), [
    ("pl", "Prawa autorskie do utworów wygasają siedemdziesiąt lat po śmierci twórcy, przypomniał ekspert."),
    ("ru", "Авторские права на фильм истекли в прошлом году, сообщил суд."),
    ("de", "Das Urheberrecht an Fotos ist in Deutschland streng geregelt, sagt der Anwalt."),
])
def test_a_lead_about_copyright_is_no_copyright_line(lang: str, line: str) -> None:
    # at the body's start, where an edge-strength credit would go: only a line that
    # says who holds the rights is one
    text = "\n\n".join([line, *BODY[lang]]) + "\n"
    assert _fate(text, line) == "kept"


def test_comment_stamp_below_the_body() -> None:
    stamp = "~reader42 [2012-01-06 07:59]"
    text = _doc("en", tail=["Comments", stamp, "I think the minister is right about this, and so do my colleagues."])
    assert _fate(text, stamp) == "header"


def test_stamp_rule_leaves_sentences_alone() -> None:
    line = "At 07:59 on Monday the minister told reporters the reform would pass."
    text = _doc("en", middle=[line])
    assert _fate(text, line) == "kept"


def test_duplicate_explanation_does_not_depend_on_the_hash_seed() -> None:
    """A line that repeats two earlier ones by different keys names the same one in every run."""
    import json
    import os
    import subprocess
    import sys

    text = (
        "The council approved the new budget for the harbour district on Monday evening.\n\n"
        "The council approved the new budget for the harbour district on Monday evening after a long debate.\n\n"
        "Residents said the budget for the harbour district on Monday evening after a long debate.\n\n"
        "The council approved the new budget for the harbour district on Monday evening.\n"
    )
    script = (
        "import json,sys\nfrom cleaner import clean_and_explain\n"
        "r=clean_and_explain(sys.stdin.read())\n"
        "print(json.dumps([[d.final.rule, d.final.reason] for d in r.removed]))\n"
    )
    seen = set()
    for seed in ("1", "2", "3", "4"):
        out = subprocess.run(
            [sys.executable, "-c", script], input=text, capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        seen.add(out)
    assert len(seen) == 1
    assert json.loads(seen.pop()) == [["duplicate", "repeats line 1"]]


# More languages for the families that decide by position: a heading that closes the
# body, an author box at the end, a chain of teasers in the tail.
CLOSERS = [
    ("pt", "Comentários", "Concordo com o ministro, essa reforma já devia ter sido aprovada há muito tempo."),
    ("pt", "Notícias relacionadas", "Governo adia votação da reforma e sindicatos mantêm protesto marcado para a semana que vem."),
    ("nl", "Reacties", "Ik ben het helemaal eens met de minister, deze hervorming had er al lang moeten zijn."),
    ("tr", "Yorumlar", "Bakana tamamen katılıyorum, bu reformun çok daha önce yapılması gerekiyordu."),
    ("id", "Komentar", "Saya setuju dengan menteri, reformasi ini seharusnya sudah dilakukan sejak lama."),
    # set in capitals, without the accents of the pattern
    ("el", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "Η κυβέρνηση αναβάλλει την ψηφοφορία και τα συνδικάτα διατηρούν την απεργία της επόμενης εβδομάδας."),
    ("el", "ΠΕΡΙΣΣΟΤΕΡΕΣ ΕΙΔΗΣΕΙΣ", "Η κυβέρνηση αναβάλλει την ψηφοφορία και τα συνδικάτα διατηρούν την απεργία της επόμενης εβδομάδας."),
    ("fr", "A LIRE AUSSI", "Le gouvernement reporte le vote et les syndicats maintiennent la grève prévue la semaine prochaine."),
    # where a paywall cuts the article: what follows is the offer
    ("fr", "Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.",
     "Accédez à tous nos contenus en illimité, sur le site et dans l'application, dès le premier mois."),
    ("pl", "Pozostało 75% artykułu", "Subskrybuj i bądź na bieżąco z najważniejszymi wydarzeniami w kraju i na świecie."),
    ("pl", "Pozostało jeszcze 81% treści", "Subskrybuj i bądź na bieżąco z najważniejszymi wydarzeniami w kraju i na świecie."),
    ("ru", "Осталось ещё 60% статьи", "Полный доступ ко всем материалам сайта и приложения уже с первого месяца, без скрытых платежей."),
    ("en", "Subscribe to continue reading", "Our reporters follow every council meeting, every court case and every school board vote."),
    ("ru", "Чтобы продолжить чтение, оформите подписку",
     "Полный доступ ко всем материалам сайта и приложения уже с первого месяца, без скрытых платежей."),
    ("ru", "Этот материал доступен только подписчикам",
     "Полный доступ ко всем материалам сайта и приложения уже с первого месяца, без скрытых платежей."),
    ("en", "Subscribe to unlock this article", "Our reporters follow every council meeting, every court case and every school board vote."),
    ("en", "This article is for subscribers only", "Our reporters follow every council meeting, every court case and every school board vote."),
    # a metered paywall's line
    ("en", "You’ve read 3 of 3 free articles this month",
     "Get unlimited access to every story and the e-edition for just one pound a month."),
    ("en", "Keep reading with a Courier subscription",
     "Get unlimited access to every story and the e-edition for just one pound a month."),
    ("de", "Lesen Sie mit PLUS weiter", "Alle Artikel und das E-Paper im ersten Monat für nur 99 Cent, danach monatlich kündbar."),
    ("de", "Lesen Sie jetzt mit SZ Plus weiter",
     "Alle Artikel und das E-Paper im ersten Monat für nur 99 Cent, danach monatlich kündbar."),
    # a blog's comment heading with the post's title, the reply form's heading with its cancel link
    ("en", "3 Responses to “The reform passes”", "I agree with the minister, this reform should have come a long time ago."),
    ("en", "One thought on “The reform passes”", "I agree with the minister, this reform should have come a long time ago."),
    ("en", "Leave a Reply Cancel reply", "I agree with the minister, this reform should have come a long time ago."),
    ("en", "Responses: 3 to “The reform passes”", "I agree with the minister, this reform should have come a long time ago."),
    # the count before the post's title without quotes (the title set in italics)
    ("en", "9 Responses to Moving this blog from Apache to nginx", "Nice write-up. Did you look at PHP-FPM at all?"),
    ("pl", "Odpowiedzi: 3 to “Reforma przyjęta”", "Zgadzam się z ministrem, ta reforma powinna była zostać przyjęta dawno temu."),
    ("pl", "Dodaj komentarz Anuluj pisanie odpowiedzi", "Zgadzam się z ministrem, ta reforma powinna była zostać przyjęta dawno temu."),
    ("ru", "3 комментария к записи «Реформа принята»", "Я согласен с министром, эту реформу нужно было принять давно."),
    ("de", "2 Gedanken zu „Die Reform ist beschlossen“", "Ich stimme dem Minister zu, diese Reform hätte längst kommen müssen."),
    ("fr", "3 réflexions sur « La réforme adoptée »", "Je suis d'accord avec le ministre, cette réforme aurait dû venir depuis longtemps."),
    # the heading of a site's rules for commenting
    ("ru", "ПРАВИЛА КОММЕНТИРОВАНИЯ", "Комментарии с оскорблениями и ссылками на другие сайты удаляются модератором."),
    ("en", "Community guidelines", "Please be respectful to other readers and keep the discussion on the topic of the article."),
    # a section's related box ("More in Politics")
    ("en", "More in Politics", "Ministers are expected to publish the revised figures for the reform next week."),
    ("es", "Deja una respuesta Cancelar la respuesta", "Estoy de acuerdo con el ministro, esta reforma debió llegar hace mucho tiempo."),
    ("cs", "Diskuse", "Souhlasím s ministrem, tahle reforma měla přijít už dávno."),
    ("sv", "Kommentarer", "Jag håller med ministern, den här reformen borde ha kommit för länge sedan."),
    ("ro", "Comentarii", "Sunt de acord cu ministrul, reforma asta trebuia făcută de mult."),
    ("hu", "Hozzászólások", "Egyetértek a miniszterrel, ezt a reformot már régen meg kellett volna csinálni."),
    ("vi", "Bình luận", "Tôi đồng ý với bộ trưởng, cải cách này lẽ ra phải được thực hiện từ lâu."),
    ("ar", "التعليقات", "أتفق مع الوزير، كان يجب إقرار هذا الإصلاح منذ وقت طويل."),
    ("ja", "コメント", "大臣の意見に賛成です。この改革はもっと早く行うべきでした。"),
    ("zh", "网友热评", "我同意部长的看法，这项改革早就应该通过了。"),
    ("en", "Reader's Opinions (12)", "This is criminal mismanagement, the council should fix the pipelines first."),
    ("ko", "댓글", "장관 말에 동의합니다. 이 개혁은 진작 했어야 했습니다."),
    # the heading of the readers' reactions
    ("fr", "4 réactions", "Je suis d'accord avec le ministre, cette réforme aurait dû venir depuis longtemps."),
    ("fr", "Réagir à cet article", "Je suis d'accord avec le ministre, cette réforme aurait dû venir depuis longtemps."),
]
# Chinese comments, with a count before or after, and a recommendations box
CLOSERS += [
    ("zh", "留言", "我觉得这个政策很好，早就应该这么做了，希望各地都能尽快落实。"),
    ("zh", "12則留言", "我覺得這個政策很好，早就應該這麼做了，希望各地都能盡快落實。"),
    ("zh", "评论（3）", "我觉得这个政策很好，早就应该这么做了，希望各地都能尽快落实。"),
    ("zh", "猜你喜欢", "政府推迟改革表决 工会维持下周罢工计划，多地将举行集会。"),
    ("zh", "相关链接", "春运首日全国铁路发送旅客420万人次，比去年同期增长一成，各地车站秩序良好。"),
    ("zh", "新闻评论", "在外打工不容易，一年就盼着这几天，希望大家都能平安到家。"),
    ("tr", "Konular:", "Bakanlık, sınav sonuçlarının önümüzdeki hafta açıklanacağını duyurdu."),
    ("de", "Passend zum Artikel", "Der Gemeinderat hat am Dienstag beschlossen, das Bauland zu verschenken."),
    ("zh", "【相關新聞】", "政府推遲改革表決，工會維持下週罷工計劃，多地將舉行集會。"),
    ("tr", "Haberle ilgili etiketler:", "Bakanlık, sınav sonuçlarının önümüzdeki hafta açıklanacağını duyurdu."),
    # a science news site's citation box under the story
    ("en", "Journal Reference:", "Anna Berg, Tom Reed. Later and further: urban hedgehogs shift their activity under new "
     "street lights. Journal of Urban Ecology, 2024; 12 (3): 45."),
    ("en", "Cite This Page:", "University of Example. \"Urban hedgehogs change their schedules.\" Science Weekly, "
     "12 March 2024."),
    # a comment thread's login prompt over the comments
    ("en", "(Log in to post comments)", "I run a trading system on isolated cores and this timer is what I fought most."),
    # the heading of a list of sources or references under a fact check or an explainer
    ("en", "Sources", "World Health Organization, advice for the public on the new coronavirus, accessed on 16 March 2020."),
    ("en", "References:", "Berg A. and Reed T. Urban hedgehogs shift their activity under new street lights, 2024."),
    ("fr", "Sources", "Organisation mondiale de la santé, conseils au grand public sur le coronavirus, consulté le 16 mars."),
    ("de", "Quellen:", "Robert Koch-Institut, Antworten auf häufig gestellte Fragen zum Coronavirus, abgerufen am 16. März."),
    ("es", "Fuentes", "Organización Mundial de la Salud, consejos para la población sobre el coronavirus, consultado el 16 de marzo."),
    ("pl", "Źródła", "Ustawa z dnia 12 stycznia 1991 roku o podatkach i opłatach lokalnych, dostęp z dnia 13 grudnia 2021 roku."),
    ("ru", "Источники", "Всемирная организация здравоохранения, рекомендации для населения о коронавирусе, дата обращения 16 марта."),
    ("el", "Πηγές", "Παγκόσμιος Οργανισμός Υγείας, συμβουλές για το κοινό σχετικά με τον κορονοϊό, πρόσβαση στις 16 Μαρτίου."),
    ("zh", "参考资料：", "世界卫生组织，关于新型冠状病毒的公众建议，访问日期为2020年3月16日。"),
]
CLOSERS += [case for cases in CASES for case in getattr(cases, "CLOSERS", [])]


@pytest.mark.parametrize(("lang", "heading", "below"), CLOSERS)
def test_closer_heading_ends_the_body(lang: str, heading: str, below: str) -> None:
    # Without the heading, a full sentence right below the text is taken for its last paragraph.
    assert _fate(_doc(lang, tail=[below]), below) == "kept"
    text = _doc(lang, tail=[heading, below])
    assert _fate(text, heading) != "kept"
    assert _fate(text, below) == "outside-body"
    _body_intact(text, lang)


BIOS = [
    ("pt", "Sobre o autor", "Jornalista, cobre economia e política em Brasília desde 2010."),
    ("nl", "Over de auteur", "Journalist, schrijft sinds 2010 over economie en politiek in Den Haag."),
    ("tr", "Yazar Hakkında", "Gazeteci, 2010 yılından beri Ankara'da ekonomi ve siyaset haberleri yazıyor."),
    ("id", "Tentang Penulis", "Wartawan yang meliput ekonomi dan politik di Jakarta sejak 2010."),
    ("cs", "O autorovi", "Novinář, od roku 2010 píše o ekonomice a politice v Praze."),
    ("sv", "Om författaren", "Journalist, skriver sedan 2010 om ekonomi och politik i Stockholm."),
    ("ro", "Despre autor", "Jurnalist, scrie despre economie și politică la București din 2010."),
    ("hu", "A szerzőről", "Újságíró, 2010 óta ír gazdasági és politikai témákról Budapesten."),
    ("ja", "この記事を書いた人", "2012年入社。経済部を経て、2020年から政治部で国会を担当している。"),
]
BIOS += [
    ("zh", "作者", "资深记者，2010年起在北京报道经济与政治新闻。"),
    ("zh", "關於作者", "資深記者，2010年起在台北報導經濟與政治新聞。"),
]
BIOS += [case for cases in CASES for case in getattr(cases, "BIOS", [])]


@pytest.mark.parametrize(("lang", "heading", "bio"), BIOS)
def test_author_bio_at_the_end_in_more_languages(lang: str, heading: str, bio: str) -> None:
    text = _doc(lang, tail=[heading, bio])
    assert _fate(text, heading) == "author-bio"
    assert _fate(text, bio) == "author-bio"
    _body_intact(text, lang)


# (language, pointer to an earlier report, "also" line, promo)
CHAINS = [
    ("pt", "Como noticiamos, o governo já havia adiado a votação duas vezes.",
     "Também o Senado deve analisar uma proposta sobre o mesmo tema ainda este ano.",
     "Siga-nos no Telegram e receba as principais notícias do dia."),
    ("nl", "Zoals we eerder meldden, stelde het kabinet de stemming al twee keer uit.",
     "Ook de Eerste Kamer moet zich later dit jaar nog over het voorstel uitspreken.",
     "Volg ons op Twitter en Facebook voor het laatste nieuws."),
    ("tr", "Daha önce haber verdiğimiz gibi hükümet oylamayı iki kez ertelemişti.",
     "Ayrıca meclis bu yıl içinde konuyla ilgili ikinci bir teklifi de görüşecek.",
     "Bizi Twitter'da takip edin, gelişmelerden haberdar olun."),
    ("id", "Seperti diberitakan sebelumnya, pemerintah sudah dua kali menunda pemungutan suara.",
     "Selain itu, DPR juga akan membahas usulan kedua tentang hal yang sama tahun ini.",
     "Ikuti kami di Google News untuk mendapatkan berita terbaru."),
    ("cs", "Jak jsme již informovali, vláda hlasování odložila už dvakrát.",
     "Také Senát má letos projednat podobný návrh zákona.",
     "Sledujte nás na Facebooku a Instagramu."),
    ("sv", "Som vi tidigare rapporterat har regeringen redan skjutit upp omröstningen två gånger.",
     "Även konstitutionsutskottet ska granska förslaget senare i år.",
     "Följ oss på Facebook och Instagram för de senaste nyheterna."),
    ("ro", "După cum am scris, guvernul a amânat deja votul de două ori.",
     "De asemenea, Senatul urmează să dezbată o propunere similară în acest an.",
     "Urmărește-ne pe Facebook și Instagram pentru cele mai noi știri."),
    ("hu", "Ahogy korábban megírtuk, a kormány már kétszer elhalasztotta a szavazást.",
     "Emellett a parlament idén egy hasonló javaslatot is tárgyal.",
     "Kövess minket a Facebookon is, hogy ne maradj le a friss hírekről!"),
    ("vi", "Như đã đưa tin, chính phủ đã hai lần hoãn cuộc biểu quyết.",
     "Ngoài ra, Quốc hội cũng sẽ thảo luận một đề xuất tương tự trong năm nay.",
     "Mời bạn đọc theo dõi tin tức mới nhất trên Google News."),
]
CHAINS += [case for cases in CASES for case in getattr(cases, "CHAINS", [])]


@pytest.mark.parametrize(("lang", "earlier", "also", "promo"), CHAINS)
def test_weak_teaser_in_a_tail_chain_in_more_languages(lang: str, earlier: str, also: str, promo: str) -> None:
    tail = _doc(lang, tail=[earlier, also, promo])
    assert _fate(tail, earlier) == "teaser"
    assert _fate(tail, also) == "teaser"
    assert _fate(tail, promo) == "promo"
    _body_intact(tail, lang)
    for line in (earlier, also):
        assert _fate(_doc(lang, middle=[line]), line) == "kept"


def test_the_notice_search_by_anchor_finds_what_the_whole_search_finds() -> None:
    # the rule searches a line only with the patterns of the anchor words it holds
    from cleaner.lexicon import patterns
    from cleaner.rules.lines import site_notice
    from cleaner.stats import measure

    lines = [line for _, _, line, _ in MUST_DROP] + [line for _, line in MUST_KEEP]
    lines += [line.upper() for line in lines]  # capitals drop accents: "PREVENEZ-MOI"
    found = 0
    for line in lines:
        hit = site_notice(line, measure(line, frozenset()))
        whole = patterns("notice").search(line)
        assert (hit.evidence["pattern"] if hit else None) == (whole[1] if whole else None), line
        found += hit is not None
    assert found >= 20


def test_every_notice_pattern_holds_an_anchor_word() -> None:
    """The notice rule searches only lines holding an anchor word: each pattern of the
    data files, and each branch of its last alternation, must name one."""
    from importlib import resources

    from cleaner.rules.lines import NOTICE_ANCHORS

    folder = resources.files("cleaner") / "data" / "patterns" / "notice"
    checked = 0
    for path in folder.iterdir():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                assert any(word in line.lower() for word in NOTICE_ANCHORS), (path.name, line)
                checked += 1
    assert checked >= 20


def test_every_notice_anchor_leads_to_a_pattern() -> None:
    """An anchor with no pattern behind it would let its lines through unsearched: a
    phrase counts word by word ("may earn" in "may (?:earn|receive)"), accents aside."""
    from cleaner.rules.lines import NOTICE_ANCHORS, _notices_by_anchor

    index = _notices_by_anchor()
    assert [anchor for anchor in NOTICE_ANCHORS if not index[anchor]] == []


@pytest.mark.parametrize("line", ["We may earn a commission when you buy through links on our site.",
                                  "Prevenez-moi de tous les nouveaux commentaires par e-mail."])
def test_a_notice_found_through_a_phrase_or_a_bare_spelling_of_its_anchor(line: str) -> None:
    from cleaner.rules.lines import site_notice
    from cleaner.stats import measure

    hit = site_notice(line, measure(line, frozenset()))
    assert hit is not None and hit.rule.value == "notice"


def test_accented_letters_of_a_pattern_also_match_bare_ones() -> None:
    from cleaner.lexicon import accent_tolerant

    assert accent_tolerant("διαβάστε επίσης") == "διαβ[άα]στε επ[ίι]σης"
    # in a class the bare letters go at its end, so that a range stays as written
    assert accent_tolerant("[àe] la une") == "[àea] la une"
    assert accent_tolerant("[é-ù]") == "[é-ùeu]"
    # a negated class, an escape and letters of other scripts stay as they are
    assert accent_tolerant("[^é]+é") == "[^é]+[ée]"
    assert accent_tolerant("\\é") == "\\é"
    assert accent_tolerant("ещё й") == "ещё й"


def test_a_patterns_apostrophe_also_matches_typographic_ones() -> None:
    from cleaner.lexicon import accent_tolerant

    assert accent_tolerant("you've") == "you['\u2019\u02bc]ve"
    # in a class, negated or not, at its end
    assert accent_tolerant("[a']") == "[a'\u2019\u02bc]"
    assert accent_tolerant("[^']+") == "[^'\u2019\u02bc]+"


@pytest.mark.parametrize(("lang", "line", "rule"), [
    ("en", "You’ve read 3 of 3 free articles this month", "notice"),
    ("en", "Don’t miss our daily newsletter", "promo"),
    ("fr", "À propos de l’auteur", "author-bio"),
])
def test_a_line_set_with_typographic_apostrophes_is_known(lang: str, line: str, rule: str) -> None:
    # the patterns write a typewriter apostrophe; sites set either, and the text keeps it
    assert _fate(_doc(lang, tail=[line]), line) == rule


def test_figures_are_no_date_line_and_dates_still_are() -> None:
    from cleaner.language import stopwords
    from cleaner.rules.lines import date_line
    from cleaner.stats import measure

    stop = stopwords("pl")
    # (a group of thousands after a dot too, "5.842", and two figures no day and month make,
    # "38.60": a table's cells in a Turkish or Chinese report)
    for figure in ("+7,4%", "9 610", "-0,3 proc.", "1,5 mln", "12 400", "5.842", "1.227.500", "38.60", "5.37"):
        assert date_line(figure, measure(figure, stop)) is None, figure
    for date in ("12.03.2024", "21 Dec 2016", "2012-01-04 10:32", "3 stycznia 2012", "09.07.2019, 06:00",
                 "5.8.2012", "21.03"):
        assert date_line(date, measure(date, stop)) is not None, date


def test_a_match_result_or_a_row_of_scores_is_no_date_line_and_a_time_between_words_still_is() -> None:
    from cleaner.rules.lines import date_line, datum, match_result
    from cleaner.stats import measure

    # a result between the two sides' names (a score that reads as a time: "88:79"), and
    # a row of a game's quarters; both are data, not dates
    for result in ("中国男篮 88:79 新西兰", "Arsenal 2-1 Chelsea", "«Зенит» 2:0 «Спартак»", "天津津门虎 0:1 上海海港",
                   # the two sides first, then the score and the half-time's or the sets'
                   "Nysa Kłodzko – Polonia Bystrzyca Kłodzka 3:1 (2:0)", "«Бердск» — «Обь» — 0:0",
                   "MUKS Dwójka Opoczno – Legion Łódź 3:1 (25:21, 22:25, 25:18, 25:19)"):
        assert match_result(result) and datum(result), result
    for row in ("中国男篮 88:79 新西兰", "Quarters: 24:26, 27:20, 19:25, 28:21"):
        assert date_line(row, measure(row, frozenset())) is None, row
    # a sentence with a score in it, a time between words: no result
    for other in ("The vote was 5-4 in favour", "Senate votes 52-48 to confirm judge", "Europe · 3:35 PM GMT",
                  "Sunday 10:30 Uhr", "the first half – a draw 1:1", "Unia Nowy Brzeg, Sokół Dąbrowica, Orzeł "
                  "Kadzidło and Korona Goworowo – all in one group 2:1"):
        assert not match_result(other), other
    for date in ("Europe · 3:35 PM GMT", "Monday 14:05", "12:00 – 14:00"):
        assert date_line(date, measure(date, frozenset())) is not None, date


def test_a_version_number_is_no_date_and_dates_with_short_years_still_are() -> None:
    from cleaner.rules.lines import STAMP, date_line
    from cleaner.stats import measure

    # a version's number (a table of affected firmware) and a wheel arrangement: a year has
    # two figures or four
    for version in ("2.7.4", "2.4.0 bis 2.7.3", "10.0.19045", "all 0-6-0 tank engines"):
        assert STAMP.search(version) is None, version
    for version in ("2.7.4", "2.4.0 bis 2.7.3", "10.0.19045"):
        assert date_line(version, measure(version, frozenset())) is None, version
    for date in ("4/1/12", "2024/3/5", "04.01.2012", "12.03.24", "1968–1974, 2006"):
        assert date_line(date, measure(date, frozenset())) is not None, date


def test_a_code_line_of_share_words_is_no_share_row() -> None:
    from cleaner.rules.lines import share_widget

    # a tutorial's code: a call printing a line, an assignment ("print", "line" and
    # "email" are share words); rows of buttons with their counters stay share rows
    for code in ('print("   ", line)', "email = line", "print(line)"):
        assert share_widget(code, measure(code, frozenset())) is None, code
    for row in ("Facebook (12)", "Facebook(12)", "Share | Tweet | Email", "350Facebook0TwitterGoogle+Total : 350"):
        assert share_widget(row, measure(row, frozenset())) is not None, row


def test_a_line_mostly_of_figures_printed_twice_is_no_copy() -> None:
    from cleaner.config import DEFAULT
    from cleaner.rules.duplicate import find_duplicates
    from cleaner.stats import measure

    # two models of a table affected by the same versions; a sentence printed twice still is
    cell, said = "2.4.0 bis 2.7.3", "The update reaches every device within two days of its release."
    texts = [cell, "Haustakt Home 2 Pro", cell, said, said]
    counts = [measure(t, frozenset()).words for t in texts]
    found = find_duplicates(texts, counts, list(range(1, 6)), DEFAULT)
    assert list(found) == [4]


def test_a_line_of_nothing_but_a_stamp_is_told_from_a_stamp_with_a_name() -> None:
    from cleaner.rules.lines import only_stamp

    for stamp in ("09:52", "Jul 19, 2024 6:41 PM IST", "23.10.2024, 05:40", "14:32 Uhr", "Updated: 11:05 a.m. ET",
                  "12 марта 2024, 10:32", "2024-10-23 08:40"):
        assert only_stamp(stamp), stamp
    # a comment's name and stamp on one line, a ticker's headline, a score
    for other in ("anna_k | 15.03.2011, 11:48", "Marcos Lima - Piracema - 19/02/2009 08h51",
                  "14:32 Storm closes the bridge", "Chelsea 1 Man Utd 1", "Published by Jan Kowal, 12.03.2024"):
        assert not only_stamp(other), other


def test_the_hour_a_line_opens_with_is_read_in_minutes_past_midnight() -> None:
    from cleaner.rules.lines import opening_clock

    for line, minutes in (("16:00 – uroczysta sesja Rady Miasta", 960), ("9.30 Msza święta", 570),
                          ("21h00 : concert sur la place", 1260), ("2:30 p.m. Parade down Main Street", 870),
                          ("12:15 AM Fireworks", 15), ("11:00 a.m. Opening", 660), ("23:59", 1439),
                          # a bare hour beside a clock word, before or after it; a colon after the hour
                          ("17 Uhr Turmblasen vom Rathausbalkon", 1020), ("ore 10.00 Santa Messa solenne", 600),
                          ("20:00 h Pregón desde el balcón", 1200), ("godz. 18 Koncert finałowy", 1080),
                          ("19点 开幕式", 1140), ("ore 17.00: inaugurazione", 1020), ("18 Uhr: Eröffnung", 1080),
                          ("17h concert sur la place", 1020)):
        assert opening_clock(line) == minutes, line
    # a date, an hour that is none, a stamp after words, a day of a month, a number in a
    # sentence, a time with seconds
    for other in ("12.03.2024 Sesja rady", "24:00 Koniec", "7:5 wynik", "Sesja o 16:00", "1.500 osób",
                  "10 March – council meeting", "В 18 лет он уехал в Москву", "10:30:45 Zeit", "12.03. Termin"):
        assert opening_clock(other) == -1, other


def test_a_heading_of_pros_or_cons_is_known_in_many_languages_and_a_longer_line_is_not() -> None:
    from cleaner.rules.lines import verdict_heading

    for heading in ("Pros", "Cons:", "The Good", "Points forts", "Vorteile", "Плюсы", "Zalety", "缺點", "단점", "Υπέρ",
                    "Κατά"):
        assert verdict_heading(heading), heading
    for other in ("Pros and cons of the new bridge", "Pro Football", "Consumer news", "Plus d'infos",
                  "Κατά της κυβέρνησης"):
        assert not verdict_heading(other), other


def test_a_multiple_is_no_share_counter_and_a_one_letter_network_still_is() -> None:
    from cleaner.rules.lines import share_widget
    from cleaner.stats import measure

    # "X" is a network's name; glued to figures it is a multiple (a table's cell: debt to EBITDA)
    for multiple in ("1,4x", "2,6x", "10x"):
        assert share_widget(multiple, measure(multiple, frozenset())) is None, multiple
    for widget in ("X", "Facebook12X3", "350Facebook0TwitterGoogle+Total : 350", "1x2x3x"):
        assert share_widget(widget, measure(widget, frozenset())) is not None, widget


def test_a_date_beside_the_reading_time_is_a_date_line() -> None:
    from cleaner.rules.lines import date_line
    from cleaner.stats import measure

    for text in ("Apr 9, 2018 · 7 min read", "October 15, 2019 | 9 min read", "12.03.2024 • 4 min read"):
        assert date_line(text, measure(text, frozenset())) is not None
    for text in ("News · Sport", "12 March 2024 | Politics", "7 min read · 12 comments"):
        assert date_line(text, measure(text, frozenset())) is None


def test_a_date_line_signed_with_its_authors_name_is_a_date_line() -> None:
    # the part before the byline word is a date line, the part after it a name
    from cleaner.rules.lines import date_line
    from cleaner.stats import measure

    for text in ("Posted on January 7, 2014 by Marcus Lindqvist", "on March 10, 2015 by Nikhil Marathe",
                 "Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.",
                 "3 stycznia 2012, autor: Jan Nowak", "January 6, 2012 11:25 am | by Michael P. Collins"):
        assert date_line(text, measure(text, frozenset())) is not None, text
    # a sentence with a date and a name, a headline with a year, a credit: no date line
    for text in ("In 2012 the bridge was built by Henry Ford", "Cable: Bearish Scenario For 2012 by Forexpros.com",
                 "Top 10 tweets deleted by MPs", "On May 3, 2019 the mill was bought by John Smith.",
                 "January 7, 2014 by the river"):
        assert date_line(text, measure(text, frozenset())) is None, text


def test_a_mastheads_row_of_a_date_a_name_and_counters_is_a_date_line() -> None:
    # three parts or more between bars, dots or bullets: a date among an author's name,
    # a reading time and counters
    from cleaner.rules.lines import date_line, navigation
    from cleaner.stats import measure

    for text in ("Сергей Карпов | 21.03.2025 [13:05] | 4 мин. | 7 840 просмотров | 63 комментария",
                 "Anna Berg · 12 March 2024 · 5 min read", "12.03.2024 • 1 245 views • 8 comments"):
        assert date_line(text, measure(text, frozenset())) is not None, text
        assert navigation(text, measure(text, frozenset())) is None, text  # (no menu's row)
    # a menu, a ticker, a table's row, a date with sections: no masthead's row
    for text in ("News · Sport · Weather", "12:30 | Storm closes road | 12:45 | Council meets",
                 "Вараш | 22 | 3 березня, ніч", "12 March 2024 | Politics | World"):
        assert date_line(text, measure(text, frozenset())) is None, text


def test_a_greek_article_before_one_word_is_no_byline() -> None:
    # "Της Κυριακής" (Sunday's: a section's label) is no author; "Της Ελένης Καραγιάννη" is
    assert byline("Της Κυριακής", measure("Της Κυριακής", frozenset())) is None
    assert byline("Της Ελένης Καραγιάννη", measure("Της Ελένης Καραγιάννη", frozenset())) is not None


def test_a_caption_closing_with_its_photo_credit_after_its_full_stop_is_an_image_line() -> None:
    from cleaner.rules.lines import image_line
    from cleaner.stats import measure

    # a caption and its credit on one line, the credit after the caption's full stop
    for caption in ("Полина Гарбузова и Олег Саввин на репетиции. Фото: Мария Петрова",
                    "Akcja policjantów w Sosnowcu. Fot. CBŚP",
                    "Los actores durante un ensayo en el Teatro Real. FOTO: MARCOS DEL RÍO / CDN",
                    "A storm overflow pipe near the river. Photograph: Rachel Arden/The Sentinel"):
        assert image_line(caption, measure(caption, frozenset())) is not None, caption
    # "Photograph:" opens a credit on its own line too
    assert image_line("Photograph: Rachel Arden", measure("Photograph: Rachel Arden", frozenset())) is not None
    # a last sentence that is no credit, or one too long for a credit, stays text
    for text in ("He said it was fine. Photo opportunities were rare.",
                 "The museum opened on Monday. Photo: the new hall was full all day and the queue was long"):
        assert image_line(text, measure(text, frozenset())) is None, text


def test_an_item_numbered_in_a_list_is_no_share_counter() -> None:
    from cleaner.rules.lines import share_widget
    from cleaner.stats import measure

    # an album's track list ("8. SMS 6"), an article's list of networks ("12. Facebook"):
    # items, not a share row's counters; the bare names and counters still are
    for item in ("8. SMS 6", "12. Facebook", "3) WhatsApp"):
        assert share_widget(item, measure(item, frozenset())) is None, item
    for row in ("SMS 6", "Facebook 12 Twitter 3", "350Facebook0TwitterGoogle+Total : 350"):
        assert share_widget(row, measure(row, frozenset())) is not None, row


def test_a_fields_label_may_hold_a_figure_between_two_words_or_join_its_words_by_a_dash() -> None:
    from cleaner.rules.lines import record_fields

    # a festival's practical details and a play's credits: "Children under 12 years:",
    # "Sets – Costumes:", "Words & music:" are labels of a record's fields
    details = ["Doors: 20:00 (the show starts at 21:00)", "Tickets: 18 € standing, 12 € students",
               "Children under 12 years: free with an adult"]
    assert record_fields(details, 3) == {0, 1, 2}
    credits = ["Direction: Nina Alexiou", "Sets – Costumes: Maria Pappa", "Words & music: Yannis Rigas",
               "Lighting / video: Petros Zacharias"]
    assert record_fields(credits, 3) == {0, 1, 2, 3}
    # a figure closing the label still makes a step, not a field
    steps = ["Step 1: Heat the oven", "Step 2: Mix the flour", "Step 3: Bake for an hour"]
    assert record_fields(steps, 3) == set()


def test_a_numeric_date_with_cjk_year_month_and_day_marks_is_a_stamp() -> None:
    from cleaner.rules.lines import STAMP, date_line, only_stamp
    from cleaner.stats import measure

    # a notice's date under its signature, a Korean page's date line
    for date in ("2022年6月10日", "2019年 7月 19日", "2022년 6월 10일"):
        assert only_stamp(date), date
        assert date_line(date, measure(date, frozenset())) is not None, date
    # inside a sentence the date stamps its line, which stays a sentence
    sentence = "2022年6月10日，教育部召开全国中小学安全工作视频会议，部署暑期防溺水工作。"
    assert STAMP.search(sentence) is not None and not only_stamp(sentence)
    # a year alone, or a month and a day without the year, is no numeric stamp
    for other in ("2022年", "6月10日"):
        assert STAMP.search(other) is None, other


def test_a_label_a_spaced_dash_and_a_figure_make_an_entry_of_data() -> None:
    from cleaner.rules.lines import datum

    # the entries of a list of figures, each a label, a dash and its value
    for entry in ("Средняя урожайность пшеницы — 52 ц/га", "Экспортная пошлина на пшеницу — 1 872 руб./т",
                  "Цена пшеницы 4-го класса (CPT Новороссийск) — 14 800 руб./т", "Average ticket price – $45"):
        assert datum(entry), entry
    # a sentence with a dash and a figure is none
    for sentence in ("Рост ВВП — 3% в 2024 году, считают эксперты.", "Paris — 12 people were hurt on Monday.",
                     "The verdict — 9 years — was read out after a long day in court."):
        assert not datum(sentence), sentence


def test_a_records_fields_one_under_another_are_told_from_a_headline_with_a_colon() -> None:
    from cleaner.rules.lines import record_fields

    box = ["Goals: Gil 27', Bednarek 71' – Sobczak 52' (pen.)", "Yellow cards: Zając, Mróz – Mazur.",
           "Referee: Arkadiusz Pietras (Bielsko). Attendance: 350.", "Żółte kartki: Zając", "A disp.: Paonessa, Ricci",
           "票价：免费"]
    assert record_fields(box, 3) == set(range(6))
    # two in a row are no box (headlines with a colon); times, steps, headings announcing
    # a list and labels of more than three words are no fields
    headlines = ["More in Travel", "Wild flowers: where to go this weekend", "Guide: night camps around the lake",
                 "Comments"]
    assert record_fields(headlines, 3) == set()
    others = ["13:54 Storm closes the bridge", "Step 1: Turn off the water", "Key points:",
              "The four members of the board: Anna, Jan, Ola", "Duration: five years", "Budget: 38.6 million"]
    assert record_fields(others, 3) == set()
    assert record_fields(others + ["Lines: three"], 3) == {4, 5, 6}
    # a label may carry a qualifier in brackets ("Metro (lines 2 and 3): …", a team and
    # its coach over the team's scorers); two brackets or a long aside make no label
    qualified = ["Μετρό (γραμμές 2 και 3): ακινητοποιημένο έως τις 16:00", "Τραμ: ακινητοποιημένο έως τις 16:00",
                 "ΟΛΥΜΠΙΑΚΟΣ (Λαμπράκης): Τζανετάκης 16 (2), Κουρής 14 (4)"]
    assert record_fields(qualified, 3) == {0, 1, 2}
    unqualified = ["Metro (lines 2 and 3) (north): stopped", "Tram: stopped",
                   "Police (who asked not to be named because the inquiry is open): no comment"]
    assert record_fields(unqualified, 3) == set()
    # a web address is no field ("https" is no label)
    assert record_fields(["https://nodejs.org/api/inspector.html", "http://example.org/a", "ftp://host/file"], 3) \
        == set()


@pytest.mark.parametrize(("lang", "furniture"), [
    ("el", ["ΔΗΜΟΣΚΟΠΗΣΗ", "Συμφωνείτε με την απόφαση;", "Ναι", "Όχι", "Ψηφίστε", "Δείτε τα αποτελέσματα"]),
    ("pl", ["Sonda", "Czy zgadzasz się z decyzją?", "Tak", "Nie", "Zagłosuj", "Zobacz wyniki"]),
    ("en", ["Continued on page 2 »", "Page 1 2"]),
    ("ru", ["Продолжение на странице 2", "Страница 1 2"]),
    ("el", ["ΒΙΝΤΕΟ", "Φόρτωση...", "00:00 / 01:24"]),
])
def test_a_polls_buttons_and_a_page_splits_pager_inside_the_text_are_removed(lang: str, furniture: list[str]) -> None:
    # furniture that sits inside articles: removed where two such lines stand together
    # (one alone may be a word of the text), weighed as unknown short lines
    text = _doc(lang, middle=furniture)
    fates = {line: _fate(text, line) for line in furniture}
    buttons = [line for line in furniture if line.startswith(("Ψηφ", "Δείτε", "Zagłosuj", "Zobacz", "Continued",
                                                               "Page", "Продолжение", "Страница", "Φόρτωση"))]
    assert all(fates[line] == "nav" for line in buttons), fates
    _body_intact(text, lang)


def test_a_numbered_result_with_its_time_is_no_stamp_beside_a_name() -> None:
    # a race's result ("2. Anna Nowak (Łomża) – 32:51") is a list's entry; a commenter's
    # name beside the time of the comment is a stamp line
    from cleaner.rules.lines import date_line
    from cleaner.stats import measure

    assert date_line("2. Paweł Sokołowski (Białystok) – 32:51", measure("2. Paweł Sokołowski (Białystok) – 32:51",
                                                                      frozenset())) is None
    assert date_line("anna_k 12.03.2011 11:48", measure("anna_k 12.03.2011 11:48", frozenset())) is not None


def _line_rules(line: str) -> set[str]:
    """The rule ids of a line's own hits (the line rules alone, no context)."""
    from cleaner.rules import line_hits

    return {h.rule.value for h in line_hits(line, measure(line, frozenset()))}


def test_a_relative_time_with_its_unit_glued_on_is_a_date_line() -> None:
    # "2h ago", "12m ago": the figure glued to its unit is a figure all the same (a live
    # blog's stamp over the clock time); a figure alone with a unit and no date word is not
    assert all("header" in _line_rules(line) for line in ("2h ago", "12m ago", "Updated 10am"))
    assert not any("header" in _line_rules(line) for line in ("10am", "3D printers"))


def test_a_sentence_naming_a_data_controller_is_no_gdpr_notice() -> None:
    # the notice speaks to the reader ("your data") or names a company with its seat; an
    # article's sentence about who controls whose data does neither
    assert "notice" in _line_rules("Administratorem danych osobowych jest Wydawnictwo Północ sp. z o.o. z siedzibą "
                                   "w Olsztynie.")
    assert "notice" not in _line_rules("Administratorem danych osobowych uczniów jest dyrektor szkoły, przypomina urząd.")
    assert "notice" not in _line_rules("The controller of the data was the council, the regulator found after a year.")


def test_a_late_train_or_flight_is_no_market_data_note() -> None:
    assert "notice" in _line_rules("Prices delayed by up to 20 min.")
    assert "notice" not in _line_rules("The flight was delayed by 15 minutes because of fog, the airline said.")
    assert "notice" not in _line_rules("Der Zug war um 15 Minuten verspätet, teilte die Bahn mit.")
