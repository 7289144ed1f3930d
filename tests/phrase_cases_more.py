"""Phrase-pattern cases for Hindi, Finnish, Danish and Bulgarian: sample bodies and
the must-drop, must-keep, closing-heading, author-bio and teaser-chain cases that
``tests/test_rules.py`` adds to its own tables and runs with its own checks.

The near misses (``MUST_KEEP``) are body sentences that use the same words as a pattern
(sharing, comments, photos, "also", "follow") in a body context: inside the body they
all stay.
"""

from __future__ import annotations

BODY = {
    "hi": [
        "सरकार ने मंगलवार को पेंशन सुधार से जुड़ा एक विधेयक पेश किया, जिस पर संसद में वसंत सत्र के दौरान चर्चा होने की उम्मीद है।",
        "मंत्री के मुताबिक, इस विधेयक का मकसद कर्मचारियों का योगदान बढ़ाए बिना 2030 तक पेंशन व्यवस्था को संतुलित बनाए रखना है।",
        "मजदूर संगठनों ने इस सुधार को अन्यायपूर्ण बताया और अगले हफ्ते देशभर में विरोध प्रदर्शन का आह्वान किया।",
        "विपक्ष का कहना है कि समय-सीमा बहुत कम है और अंतिम मतदान से पहले संसद में लंबी बहस होनी चाहिए।",
    ],
    "fi": [
        "Hallitus antoi tiistaina eduskunnalle esityksen eläkeuudistuksesta, jota kansanedustajat käsittelevät kevään aikana.",
        "Ministerin mukaan lain tavoitteena on pitää eläkejärjestelmä tasapainossa vuoteen 2030 asti korottamatta työntekijöiden maksuja.",
        "Ammattiliitot pitävät uudistusta epäoikeudenmukaisena ja ovat kutsuneet jäseniään valtakunnalliseen mielenosoitukseen ensi viikolla.",
        "Oppositio puolestaan katsoo, että aikataulu on liian tiukka, ja vaatii eduskunnassa pidempää keskustelua ennen lopullista äänestystä.",
    ],
    "da": [
        "Regeringen fremlagde tirsdag et lovforslag om pensionsreformen, som Folketinget skal behandle i løbet af foråret.",
        "Ifølge ministeren skal loven holde systemet i balance frem til 2030 uden at hæve lønmodtagernes bidrag.",
        "Fagforeningerne kaldte reformen uretfærdig og opfordrede til en landsdækkende protestdag i næste uge.",
        "Oppositionen mener, at tidsplanen er for stram, og ønsker en længere debat i Folketinget før den endelige afstemning.",
    ],
    "bg": [
        "Правителството внесе във вторник законопроект за пенсионната реформа, който депутатите трябва да обсъдят през пролетта.",
        "Според министъра текстът цели да запази равновесието в системата до 2030 г., без да се увеличават осигуровките на работниците.",
        "Синдикатите определиха реформата като несправедлива и призоваха за национален протест следващата седмица.",
        "Опозицията смята, че сроковете са твърде кратки, и настоява за по-дълъг дебат в парламента преди окончателното гласуване.",
    ],
}


# (language, zone, line, expected rule id)
MUST_DROP = [
    # Hindi
    ("hi", "head", "होम", "nav"),
    ("hi", "middle", "विज्ञापन", "nav"),
    ("hi", "head", "ख़बर सुनें", "nav"),
    ("hi", "tail", "फेसबुक पर शेयर करें", "share"),
    ("hi", "head", "फ़ेसबुक व्हाट्सऐप ट्विटर", "share"),
    ("hi", "middle", "फोटो: पीटीआई", "image"),
    ("hi", "middle", "(प्रतीकात्मक तस्वीर)", "image"),
    ("hi", "head", "रिपोर्ट: राहुल शर्मा", "byline"),
    ("hi", "tail", "ताज़ा ख़बरों के लिए हमें फेसबुक पर फॉलो करें", "promo"),
    ("hi", "tail", "हमारे टेलीग्राम चैनल से जुड़ें", "promo"),
    ("hi", "head", "यह वेबसाइट cookies का उपयोग करती है। साइट का इस्तेमाल जारी रखकर आप इससे सहमत होते हैं।", "notice"),
    ("hi", "middle", "यह भी पढ़ें: पेंशन सुधार पर विपक्ष का हंगामा", "teaser"),
    ("hi", "middle", "ये भी पढ़ें- संसद में पेंशन बिल पर बहस टली", "teaser"),
    ("hi", "tail", "(इनपुट: भाषा)", "credit"),
    ("hi", "tail", "(एजेंसी इनपुट के साथ)", "credit"),
    ("hi", "tail", "टैग्स: पेंशन, संसद, सरकार", "nav"),
    # Finnish
    ("fi", "head", "Etusivu", "nav"),
    ("fi", "middle", "Mainos", "nav"),
    ("fi", "head", "Kuuntele artikkeli", "nav"),
    ("fi", "tail", "Jaa Facebookissa", "share"),
    ("fi", "middle", "Kuva: Lehtikuva / Markku Ulander", "image"),
    ("fi", "head", "Teksti: Matti Virtanen", "byline"),
    ("fi", "tail", "Seuraa meitä myös Instagramissa!", "promo"),
    ("fi", "tail", "Tilaa uutiskirjeemme ja saat tuoreimmat uutiset sähköpostiisi.", "promo"),
    ("fi", "head", "Käytämme evästeitä (cookies) parantaaksemme käyttökokemusta. Jatkamalla hyväksyt evästeiden käytön.", "notice"),
    ("fi", "tail", "Kommentit julkaistaan moderoinnin jälkeen.", "notice"),
    ("fi", "middle", "Lue myös: Oppositio vaatii eläkeuudistuksen lykkäämistä", "teaser"),
    ("fi", "tail", "Lähde: STT", "credit"),
    ("fi", "tail", "Kaikki oikeudet pidätetään.", "credit"),
    ("fi", "tail", "Avainsanat: eläkkeet, eduskunta, ammattiliitot", "nav"),
    # Danish
    ("da", "head", "Forsiden", "nav"),
    ("da", "middle", "Annonce", "nav"),
    ("da", "head", "Lyt til artiklen", "nav"),
    ("da", "tail", "Del på Facebook", "share"),
    ("da", "middle", "Foto: Mads Claus Rasmussen/Ritzau Scanpix", "image"),
    ("da", "head", "Af Jens Jensen", "byline"),
    ("da", "tail", "Følg os på Facebook og Instagram for de seneste nyheder.", "promo"),
    ("da", "tail", "Tilmeld dig vores nyhedsbrev og få dagens vigtigste historier.", "promo"),
    ("da", "head", "Vi bruger cookies for at give dig den bedste oplevelse. Ved at fortsætte accepterer du brugen af cookies.", "notice"),
    ("da", "tail", "Denne artikel er kun for abonnenter.", "notice"),
    ("da", "middle", "Læs også: Fagbevægelsen truer med strejke", "teaser"),
    ("da", "tail", "Kilde: Ritzau", "credit"),
    ("da", "tail", "Alle rettigheder forbeholdes.", "credit"),
    ("da", "tail", "Emner: pension, Folketinget, fagforeninger", "nav"),
    # Bulgarian
    ("bg", "head", "Начало", "nav"),
    ("bg", "middle", "Реклама", "nav"),
    ("bg", "head", "Размер на шрифта", "nav"),
    ("bg", "tail", "Сподели във Facebook", "share"),
    ("bg", "tail", "Сподели Фейсбук Туитър Вайбър", "share"),
    ("bg", "middle", "Снимка: БГНЕС", "image"),
    ("bg", "middle", "Снимка илюстративна", "image"),
    ("bg", "head", "Публикувано от Иван Петров", "byline"),
    ("bg", "tail", "Последвайте ни в Telegram, за да научавате първи най-важните новини.", "promo"),
    ("bg", "head", "Този сайт използва бисквитки (cookies). Продължавайки, вие се съгласявате с използването им.", "notice"),
    ("bg", "tail", "Коментарите се публикуват след одобрение от модератор.", "notice"),
    ("bg", "tail", "Мнението на автора не отразява непременно позицията на редакцията.", "notice"),
    ("bg", "middle", "Прочетете още: Синдикатите излизат на протест", "teaser"),
    ("bg", "tail", "Източник: БТА", "credit"),
    ("bg", "tail", "Всички права запазени.", "credit"),
    ("bg", "tail", "Етикети: пенсии, парламент, синдикати", "nav"),
]


# Body sentences that use a family's words, placed inside the body: all stay.
MUST_KEEP = [
    # Hindi: the stock market ("शेयर बाजार"), a video shared on Facebook, "we hope",
    # a photo and a comment without a label's colon
    ("hi", "शेयर बाजार में मंगलवार को भारी गिरावट दर्ज की गई, जिससे निवेशकों को करोड़ों रुपये का नुकसान हुआ।"),
    ("hi", "फेसबुक पर शेयर किए गए वीडियो में प्रदर्शनकारी संसद के बाहर नारे लगाते दिख रहे हैं।"),
    ("hi", "हमें उम्मीद है कि सरकार यूनियनों से बात करेगी और फेसबुक पर फैल रही अफवाहों पर रोक लगाएगी, एक प्रदर्शनकारी ने कहा।"),
    ("hi", "फोटो खिंचवाने के लिए कई नेता संसद भवन के बाहर जमा हुए और पत्रकारों से बात की।"),
    ("hi", "टिप्पणी करते हुए मंत्री ने कहा कि इस सुधार से आने वाले वर्षों में युवाओं को फायदा होगा।"),
    ("hi", "इसके अलावा सरकार ने काम कर रहे पेंशनभोगियों के लिए पेंशन समायोजन के नियम बदलने का भी प्रस्ताव रखा।"),
    # Finnish: "also", a shared video, pictures and a text as subjects, sources, a quote
    # of the minister, room ("tilaa")
    ("fi", "Myös työnantajat arvostelivat esitystä, koska se nostaisi yritysten kustannuksia."),
    ("fi", "Jaettu video levisi nopeasti, ja sitä katsottiin Facebookissa satoja tuhansia kertoja."),
    ("fi", "Kuvat mielenosoituksesta levisivät nopeasti sosiaalisessa mediassa."),
    ("fi", "Teksti on herättänyt paljon keskustelua sekä eduskunnassa että sosiaalisessa mediassa."),
    ("fi", "Lähteiden mukaan esitys voidaan hyväksyä jo ensi viikolla."),
    ("fi", "Kuten ministeri kertoi tiistaina, hallitus ei aio muuttaa eläkeikää."),
    ("fi", "Tilaa on vähän, joten osa mielenosoittajista jäi eduskuntatalon ulkopuolelle."),
    # Danish: "also", "Af de adspurgte", "Del af", photos and sources as subjects,
    # "follow the money"
    ("da", "Også arbejdsgiverne kritiserede forslaget, fordi det vil øge omkostningerne for virksomhederne."),
    ("da", "Af de adspurgte svarede et flertal, at reformen går for vidt."),
    ("da", "Del af forslaget handler om en ny pensionsordning for selvstændige."),
    ("da", "Fotos og videoer fra demonstrationen blev delt tusindvis af gange på Facebook."),
    ("da", "Kilder i ministeriet siger, at forslaget kan blive vedtaget allerede i næste uge."),
    ("da", "Følg pengene, sagde ordføreren, da hun forklarede, hvordan undersøgelsen fandt frem til selskabets konti på Facebook."),
    # Bulgarian: "also", the past tense of "share" and of "follow", pictures and sources
    # as subjects, "По темата" opening a sentence
    ("bg", "Също така правителството предложи промени в начина на индексиране на пенсиите на работещите пенсионери."),
    ("bg", "Сподели във Facebook премиерът, че реформата няма да засегне сегашните пенсионери."),
    ("bg", "Последва бурен дебат в парламента, а опозицията напусна залата и обяви протест в Telegram."),
    ("bg", "Снимките от протеста обиколиха социалните мрежи за няколко часа."),
    ("bg", "Източници от министерството твърдят, че законът ще бъде приет следващата седмица."),
    ("bg", "По темата се изказа и министърът на труда, който защити реформата пред депутатите."),
]


# A heading that closes the body: comments, related articles.
CLOSERS = [
    ("hi", "टिप्पणियां", "मैं मंत्री से सहमत हूं, यह सुधार बहुत पहले हो जाना चाहिए था।"),
    ("hi", "संबंधित ख़बरें", "सरकार ने मतदान टाला, यूनियनें अगले हफ्ते की हड़ताल पर कायम हैं।"),
    ("fi", "Kommentit", "Olen samaa mieltä ministerin kanssa, tämä uudistus olisi pitänyt tehdä jo kauan sitten."),
    ("fi", "Aiheeseen liittyvät", "Hallitus lykkää äänestystä, ja ammattiliitot pitävät kiinni ensi viikon lakosta."),
    ("da", "Kommentarer", "Jeg er enig med ministeren, den her reform burde være kommet for længe siden."),
    ("da", "Relaterede artikler", "Regeringen udskyder afstemningen, og fagforeningerne fastholder strejken i næste uge."),
    ("bg", "Коментари", "Съгласен съм с министъра, тази реформа трябваше да се направи отдавна."),
    ("bg", "Свързани новини", "Правителството отлага гласуването, а синдикатите запазват стачката следващата седмица."),
]


BIOS = [
    ("hi", "लेखक के बारे में", "पत्रकार, 2010 से दिल्ली में अर्थव्यवस्था और राजनीति पर लिखते हैं।"),
    ("fi", "Kirjoittajasta", "Toimittaja, kirjoittanut taloudesta ja politiikasta Helsingissä vuodesta 2010."),
    ("da", "Om forfatteren", "Journalist, skriver siden 2010 om økonomi og politik på Christiansborg."),
    ("bg", "За автора", "Журналист, пише за икономика и политика в София от 2010 г."),
]


# (language, pointer to an earlier report, "also" line, promo)
CHAINS = [
    ("hi", "जैसा कि हमने पहले बताया था, सरकार दो बार मतदान टाल चुकी है।",
     "इसके अलावा संसद इस साल एक और मिलते-जुलते प्रस्ताव पर भी चर्चा करेगी।",
     "ताज़ा ख़बरों के लिए हमें फेसबुक पर फॉलो करें।"),
    ("fi", "Kuten aiemmin uutisoimme, hallitus on jo kahdesti lykännyt äänestystä.",
     "Myös perustuslakivaliokunta käsittelee esitystä myöhemmin tänä vuonna.",
     "Seuraa meitä myös Instagramissa!"),
    ("da", "Som vi tidligere har skrevet, har regeringen allerede udskudt afstemningen to gange.",
     "Også Lovrådet skal se på forslaget senere i år.",
     "Følg os på Facebook og Instagram for de seneste nyheder."),
    ("bg", "Както съобщихме, правителството вече два пъти отложи гласуването.",
     "Също така парламентът ще обсъди подобно предложение тази година.",
     "Последвайте ни в Telegram, за да научавате първи най-важните новини."),
]
