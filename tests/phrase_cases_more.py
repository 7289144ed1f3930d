"""Phrase-pattern cases for Hindi, Finnish, Danish, Bulgarian, Croatian/Bosnian/Serbian
in Latin script ("hr"), Serbian in Cyrillic script ("sr"), Catalan and Persian: sample
bodies and the must-drop, must-keep, closing-heading, author-bio and teaser-chain cases
that ``tests/test_rules.py`` adds to its own tables and runs with its own checks.

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
    "hr": [
        "Vlada je u utorak u Sabor uputila prijedlog zakona o mirovinskoj reformi, o kojem bi zastupnici trebali raspravljati tijekom proljeća.",
        "Prema riječima ministra, cilj zakona je održati mirovinski sustav u ravnoteži do 2030. bez povećanja doprinosa zaposlenih.",
        "Sindikati su reformu nazvali nepravednom i pozvali svoje članove na prosvjed u svim većim gradovima idući tjedan.",
        "Oporba smatra da je rok prekratak i traži dužu raspravu u Saboru prije konačnog glasanja o zakonu.",
    ],
    "sr": [
        "Влада је у уторак Скупштини упутила предлог закона о пензијској реформи, о којем би посланици требало да расправљају током пролећа.",
        "Према речима министра, циљ закона је да пензијски систем остане у равнотежи до 2030. без повећања доприноса запослених.",
        "Синдикати су реформу назвали неправедном и позвали своје чланове на протест у свим већим градовима идуће недеље.",
        "Опозиција сматра да је рок прекратак и тражи дужу расправу у Скупштини пре коначног гласања о закону.",
    ],
    "ca": [
        "L'Ajuntament va presentar dimarts el pressupost municipal per a l'any vinent, que el ple haurà de debatre abans de finals de mes.",
        "Segons la regidora d'Economia, els comptes preveuen invertir més en habitatge públic i transport sense apujar els impostos locals.",
        "Les associacions de veïns consideren que els barris perifèrics hi surten perdent i han convocat una protesta davant del consistori.",
        "L'oposició creu que el calendari és massa ajustat i demana un debat més llarg al ple abans de la votació definitiva.",
    ],
    "fa": [
        "شهرداری روز سه‌شنبه لایحه بودجه سال آینده شهر را به شورای شهر ارائه کرد که اعضای شورا باید تا پایان ماه درباره آن تصمیم بگیرند.",
        "به گفته معاون مالی شهرداری، این بودجه بدون افزایش عوارض شهری سهم بیشتری از هزینه‌ها را به حمل‌ونقل عمومی و مسکن اختصاص می‌دهد.",
        "انجمن‌های محلی می‌گویند محله‌های حاشیه‌ای در این بودجه نادیده گرفته شده‌اند و برای هفته آینده تجمعی مقابل ساختمان شورا اعلام کرده‌اند.",
        "منتقدان در شورای شهر معتقدند زمان بررسی بسیار کوتاه است و خواستار بحث طولانی‌تری پیش از رأی‌گیری نهایی هستند.",
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
    # Croatian, Bosnian, Serbian (Latin script)
    ("hr", "head", "Naslovnica", "nav"),
    ("hr", "middle", "Tekst se nastavlja ispod oglasa", "nav"),
    ("hr", "head", "Preskoči na sadržaj", "nav"),
    ("hr", "head", "Poslušaj članak", "nav"),
    ("hr", "tail", "Podijeli na Facebooku", "share"),
    ("hr", "middle", "Foto: Pixsell", "image"),
    ("hr", "middle", "Ilustrativna fotografija", "image"),
    ("hr", "head", "Piše: Ivana Horvat", "byline"),
    ("hr", "tail", "Pratite nas na Viberu i Instagramu", "promo"),
    ("hr", "tail", "Preuzmite našu besplatnu aplikaciju", "promo"),
    ("hr", "head", "Ova stranica koristi cookies kako bi vam pružila bolje korisničko iskustvo. Nastavkom pregledavanja prihvaćate njihovu upotrebu.", "notice"),
    ("hr", "tail", "Komentari se moderiraju prije objave.", "notice"),
    ("hr", "middle", "Pročitajte još: Sindikati najavili štrajk u javnim službama", "teaser"),
    ("hr", "tail", "Izvor: Hina", "credit"),
    ("hr", "tail", "Sva prava zadržana.", "credit"),
    ("hr", "tail", "Tagovi: mirovine, Sabor, sindikati", "nav"),
    # Serbian (Cyrillic script)
    ("sr", "head", "Насловна", "nav"),
    ("sr", "middle", "Текст се наставља испод огласа", "nav"),
    ("sr", "head", "Пређи на садржај", "nav"),
    ("sr", "head", "Послушај чланак", "nav"),
    ("sr", "tail", "Подели на Фејсбуку", "share"),
    ("sr", "middle", "Фото: Танјуг", "image"),
    ("sr", "middle", "Илустративна фотографија", "image"),
    ("sr", "head", "Пише: Милица Ђорђевић", "byline"),
    ("sr", "tail", "Пратите нас на Вајберу и Инстаграму", "promo"),
    ("sr", "tail", "Преузмите нашу бесплатну апликацију", "promo"),
    ("sr", "head", "Овај сајт користи cookies како би вам пружио боље корисничко искуство. Настављајући прегледање, прихватате њихову употребу.", "notice"),
    ("sr", "tail", "Коментари се модерирају пре објављивања.", "notice"),
    ("sr", "middle", "Прочитајте још: Синдикати најавили штрајк у јавним службама", "teaser"),
    ("sr", "tail", "Извор: Танјуг", "credit"),
    ("sr", "tail", "Сва права задржана.", "credit"),
    ("sr", "tail", "Тагови: пензије, Скупштина, синдикати", "nav"),
    # Catalan
    ("ca", "head", "Portada", "nav"),
    ("ca", "middle", "Publicitat", "nav"),
    ("ca", "head", "Vés al contingut", "nav"),
    ("ca", "head", "Escolta la notícia", "nav"),
    ("ca", "tail", "Comparteix a WhatsApp", "share"),
    ("ca", "middle", "Foto: ACN", "image"),
    ("ca", "middle", "Imatge d'arxiu", "image"),
    ("ca", "head", "Per Núria Vidal i Puig", "byline"),
    ("ca", "tail", "Segueix-nos a Telegram per rebre les últimes notícies.", "promo"),
    ("ca", "tail", "Subscriu-te al butlletí i rep cada matí les notícies del dia.", "promo"),
    ("ca", "head", "Utilitzem cookies pròpies i de tercers per millorar els nostres serveis. Si continues navegant, n'acceptes l'ús.", "notice"),
    ("ca", "tail", "Aquest article és exclusiu per a subscriptors.", "notice"),
    ("ca", "middle", "Llegeix també: Els veïns de Nou Barris es mobilitzen contra el pressupost", "teaser"),
    ("ca", "tail", "Font: ACN", "credit"),
    ("ca", "tail", "Tots els drets reservats.", "credit"),
    ("ca", "tail", "Etiquetes: pressupost, ple municipal, habitatge", "nav"),
    # Persian
    ("fa", "head", "صفحه اصلی", "nav"),
    ("fa", "middle", "تبلیغات", "nav"),
    ("fa", "head", "کد خبر: ۸۴۲۱۷۵", "nav"),
    ("fa", "head", "زمان مطالعه: ۳ دقیقه", "nav"),
    ("fa", "tail", "اشتراک‌گذاری در تلگرام", "share"),
    # a share button's label for screen readers, with its network, and the row's heading
    ("fa", "head", "به اشتراک گذاشتن این مطلب Facebook", "share"),
    ("fa", "head", "به اشتراک گذاری", "share"),
    ("fa", "middle", "عکس: ایرنا", "image"),
    ("fa", "middle", "عکس تزئینی است", "image"),
    ("fa", "head", "به قلم مریم احمدی", "byline"),
    ("fa", "tail", "ما را در اینستاگرام دنبال کنید", "promo"),
    ("fa", "tail", "برای دریافت آخرین اخبار به کانال تلگرام ما بپیوندید", "promo"),
    ("fa", "head", "این وب‌سایت از cookie استفاده می‌کند. با ادامه استفاده از سایت با آن موافقت می‌کنید.", "notice"),
    ("fa", "middle", "بیشتر بخوانید: اعتراض محله‌ها به بودجه شهرداری", "teaser"),
    ("fa", "tail", "منبع: ایسنا", "credit"),
    ("fa", "tail", "کلیه حقوق این سایت محفوظ است.", "credit"),
    ("fa", "tail", "برچسب‌ها: بودجه، شورای شهر، شهرداری", "nav"),
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
    # Croatian, Bosnian, Serbian (Latin script): the past tense of "share", "also"
    # opening a sentence, photos and sources as subjects, "Pratite li …" with a network,
    # "Pogledajte i sami …"
    ("hr", "Podijelio je svoje iskustvo s novinarima i rekao da mu mirovina nije dovoljna ni za režije i lijekove."),
    ("hr", "Također su najavili da će se prosvjed održati ispred zgrade Vlade u subotu u podne."),
    ("hr", "Fotografije s prosvjeda brzo su se proširile društvenim mrežama i izazvale brojne reakcije."),
    ("hr", "Izvori iz ministarstva tvrde da bi zakon mogao biti izglasan već idućeg tjedna."),
    ("hr", "Pratite li rasprave na Facebooku, vidjet ćete da mnogi umirovljenici podržavaju sindikate, kaže jedan od organizatora."),
    ("hr", "Pogledajte i sami brojke, poručio je ministar: mirovine su posljednjih godina rasle brže od plaća."),
    # Serbian (Cyrillic script): the same, and "Уредник" opening a sentence
    ("sr", "Поделио је своје искуство са новинарима и рекао да му пензија није довољна ни за рачуне и лекове."),
    ("sr", "Такође су најавили да ће се протест одржати испред зграде Владе у суботу у подне."),
    ("sr", "Фотографије са протеста брзо су се прошириле друштвеним мрежама и изазвале бројне реакције."),
    ("sr", "Извори из министарства тврде да би закон могао бити изгласан већ идуће недеље."),
    ("sr", "Пратите ли расправе на Фејсбуку, видећете да многи пензионери подржавају синдикате, каже један од организатора."),
    ("sr", "Уредник емисије у којој је министар гостовао рекао је да је питања послао унапред."),
    # Catalan: "comparteix" as a verb, "també" opening a sentence, "Per la seva banda",
    # photos and sources as subjects, "Segueix" alone, "Amb informació de …" in a clause
    ("ca", "Comparteix pis amb dues companyes perquè amb el seu sou no pot pagar un lloguer, explica una de les veïnes afectades."),
    ("ca", "També els comerciants del centre han criticat la proposta, perquè n'endarrereix les obres de la plaça."),
    ("ca", "Per la seva banda, el govern municipal defensa que són els comptes més socials de la dècada."),
    ("ca", "Fotos de la protesta van circular ràpidament per les xarxes socials durant tota la tarda."),
    ("ca", "Fonts de l'Ajuntament asseguren que el pressupost es podria aprovar la setmana vinent."),
    ("ca", "Segueix tancat el mercat municipal del barri, que el pressupost preveu reformar l'any que ve."),
    ("ca", "Amb informació de l'Ajuntament a la mà, els veïns calculen que les inversions als barris perifèrics baixen un 12%."),
    # Persian: "همچنین" opening a sentence, "خبرنگار ما" without a colon, photos and
    # sources as subjects, "به نقل از" without a colon, wages ("حقوق"), election adverts
    ("fa", "همچنین شهردار اعلام کرد که ساخت دو ایستگاه جدید مترو در جنوب شهر امسال آغاز می‌شود."),
    ("fa", "خبرنگار ما از محل تجمع گزارش می‌دهد که صدها نفر از ساکنان محله‌های جنوبی در آن حضور داشتند."),
    ("fa", "عکس‌هایی که از تجمع منتشر شد در شبکه‌های اجتماعی دست‌به‌دست شد."),
    ("fa", "منابع آگاه در شورای شهر می‌گویند احتمال دارد بودجه هفته آینده تصویب شود."),
    ("fa", "به نقل از یکی از اعضای شورا، بررسی لایحه بودجه دست‌کم دو هفته دیگر طول می‌کشد."),
    ("fa", "کلیه حقوق کارکنان شهرداری در بودجه جدید با افزایش بیست درصدی پرداخت خواهد شد."),
    ("fa", "تبلیغات انتخاباتی اعضای شورا در سطح شهر از هفته آینده ممنوع می‌شود."),
    # sentences that once matched a pattern of these languages (found when the cases were
    # written): "read it yourselves", a union's call to protest, "support the strike", "look
    # also at", a water-cut notice to follow, "share your experience with friends"
    ("hr", "Pročitajte i sami prijedlog zakona, poručio je ministar građanima."),
    ("sr", "Прочитајте и сами предлог закона, поручио је министар грађанима."),
    ("hr", "Vidite još uvijek kako je teško sastaviti kraj s krajem, rekla je umirovljenica."),
    ("hr", "Pridružite se prosvjedu u subotu, poručili su sindikati u objavi na Facebooku."),
    ("sr", "Придружите се протесту у суботу, поручили су синдикати у објави на Фејсбуку."),
    ("ca", "Doneu suport a la vaga de dijous, va demanar la presidenta del comitè d'empresa."),
    ("ca", "Uneix-te a la protesta, deia el cartell que va penjar l'associació al canal del barri."),
    ("ca", "Mira també els números, va dir la regidora, i veuràs que les inversions creixen cada any."),
    ("fa", "برای اطلاع از زمان قطعی آب، اطلاعیه‌های شرکت آبفا را دنبال کنید."),
    ("fa", "ما را فراموش نکنید و پیگیری پرونده را دنبال کنید، این را یکی از معترضان گفت."),
    ("hr", "Podijelite s prijateljima svoje iskustvo, poručuju iz udruge umirovljenika."),
]


# A heading that closes the body: comments, related articles.
CLOSERS = [
    ("fa", "در همین زمینه", "دولت رأی‌گیری را به تعویق انداخت و اتحادیه‌ها بر اعتصاب هفته آینده پافشاری می‌کنند."),
    ("hi", "टिप्पणियां", "मैं मंत्री से सहमत हूं, यह सुधार बहुत पहले हो जाना चाहिए था।"),
    ("hi", "संबंधित ख़बरें", "सरकार ने मतदान टाला, यूनियनें अगले हफ्ते की हड़ताल पर कायम हैं।"),
    ("fi", "Kommentit", "Olen samaa mieltä ministerin kanssa, tämä uudistus olisi pitänyt tehdä jo kauan sitten."),
    ("fi", "Aiheeseen liittyvät", "Hallitus lykkää äänestystä, ja ammattiliitot pitävät kiinni ensi viikon lakosta."),
    ("da", "Kommentarer", "Jeg er enig med ministeren, den her reform burde være kommet for længe siden."),
    ("da", "Relaterede artikler", "Regeringen udskyder afstemningen, og fagforeningerne fastholder strejken i næste uge."),
    ("bg", "Коментари", "Съгласен съм с министъра, тази реформа трябваше да се направи отдавна."),
    ("bg", "Свързани новини", "Правителството отлага гласуването, а синдикатите запазват стачката следващата седмица."),
    ("hr", "Komentari", "Slažem se s ministrom, ova je reforma trebala biti provedena davno."),
    ("hr", "Povezane vijesti", "Vlada odgađa glasanje, a sindikati ostaju pri štrajku idućeg tjedna."),
    ("sr", "Коментари", "Слажем се са министром, ова реформа је требало да буде спроведена давно."),
    ("sr", "Повезане вести", "Влада одлаже гласање, а синдикати остају при штрајку идуће недеље."),
    ("ca", "Comentaris", "Estic d'acord amb la regidora, aquest pressupost arriba tard però és necessari."),
    ("ca", "Deixa una resposta Cancel·la la resposta", "Estic d'acord amb la regidora, aquest pressupost arriba tard però és necessari."),
    ("ca", "Notícies relacionades", "L'Ajuntament ajorna la votació i els veïns mantenen la protesta de la setmana vinent."),
    ("fa", "نظرات", "با نظر شهردار موافقم، این بودجه باید خیلی زودتر تصویب می‌شد."),
    ("fa", "اخبار مرتبط", "شورای شهر رأی‌گیری را به تعویق انداخت و انجمن‌های محلی بر برگزاری تجمع تأکید کردند."),
]


BIOS = [
    ("hi", "लेखक के बारे में", "पत्रकार, 2010 से दिल्ली में अर्थव्यवस्था और राजनीति पर लिखते हैं।"),
    ("fi", "Kirjoittajasta", "Toimittaja, kirjoittanut taloudesta ja politiikasta Helsingissä vuodesta 2010."),
    ("da", "Om forfatteren", "Journalist, skriver siden 2010 om økonomi og politik på Christiansborg."),
    ("bg", "За автора", "Журналист, пише за икономика и политика в София от 2010 г."),
    ("hr", "O autorici", "Novinarka, od 2010. piše o gospodarstvu i politici iz Zagreba."),
    ("sr", "О аутору", "Новинар, од 2010. пише о економији и политици из Београда."),
    ("ca", "Sobre l'autora", "Periodista, escriu sobre economia i política municipal a Barcelona des del 2010."),
    ("fa", "درباره نویسنده", "روزنامه‌نگار، از سال ۱۳۸۹ درباره اقتصاد و مدیریت شهری در تهران می‌نویسد."),
    # the heading typed with a hamza over a plain heh
    ("fa", "دربارهٔ نویسنده", "روزنامه‌نگار، از سال ۱۳۸۹ درباره اقتصاد و مدیریت شهری در تهران می‌نویسد."),
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
    ("hr", "Kako smo ranije pisali, Vlada je glasanje već dvaput odgodila.",
     "Također, Sabor će ove godine raspravljati i o sličnom prijedlogu.",
     "Pratite nas na Viberu i Instagramu."),
    ("sr", "Како смо раније писали, Влада је гласање већ двапут одложила.",
     "Такође, Скупштина ће ове године расправљати и о сличном предлогу.",
     "Пратите нас на Вајберу и Инстаграму."),
    ("ca", "Com ja vam informar, l'Ajuntament ja ha ajornat dues vegades la votació.",
     "També el consell de districte haurà d'opinar sobre els comptes aquest mes.",
     "Segueix-nos a Telegram per rebre les últimes notícies."),
    ("fa", "همان‌طور که پیش‌تر گزارش داده بودیم، شورای شهر دو بار رأی‌گیری را به تعویق انداخته است.",
     "همچنین شورای شهر امسال لایحه مشابهی را نیز بررسی خواهد کرد.",
     "ما را در اینستاگرام دنبال کنید."),
]
