"""Whole pages of kinds the seeds and the dev set do not show, in several languages.

Each case is a page written for this test: furniture around an article whose body has a
shape that breaks easy assumptions (one-sentence paragraphs, subheadings, a list at the
end, questions and answers, no junk at all, a cookie banner written like a paragraph).
The cleaned text must be exactly the body, in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from cleaner import RuleId, clean, clean_and_explain
from cleaner.corpus import CorpusIndex
from cleaner.pipeline import _ASKS
from cleaner.tokens import fingerprint

BUDGET = [
    "The council approved the budget on Monday after a long debate that lasted well into the night.",
    "Critics said the plan does too little for the outer districts, where bus services were cut last year.",
    "The mayor said more money would follow once the new tax comes into force next spring.",
]


@dataclass(frozen=True)
class Page:
    head: str
    body: list[str]
    foot: str

    def text(self) -> str:
        parts = [self.head, "\n\n".join(self.body), self.foot]
        return "\n\n".join(p for p in parts if p) + "\n"


PAGES = {
    "an interview told as lines of dialogue, one short answer a line (ru)": Page(
        'Главная\nХоккей\nФутбол\nБаскетбол\nВход\nХоккей / КХЛ / Интервью\n5 марта 2024, 09:40\nАндрей Волков: «Я просто делаю свою работу»\nВратарь «Северстали» — о серии сухих матчей\nПетр Гусев\nКомментарии: 12\nПоделиться',
        ['Двадцатитрехлетний вратарь Андрей Волков провел четыре сухих матча подряд и стал главным открытием регулярного чемпионата. Мы поговорили с ним после утренней тренировки.',
         'ПРО СЕРИЮ',
         '— Четыре матча на ноль. Думаете об этом?',
         '— Нет.',
         '— Совсем?',
         '— Стараюсь не думать. Игра за игрой.',
         '— Кто вам помогает?',
         '— Защитники. Без них никакой серии бы не было.',
         'Читайте также: «Северсталь» продлила контракт с главным тренером',
         'ПРО ДОМ',
         '— Часто бываете дома?',
         '— Редко. Сезон длинный.',
         '— Скучаете?',
         '— Конечно. Мама звонит после каждой игры.',
         '— Что говорит?',
         '— Чтобы ел нормально.'],
        'Теги: хоккей, КХЛ\nКомментарии (12)\nГость\nМолодец, так держать!\nОтветить\n© 2024 Спорт'),
    "a poem the text announces with a colon, between two parts, over its picture's credit (ru)": Page(
        'Главная\nКультура\nЛюди\nСтихи, которые ждали семьдесят лет\n12.04.2024\nАвтор: Ольга Смирнова',
        ['Мария Петровна Соколова пишет стихи с юности, но впервые прочитала их вслух только на своем девяностолетии, когда внуки уговорили ее выступить в сельском клубе.',
         'Теперь ее тетради стали книгой, которую напечатали на деньги района. Одно стихотворение она считает самым важным:',
         'Журавли летели низко',
         'Над покосом и рекой,',
         'Мы стояли у калитки',
         'И махали им рукой.',
         'А потом пришла зима,',
         'Замела пути-дороги.',
         'Только в памяти весна',
         'Да журавль на пороге.',
         'Фото: Ольга Смирнова',
         'Книгу уже передали в районную и школьные библиотеки, а несколько экземпляров Мария Петровна подписала для соседей.',
         'Сейчас она готовит второй сборник и говорит, что стихов в тетрадях хватит еще на два.'],
        'Читайте также:\nВ районе открылась новая библиотека\nКомментарии (3)\nАнна\nКакие добрые стихи!\n© Районная газета'),
    "tabloid, one sentence per paragraph (en)": Page(
        "Menu\nSearch\nSign in\nWorld\nUK\nPolitics\nHOME › NEWS\nMan rescues kitten from storm drain\n"
        "By Sarah Jones For Daily Example\nPublished: 10:32, 12 March 2024 | Updated: 11:05, 12 March 2024\n14\nshares",
        ["A man has been hailed a hero after he climbed into a storm drain to rescue a kitten.",
         "Tom Baker, 34, heard the animal crying as he walked his dog on Tuesday morning.",
         "He said: 'I couldn't just leave it there.'",
         "The kitten, now named Drainy, is being cared for by a local charity.",
         "It is expected to make a full recovery.",
         "Mr Baker said he would consider adopting the kitten himself if no owner comes forward."],
        "Share or comment on this article:\nMost Read\nCelebrity couple announce split after ten years\n"
        "The best beaches in Europe for a spring break\nComments (12)\nShare what you think\nNewest\nOldest\n"
        "Best rated\nWhat a lovely man, well done!\nJohn, London, 2 hours ago\nBack to top\nPrivacy Policy\nTerms"),
    "subheadings, a list and a quote (nl)": Page(
        "Home\nNieuws\nSport\nEconomie\nCultuur\nZoeken\n\nDe stad investeert in nieuwe tramlijnen\n"
        "12 maart 2024, 10:32\nDoor Jan de Vries",
        ["De gemeente heeft maandag een nieuw plan gepresenteerd om het openbaar vervoer in de stad de komende jaren flink uit te breiden.",
         "Volgens de wethouder moet het plan de files in het centrum verminderen en het voor forenzen makkelijker maken om zonder auto naar hun werk te gaan.",
         "Twee nieuwe lijnen",
         "Het plan omvat de aanleg van twee nieuwe tramlijnen, die het centrum verbinden met de wijken in het noorden en het oosten van de stad.",
         "De eerste lijn moet in 2027 klaar zijn.",
         "Daarnaast worden alle haltes vernieuwd:",
         "- bredere perrons",
         "- overdekte wachtruimtes",
         "- borden met actuele vertrektijden",
         "„Dit is de grootste investering in het vervoer sinds de jaren zeventig”, zei de wethouder.",
         "Kritiek",
         "Niet iedereen is enthousiast. Bewoners van de oostelijke wijken vrezen jarenlange overlast door de bouw, en de oppositie vraagt zich af of het budget wel toereikend is.",
         "Wat vindt u?",
         "De gemeenteraad stemt volgende maand over het plan."],
        "Deel dit artikel\nFacebook\nTwitter\nWhatsApp\nMeer nieuws\nBrand in loods bij haven snel onder controle\n"
        "Nieuwe burgemeester beëdigd\n© 2024 Stadskrant\nPrivacy\nCookies"),
    "a list announced at the end (en)": Page(
        "Home\nRecipes\nHealth\nTravel\nSubscribe\n10 ways to save energy at home this winter\nMarch 12, 2024\nBy Jane Doe",
        ["Energy bills are rising again, but there are simple steps every household can take to use less.",
         "1. Turn down the thermostat",
         "Lowering the temperature by just one degree can cut your heating bill by up to ten percent.",
         "2. Seal draughts",
         "Gaps around doors and windows let warm air escape; a cheap strip of foam can fix most of them.",
         "3. Wash at 30 degrees",
         "Most modern detergents work just as well at lower temperatures.",
         "What you need:",
         "- foam strips",
         "- a radiator key",
         "- thick curtains"],
        "Related stories\nHow to cut your water bill\nThe best smart thermostats of the year\n"
        "Sign up for our newsletter\nEnter your email\nSubscribe\nAbout us\nContact\nTerms of use"),
    "questions and answers (fr)": Page(
        "Accueil\nPolitique\nÉconomie\nSport\nCulture\n« Il faut repenser la ville » : entretien avec une urbaniste\n"
        "Le 12 mars 2024 à 10h32\nPar Marie Dupont",
        ["Urbaniste et professeure, Claire Martin publie un essai sur la ville de demain. Elle répond à nos questions.",
         "Pourquoi faut-il repenser la ville ?",
         "Parce que nos villes ont été construites pour la voiture, et que ce modèle ne tient plus face au climat et aux besoins des habitants.",
         "Par où commencer ?",
         "Par les rues. Rendre une rue aux piétons coûte peu et change tout pour les commerces et les enfants."],
        "Lire aussi\nLes maires face à la crise du logement\nPartager\nFacebook\nTwitter\nLinkedIn\nNewsletter\n"
        "Inscrivez-vous pour recevoir l'essentiel de l'actualité\nMentions légales"),
    "an author box below (de)": Page(
        "Startseite\nPolitik\nWirtschaft\nSport\nKultur\nStadt plant neue Straßenbahnlinien\n12.03.2024, 10:32 Uhr\nVon Anna Schmidt",
        ["Die Stadt hat am Montag einen Plan vorgestellt, mit dem der öffentliche Nahverkehr in den kommenden Jahren deutlich ausgebaut werden soll.",
         "Nach Angaben des Verkehrsdezernenten sollen zwei neue Straßenbahnlinien das Zentrum mit den nördlichen und östlichen Stadtteilen verbinden.",
         "Die Kosten werden auf rund 800 Millionen Euro geschätzt. Der Stadtrat soll im nächsten Monat über das Vorhaben abstimmen."],
        "Über die Autorin\nAnna Schmidt ist Redakteurin im Ressort Stadt und schreibt seit 2015 über Verkehr und Stadtentwicklung.\n"
        "Mehr zum Thema\nNeue Radwege in der Innenstadt\nArtikel teilen\nFacebook\nTwitter\nImpressum\nDatenschutz"),
    "two paragraphs and a long tail (it)": Page(
        "Home\nCronaca\nPolitica\nSport\nNuovo ponte sul fiume inaugurato oggi\n12 marzo 2024",
        ["È stato inaugurato questa mattina il nuovo ponte sul fiume, atteso da oltre dieci anni dai residenti della zona nord della città.",
         "Il sindaco ha ringraziato i lavoratori e ha annunciato che il traffico sarà aperto da domani."],
        "Leggi anche\nLavori in corso sulla statale: code e rallentamenti\nChiusura temporanea della biblioteca comunale per restauri\n"
        "Meteo, allerta gialla per temporali nel fine settimana\nIscriviti alla newsletter\n"
        "Ricevi ogni giorno le notizie più importanti\nCondividi\nFacebook\nTwitter\nWhatsApp\n© 2024 Il Quotidiano - P.IVA 01234567890"),
    "an advert block between paragraphs (en)": Page(
        "Home\nNews\nLocal\nCouncil approves budget\n12 March 2024",
        ["The council approved the budget on Monday after a long debate that lasted well into the night.",
         "Critics said the plan does too little for the outer districts, where bus services were cut last year.",
         "Advertisement",
         "Sponsored",
         "Story continues below",
         "The mayor said more money would follow once the new tax comes into force next spring.",
         "A final vote on the tax is expected in April, when the council meets again after the Easter break."],
        "Most Read\nTrain strike called off\nAbout us\nContact"),
    "share buttons before the last paragraph (ru)": Page(
        "Главная\nНовости\nОбщество\nГорсовет утвердил бюджет\n12 марта 2024",
        ["Городской совет в понедельник утвердил бюджет на следующий год после долгого обсуждения, которое продолжалось до поздней ночи.",
         "Критики заявили, что план делает слишком мало для окраин, где в прошлом году уже сократили автобусные маршруты.",
         "Поделиться",
         "ВКонтакте",
         "Одноклассники",
         "Мэр пообещал, что дополнительные деньги появятся, когда новый налог вступит в силу следующей весной."],
        "Самое читаемое\nО нас\nКонтакты"),
    "a recipe: an ingredient list above the method, reviews below (en)": Page(
        "Home\nRecipes\nDinner\nDesserts\nSearch recipes\nLemon drizzle cake\nBy Jane Cook\n"
        "Prep: 20 mins Cook: 45 mins Serves 8",
        ["This easy lemon drizzle cake is a family favourite: a light sponge soaked in a tangy lemon syrup, with a crunchy sugar topping.",
         "Ingredients", "225g unsalted butter, softened", "225g caster sugar", "4 eggs", "225g self-raising flour",
         "1 lemon, zested", "For the drizzle", "juice of 1½ lemons", "85g caster sugar", "Method",
         "Heat the oven to 180C/160C fan/gas 4. Beat together the butter and sugar until pale and creamy, then add the eggs one at a time.",
         "Sift in the flour, then add the lemon zest and mix until well combined. Spoon the mixture into a lined loaf tin.",
         "Bake for 45-50 minutes until a thin skewer inserted into the centre of the cake comes out clean.",
         "While the cake is cooling in its tin, mix together the lemon juice and sugar, then pour the drizzle over the warm cake."],
        "Rate this recipe\nReviews (12)\nLovely cake, made it twice this week already and the family loved it.\n"
        "Share\nFacebook\nPinterest\nYou may also like\nLemon meringue pie\nEasy chocolate brownies\nAbout us\nContact"),
    "already clean text (en)": Page("", BUDGET, ""),
    "cookie banners written like paragraphs (en)": Page(
        "We use cookies to give you the best experience on our website. By continuing to browse the site you agree to our use of cookies.\n"
        "Accept\nHome\nNews\nCouncil approves budget\n12 March 2024",
        BUDGET,
        "This website uses cookies to improve your experience while you navigate through the website. You can opt out at any time in the settings.\n"
        "Accept all\nSettings"),
    "a cookie banner in a language with no other patterns (nl)": Page(
        "Wij gebruiken cookies om je de beste ervaring op onze website te geven. Door verder te surfen ga je akkoord met ons gebruik van cookies.\n"
        "Accepteren\nHome\nNieuws\nGemeenteraad keurt begroting goed\n12 maart 2024",
        ["De gemeenteraad heeft maandag na een lang debat dat tot diep in de nacht duurde de begroting goedgekeurd.",
         "Critici zeggen dat het plan te weinig doet voor de buitenwijken, waar vorig jaar al op de busdiensten werd bezuinigd.",
         "De burgemeester zei dat er meer geld komt zodra de nieuwe belasting volgend voorjaar van kracht wordt."],
        "Deze website maakt gebruik van cookies om je ervaring te verbeteren terwijl je door de website navigeert. Je kunt je op elk moment afmelden.\n"
        "Alles accepteren"),
    "a paywall message (en)": Page(
        "Home\nNews\nCouncil approves budget\n12 March 2024", BUDGET,
        "You have read 3 of your 5 free articles this month. Subscribe now for unlimited access to all our journalism.\n"
        "Subscribe\nAlready a subscriber? Log in"),
    "a byline and a date under the standfirst (fr)": Page(
        "S'abonner\nSe connecter\nCulture\nLe dernier gardien de phare",
        ["Il a passé trente et un ans seul sur un rocher de l'Atlantique. Aujourd'hui, le phare fonctionne sans lui.",
         "Par Jean Dupont", "Publié le 2 mars 2024 à 06h00",
         "Le bateau vient tous les quinze jours, si le temps le permet. Pendant presque toute sa vie, c'était sa seule visite.",
         "« On s'y habitue, dit-il. Puis on finit par aimer ça, et on ne peut plus s'en passer. »",
         "Le phare se dresse sur un rocher grand comme un terrain de football, à vingt kilomètres de la côte."],
        "Sur le même sujet\nLes plus lus\nMentions légales"),
    "short sentences thin in stopwords (tr)": Page(
        "Anasayfa\nGündem\nEkonomi\nSpor\nŞehre yeni köprü açıldı\n12 Mart 2024 10:32",
        ["Belediye başkanı salı günü nehir üzerindeki yeni köprüyü açtı. Köprünün yapımı üç yıl sürdü.",
         "Yetkililer köprünün şehir merkezindeki trafiği azaltacağını söyledi.",
         "Projenin maliyeti yüz milyon lirayı aştı."],
        "İlgili Haberler\nPaylaş"),
    "an interview ending in short turns (ru)": Page(
        "Главная\nИнтервью\n«Мы не ждали такого спроса»\nБеседовала Анна Иванова\n12 марта 2024",
        ["Директор завода рассказал нашему изданию, почему производство за год выросло вдвое и что будет с ценами.",
         "— Как вы объясняете рост?", "— Спрос. Мы не ждали такого спроса, честно говоря.",
         "— Цены вырастут?", "— Нет. По крайней мере, не в этом году.",
         "— А зарплаты?", "— Да, с апреля на десять процентов."],
        "Подпишитесь на наш телеграм-канал\nЧитайте также\nКомментарии"),
    "a table of figures inside the body (es)": Page(
        "Inicio\nDeportes\nFútbol\nLa clasificación tras la jornada 20",
        ["El líder dejó escapar puntos por primera vez en dos meses, pero mantiene una cómoda ventaja en lo más alto de la tabla.",
         "Equipo PJ G E P Pts", "Real Norte 20 15 3 2 48", "Atlético del Este 20 13 4 3 43", "Unión Oeste 20 12 5 3 41",
         "Por detrás, cuatro equipos están separados por solo dos puntos en la lucha por la última plaza europea.",
         "La próxima jornada se juega el sábado, con el líder de visita en el campo del segundo clasificado."],
        "Comentarios\nLo más leído\nAviso legal | Privacidad"),
    "a question and its answer below an inline box of related links (es)": Page(
        "Inicio\nNacional\nEconomía\nDeportes\nEl Gobierno aprueba un plan contra las listas de espera\n"
        "Redacción\nMadrid, 14 mar 2024 - 10:32 CET\nCompartir en Facebook\nCompartir en Twitter",
        ["El Consejo de Ministros aprobó este martes un plan de choque para reducir las listas de espera en la sanidad pública, que superan los 800.000 pacientes.",
         "La medida, que costará 1.200 millones de euros, incluye la contratación de 3.000 profesionales y la apertura de los centros de salud por la tarde.",
         "Lee también", "Las comunidades piden más fondos para la atención primaria", "Los médicos convocan una huelga para abril",
         "\"No podemos permitir que un paciente espere seis meses para una operación\", dijo la ministra en la rueda de prensa.",
         "Las comunidades autónomas tendrán un mes para presentar sus propuestas.",
         "¿Cuándo entra en vigor?",
         "El plan entrará en vigor el 1 de junio y se revisará cada seis meses."],
        "Publicidad\nTemas\nSanidad\nGobierno\nComentarios (12)\nLo más leído\nAviso legal\n© 2024 Diario Ejemplo S.L."),
    "key points above the article, screen-reader image labels inside (en)": Page(
        "Skip to main content\nNews\nSport\nWeather\nRail fares to rise by 5% in March\nBy Tom Edwards\n"
        "Transport correspondent\n3 hours ago\nShare\nRelated Topics\nRail travel",
        ["Key points:", "- Fares in England will rise by 4.9% from 3 March",
         "- Unions call the rise \"a kick in the teeth\" for commuters", "- The government says the cap is below inflation",
         "Rail fares in England will rise by up to 4.9% in March, the government has announced.",
         "The increase is below the current rate of inflation, which stood at 6.7% in September.",
         "Image source, PA Media",
         "Passenger groups said commuters were already paying too much for unreliable services.",
         "The Transport Secretary said the decision struck a balance between passengers and taxpayers.",
         "Image source, Getty Images", "Image caption,", "Commuters face higher costs from March",
         "Fares in Scotland and Wales are set separately."],
        "More on this story\nStrikes to hit rail services this weekend\nPublished\n2 days ago\nTop Stories\n"
        "Copyright 2024 BBC. All rights reserved."),
    "a command announced with a colon at the end (en)": Page(
        "Blog\nDocs\nPricing\nSign in\nHow to read JSON lines in Python\nPosted by Ana Lee on March 2, 2024",
        ["JSON Lines is a convenient format for storing structured data that may be processed one record at a time.",
         "Each line is a valid JSON value, so a program can read the file line by line and keep its memory use low.",
         "If a line is broken, the parser raises an error, which you can catch to skip the record and go on.",
         "Install the helper package with:",
         "pip install jsonlines"],
        "Tags: python, json\nShare on Twitter\nLeave a comment\nYour email address will not be published.\n"
        "Subscribe to our newsletter\n© 2024 Example Inc."),
    "a schedule announced with a colon at the end (pl)": Page(
        "Muzyka\nKoncerty\nRecenzje\nPrzegląd chórów rusza w trzech miastach\n2024-01-08\ninf. prasowa\nA A A",
        ["W Gdańsku, Poznaniu i Lublinie wystąpią w lutym chóry szkolne, które zgłosiły się do trzeciej edycji przeglądu.",
         "Jury każdego wieczoru wybierze jeden chór, który zaśpiewa podczas koncertu galowego w kwietniu.",
         "Najbliższe koncerty przeglądu:",
         "GDAŃSK - Filharmonia Bałtycka, ul. Ołowianka 1, godz. 18.00",
         "3 lutego: Chór Kameralny, Schola Cantorum, Młode Głosy, Echo",
         "POZNAŃ - Aula Nova, godz. 18.00",
         "4 lutego: lista chórów zostanie podana po zamknięciu zgłoszeń, zajrzyjcie na naszą stronę",
         "LUBLIN - Centrum Spotkania Kultur, pl. Teatralny 1, godz. 19.00"],
        "Oceń ten artykuł\n11\n0\nPodziel się\nWYWIADY\nRozmowa z dyrygentem\nRECENZJE\nNowa płyta\nZobacz także"),
    "a last paragraph thin in stopwords, signed with initials (de)": Page(
        "Startseite\nNews\nTechnik\nFahrrad\n« Zurück | Weiter »\n08.04.2024 12:46\n"
        "Fahrradcomputer zeigt jetzt auch Steigungen an",
        ["Die Funktion, die es bisher nur im teureren Modell gab, steht nun auch im kleinen Gerät zur Verfügung, wie der Hersteller am Dienstag bekannt gab.",
         "Dafür muss das Gerät einmal mit dem Telefon verbunden werden. Die Höhendaten lädt es danach selbst aus dem Netz, sobald es eine Verbindung hat.",
         "Außerdem bringt die neue Software eine längere Akkulaufzeit. Wer nachts fährt, kann das Display nun dunkler stellen als bisher.",
         "TrailMate Mini 2.1 kostet aktuell rund 120 Euro im Fachhandel und setzt mindestens Android 12 oder iOS 16 plus Bluetooth 5.0 voraus. (kwe)"],
        "« Zurück | Weiter »\nKommentare lesen (1 Beitrag)\nForum zum Thema: Fahrradtechnik\nteilen\ntweet\nmail\n"
        "Impressum\nDatenschutz"),
    "a schedule announced below the last paragraph (el)": Page(
        "Αρχική\nΑθλητικά\nΜπάσκετ\nΞεκινά σήμερα ο δεύτερος γύρος\n09.01.2024",
        ["Οι οπαδοί γέμισαν το γήπεδο από νωρίς το απόγευμα, περιμένοντας την πρώτη αναμέτρηση της χρονιάς.",
         "Ο πρώτος γύρος του κυπέλλου, που έληξε πριν από τις γιορτές, είχε δύο αγώνες με παράταση.",
         "Στον δεύτερο γύρο μπαίνουν σήμερα και οι ομάδες της πρώτης κατηγορίας.",
         "Το πρόγραμμα:",
         "Ηρακλής - Κολοσσός (16.00, Κανάλι 2), Ιωνικός - Λαύριο (18.00), Άρης - Καρδίτσα (20.00)"],
        "ΣΧΕΤΙΚΑ ΘΕΜΑΤΑ\n2024-01-09\n-- Ο δεύτερος γύρος σήμερα\n2023-12-20\n-- Ρεκόρ θεατών στο κύπελλο\nΣελίδα 27"),
    "a gallery between the body and its last paragraph (de)": Page(
        "Startseite\nPolitik\nWirtschaft\nSport\nDer Nachtzug kehrt zurück\nVon Anna Schmidt\n4. Juni 2024",
        ["Quer durch Europa kehren Nachtzüge zurück, die vor zehn Jahren eingestellt wurden, getragen von Klimazielen und einer neuen Generation von Reisenden.",
         "Die Betreiber sind von der Nachfrage überrascht. Auf manchen Strecken sind die Abteile wochenlang im Voraus ausgebucht.",
         "Zum ersten Mal seit dreißig Jahren kaufen die Unternehmen wieder neue Schlafwagen, und weitere Strecken sind in Planung.",
         "Anzeige", "Bildergalerie", "1 / 12", "Bild vergrößern", "Foto: Anna Schmidt/dpa",
         "Die Bahnen erwarten, dass das Wachstum anhält, warnen aber, dass die Kapazität der Gleise über das Tempo entscheiden wird."],
        "Mehr aus Politik\nHochwasser im Süden: was wir wissen\nWahlergebnisse im Überblick\nImpressum | Datenschutz"),
    "a list announced with a colon between two parts, past a teaser (ru)": Page(
        "Главная\nНовости\nТехника\nНаука\nВойти\nГлавная / Новости / Техника\n"
        "Завод в Твери начал выпуск электрических тракторов\nМарина Соколова\n3 сентября 2024, 09:15\n"
        "Поделиться\nВКонтакте\nTelegram",
        ["Тверской завод сельхозтехники выпустил первую партию электрических тракторов, рассказали в пресс-службе предприятия.",
         "Машины предназначены для небольших фермерских хозяйств и теплиц, где важны тишина и отсутствие выхлопа.",
         "Читайте также: Фермеры Подмосковья стали чаще покупать отечественную технику для теплиц",
         "Что умеет новый трактор:",
         "работа без подзарядки до восьми часов",
         "мотор мощностью 40 кВт",
         "запас хода около 60 километров",
         "Первые двадцать машин уже отправлены покупателям в Тверской и Ярославской областях.",
         "Читайте также: Обзор самых популярных сельскохозяйственных дронов этого года от редакции",
         "Что дальше",
         "В следующем году завод рассчитывает удвоить выпуск и представить модель для садовых участков.",
         "Цена трактора пока не раскрывается, но на заводе обещают, что она будет ниже, чем у импортных машин с дизельным мотором."],
        "Теги: техника, сельское хозяйство\nПохожие новости\nКомментарии (0)\n© 2024 Пример Медиа"),
    "opening hours announced with a colon between two parts, past a teaser (en)": Page(
        "Home\nNews\nLocal\nSport\nWeather\nLibrary opening hours to be extended this winter\n"
        "By Peter Hall\n14 November 2024",
        ["The city library will stay open until nine in the evening from December, the council said on Thursday.",
         "Students had asked for longer hours for years, saying the reading rooms were full by early afternoon.",
         "Read more: Council approves new budget for parks and playgrounds after a long debate",
         "The new hours from December:",
         "Monday to Thursday 8am to 9pm",
         "Friday 8am to 6pm",
         "Saturday 10am to 6pm",
         "Sunday noon to 5pm",
         "The council expects the change to cost about forty thousand pounds a year.",
         "Read more: Five new playgrounds will open in the northern districts before the summer",
         "Who pays",
         "The money comes from the budget for city events, which will shrink by a tenth next year.",
         "Volunteers will staff the children's floor on Sundays until new librarians are hired in the spring."],
        "Share this article\nMore from News\nComments\n© 2024 Example Gazette"),
    # a column's standfirst between its title with the author's name under it and the
    # name again over the date line: the name between title and standfirst is no
    # second title
    "a standfirst under the title and the author's name (en)": Page(
        "Home\nNews\nOpinion\nSport\nCulture\nOpinion›Transport\n"
        "The ferry that stopped sailing: what the end of the island route tells us\nMara Kettle",
        ["Island routes are cut one at a time, quietly, and each cut is called an efficiency. Add them up and "
         "you get a coast that only works for people who own a car.",
         "Mara Kettle", "@marakettle", "Tue 12 Nov 2019 06.00 GMT", "Last modified on Tue 12 Nov 2019 09.41 GMT",
         "Share on Facebook", "Share on Twitter", "Share via Email", "This article is more than 5 years old",
         "The last sailing of the island route left the harbour at ten past six on a wet Friday in October, "
         "with eleven passengers and a dog on board.",
         "Nobody announced it as the last one. The timetable simply had no next page, and the council said "
         "the service had been losing money for a decade.",
         "The people who used it were pensioners, teenagers going to college and nurses on early shifts, "
         "who now face a two-hour detour by road."],
        "Share on Facebook\nMore from this columnist\nComments\n© 2019 Example Herald"),
    # a review's specs between its introduction and its first section, a label over its
    # value one a line ("Weight" / "248g"): a table of two columns whose values are text
    # as often as figures (``rules.tables.find_pairs``)
    "a review's specs list between its introduction and its sections (en)": Page(
        "Home\nReviews\nAudio\nHeadphones\nSearch\nKestrel Arc 2 review: lighter, quieter, longer\n"
        "By Dana Whitfield\nSeptember 30, 2020",
        ["The first Kestrel Arc was a surprise hit in 2018: noise-cancelling headphones from a small company that "
         "sounded better than pairs twice the price, with an awkward fit.",
         "The Arc 2 keeps what worked and fixes what did not. I wore them for three weeks on trains, in the office "
         "and on two long flights.",
         "Specs",
         "Price", "$279 / £259", "Weight", "236g", "Drivers", "40mm dynamic", "Bluetooth", "5.2, AAC and SBC",
         "Battery life", "Up to 38 hours (noise cancelling on)", "Charging", "USB-C, 10 minutes for 4 hours",
         "Design and comfort",
         "The most noticeable change is the weight. At 236g the Arc 2 is forty grams lighter than the first pair, "
         "and after a full working day I barely noticed them.",
         "The earcups still fold flat into a slim case, and the headband no longer presses on the top of the head.",
         "Noise cancelling",
         "On a train the low rumble of the engine disappears almost completely, and voices in the carriage "
         "fade to a murmur that is easy to ignore."],
        "Share this review\nMore reviews\nComments (12)\n© 2020 Example Gear"),
    # a small table, a header row of labels over two rows alike cell for cell ("4",
    # "Estación – Mercado – Hospital", ...: rows of items, each alone a menu's), announced
    # by the paragraph over it, with the article going on past it
    "a table of two rows under its header row between paragraphs (es)": Page(
        "Inicio\nCiudad\nTransporte\nCultura\nDeportes\nObras en la avenida del Río: cambian dos líneas de autobús\n"
        "Redacción | 14/03/2016",
        ["El ayuntamiento cerrará desde el lunes el tramo central de la avenida del Río para renovar la red de "
         "agua, unas obras que durarán al menos diez semanas.",
         "Durante ese tiempo, dos líneas urbanas cambiarán su recorrido:",
         "Línea", "Recorrido actual", "Recorrido provisional",
         "4", "Estación – Avenida del Río – Hospital", "Estación – Calle Mayor – Parque – Hospital",
         "9", "Mercado – Avenida del Río – Universidad", "Mercado – Puente Nuevo – Universidad",
         "Las paradas del tramo cerrado quedarán suspendidas y se habilitará una parada provisional frente "
         "al mercado.",
         "La concejala de Movilidad pidió paciencia a los vecinos y recordó que las obras llevaban años aplazadas."],
        "Compartir\nMás noticias de Ciudad\nComentarios (3)\n© 2016 Diario del Valle"),
    # a schedule whose cells are longer words ("Vollsperrung. Umleitung über die
    # Ringstraße") under a header row of labels is a table; a related box's rows of a
    # headline, its author and date, with no header row of labels, are none
    "a schedule of long cells under its header row, a related box of headlines (de)": Page(
        "Startseite\nRathaus\nVerkehr\nKultur\nSport\nBaustellen im Mai: diese Straßen werden gesperrt\n"
        "Pressestelle | 28.04.2017",
        ["Die Stadt erneuert im Mai die Fahrbahndecke von drei Straßen in der Innenstadt. Die Arbeiten beginnen am "
         "Mittwoch und sollen vor Pfingsten abgeschlossen sein.",
         "Die Sperrungen im Überblick:",
         "Straße", "Zeitraum", "Sperrzeit", "Hinweis",
         "Bahnhofstraße (zwischen Markt und Postplatz)", "3. bis 5. Mai", "7:00 – 17:00",
         "Vollsperrung. Umleitung über die Ringstraße",
         "Lindenallee", "8. bis 10. Mai", "7:00 – 17:00", "Zufahrt zu den Garagen bis 8:00 Uhr möglich",
         "Kirchgasse und Am Brunnen", "11. und 12. Mai", "8:00 – 16:00", "Der Wochenmarkt zieht auf den Postplatz um",
         "Anwohner werden gebeten, ihre Autos am Vorabend aus den betroffenen Abschnitten zu entfernen.",
         "Empfohlen", "Warum das alte Straßenbahndepot eine Markthalle werden könnte", "Jana Weber", "12.03.2017",
         "Neue Radwege rund um den Bahnhof: was sich für Pendler ändert", "Tobias Krenz", "02.04.2017",
         "Stadtrat streitet über die Gebühren für Anwohnerparken in der Altstadt", "Jana Weber", "19.04.2017",
         "Die Busse der Linien 3 und 7 halten in dieser Zeit an Ersatzhaltestellen in der Ringstraße, die Haltestelle "
         "am Markt entfällt.",
         "Wer Fragen zu den Arbeiten hat, erreicht das Tiefbauamt werktags zwischen 8 und 16 Uhr."],
        "Teilen\nMehr aus dem Rathaus\nKontakt\n© 2017 Stadt Neuburg"),
    # a schedule whose every cell holds a figure ("1η ομάδα", "06:00–10:00"), under a
    # header row of labels, between paragraphs
    "a schedule of figures alone under a header row of labels (el)": Page(
        "Αρχική\nΕιδήσεις\nΠεριφέρεια\nΚαιρός\nΔιακοπές ρεύματος την Πέμπτη σε τέσσερις περιοχές\n"
        "Σύνταξη | 12.01.2022",
        ["Προγραμματισμένες διακοπές ρεύματος θα γίνουν την Πέμπτη σε τέσσερις περιοχές του νομού, λόγω εργασιών "
         "συντήρησης στο δίκτυο.",
         "Το πρόγραμμα ανά ομάδα καταναλωτών:",
         "Ομάδα", "Ώρες διακοπής",
         "1η ομάδα", "07:00–09:30", "2η ομάδα", "09:30–12:00", "3η ομάδα", "12:00–14:30", "4η ομάδα", "14:30–17:00",
         "Οι καταναλωτές μπορούν να βρουν την ομάδα τους στον λογαριασμό ρεύματος ή στην ιστοσελίδα του διαχειριστή.",
         "Ο διαχειριστής ζητά από τους πολίτες να αποσυνδέσουν τις ευαίσθητες συσκευές πριν από την ώρα της "
         "διακοπής."],
        "Κοινοποίηση\nΠερισσότερα από την Περιφέρεια\nΕπικοινωνία\n© 2022 Νέα της Πόλης"),
    # a guide's two opening paragraphs over its list of what you need (items without
    # markers, no rule's hit) and the steps: the paragraphs bridge to the steps, and the
    # list between them is the article's
    "a list between the opening paragraphs and the steps (fr)": Page(
        "Accueil\nForum\nBricolage\nRechercher\nConnexion\nGuide : refaire les joints d'une baignoire\n"
        "par martin_b » 3 mars 2016, 21:14",
        ["Bonsoir à tous. On me pose souvent la question sur le forum, alors voici la méthode que j'utilise depuis des "
         "années pour refaire des joints propres sans faire appel à un artisan.",
         "Comptez une demi-journée de travail et surtout une journée de séchage complète avant de reprendre une douche, "
         "c'est la partie que tout le monde oublie.",
         "Ce qu'il vous faut",
         "Mastic silicone sanitaire 310 ml (blanc ou transparent, anti-moisissures)",
         "Pistolet à cartouche",
         "Cutter, grattoir à lame et spatule de lissage en plastique souple",
         "Alcool ménager",
         "Ruban de masquage 25 mm",
         "Gants jetables",
         "Les étapes",
         "1. Retirez l'ancien joint au cutter, puis grattez les restes jusqu'à ce que l'émail soit parfaitement nu.",
         "2. Nettoyez à l'alcool ménager et laissez sécher au moins une heure, sans quoi le silicone n'adhère pas.",
         "3. Posez deux bandes de ruban de masquage de part et d'autre du joint, à environ trois millimètres.",
         "4. Remplissez la baignoire d'eau avant d'appliquer le mastic : son poids ouvre le joint comme à l'usage.",
         "5. Appliquez le mastic d'un seul geste régulier, lissez-le au doigt mouillé et retirez aussitôt le ruban.",
         "6. Attendez vingt-quatre heures avant de vider la baignoire et de reprendre une utilisation normale."],
        "Haut de page\nRépondre\nmartin_b\nMessages : 2841\n© 2016 Forum Maison"),
    "live updates whose entry headlines are listed as key events above (en)": Page(
        "Home\nNews\nWeather\nTraffic\nLive: heavy snow closes roads across the valley\nKey events\n"
        "Ferry crossings suspended for the afternoon\nGritters out on all main routes\nSchools send pupils home early",
        ["Snow has fallen without a break since early morning, and more is forecast for the evening rush hour.",
         "Ferry crossings suspended for the afternoon",
         "The harbour authority stopped all crossings at noon because the crews could no longer see the far pier.",
         "Passengers already on the quay were offered rooms in two hotels near the terminal.",
         "Gritters out on all main routes",
         "The county said forty gritting lorries were working through the night and asked drivers to stay at home.",
         "Schools send pupils home early",
         "Most primary schools closed at lunchtime so that children could get home before the buses stopped running.",
         "Parents were asked to check the county website before setting off in the morning."],
        "Share this page\nMore live coverage\nTerms of use\n© 2024 Valley Today"),
    # interviews whose turns all stay: one ending with a question over an answer of a few
    # words (questions each over the paragraph that answers it make the text an interview:
    # its last question, below the last full paragraph, is body with its short answer);
    # one whose turns open with "记者：" (reporter), an author box's heading alone, not the
    # label of a paragraph that opens with it
    "an interview whose last answer is short (de)": Page(
        "Startseite\nKassel\nDie Imkerin vom Archivdach\nVon Jonas Berg",
        ["Frau Almendinger, wie viele Völker stehen gerade auf dem Dach des Stadtarchivs?",
         "Sieben. Im Sommer waren es neun, zwei habe ich an eine Schule in der Nachbarschaft abgegeben.",
         "Warum ausgerechnet ein Archiv?",
         "Reiner Zufall. Ich habe dort als Restauratorin gearbeitet, und das Dach war flach und leer, "
         "also habe ich den Direktor gefragt, und er hat nach einer Woche Bedenkzeit ja gesagt.",
         "Wie oft werden Sie gestochen?",
         "Vielleicht zehnmal im Jahr. Meistens dann, wenn ich es eilig habe und nicht richtig aufpasse.",
         "Und was machen Sie im Winter?",
         "Kerzen ziehen. Und warten."],
        "Teilen\nMehr aus Kassel\nImpressum\nDatenschutz"),
    "an interview whose turns open with the reporter and the guest (zh)": Page(
        "首页\n产业\n访谈\n对话林素问：动力电池退役潮来了\n2025年07月14日 09:12 来源：中经瞭望网",
        ["随着第一批新能源汽车进入报废期，动力电池退役潮正在到来，本报记者就此专访了东华理工大学的林素问教授。",
         "记者：业内常说动力电池退役潮，这个潮到底有多大？",
         "林素问：我国新能源汽车大规模推广是在二〇一五年前后，动力电池的设计寿命一般在八到十年，所以现在正是第一批电池集中退役的时候。",
         "记者：这么多电池，目前主要去了哪里？",
         "林素问：大致有两条路。一是梯次利用，把容量还剩七成到八成的电池拆下来，用到储能和低速车上；二是拆解回收，把里面的锂、钴、镍提取出来。",
         "记者：听起来路径很清晰，问题出在哪里？",
         "林素问：最大的问题是正规企业吃不饱，大量电池流进了没有资质的小作坊，环保投入少，收购价格却开得更高。",
         "记者：怎么解决？",
         "林素问：关键是把溯源体系真正用起来，每块电池从生产、装车、维修到退役，都应该有记录可查。"],
        "责任编辑：欧阳锐\n相关阅读\n关于我们\n联系我们"),
    "the text going on past a box of links and an embedded post, cut by an advert and a subheading (en)": Page(
        "Home\nNews\nWeather\nSport\nAmber warning for thunderstorms across the region\n"
        "13 July 2023, 08:40\nBy Helen Marsh",
        ["Forecasters have issued an amber warning for thunderstorms across most of the region from noon on Thursday until the early hours of Friday.",
         "Up to 40 millimetres of rain could fall within an hour in places, with hail and gusts of up to 90 kilometres an hour.",
         "The warning covers all eleven districts, and the weather service said it could be extended into Friday if the storms move more slowly than expected.",
         "Source: Met Service",
         "You might also like",
         "Record heat: the highest temperature in the valley for sixty years",
         "Met Service on X",
         "We have issued a warning for severe thunderstorms for most of the region from noon today #storms pic.twitter.com/x7Kq2Lm",
         "9:02 AM · Jul 13, 2023",
         "1.2K likes Reply",
         "Forecasters advise people not to stay in open country, in woods or under lone trees while the storms pass over.",
         "Fire crews remind people to tie down loose objects on balconies and in gardens, such as parasols and trampolines.",
         "Advertisement",
         "In the hill districts, crews were already on standby on Wednesday, and the council has sandbags ready at six depots.",
         "Cooler from Friday",
         "On Friday the temperature should fall to between 23 and 27 degrees, and the weekend is expected to be mostly sunny with scattered showers."],
        "Get the morning weather newsletter\nYour e-mail\nSubscribe\nTopics:\nweather\nstorms\n"
        "About us\nContact\nPrivacy"),
    "the next part under its subheading past a long box of topic links (en)": Page(
        "Home\nNews\nScience\nHealth\nFULL STORY\nCoastal oysters grow slower in warmer harbours\n"
        "Date: June 4, 2022\nSource: University of Westhaven",
        ["Oysters farmed in the warmest harbours along the coast grow noticeably slower than those farmed in cooler water, a new study has found.",
         "Growers have long suspected that summer heat affects their stock, but until now there were few measurements from working farms to show how much.",
         "To find out, a team led by marine biologist Dr. Ana Ferreira tagged more than two thousand young oysters at fourteen farms over three summers.",
         "Heat and growth",
         "Oysters from the warmest sites reached market size on average five weeks later than those from the coolest sites, and more of them died before harvest.",
         "The effect was strongest in shallow bays, where the water in the afternoon was often several degrees warmer than in the morning.",
         "\"We did not expect the difference between neighbouring bays to be this large,\" Ferreira said, adding that depth mattered more than distance.",
         "RELATED TOPICS",
         "Plants & Animals",
         "Marine Biology",
         "Fisheries",
         "Earth & Climate",
         "Ocean Warming",
         "Coastal Ecology",
         "Aquaculture",
         "Deeper water",
         "The team found that the effect was much weaker at farms that hang their baskets in deeper water, where the temperature changes little during the day.",
         "The authors caution that the study covered a single coast and a single species, and that wild oyster beds may respond differently to the same heat."],
        "Story Source:\nMaterials provided by University of Westhaven. Note: Content may be edited for style and length.\n"
        "Cite This Page:\nMLA\nAPA\nChicago\nExplore More\nfrom ScienceFront\nAbout This Site\nPrivacy Policy"),
    "an article about cookie consent, a teaser between its parts (en)": Page(
        "Home\nNews\nTechnology\nBusiness\nLaw\nSubscribe\nLog in\nTechnology › Law\n"
        "Websites must ask before storing cookies, MPs decide\n16 November 2012, 14:32\nBy Laura Finch\n"
        "Share\nTweet\nPrint\nEmail",
        ["Parliament has passed a law that changes how almost every website treats its visitors: before storing anything on a computer, sites will have to ask first.",
         "Photo: Getty Images",
         "The law brings the country into line with European rules adopted in 2009, which it was meant to adopt by May 2011, and ends months of argument between ministers and the advertising industry.",
         "What changes for cookies?",
         "Cookies, small text files kept by a browser, are used by nearly every site to remember a login or a shopping basket, and visitors will now have to consent before they are stored.",
         "Until now it was enough for a site to let users refuse cookies in their settings, but from next year sites will have to show that visitors accept them, which lawyers say will change the way most pages open.",
         "\"In practice a browser that accepts cookies by default will count as consent, so most people will notice very little,\" said Mark Hale, a privacy lawyer who advised the committee that drafted the bill.",
         "Read more: Regulator fines three retailers for tracking shoppers without telling them",
         "Pop-ups on every page",
         "Experts expect many sites to show a banner or a pop-up window about their use of tracking files once the rules come into force, as happened in other countries that passed similar laws.",
         "The bill now goes to the upper house, and if it is signed without amendments the new rules will apply three months after they are published.",
         "Ministers said they would publish guidance for small businesses before then."],
        "Tags: law, privacy, internet\nMost read\nCouncil approves new parking charges\nLocal team wins cup final\n"
        "Comments (57)\nAbout us\nContact\nPrivacy Policy\n© 2012 Example News"),
    "a build file's block in braces between two parts of a developer's post (en)": Page(
        "Home\nBlog\nAbout\nContact\nRSS\nHow we cut our Android build from nine minutes to two\nMarch 4, 2019 by Anna Kovacs\n"
        "Tweet\nShare\n14 comments",
        ["Our Android app had grown to 400,000 lines of Kotlin and Java, and a clean build on the CI agents took more than nine minutes.",
         "This post describes the four steps that brought it down to a little over two minutes, in the order we took them.",
         "Step 1. Update everything",
         "It sounds trivial, but moving to the latest Gradle and Android plugin alone saved almost two minutes on every clean build.",
         "Step 2. Split the monolith into modules",
         "This was the hardest step and took us almost three months, because every screen depended on a shared utility package.",
         "The most important detail is to declare dependencies with implementation instead of compile, so that a change in one module does not recompile the others:",
         "dependencies {",
         "    implementation project(':core-network')",
         "    implementation project(':core-ui')",
         "    implementation \"com.google.dagger:dagger:$daggerVersion\"",
         "    kapt \"com.google.dagger:dagger-compiler:$daggerVersion\"",
         "}",
         "Step 3. Drop the annotation processors you do not need",
         "We replaced Butter Knife with view binding on every new screen and removed it from the old ones one by one over the summer.",
         "What not to do",
         "Do not try to split the whole project in one sprint: we started with one module and moved the others only when the first one was stable.",
         "And do not overdo it either: fifty modules of two hundred lines each make the build configuration slower than the code it builds.",
         "If you have your own tricks for faster builds, please share them in the comments below, we will add the best ones to this post."],
        "Tags: android, gradle, build\n14 comments\nMark\nMarch 4, 2019\nGreat post, thanks!\nReply\nAbout\nPrivacy\n© 2019 Example Engineering"),
    "a notice under its addressees, signed by its office and dated (zh)": Page(
        "首页\n学校概况\n机构设置\n新闻中心\n通知公告\n学术动态\n招生就业\n当前位置：首页 > 通知公告\n关于做好2023年冬季校园安全工作的通知\n"
        "发布时间：2023-11-20 来源：学校办公室 浏览次数：3521\n【字体：大 中 小】",
        ["各学院、各部门、各直属单位：",
         "为切实做好今冬明春校园安全工作，保障师生生命财产安全，维护学校正常教学和生活秩序，根据上级有关要求，结合学校实际，现将有关事项通知如下。",
         "一、高度重视冬季安全工作",
         "各单位要充分认识冬季安全工作的重要性和紧迫性，切实落实安全工作责任制，主要负责人要亲自部署、亲自检查，确保各项措施落到实处。",
         "二、加强消防安全检查",
         "各单位要对办公室、实验室、学生宿舍和食堂等重点部位开展一次全面检查，及时清理消防通道上的杂物，严禁在宿舍内使用大功率电器。",
         "三、做好节假日值班值守",
         "元旦期间实行二十四小时值班制度，值班人员要保持通讯畅通，遇有突发情况要第一时间处置并按规定报告，不得迟报、漏报。",
         "附件：冬季安全检查记录表",
         "学校办公室",
         "2023年11月20日"],
        "【打印本页】【关闭窗口】\n上一篇：关于2024年元旦放假安排的通知\n下一篇：关于开展教职工健康体检的通知\n"
        "版权所有 © 东岭大学 地址：东岭市学府路88号 邮编：410000\n湘ICP备05001234号"),
    "a review closing with its credits and the venue's details, a translator among the credits (el)": Page(
        "Αρχική\nΘέατρο\nΚινηματογράφος\nΜουσική\nΒιβλίο\nΕικαστικά\nΑναζήτηση\nΘέατρο / Κριτική\n"
        "«Ο Γλάρος» στο Θέατρο Φάρος: μια παράσταση για την ανάγκη να μας δουν\nΚατερίνα Μπαλτά\n14 Νοεμβρίου 2022",
        ["Ο νέος «Γλάρος» του Θεάτρου Φάρος δεν επιχειρεί να εκσυγχρονίσει τον Τσέχοφ με ευκολίες. Η σκηνοθεσία εμπιστεύεται το κείμενο και αφήνει τους ηθοποιούς να ανασάνουν μέσα στις σιωπές του.",
         "Η Νίνα της νεαρής πρωταγωνίστριας έχει μια φωτεινή αφέλεια στην αρχή που γίνεται σταδιακά ραγισμένη αξιοπρέπεια, και η τελευταία της σκηνή είναι από τις πιο συγκινητικές της χρονιάς.",
         "Λιγότερο πειστικό είναι το σκηνικό, ένα άδειο ξύλινο δάπεδο που μοιάζει περισσότερο με πρόβα παρά με λίμνη, αλλά η μουσική και οι φωτισμοί καλύπτουν σε μεγάλο βαθμό το κενό.",
         "Συντελεστές",
         "Μετάφραση: Ελένη Σταμάτη",
         "Σκηνοθεσία: Νίκος Αλεξίου",
         "Σκηνικά – Κοστούμια: Μαρία Παππά",
         "Μουσική: Γιάννης Ρήγας",
         "Παίζουν: Δάφνη Κοντού, Άρης Λάμπρου, Στέλλα Βέρρα, Πέτρος Ζαχαρίου",
         "Πληροφορίες",
         "Θέατρο Φάρος, Πειραιώς 120, Γκάζι, τηλ. 210 3456 789",
         "Παραστάσεις: Πέμπτη έως Κυριακή στις 21:00",
         "Διάρκεια: 110 λεπτά",
         "Εισιτήρια: 15 € (κανονικό), 10 € (μειωμένο)"],
        "Ετικέτες:\nΤσέχοφ\nΚριτική θεάτρου\nΜοιραστείτε\nFacebook\nTwitter\nΣχετικά άρθρα\n"
        "Πέντε παραστάσεις που δεν πρέπει να χάσετε τον Δεκέμβριο\n© 2022 Σκηνή και Λόγος"),
    "a tour's dates a colon announces, dash-separated entries without commas, then the text goes on (pt)": Page(
        "Início\nMúsica\nCinema\nTeatro\nLivros\nPesquisar\nMúsica\nMariana Luz anuncia digressão de verão por oito cidades\n"
        "Por Rui Almeida\n3 de abril de 2023, 10:15\nPartilhar\nTweet",
        ["A cantora Mariana Luz vai apresentar o novo álbum, «Maré Alta», numa digressão de verão que começa em junho no Porto e termina em agosto no Algarve.",
         "Em comunicado, a artista disse que escolheu salas ao ar livre porque as canções do disco foram escritas a pensar em noites quentes e em plateias que cantam em coro.",
         "As datas da digressão:",
         "Sexta 9 de junho – Coliseu do Porto",
         "Sábado 17 de junho – Teatro Aveirense",
         "Sexta 30 de junho – Jardins do Palácio de Cristal",
         "Sábado 8 de julho – Castelo de Leiria",
         "Sábado 15 de julho – Praça do Giraldo",
         "Sexta 21 de julho – Parque da Cidade",
         "Sábado 29 de julho – Anfiteatro do Castelo",
         "Sexta 4 de agosto – Cine-Teatro Louletano",
         "Sábado 12 de agosto – Marina de Lagos",
         "Os bilhetes começam a ser vendidos na próxima segunda-feira nos locais habituais e custam entre 15 e 30 euros, consoante a sala e a zona.",
         "A digressão contará com uma banda de seis músicos e com convidados especiais em algumas datas, que serão anunciados nas próximas semanas."],
        "Partilhar\nFacebook\nComentários (3)\nAna\nQue bom, vou ao Porto!\nResponder\nSobre nós\nContactos\n© 2023 Palco Digital"),
    "a listicle whose numbered titles each stand over their details and a button (en)": Page(
        "Home\nTV\nMovies\nStreaming\nReviews\nNewsletter\nSign in\nThe five best new shows of the month\n"
        "By Dana Whitfield\nOctober 2, 2023\nShare\nTweet\nEmail",
        ["October is usually a quiet month for new television, but this year the streaming services have saved some of their strongest shows for the autumn.",
         "We watched at least three episodes of each one before writing about it, and the list is in the order the shows were released.",
         "1. The Lighthouse Keepers",
         "Where to watch: Acorn TV",
         "Premieres: Monday, Oct. 2",
         "Episodes: 6",
         "Share",
         "A slow, beautifully shot mystery about two brothers who inherit a lighthouse on a Scottish island, and the secret their father kept there for thirty years.",
         "It takes its time, but the final two episodes are as tense as anything on television this year.",
         "2. Knead to Know",
         "Where to watch: Netflix",
         "Premieres: Friday, Oct. 6",
         "Episodes: 8",
         "Share",
         "A baking competition for amateur bakers over sixty, which sounds gentle and is, but the contestants are funnier than most sitcom writers.",
         "The third episode, in which a retired postman attempts a croquembouche in a caravan, is already a classic.",
         "3. Night Shift",
         "Where to watch: Apple TV+",
         "Premieres: Friday, Oct. 13",
         "Episodes: 9",
         "Share",
         "A hospital drama that follows three junior doctors through a single winter, told almost entirely at night, and often painfully honest about the job.",
         "It is bleak, but the performances are extraordinary and the writing never tips into melodrama.",
         "4. The Quiet Ones",
         "Where to watch: Prime Video",
         "Premieres: Friday, Oct. 20",
         "Episodes: 10",
         "Share",
         "A thriller set in a small Norwegian town, where a missing teenager turns out to be the least of the secrets its residents are keeping.",
         "The twist in the fifth episode is one of the few that really works on a second viewing."],
        "Share\nMore reviews\nThe ten best films of the summer\nOur favourite documentaries of the year\n"
        "Sign up for our newsletter\nAbout us\nPrivacy\n© 2023 Screen Notes"),
    "a paywall's offer under the visible paragraphs, its prices after a dash each (pl)": Page(
        "Strona główna\nKraj\nŚwiat\nGospodarka\nOpinie\nKultura\nSzukaj\nOpinie\nKoalicja bez wspólnej listy. Co z tego wynika?\n"
        "Marek Nowicki\nDodano: 14.03.2023 08:15\nUdostępnij\nTweetnij",
        ["Od miesięcy politycy opozycji zapewniają, że porozumienie w sprawie wspólnej listy jest tylko kwestią czasu, ale kolejne spotkania liderów kończą się bez decyzji.",
         "Zwolennicy jednej listy przekonują, że przy obecnej ordynacji tylko taki blok może liczyć na premię za pierwsze miejsce, a przeciwnicy ostrzegają przed utratą wyborców z obu skrzydeł.",
         "– Wspólna lista wygląda dobrze na papierze, ale w praktyce oznacza kłótnię o każde miejsce w każdym okręgu – mówi jeden z posłów, który prosi o anonimowość."],
        "Pozostało 70% artykułu\nTen materiał dostępny jest tylko dla subskrybentów\nCzytaj dalej z subskrypcją\n"
        "Dostęp cyfrowy – 1 miesiąc\n19,99 zł\nDostęp cyfrowy – 12 miesięcy\n179,00 zł\nWybieram\n"
        "Masz już subskrypcję? Zaloguj się\nSubskrypcja odnawia się automatycznie. Możesz ją anulować w dowolnym momencie.\n"
        "Marek Nowicki\nPublicysta, zajmuje się polityką krajową\nNajczęściej czytane\nRząd przyjął projekt budżetu\n© 2023 Tygodnik Opinii"),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_body_comes_out_exactly(name: str) -> None:
    page = PAGES[name]
    body = [line for line in page.body if line not in _ADVERT]
    assert [line for line in clean(page.text()).splitlines() if line] == body


# furniture inside the body, not of it
_ADVERT = {"Advertisement", "Sponsored", "Story continues below", "Mara Kettle", "@marakettle",
           "Tue 12 Nov 2019 06.00 GMT", "Last modified on Tue 12 Nov 2019 09.41 GMT", "Share on Facebook",
           "Share on Twitter", "Share via Email", "This article is more than 5 years old", "Поделиться", "ВКонтакте", "Одноклассники",
           "Par Jean Dupont", "Publié le 2 mars 2024 à 06h00", "Anzeige", "Bildergalerie", "1 / 12", "Bild vergrößern", "Foto: Anna Schmidt/dpa",
           "Lee también", "Las comunidades piden más fondos para la atención primaria",
           "Los médicos convocan una huelga para abril",
           "Image source, PA Media", "Image source, Getty Images", "Image caption,",
           "Commuters face higher costs from March",
           "Читайте также: Фермеры Подмосковья стали чаще покупать отечественную технику для теплиц",
           "Читайте также: Обзор самых популярных сельскохозяйственных дронов этого года от редакции",
           "Read more: Council approves new budget for parks and playgrounds after a long debate",
           "Read more: Five new playgrounds will open in the northern districts before the summer",
           "Empfohlen", "Warum das alte Straßenbahndepot eine Markthalle werden könnte", "Jana Weber", "12.03.2017",
           "Neue Radwege rund um den Bahnhof: was sich für Pendler ändert", "Tobias Krenz", "02.04.2017",
           "Stadtrat streitet über die Gebühren für Anwohnerparken in der Altstadt", "19.04.2017",
           "Source: Met Service", "You might also like", "Record heat: the highest temperature in the valley for sixty years",
           "Met Service on X", "We have issued a warning for severe thunderstorms for most of the region from noon today #storms pic.twitter.com/x7Kq2Lm",
           "9:02 AM · Jul 13, 2023", "1.2K likes Reply",
           "Photo: Getty Images", "Read more: Regulator fines three retailers for tracking shoppers without telling them",
           "RELATED TOPICS", "Plants & Animals", "Marine Biology", "Fisheries", "Earth & Climate", "Ocean Warming",
           "Coastal Ecology", "Aquaculture",
           "Читайте также: «Северсталь» продлила контракт с главным тренером", "Фото: Ольга Смирнова",
           "Where to watch: Acorn TV", "Where to watch: Netflix", "Where to watch: Apple TV+",
           "Where to watch: Prime Video", "Premieres: Monday, Oct. 2", "Premieres: Friday, Oct. 6",
           "Premieres: Friday, Oct. 13", "Premieres: Friday, Oct. 20", "Episodes: 6", "Episodes: 8", "Episodes: 9",
           "Episodes: 10", "Share"}


def test_a_match_protocol_under_its_score_row_closes_the_report() -> None:
    # the teams' line-ups under their names in quotes are a record's fields like
    # "Goal:" and "Referee:", under a row of the teams and the score
    head = 'Главная\nФутбол\nФНЛ\nХоккей\n«Волга» вырвала победу в компенсированное время\nСергей Лапин\n3 октября 2023, 21:40'
    body = ['Тверская «Волга» обыграла саратовский «Сокол» в матче 14-го тура первенства ФНЛ и поднялась на шестое место в таблице.',
            'Первый тайм прошел в равной борьбе, а лучший момент упустил нападающий гостей Руслан Ахмедов, попавший в штангу с пяти метров.',
            'Победный мяч на 92-й минуте забил Олег Тихонов, замкнув навес со штрафного. Главный тренер «Волги» после матча назвал победу заслуженной.']
    protocol = ['«Волга» (Тверь) — «Сокол» (Саратов) — 1:0 (0:0)',
                'Гол: Тихонов, 90+2.',
                '«Волга»: Ершов, Климов, Дудин, Макаров, Тихонов, Белов (Руденко, 70), Зотов, Сафин, Горин, Пак, Носов.',
                '«Сокол»: Ильин, Ахмедов, Гуров, Пестов, Лунин, Рябов, Шевчук, Дронов, Юсупов, Карпов, Ганин.',
                'Предупреждения: Зотов, 41. Гуров, 77.',
                'Судья: Павел Корнеев (Казань).']
    foot = 'Поделиться\nВКонтакте\nКомментарии (4)\nБолельщик\nНаконец-то!\nОтветить\n© 2023 Спорт-Регион'
    kept = [line for line in clean("\n".join([head, *body, *protocol, foot]) + "\n").splitlines() if line]
    assert kept[:len(body)] == body
    assert all(line in kept for line in protocol[1:])
    assert "Поделиться" not in kept and "Наконец-то!" not in kept


def test_a_standfirst_between_title_and_masthead_over_a_caption_opening_the_text() -> None:
    # the first run opens with a picture's caption, borderline text closing its
    # sentence: the standfirst over the masthead is the article's all the same
    lines = "Home\nNews\nArts\nFood\nEvents\nAdvertisement\nNews\nCover Story\nColumns\nThe Last Season of the Harbor Market\nAfter forty years under the bridge, the city's oldest fish market is packing up as the port authority reclaims its pier\nBy Maria Delgado\nWednesday, Oct 4 2023\nComments (11)\nLike\n184\nTweet\nEmail\nPrint\nShare\nPhoto by Sam Ortiz".splitlines()
    caption = 'Harbor Market fishmonger Ray Castillo with a crate of Pacific rockfish and Dungeness crab near stall 14, Tuesday morning.'
    body = ['The first trucks arrive a little after four in the morning, when the bridge above the market is still lit and the gulls have not yet found the ice bins.',
            'By six, the aisles are full of restaurant cooks with clipboards, and by eight the regulars have arrived: retirees, families, a few tourists who read about the place online.',
            'None of them came for a sale. They came because in three weeks the market will be gone, and the pier it has stood on since 1983 will be fenced off for a container terminal.',
            '"I\'ve been buying my fish here since I was a boy," says a retired teacher who gives his name as Walt. "My father bought his here too."']
    kept = [line for line in clean("\n".join([*lines, caption, *body, 'Tags: harbor, markets\nComments\nPost a comment\n© 2023 Harbor Weekly']) + "\n").splitlines() if line]
    standfirst = lines[10]
    assert kept[0] == standfirst and kept[-len(body):] == body


def test_a_programme_a_colon_announces_between_two_parts_is_body_to_its_last_entry() -> None:
    # days and hours, an entry long enough to be a text block, an event printed again on
    # the next day, the last entry a time line right over an in-body teaser
    head = 'Home\nNews\nEvents\nSport\nWeather\nContact\nSardine festival returns to the harbour this weekend\n21.08.2013 10:12\nShare\nTweet'
    intro = ['Three days of fish, wine, music and dancing are being prepared for this weekend by the cultural association of the village, which has organised the festival every summer since 1987.',
             'As every year, the fishermen of the area will grill the sardines on the quay, and the organisers expect more than five thousand visitors on the Saturday evening alone.',
             'The full programme of the festival:']
    programme = ['Friday 23 August',
                 '19:30 Opening of the festival and a welcome from the mayor',
                 '20:00 Photo exhibition of the old trawlers at the primary school',
                 '21:30 Grilled sardines and wine for everyone',
                 'Saturday 24 August',
                 '09:00–12:00 Fishing contest from the pier, with entries at the harbour office until Friday evening for adults and children alike',
                 '18:00 Swimming race from the harbour to the beach',
                 '21:30 Grilled sardines and wine for everyone',
                 '22:30 Fireworks over the harbour']
    rest = ['Traffic arrangements',
            'The coastal road will be closed to traffic from the harbour to the main square from Friday afternoon until Sunday night, the police said on Tuesday.',
            'Visitors are asked to park at the school and at the football ground, from where a free minibus will run to the harbour every fifteen minutes.',
            'The festival is supported by the municipality and by the regional tourism board.']
    text = "\n".join([head, *intro, *programme, 'Read also: Fig festival draws record crowds in the hills', *rest, 'Tags: festival, harbour\nComments (4)\nWrite a comment\n© 2013 Coast News']) + "\n"
    assert [line for line in clean(text).splitlines() if line] == intro + programme + rest


def test_a_match_protocol_under_its_heading_score_row_and_referees_is_the_reports() -> None:
    # "Протокол матча", the score row, "Судьи: …" (a field alone, closing its
    # sentence), then the goals (entries of data) and the fields under them
    head = 'Главная\nХоккей\nКХЛ\n«Торпедо» победило «Авангард» в серии буллитов\n15 ноября 2012, 00:12\nПоделиться'
    body = ['Нижегородское «Торпедо» в домашнем матче регулярного чемпионата КХЛ обыграло омский «Авангард» только в серии буллитов, дважды отыгравшись по ходу встречи.',
            'Омичи начали встречу активнее и уже на седьмой минуте открыли счет, реализовав большинство, а в конце первого периода хозяева сравняли счет.',
            'В серии буллитов у «Торпедо» забили Ширяев и Куприянов, у «Авангарда» точным был только Тимченко.',
            'Протокол матча',
            '«Торпедо» (Нижний Новгород) — «Авангард» (Омск) — 3:2 Б (1:1, 0:1, 1:0, 0:0, 1:0)']
    protocol = ['Судьи: Байдаков (Москва), Клепинин (Ярославль).',
                '0:1 — Тимченко (Олесов, Гайнутдинов) — 06:41 — ГБ.',
                '1:1 — Ширяев (Куприянов, Жуков) — 17:05.',
                '1:2 — Олесов (Дягилев) — 45:18.',
                '2:2 — Бельченко (Жуков, Ширяев) — 48:22 — ГБ.',
                'Вратари: Лаптев — Суханов.',
                'Штраф: 8 — 12.',
                'Броски: 28 (10+7+10+1) — 33 (8+11+9+5).']
    text = "\n".join([head, *body, *protocol, 'Теги: КХЛ, Торпедо\nКомментарии (9)\nГость\nМолодцы!\n© 2012 Спорт-Регион']) + "\n"
    assert [line for line in clean(text).splitlines() if line] == body + protocol


def test_verse_below_a_one_paragraph_introduction() -> None:
    # short lines, no sentence end until the last: one sentence set as verse, not a link list
    page = Page("Home\nCulture\nA poem for spring",
                ["This week's poem was written by a reader from Leeds, who says it came to her on a walk by the river.",
                 "The river wakes,", "the willows lean,", "and every stone", "is washed and green."],
                "Submit your poem\nAbout us")
    assert [line for line in clean(page.text()).splitlines() if line] == page.body


def test_verse_in_two_stanzas_with_a_colon_inside_a_sentence() -> None:
    # a colon at a line's end opens a list, unless the next line goes on in lower case
    # and the lines together close a sentence: verse
    page = Page("Главная\nКультура\nСтихи недели",
                ["Сегодня мы публикуем новое стихотворение молодого поэта из Казани, которое прислал нам читатель.",
                 "Я шёл по снегу,\nи снег молчал,\nи город спал,\nи никто не звал.",
                 "Но утром солнце\nлегло на крыши,\nи стало ясно:\nмы будем выше."],
                "Читайте также\nВыставка в Эрмитаже открылась\nКомментарии")
    assert [line for line in clean(page.text()).splitlines() if line] == "\n".join(page.body).splitlines()


def test_a_body_thin_in_stopwords_is_kept_whole() -> None:
    # sentences with few stopwords (as in a language whose stoplist covers less of its
    # text): the first half would read as borderline and fall off across the share
    # buttons; the document's own thresholds keep it (the explanation gives them)
    from cleaner import clean_and_explain

    body = [
        "Project budget estimates reach roughly two billion euros, shared between national government grants, municipal bonds and private infrastructure investors.",
        "Local business associations welcomed faster connections but warned about prolonged roadworks, reduced parking capacity and temporary delivery restrictions.",
        "Regional planners expect ridership growth near twelve percent a year, driven by new housing districts, the university campus and airport traffic.",
        "Opposition councillors questioned the procurement timeline and the maintenance funding, and they requested an independent audit before the final approval.",
    ]
    page = Page("Home\nNews\nTransport\nSport\nContact", body[:2] + ["Share on Facebook\nTweet\nEmail"] + body[2:],
                "About us\nPrivacy\nTerms")
    result = clean_and_explain(page.text())
    assert [line for line in result.text.splitlines() if line] == body
    assert result.blocks[5].final.evidence["stop_density_threshold"] < 0.3


def _wrapped(paragraph: str, width: int = 66) -> list[str]:
    import textwrap

    return textwrap.wrap(paragraph, width)


def test_wrapped_paragraphs_above_a_table_of_contents_are_body() -> None:
    # a plain-text memo (an RFC, a mailing-list post): the abstract and status paragraphs
    # are hard-wrapped, and a long table of contents separates them from the main text;
    # three paragraphs in a row are body however light they are next to the main text
    intro = [
        "This memo describes a simple protocol that lets small programs exchange notes with a server they do not own, so that people keep their data where they choose.",
        "The protocol is meant for people who write small programs and want a place to keep their data without running a server of their own.",
        "Comments on this draft are welcome and should be sent to the authors, who will answer them on the working group's list.",
    ]
    sections = [f"{n}. Section number {n} of the memo" for n in range(1, 19)]
    toc = [f"{title} {'.' * (60 - len(title))} {n + 2}" for n, title in enumerate(sections, 1)]
    main = [
        f"Section {n} explains one part of the protocol in detail, with the messages that the client sends, the answers of the server and what each side must do when something goes wrong on the way."
        for n in range(1, 19)
    ]
    lines = ["[Docs] [txt|pdf] [Tracker]", "Network Working Group", "Abstract"]
    for paragraph in intro:
        lines += _wrapped(paragraph) + [""]
    lines += ["Table of Contents", *toc, ""]
    for title, paragraph in zip(sections, main, strict=True):
        lines += [title, "", *_wrapped(paragraph), ""]
    out = clean("\n".join(lines) + "\n")
    for paragraph in intro:
        assert _wrapped(paragraph)[0] in out.splitlines()
    assert not any("....." in line for line in out.splitlines())


def test_a_rating_widget_of_repeated_labels_ends_the_body() -> None:
    # the same few labels under every question: a widget's template, not a list of the
    # article's (short lines between text would otherwise take the text's side)
    widget = ["Rate this article"]
    for question in ["Easy to read", "No spelling mistakes", "The right length", "Informative", "Fully covered"]:
        widget += [question, "Disagree", "Not sure", "Agree"]
    after = ["Topic: city finances",
             "The council has been debating the budget since the autumn, when the first draft was published and "
             "the opposition asked for more time to read it.",
             "More in this topic", "Tax rise approved after a long night of talks in the town hall"]
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", BUDGET, "\n".join(widget + after))
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET


@pytest.mark.parametrize("heading", ["Opinie (36)", "Kommentare [12]", "Comments 4"])
def test_a_comments_heading_with_a_count_closes_the_article(heading: str) -> None:
    comments = [heading, "Jan, 2024-03-12 10:15",
                "This is a good decision, at last someone has thought of the people who live on the edge of the city.",
                "Reply", "Anna, 2024-03-12 11:02",
                "I do not agree, the money should have gone to the schools and the hospitals instead of new projects.",
                "Reply", "Piotr, 2024-03-12 12:40",
                "I wonder how many of these promises they will keep before the next election to the city council.",
                "Reply"]
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", BUDGET[:2], "\n".join(comments + ["About us"]))
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET[:2]


def test_a_refrain_repeated_in_verse_is_kept() -> None:
    verse = ["The river wakes,", "the willows lean,", "and all the town", "is washed and green.",
             "Sing, river, sing!", "The bells ring out,", "the children run", "and laugh and shout.",
             "Sing, river, sing!", "The evening falls,", "the lamps are lit", "on the old town walls.",
             "Sing, river, sing!", "The river sleeps,", "the moon is high,", "and all is still",
             "beneath the sky."]
    page = Page("Home\nCulture\nA poem for spring",
                ["This week's poem was written by a reader from Leeds, who says it came to her on a walk by the river.",
                 *verse],
                "Submit your poem\nAbout us")
    assert [line for line in clean(page.text()).splitlines() if line] == page.body


_SECOND_HALF = [
    "The opposition said it would vote against the plan unless the council found money for the night buses.",
    "A spokesman for the mayor said talks with the transport company would start before the summer holidays.",
    "The council will meet again in April, when it is expected to decide on the new tax as well.",
]


def test_an_inline_box_of_related_links_does_not_cut_the_article() -> None:
    box = ["Related stories", "Train strike called off after late-night talks", "New bridge opens to traffic",
           "Mayor to stand for a second term"]
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", BUDGET + ["\n".join(box)] + _SECOND_HALF,
                "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET + _SECOND_HALF


def test_long_comments_far_below_the_comments_heading_are_not_body() -> None:
    # a comment form, then comments of several full paragraphs each: a streak of
    # paragraphs, but under a comments heading and far from the article
    form = ["View comments (3)", "Read the Terms of Use", "Your name *", "Comment *", "Text format", "Basic HTML",
            "Plain text", "No HTML tags allowed.", "Lines and paragraphs break automatically.",
            "Leave this field blank", "Submit", "Preview", "Sort by", "Newest", "Oldest"]
    thread = ["April 5, 2024", "6:32 PM", "Anonymous",
              "I have lived in the outer districts for twenty years and the buses have never been worse than now.",
              "The council keeps promising more money, but every year the plan is the same and nothing changes.",
              "Until the night buses come back, I will not believe a word of what the mayor says about transport.",
              "reply", "April 6, 2024", "2:20 AM", "Lars", "Couldn't they just ask the people who use the buses?",
              "reply"]
    body = BUDGET + _SECOND_HALF
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", body, "\n".join(form + thread))
    assert [line for line in clean(page.text()).splitlines() if line] == body


_DIGEST = [
    "Storm closes schools across the north for a second day...",
    "Schools in the north stayed closed on Tuesday as the storm brought more snow and strong winds to the region.",
    "Officials said buses would run again once the roads had been cleared, probably by the end of the week, but warned...",
    "Bank raises interest rates for the third time this year...",
    "The central bank raised its main rate by a quarter of a point on Thursday, saying prices were still rising too fast.",
    "Economists had expected the move, although some said the bank should have waited for the figures from...",
    "Local team wins the cup after a dramatic final...",
    "The home side scored twice in the last ten minutes to win the cup for the first time in more than thirty years.",
    "Thousands of fans celebrated in the streets of the town until late at night, and the mayor promised...",
]


def test_a_heavier_digest_of_cut_short_summaries_is_not_the_article() -> None:
    # a short article, then summaries of other articles cut short: the digest weighs
    # more, but a run whose lines end cut short is no article
    body = BUDGET[:2]
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", body,
                "Facebook\nTwitter\nVK\nOK\n" + "\n".join(_DIGEST) + "\nAbout us")
    assert [line for line in clean(page.text()).splitlines() if line] == body


def test_teasers_cut_short_between_two_parts_of_an_article_do_not_split_it() -> None:
    box = ["Bank raises interest rates for the third time this year...",
           "The central bank raised its main rate on Thursday, saying prices were still rising too fast, but...",
           "Local team wins the cup after a dramatic final...",
           "The home side scored twice in the last ten minutes to win the cup for the first time in years, and..."]
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", BUDGET + ["\n".join(box)] + _SECOND_HALF,
                "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET + _SECOND_HALF


def test_a_page_that_is_only_a_digest_is_not_emptied() -> None:
    # nothing else to be the body: the heaviest summaries stay, the furniture goes
    page = Page("Home\nNews", _DIGEST, "About us")
    out = [line for line in clean(page.text()).splitlines() if line]
    assert out and set(out) <= {line for line in _DIGEST if not line.endswith("...")}


def test_quotations_that_trail_off_do_not_make_an_interview_a_digest() -> None:
    answers = [
        "I started painting when I was a child, in my grandmother's kitchen, with whatever she could find for me.",
        "For years I painted only at night, after work, because I could not afford to do anything else with my time.",
        "Then the gallery called, and everything changed in a single afternoon. I still cannot quite believe it...",
        "People ask me what the paintings mean, and I tell them that I honestly do not know what they mean myself.",
        "My next exhibition opens in the spring, in the same gallery, with twenty new works that nobody has seen yet.",
        "If I could give one piece of advice to young painters, it would be to keep going, whatever happens...",
        "The money matters less than people think. What matters is the time to work, and a room with good light.",
        "I will keep painting as long as my hands let me, and after that I suppose I will start to teach.",
    ]
    page = Page("Home\nCulture\nA painter's life\nBy Anna Berg", answers, "Share\nMore interviews\nAbout us")
    assert [line for line in clean(page.text()).splitlines() if line] == answers


def test_a_digest_under_a_related_heading_right_after_the_article_is_cut_off() -> None:
    # no gap between the article and the digest: one run of text, until the heading
    digest = ["Related stories"]
    for title, summary in [
        ("Train strike called off", "The rail union called off next week's strike after talks with the company went on late into the night."),
        ("New bridge opens", "The new bridge over the river opened to traffic on Saturday, two years later than first planned."),
        ("Mayor to stand again", "The mayor said on Friday that she will stand for a second term in the elections next spring."),
        ("School roof repaired", "Pupils returned to the primary school on Monday after the roof damaged by the storm was repaired."),
    ]:
        digest += [title, summary]
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", BUDGET, "\n".join(digest) + "\nAbout us")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET


def test_the_summary_under_a_related_headline_cut_short_is_not_the_article_going_on() -> None:
    # below the article, among links cut short ("Read the comments..."), a related
    # heading and one headline cut short, then that story's summary in three paragraphs:
    # a streak of paragraphs close below the heading, but it is the headline's summary
    summary = [
        "The rail union said on Monday that its members would walk out for three days next month over pay and jobs.",
        "The company said it had made a fair offer and that it would keep talking to the union until the last day.",
        "Passengers were told to check the timetable before travelling, as only one train in four would run.",
    ]
    tail = ["Source: City News Agency", "Read the comments on this article...", "Leave your comment...",
            "See also:", "Rail union announces a three-day strike over pay as talks with the company fail and...",
            *summary, "Talks are due to resume on Friday, when the union will... Read the story...", "About us"]
    article = BUDGET + _SECOND_HALF
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", article, "\n".join(tail))
    assert [line for line in clean(page.text()).splitlines() if line] == article


def test_the_article_going_on_below_a_video_player_that_says_loading_is_body() -> None:
    # the player's labels trail off too ("Loading...", "Buffering..."), right above the
    # second part: not a headline cut short, so the three paragraphs below still join
    player = ["Video", "Loading...", "Play", "Mute", "Current Time 0:00", "Duration 2:14", "Buffering...",
              "Fullscreen", "Share this video", "Loading..."]
    first = [*BUDGET,
             "The plan also sets aside money to repair the roads and bridges damaged in the floods of last winter.",
             "Officials said the first repairs would start in May and take most of the summer to finish."]
    text = Page("Home\nNews\nCouncil approves budget\n12 March 2024", [*first, "@@", *_SECOND_HALF],
                "About us\nContact").text()
    text = text.replace("@@", "\n".join(player))
    assert [line for line in clean(text).splitlines() if line] == first + _SECOND_HALF


@pytest.mark.parametrize("heading", ["Related stories", "Читайте также"])
@pytest.mark.parametrize("last", [1, 2])
def test_the_last_paragraphs_below_an_inline_box_of_related_links_are_body(heading: str, last: int) -> None:
    # too few to make a streak of their own, but only links stand between them and
    # the article, and no summary follows them
    box = [heading, "Train strike called off after late-night talks", "New bridge opens to traffic",
           "Mayor to stand for a second term"]
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", BUDGET + ["\n".join(box)] + _SECOND_HALF[:last],
                "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET + _SECOND_HALF[:last]



def test_paragraphs_touching_a_closing_paragraph_past_a_newsletter_box_are_body() -> None:
    # the first paragraph below the box joins as the closing paragraph; the one right
    # under it, nothing between them, is the article going on, not furniture
    body = ["The old ferry pier will be torn down in the spring, the harbour board decided on Thursday evening.",
            "Divers found last year that most of the wooden piles had rotted through below the waterline.",
            "A temporary landing stage will serve the island boats until the new pier is finished, which the "
            "board hopes will happen before the end of next year, although the engineers have warned that "
            "winter storms could delay the work by several months.",
            "Fishermen who moor their boats along the pier have been offered berths in the inner harbour for "
            "the same fee, and the board said it would pay for moving their gear and the ice machine."]
    box = ["Subscribe to Harbour Notes", "Get the week's news from the waterfront in your inbox every Friday.",
           "Your email", "Subscribe"]
    closing = ["The new pier is expected to cost about two million pounds.",
               "Work on its foundations should start before the summer season."]
    page = Page("Home\nNews\nHarbour\nFerry pier to be demolished\n14 March 2024",
                body + ["\n".join(box)] + closing, "Share this post\nComments\n© 2024 Harbour Notes")
    assert [line for line in clean(page.text()).splitlines() if line] == body + closing


@pytest.mark.parametrize("last", [
    "交通局表示，新线路试运行一个月以后，将根据客流情况适时调整发车班次和部分站点的设置。",
    # borderline by its share of function characters, long enough for a paragraph
    "区人大代表王建华表示，支持新线路的开通，但担心早高峰时车厢会比较拥挤，建议交通部门增开区间车。",
])
def test_the_last_paragraph_below_a_box_of_terse_headlines_is_body(last: str) -> None:
    # the box's second headline is names and figures (judged "bad" for want of function
    # characters, not a paragraph): still a headline of the box, and the paragraph
    # below it the article's end
    body = ["市交通局昨天公布了新的公交线路调整方案，从下个月起，城东地区将新开三条公交线路，方便居民前往地铁站和医院。",
            "交通局有关负责人介绍，新线路的站点是在征求沿线居民意见的基础上确定的，早晚高峰时段发车间隔不超过十分钟。",
            "不少居民表示，过去去一趟市医院要换乘两次，新线路开通以后，路上至少可以节省二十分钟。"]
    box = ["相关新闻", "我市今年将新建公交首末站十二个", "城东枢纽站改造工程 交通局：2025年底前全面启用"]
    page = Page("首页\n新闻\n本地\n城东新开三条公交线路\n2024-03-12", body + ["\n".join(box), last],
                "关于我们\n联系我们")
    assert [line for line in clean(page.text()).splitlines() if line] == body + [last]


def test_a_buying_guides_shop_buttons_go_and_its_picks_stay() -> None:
    # a buying guide: each pick's subheading and paragraphs with its shop buttons under
    # them ("$849.99 at Amazon", "Buy at Orchid"): the buttons are an affiliate's advert,
    # removed wherever they stand but weighing as little as an advert's label, so the
    # picks between them stay one article
    picks = [
        ("Best overall: Orchid Book 14",
         ["The Orchid Book 14 does nothing flashy, and that is exactly why it tops our list of laptops for school.",
          "In our battery test, which loops web pages over Wi-Fi, it lasted eleven hours and forty-two minutes."],
         ["$849.99 at Amazon", "$879 at Best Buy", "Buy at Orchid"]),
        ("Best budget: Lumen Chromebook 3",
         ["If most of your coursework lives in a browser, a Chromebook is hard to beat for the money you pay.",
          "The trade-off is flexibility: some courses require Windows software that will not run on it at all."],
         ["$329 at Amazon", "$349 at Walmart"]),
        ("Best 2-in-1: Vanta Flip 13",
         ["The hinge folds all the way back, turning the laptop into a tablet for handwritten notes in lectures.",
          "As a laptop it is solid if unspectacular, and the keyboard is a little shallow for long essays."],
         ["$699 at Best Buy", "Buy at Vanta"]),
    ]
    intro = ["Choosing a laptop for school is harder than it should be, with prices from under $300 to over $2,000.",
             "We tested more than thirty laptops over the past year, measuring battery life, brightness and keyboards."]
    lines = [*intro]
    body = [*intro]
    for heading, paragraphs, buttons in picks:
        lines += [heading, *paragraphs, *buttons]
        body += [heading, *paragraphs]
    page = "\n".join(["Home", "Reviews", "Laptops", "The best laptops for students in 2022", "By Dana Whitfield",
                      "Updated August 2, 2022", *lines, "Related", "The best tablets", "© 2022 Byteful"])
    assert [line for line in clean(page).splitlines() if line] == body


def test_sections_past_an_inline_teaser_at_the_foot_of_an_article_with_subheadings_stay() -> None:
    # an article with subheadings of its own; below its run, an in-body teaser (its
    # label, one headline), then two more sections, each a short subheading over a
    # paragraph: the article's end, not a digest of headlines and summaries
    body = ["The new cycle path along the old railway line opens on Saturday after two years of work.",
            "The route runs for fourteen kilometres between the two towns and follows the river most of the way.",
            "What the route offers",
            "Three rest areas with tables, water fountains and bike racks stand along the path.",
            "Two charging points for electric bicycles were installed at the stations of the old line.",
            "Panels tell the story of the railway, which closed to passengers in the nineteen-sixties."]
    teaser = ["Read also", "Electric bike rentals boom in the valley"]
    tail = ["The parking problem",
            "Not everyone is happy: residents of the village fear that visitors will park in their narrow streets.",
            "Saturday's opening",
            "The opening starts with a ride open to all, leaving the square at ten and ending at the town hall."]
    page = Page("Home\nNews\nValley\nCycle path opens on Saturday\n12 May 2022", body,
                "\n".join([*teaser, *tail]) + "\nShare on Facebook\nShare on WhatsApp\n© 2022 Valley News").text()
    assert [line for line in clean(page).splitlines() if line] == body + tail


def test_headlines_under_a_second_box_heading_below_the_comments_link_are_no_ending() -> None:
    # under the article: the comments link (a heading that opens comments), the share
    # button, the tags, then the editors' picks (a second such heading) over a question
    # of a headline and more headlines: no closing paragraph past a box, nothing is kept
    tail = ["Voir les commentaires", "Partager", "Canicule", "Météo", "Environnement", "Les choix de la rédaction",
            "Tour de France : l'étape de vendredi sera-t-elle raccourcie en raison de la chaleur ?",
            "Climat : pourquoi les canicules sont de plus en plus fréquentes en France",
            "Sécheresse : 73 départements concernés par des restrictions d'eau",
            "Météo : les prévisions pour le week-end24/07/2019"]
    body = ["La ville a battu jeudi son record absolu de chaleur, avec 41,9 °C relevés en milieu d'après-midi.",
            "Les autorités ont ouvert des salles rafraîchies dans les mairies et prolongé les horaires des parcs.",
            "Selon les prévisionnistes, la chaleur devrait refluer par l'ouest à partir de vendredi soir."]
    page = Page("Accueil\nMétéo\nCanicule : record absolu de chaleur\nPublié le 25/07/2019 16:48", body,
                "\n".join(tail) + "\nMentions légales").text()
    assert [line for line in clean(page).splitlines() if line] == body


@pytest.mark.parametrize("question", ["What happens next?", "Τι θα γίνει στη συνέχεια;"])
def test_a_question_over_the_last_paragraphs_below_an_inline_box_is_body(question: str) -> None:
    # the question is the subheading of the paragraphs that answer it, not a headline of
    # the box (Greek asks with ";")
    box = ["Related stories", "Train strike called off after late-night talks", "New bridge opens to traffic"]
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024",
                BUDGET + ["\n".join(box), question] + _SECOND_HALF[:2], "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET + [question] + _SECOND_HALF[:2]


def test_a_semicolon_asks_only_after_a_greek_word() -> None:
    assert _ASKS.search("Τι θα γίνει στη συνέχεια;")
    assert not _ASKS.search("total = price * count;")
    assert not _ASKS.search("Les résultats sont les suivants ;")


def test_a_comment_thread_heavier_than_a_short_article_is_not_the_body() -> None:
    # seven long comments under "Comments (7)" outweigh a three-paragraph article: the
    # article, a row of full paragraphs above the heading, is the body, and the thread
    # (a paragraph per comment, between names) does not join it
    comments = [
        "This is exactly what we expected from this council, nothing at all for the people who actually need the buses every single day of the week.",
        "I think the mayor is right about the tax, it will bring in more money and the services will come back within a year or two at the most.",
        "Another year, another budget, and the roads in my street are still full of holes that nobody at the town hall seems to want to fix.",
        "The outer districts have been ignored for a decade now, and this budget shows that nothing has changed since the last election at all.",
        "I would like to know how much of this money goes to consultants and how much actually reaches the bus routes that were cut last year.",
        "My children walk forty minutes to school since the bus was cut, and the council still says there is no money for a new service.",
        "Good decision overall. People complain about everything, but the city has to balance its books like every family in this town does.",
    ]
    thread = ["Comments (7)"]
    for name, text in zip(["Mike", "Sarah", "Tom", "Anna", "Piotr", "Jane", "Bob"], comments, strict=True):
        thread += [name, text]
    furniture = "Share\nFacebook\nTwitter\nEmail\nPrint\nTags\nbudget\ncouncil\nbuses\n"
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", BUDGET, furniture + "\n".join(thread) + "\nAbout us")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET


def test_a_numbered_list_of_paragraphs_below_a_related_box_is_not_taken_for_comments() -> None:
    # one paragraph per numbered heading, heavier than the introduction above the box:
    # a listicle, which stays with the introduction
    items = []
    for i, (title, text) in enumerate([
        ("Bus routes", "Two of the routes cut last year will come back in September, with buses every twenty minutes during the day and every hour at night."),
        ("Schools", "Every primary school gets money for a new playground, and the three oldest buildings will have their roofs repaired over the summer."),
        ("Roads", "The worst streets in the outer districts will be resurfaced first, starting in April, with work on the main roads to follow in the autumn."),
        ("Libraries", "All five libraries stay open, and the central library will open on Sunday afternoons from the start of next year for the first time."),
        ("Parks", "The council will plant a thousand trees in the parks of the outer districts and hire four more gardeners to look after them."),
        ("Housing", "Two hundred new council flats will be built on the site of the old bus depot, the first of them ready for tenants in two years."),
    ], 1):
        items += [f"{i}. {title}", text]
    box = "Share this article\nFacebook\nTwitter\nEmail\nPrint\nMost read\nTrain strike called off\nNew bridge opens"
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", BUDGET + [box] + items, "About us\nContact")
    out = [line for line in clean(page.text()).splitlines() if line]
    assert all(line in out for line in BUDGET + items[1::2])


@pytest.mark.parametrize("heading", ["Related stories", "Читайте также:"])
def test_an_article_goes_on_under_subheadings_past_an_inline_box(heading: str) -> None:
    # the part after the box has no three paragraphs in a row (a subheading splits
    # them), but it opens with a paragraph and most of its paragraphs come in rows:
    # sections of the article, not a digest of one summary per headline
    intro = BUDGET + ["Opposition councillors walked out before the final vote, saying they had not been given "
                      "enough time to read the documents."]
    rest = [_SECOND_HALF[0], "What happens next", _SECOND_HALF[1], _SECOND_HALF[2]]
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024",
                intro + [heading + "\nTrain strike called off after late-night talks"] + rest, "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == intro + rest


def test_a_list_of_long_headlines_above_the_article_is_not_the_body() -> None:
    # teasers of other articles, each a headline run into its summary without a full
    # stop, outweigh a short article further down, past a "Most read" box: a run of
    # text closing no sentence is a list of links, the article is the run holding a
    # row of full paragraphs (and the list does not join it by weight)
    teasers = [
        "The new tram line to the northern districts will open in the spring after two years of work on the tracks",
        "Why the price of bread in the city has risen by a third since the summer and what the bakers say about it",
        "The football club has signed a new coach who promises to bring the team back to the first league next year",
        "Hundreds of people came to the old market square on Sunday to see the first snow of the winter in the city",
        "How the city plans to deal with the traffic jams on the main road to the airport during the holiday season",
    ]
    furniture = ("Most read\nWeather\nCinema\nEvents\nJobs\nCars\nHomes\nDating\nForum\nGallery\nVideo\nArchive\n"
                 "Newsletter\nSubscribe\nCouncil approves budget\n12 March 2024")
    article = BUDGET + [_SECOND_HALF[0]]
    page = Page("Home\nNews\nSport\n" + "\n".join(teasers) + "\n" + furniture, article,
                "Share\nFacebook\nTwitter\nAbout us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == article


_SECTIONS = [
    ("City", "The festival of short films opens on Friday at the youth palace, with works by young directors "
             "from the city and from three towns in the region"),
    ("Region", "The ministry has taken over the buildings of the old army camp, where a home for elderly and "
               "disabled people is planned to open within two years"),
    ("Incidents", "A driver was killed and three people were injured when two cars collided on the ring road "
                  "in the north of the city on Monday afternoon"),
    ("Country", "The ministry denied reports that phone cards would soon be tied to one handset, saying no such "
                "rule had ever been discussed"),
    ("Abroad", "Flights from the regional airport to four cities in the south will start in June, with a stop "
               "on the way in both directions"),
]
_RIGHTS = ("All rights to the materials on this site are protected by the law on copyright and related rights, "
           "and any use of them in print or online requires a link to the site and the consent of the editors.")


@pytest.mark.parametrize("sections", [2, 5])
def test_a_digest_of_section_summaries_closing_no_sentence_is_not_body(sections: int) -> None:
    # below the article and a poll, the site's digest: a section label over one summary
    # each, none of them closing a sentence, then the site's rights notice; as heavy as
    # half the article or heavier, it is still no part of it (the article's paragraphs
    # close their sentences)
    digest = [line for label, summary in _SECTIONS[:sections] for line in (label, summary)] + [_RIGHTS]
    article = BUDGET + [_SECOND_HALF[0]]
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", article,
                "Letters to the editors\nYour opinion\nYour age…\nUnder 18\n18 to 24\n25 to 34\n35 to 44\n45 and over\n"
                "[ Results | Polls ]\nVotes: 337\n"
                + "\n".join(digest) + "\nAbout us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == article


def test_a_label_ending_with_a_colon_below_the_body_announces_no_list_of_labels() -> None:
    # "Send to:" and "Permanent address:" in a language without patterns: a label with a
    # colon announces the next line only when that line is an entry, not another label
    page = Page("Avaleht\nUudised\nLinn kinnitas eelarve", BUDGET,
                "Saada edasi:\nAlaline aadress, link:\nhttp://www.example.ee/uudised/2024/03/12/123.html\nTeemad")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET


_NEWS_BOX = [
    "Industry",
    "Search giant lays the foundation of its southern research centre",
    "The company began building its new research centre in the south on Monday, with the mayor and the "
    "company's founder at the ceremony, and says two thousand engineers will work there.",
    "Factory to cut six hundred jobs at its plant abroad",
    "Three internet companies move into the new business district",
    "Experts say online shops have grown too fast to make money",
    "Online shops keep losing money because they want to grow faster than their rivals can follow, and small "
    "firms can choose to supply the big platforms or to build their own shop.",
    "General news",
    "The ten science stories of the year chosen by readers",
    "Scientists and readers chose the ten science stories of the year at a meeting in the capital on Monday, "
    "and the list was published by the science association the same day.",
    "Why the phone everyone wants is still hard to find",
    "New industries to drive the growth of the western province",
    "The western province will build up new energy, new materials and medicine in the next five years, and "
    "hopes to create several industries worth a hundred billion each by the end of the plan.",
]


def test_a_sidebar_of_headlines_with_one_summary_each_does_not_join_by_weight() -> None:
    # news of other articles beside the article: one summary under the last of two or
    # three headlines (or a section label and a headline); as heavy as half the article,
    # it is not a part of it (a part of the article has one subheading, or one question,
    # over each paragraph)
    furniture = "\n".join(f"Other story number {n} on the front page" for n in range(12))
    article = BUDGET + _SECOND_HALF
    page = Page("Home\nNews\nTech\n" + "\n".join(_NEWS_BOX) + "\n" + furniture
                + "\nYou are here: Home > Tech\nCouncil approves budget\n2012-01-17 10:36 Source: Daily", article,
                "Author: J. Dai\nShare\nAbout us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == article


def test_questions_each_over_one_answer_below_a_video_player_are_body() -> None:
    # the same shape as such a sidebar, a line over each paragraph, but one line each:
    # the article's second part, past a video player
    player = "Video\nPlay Video\nLoaded: 0%\nProgress: 0%\n0:00\nFullscreen\nMute\nAdvertisement\nSkip ad in 5\n" \
             "Related videos\nNow playing\nUp next"
    answers = [
        "The council expects the new tax to come into force in the spring, once the regional government has approved it and the rates are set.",
        "Households in the largest properties will pay more, while the owners of small flats in the outer districts will pay slightly less than today.",
        "The night buses will keep running until the summer, and the council has promised to look again at the routes before the end of the year.",
        "Residents can send their comments to the council until the end of April, and a public meeting will be held in each district in May.",
    ]
    questions = ["When does it start?", "Who pays more?", "What about the buses?", "Can I object?"]
    second = [line for pair in zip(questions, answers, strict=True) for line in pair]
    article = BUDGET + _SECOND_HALF
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", article,
                player + "\n" + "\n".join(second) + "\nShare\nFacebook\nAbout us\nContact")
    out = [line for line in clean(page.text()).splitlines() if line]
    assert out[:len(article)] == article
    assert set(answers) <= set(out) <= set(article + second)


_WHY_REGISTER = [
    "If you are a visitor, registering on the portal lets you ask our doctors questions, save the articles you "
    "like and take part in the discussions on the forum.",
    "If you are a doctor, registering lets you answer the questions of patients, publish your articles and "
    "tell other doctors about your clinic and your work.",
    "You do not need to register to ask a question in the consultation section, but you will then have to wait "
    "longer for an answer from one of our doctors.",
]


_MENU = "\n".join(["Home", "News", "Health", "Clinics", "Doctors", "Diseases", "Pharmacy", "Beauty", "Forum",
                    "Consultation", "Press centre", "Contacts", "Weather", "Jobs"] * 2)


def test_paragraphs_the_page_prints_twice_away_from_the_article_are_a_widget() -> None:
    # "Why register?" in the page's header and again in its login form at the foot (the
    # second time with a word changed): three full paragraphs in a row, twice, far from
    # the article, do not join it as a streak; the article's paragraphs stand once
    article = BUDGET + _SECOND_HALF
    foot = "\n".join(["Best news", "Latest news", "World news", "Did you know...", "About us", "Advertising",
                      "Site map", "For clinics", "Feedback", "Jobs", "Archive", "Weather"] * 2)
    again = [_WHY_REGISTER[0].replace("save the articles", "keep the articles")] + _WHY_REGISTER[1:]
    page = Page("Log in\nRegister\nWhy register?\n" + "\n".join(_WHY_REGISTER) + "\n" + _MENU
                + "\nCouncil approves budget\n12 March 2024", article,
                "Share\nRead also\n" + foot + "\nLog in\nPassword\nWhy register?\n" + "\n".join(again))
    assert [line for line in clean(page.text()).splitlines() if line] == article


@pytest.mark.parametrize("layout", ["lead in a teaser box above", "print version below"])
def test_an_article_whose_paragraphs_the_page_prints_twice_comes_out_once(layout: str) -> None:
    article = BUDGET + _SECOND_HALF
    if layout == "lead in a teaser box above":
        text = "Top story\n" + "\n".join(article[:2]) + "\n" + _MENU + "\nCouncil approves budget\n12 March 2024\n"
        text += "\n".join(article) + "\nShare\nAbout us\n"
    else:
        text = "Home\nNews\nCouncil approves budget\n" + "\n".join(article) + "\n" + _MENU + "\nPrint version\n"
        text += "\n".join(article) + "\nAbout us\n"
    assert [line for line in clean(text).splitlines() if line] == article


@pytest.mark.parametrize("button", ["Комментировать", "Post comment"])
def test_a_comment_form_button_closes_the_article(button: str) -> None:
    # past the share and tag furniture, the site's rules for comments, the form and two
    # long comments under it weigh as much as the article; only the form's button
    # tells where the thread starts
    article = [
        "Городская дума в понедельник утвердила бюджет на следующий год после долгого обсуждения, "
        "которое продолжалось до поздней ночи.",
        "Критики заявили, что план слишком мало делает для окраин, где в прошлом году сократили автобусные маршруты.",
        "Мэр пообещал, что дополнительные деньги появятся, как только весной вступит в силу новый налог.",
    ]
    tail = ["Поделиться", "ВКонтакте", "Одноклассники", "Telegram", "Теги:", "бюджет", "дума", "транспорт",
            "Версия для печати", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
            "Комментарии могут быть опубликованы, если они не содержат:",
            "— Призывов к насилию и нарушению закона",
            "— Оскорблений в адрес автора статьи и других читателей",
            "— Рекламы товаров или услуг, адресов или телефонов",
            "Администрация сайта оставляет за собой право удалять любые комментарии без объяснения причин.",
            "Гость", "Ваше сообщение", button, "Осталось символов - 2000",
            "Иван", "07.01.2024, 17:44",
            "Я живу на окраине двадцать лет, и автобусы никогда не ходили так плохо, как сейчас. "
            "Каждый год нам обещают новые маршруты, но ничего не меняется.",
            "Посмотрим, сколько из этих обещаний выполнят до следующих выборов в городскую думу. "
            "Лично я не верю ни одному слову о транспорте.",
            "Мария", "07.01.2024, 18:02",
            "Деньги лучше было бы потратить на школы и больницы, а не на новые проекты в центре города, "
            "где и так всё есть.",
            "О проекте", "Контакты"]
    page = Page("Главная\nНовости\nДума утвердила бюджет\n12 марта 2024", article, "\n".join(tail))
    assert [line for line in clean(page.text()).splitlines() if line] == article


def test_a_one_sentence_caption_above_the_share_buttons_is_kept() -> None:
    # shorter than a paragraph and thin in stopwords (names), but a statement closed by
    # a full stop, with only buttons between it and the text: the photo's caption or
    # the standfirst
    caption = "Mayor Anna Berg, Leeds City Council, presents budget 2024 to councillors."
    page = Page("Home\nNews\nCouncil approves budget\nBy Anna Berg\n12 March 2024\n" + caption + "\nShare\nTweet",
                BUDGET, "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == [caption, *BUDGET]


def test_a_short_question_above_the_share_buttons_is_not_taken_for_a_caption() -> None:
    teaser = "Trams, buses, bike lanes: Leeds City Council finds money?"
    page = Page("Home\nNews\n" + teaser + "\nShare\nTweet", BUDGET, "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET


def test_a_subheading_between_the_standfirst_and_the_text_is_kept() -> None:
    # a standfirst thin in stopwords (names, figures) stands apart from the text; the
    # one line between them, with no hits, is the first subheading of the article
    lead = ("Leeds City Council budget 2024: 1.2 billion pounds for buses, trams, roads, schools, libraries and "
            "parks across all 33 wards, says Mayor Anna Berg.")
    body = [lead, "A late-night vote", *BUDGET]
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", body, "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == body


_RULES = [
    "Registration in the comments service means that the user accepts these rules in full and agrees to follow them.",
    "Users must not break the law of the country in which they live or the law of the country where this site is published.",
    "Users must speak respectfully of other participants, of readers and of the people mentioned in the articles.",
    "A comment will be deleted if it does not match the subject of the page or if it contains advertising.",
    "A comment will be deleted if it contains insults, threats or calls to violence against anyone.",
    "The administration may block a user's access to the page without warning if the user breaks these rules.",
    "Comments are published only in the languages in which the main content of the page is presented.",
    "The editors may shorten a comment or correct obvious spelling mistakes without asking its author.",
    "A comment will be deleted if it contains links to other sites that have nothing to do with the subject.",
    "A comment will be deleted if it reveals personal data of other people without their consent.",
    "A comment will be deleted if it is written entirely in capital letters or repeats the same words over and over.",
    "A user whose access was blocked may write to the editors and ask for it to be restored once.",
    "The letter must give the user's login and explain which of the rules were broken and why.",
    "If the rules are broken again after access was restored, the user is blocked for good.",
]


@pytest.mark.parametrize("rules", [6, 14])
def test_the_sites_rules_for_comments_far_below_the_article_are_not_the_body(rules: int) -> None:
    # the rules under the comment form are a longer row of full sentences than the
    # article and outweigh it (half as heavy, or far heavier); the article above the
    # form's heading, three paragraphs in a row, is the body: the run right under
    # that heading is what it opens
    article = BUDGET + [_SECOND_HALF[0]]
    furniture = ["Share", "Facebook", "Twitter", "Tags", "budget", "council", "buses", "Most read",
                 "Train strike called off", "New bridge opens", "Mayor to stand again", "Weather", "Jobs",
                 "Post comment", "Rules for comments"]
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", article,
                "\n".join(furniture + _RULES[:rules] + ["About us", "Contact"]))
    assert [line for line in clean(page.text()).splitlines() if line] == article


_RELATED_BOX = ["Share", "Tweet", "Email", "Related stories",
                "Bus fares to rise in April", "New bridge opens to traffic after three years of works",
                "Councillors reject the plan for a second tower on the river bank",
                "Mayor to stand again", "Library hours cut", "Weather warning for the weekend"]
_STANDFIRST = "The city will spend more on buses and trams next year after councillors backed the mayor's plan."


@pytest.mark.parametrize("masthead", [
    ["Council approves budget", "By Anna Berg", "12 March 2024, 10:32", _STANDFIRST, "Photo: Tom Baker/City Press"],
    ["Council approves budget", _STANDFIRST, "10:32 PM, March 12, 2024 |"],
])
def test_a_standfirst_under_the_title_and_date_past_a_related_box_is_kept(masthead: list[str]) -> None:
    # title, date, standfirst (or title, standfirst, date), then buttons and a box of
    # related headlines before the text: further from the text than a standfirst
    # usually stands, but under the article's own masthead
    page = Page("\n".join(["Home", "News", "Sport", "Weather", *masthead, *_RELATED_BOX]), BUDGET,
                "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == [_STANDFIRST, *BUDGET]


def test_a_standfirst_in_polish_under_an_added_date_and_author_line_is_kept() -> None:
    # "Dodano:" (added) with a time and "Autor:" with initials: a date line without a
    # date rule's hit, known by its stamp; then a photo credit, buttons and headlines
    lead = ("Miejska biblioteka po dwóch latach remontu znów przyjmuje czytelników, "
            "a w nowej czytelni stanęło czterdzieści stanowisk do nauki.")
    body = ["Remont kosztował dwanaście milionów złotych i objął cały budynek, od dachu po piwnice.",
            "– Czekaliśmy na ten dzień bardzo długo – powiedziała dyrektorka biblioteki podczas otwarcia.",
            "Biblioteka będzie czynna od poniedziałku do soboty, a w niedziele odbywać się będą warsztaty dla dzieci.",
            "W nowej czytelni można korzystać z komputerów, drukarki i bezpłatnego internetu przez cały dzień.",
            "Władze miasta zapowiadają, że w przyszłym roku wyremontowana zostanie także filia na osiedlu.",
            "Na otwarcie przyszło kilkaset osób, a pierwsze książki wypożyczono już w ciągu godziny."]
    head = ["Wiadomości", "Sport", "Kultura", "Biblioteka otwarta po remoncie",
            "Dodano: 14 marca 2024, 09:20 Autor: (ak)", lead, "(fot. Jan Nowak)", "Podziel się",
            "Przeczytaj więcej", "Nowy basen otwarty dla mieszkańców", "Rada miasta przyjęła budżet",
            "Koncert na rynku w sobotę", "Rusza budowa obwodnicy", "Zmiany w rozkładzie tramwajów",
            "Polecane", "Festiwal filmowy po raz dziesiąty"]
    page = Page("\n".join(head), body, "Newsletter\nKontakt")
    assert [line for line in clean(page.text()).splitlines() if line] == [lead, *body]


def test_a_title_ending_with_a_full_stop_over_its_date_is_not_a_standfirst() -> None:
    # some sites end titles with a full stop: under a menu and over the date line it is
    # the title, not a standfirst, however far the text below starts
    title = "Council approves the budget after a long night."
    page = Page("\n".join(["Home", "News", "Sport", title, "City Press | 12.03.2024 (10:32)", *_RELATED_BOX]),
                BUDGET, "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET


@pytest.mark.parametrize("stories", [1, 2])
def test_summaries_in_a_box_of_dated_stories_above_the_article_are_not_its_standfirst(stories: int) -> None:
    # a dated story's summary above the article, past buttons and headlines: the
    # article's own date line stands between (or a second dated summary above it)
    box = []
    for headline, summary in [
            ("Bus fares to rise", "Fares will go up by five percent from April, the transport authority said."),
            ("New bridge opens", "The bridge over the river opened to traffic on Friday after three years of works."),
    ][:stories]:
        box += [headline, "11.03.2024 18:00", summary]
    masthead = ["Council approves budget", "12.03.2024 10:32"] if stories == 1 else ["Council approves budget"]
    page = Page("\n".join(["Home", "News", "Latest", *box, "More news", "Share", "Tweet", "Email", "Most read",
                           "Mayor to stand again", "Weather warning for the weekend", *masthead]),
                BUDGET + _SECOND_HALF, "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET + _SECOND_HALF


@pytest.mark.parametrize("position", [0, 2])
def test_a_headline_as_long_as_a_paragraph_in_a_related_box_above_the_article_is_not_body(position: int) -> None:
    # a headline of twenty words counts as text by length; under the box's heading,
    # among headlines, closing no sentence, it is one of them
    headlines = ["Bus fares to rise in April", "New bridge opens to traffic after three years of works",
                 "Mayor to stand again", "Library hours cut", "Weather warning for the weekend"]
    headlines.insert(position, "Councillors on the planning committee reject the plan for a second tower "
                               "on the river bank in the old docks")
    page = Page("\n".join(["Home", "News", "Council approves budget", "12 March 2024", "Share", "Tweet",
                           "Related stories", *headlines]), BUDGET, "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET


def test_a_teasers_summary_above_the_articles_title_and_date_is_not_its_standfirst() -> None:
    # "Top story": a headline, its summary and "Read more", then this article's own
    # title, byline and date: the summary belongs to the teaser above the masthead
    teaser = ["Top story", "Fuel prices fall for a third week",
              "Drivers now pay less at the pump than at the start of the year, according to figures "
              "published on Monday by the energy ministry.", "Read more"]
    page = Page("\n".join(["Home", "News", *teaser, "Council approves budget", "By Anna Berg",
                           "12 March 2024 at 10:32"]), BUDGET, "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET


def test_a_standfirst_over_a_photo_credit_and_the_byline_is_kept() -> None:
    # standfirst, the photo's credit, then the byline and date, then the text: the
    # credit between is no title, so the date below is the standfirst's own
    lead = "The city will spend more on buses and trams next year after councillors backed the plan."
    page = Page("\n".join(["Home", "News", "Council approves budget", lead, "Photo: City Press archive",
                           "Anna Berg — 12.03.2024 10:32"]), BUDGET, "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == [lead, *BUDGET]


def test_a_standfirst_printed_again_in_a_share_card_below_is_kept() -> None:
    # the title and the standfirst stand again in a share card under the text: the
    # standfirst between its title and its masthead is the article's all the same
    title = "Council approves next year's budget after a night of debate"
    lead = "The city will spend more on buses and trams next year after councillors backed the plan by one vote."
    page = Page("\n".join(["Home", "News", title, lead, "Anna Berg", "12 March 2024 at 10:32", "Share"]), BUDGET,
                "\n".join(["Share this article", title, lead, "Facebook", "About us", "Contact"]))
    kept = [line for line in clean(page.text()).splitlines() if line]
    assert kept == [lead, *BUDGET]


@pytest.mark.parametrize("between", ["Article réservé aux abonnés", "Ακούστε το άρθρο", "Anna Berg / Hina",
                                     "Propos recueillis par Claire Dumas"])
def test_a_standfirst_over_a_short_label_and_the_date_is_kept(between: str) -> None:
    # a paywall badge, a player's "listen" button, the author with her agency or the
    # interviewer's credit right under the standfirst, then the date line: the
    # standfirst between its title and its masthead stays
    lead = "The city will spend more on buses and trams next year after councillors backed the plan by one vote."
    page = Page("\n".join(["Home", "News", "Council approves next year's budget after a night of debate", lead,
                           between, "12.03.2024 10:32", "Share"]), BUDGET, "About us\nContact")
    kept = [line for line in clean(page.text()).splitlines() if line]
    assert kept == [lead, *BUDGET]


@pytest.mark.parametrize(("head", "deck", "masthead", "body"), [
    # the title printed twice (page title, then headline), the deck, then the byline,
    # the author's role and the date, share buttons and a long row of furniture
    (["Home", "News", "Local", "Harbour pool reopens after twenty years",
      "Harbour pool reopens after twenty years"],
     "After a decade of fundraising and two failed bids, the seawater pool on the front opened its gates to "
     "swimmers again on Saturday morning.",
     ["By Lena Hart", "Local correspondent", "Sat 3 Aug 2024 09.30 BST", "Share on Facebook", "Share on X",
      "Most viewed", "Tram fares to rise in January", "Festival line-up announced", "Storm warning for Sunday",
      "Council leader resigns", "New school opens in the north", "Listen to this article"],
     BUDGET),
    # the author's bare name between the deck and the date (no byline word), then buttons
    (["Accueil", "Régions", "Santé", "Médecins de famille : le canton sort le chéquier"],
     "Le gouvernement veut financer jusqu'à 80 000 francs par cabinet pour convaincre de jeunes généralistes de "
     "s'installer dans les vallées.",
     ["Claire Morel", "Publié : 04.11.2019, 19h27", "Mis à jour : 05.11.2019, 07h12", "12 commentaires",
      "Partager", "Les plus lus", "Un incendie détruit une grange", "La fête du lac est annulée",
      "Le prix de l'essence baisse encore", "Nouvelle route vers le col", "Écouter l'article"],
     ["Le cabinet de groupe du village cherche depuis deux ans un successeur au médecin qui part à la retraite "
      "à la fin de l'année.",
      "Selon la commune, la moitié des habitants n'ont plus de médecin de famille depuis que le dernier cabinet "
      "de la vallée a fermé ses portes.",
      "Le canton compte ouvrir les candidatures au début du printemps et choisir les premiers cabinets d'ici l'été."]),
    # the author's bare name, then her role on a line of its own, then the date
    (["Strona główna", "Polityka", "Sejm", "Sejm za nowymi zasadami dla szkół. Opozycja krytykuje tempo prac"],
     "Od września uczniowie szkół podstawowych nie będą mogli korzystać z telefonów podczas lekcji i przerw, "
     "zdecydował w piątek Sejm.",
     ["Katarzyna Nowak", "Dziennikarka działu politycznego", "23 stycznia 2026, 18:42", "Czas czytania: 6 min",
      "Posłuchaj", "Podaruj", "Zapisz", "Udostępnij", "Najczęściej czytane", "Nowy most otwarty w marcu",
      "Ceny biletów rosną od lutego", "Burza nad wybrzeżem"],
     ["Sejm w piątek po południu przyjął nowelizację ustawy, która wprowadza zakaz korzystania z telefonów "
      "w szkołach podstawowych w czasie zajęć.",
      "Za ustawą głosowało 241 posłów, przeciw było 187, a 12 wstrzymało się od głosu, podała kancelaria Sejmu.",
      "Przepisy mają wejść w życie pierwszego września, jeśli Senat nie zgłosi do nich poprawek."]),
    # the author's name, her role and her e-mail address on lines of their own, then the date
    (["Home", "News", "Local News", "Harbour car park to close for two years during sea wall repairs"],
     "Drivers will lose 340 spaces on the seafront from April, and the council says no replacement site has been found",
     ["Bookmark", "Share", "News", "By", "Megan Rowe", "Local Democracy Reporter", "megan.rowe@harbourgazette.co.uk",
      "09:15, 2 FEB 2024", "Updated10:02, 2 FEB 2024", "Get the latest harbour news straight to your inbox",
      "Sign up", "Most read", "Ferry timetable changes", "Pier lights switched off"],
     ["The sea wall below the harbour car park has been patched six times since 2015, and engineers say it now needs "
      "rebuilding from the foundations up.",
      "The council's cabinet approved the closure on Thursday, along with a budget of £4.2m for the work.",
      "Traders on the seafront said they feared losing customers over two summers without parking nearby."]),
    (["Home", "Business", "Pier shops say repair grants will not cover their losses"],
     "Shop owners on the pier say a $20,000 grant will barely pay for new stock after the storm, as repairs drag on.",
     ["Tom Avery", "Journalist", "tom.avery@coaststar.com.au", "Updated March 3 2023 - 4:10pm, first published 2:45pm",
      "Share", "Facebook", "Twitter", "Email", "Login or signup to continue reading"],
     ["The state government announced the grants a week after the storm tore the roof off half the shops on the pier.",
      "Owners say insurers have yet to visit, and most of them have been closed for more than a month already.",
      "A spokeswoman for the minister said a second round of support would be considered in the budget."]),
    # the author's name with her surname in capitals and a full stop ("Claire LE GALL."), then the date
    (["Accueil", "Bretagne", "Finistère", "Tempête. À Lannilis, les habitants toujours privés d’électricité"],
     "Trois jours après le passage de la tempête, près de 1 500 foyers de la commune restaient sans courant "
     "samedi. Entre groupes électrogènes prêtés et repas partagés, la solidarité s’organise.",
     ["Le Courrier du Léon", "Anne LE BRAS.", "Publié le 04/11/2023 à 18h10", "Abonnez-vous", "Écouter",
      "Partager", "Facebook", "WhatsApp", "Copier le lien"],
     ["Dans le bourg, de nombreux arbres sont tombés sur les routes et les lignes électriques.",
      "Devant la salle des fêtes transformée en point d’accueil, les bénévoles servent des repas chauds.",
      "Le maire espère un retour du courant dans tous les quartiers avant la fin de la semaine."]),
    # a badge as short as a button between the title and the standfirst, then the byline
    (["Accueil", "Économie", "Travail", "Télétravail : le grand marchandage du retour au bureau", "Abonné"],
     "Dix-huit mois après le premier confinement, les entreprises négocient le retour au bureau, entre salariés "
     "attachés au télétravail et managers inquiets.",
     ["Par Hélène Morvan", "Publié le 15/09/2021 à 07:00", "Lecture : 7 min.", "Ajouter aux favoris",
      "Partager sur Facebook", "Partager sur Twitter", "Partager sur Linkedin", "Envoyer par email",
      "Copier le lien", "Dans un espace de coworking, en septembre 2021. afp.com/Jean MARTIN"],
     ["Dans les grandes entreprises, les accords signés pendant la crise arrivent à échéance cet automne.",
      "Les syndicats réclament deux jours de télétravail par semaine, quand les directions en proposent un.",
      "Selon une enquête publiée ce mois-ci, un salarié sur trois envisage de changer d’emploi pour en garder."]),
    # the byline word alone on a line over the author's name ("Article rédigé par" / "… avec AFP")
    (["Accueil", "Météo", "Canicule : la ville bat son record absolu de chaleur avec 41,9 °C"],
     "Le précédent record, 40,4 °C, datait de juillet 1947. Des dizaines de stations ont battu leur record "
     "historique jeudi, au deuxième jour de l’épisode.",
     ["Article rédigé par", "infoMatin avec AFP", "infoMatin", "Radio Régions", "Publié le 25/07/2019 16:48",
      "Mis à jour le 25/07/2019 18:05", "Partager"],
     ["Le thermomètre a atteint 41,9 °C à 16 h 32 à la station du parc, selon le service météorologique.",
      "Les autorités ont prolongé la vigilance rouge jusqu’à vendredi soir dans vingt départements.",
      "Les prévisionnistes attendent une baisse des températures à partir de samedi, avec des orages."]),
])
def test_a_standfirst_between_the_title_and_its_masthead_is_kept(head: list[str], deck: str, masthead: list[str],
                                                                   body: list[str]) -> None:
    # the deck under the title, the masthead under the deck (a bare name under it is no
    # second title), then more furniture than a standfirst bridges: the deck is the
    # article's, not a teaser's summary above the article's own title and date
    page = Page("\n".join([*head, deck, *masthead]), body, "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == [deck, *body]


def test_a_caption_under_a_share_button_below_the_deck_is_no_standfirst() -> None:
    # the title, its deck, a share row's button ("Copiar link": no label of the article),
    # the picture's caption with its credit, then the date: the caption is no standfirst
    # between a title and its masthead (the deck above the button is no title)
    caption = ("O ex-prefeito (ao centro) recebe do técnico e de outros representantes do clube uma réplica da "
               "taça conquistada no campeonato daquele ano - Ana Lima/Arquivo")
    body = ["O técnico da seleção disse nesta sexta-feira que errou ao levar a taça ao ex-prefeito em 2015.",
            "Na entrevista, ele afirmou que o gesto foi um erro e que hoje não repetiria a visita.",
            "O clube não comentou as declarações do treinador até a publicação desta reportagem."]
    page = Page("\n".join(["Início", "Esporte", "Técnico diz que errou ao levar taça ao ex-prefeito em 2015",
                           "Na ocasião, treinador entregou réplica do troféu ao então prefeito", "Copiar link",
                           caption, "21.dez.2018 às 12h55", "Ouvir o texto", "Diminuir fonte", "Aumentar fonte"]),
                body, "Mais lidas\nSobre o jornal").text()
    kept = [line for line in clean(page).splitlines() if line]
    assert caption not in kept
    assert kept[-3:] == body


@pytest.mark.parametrize(("head", "deck", "masthead"), [
    # a deck closing no sentence under a headline, the byline under it
    (["Inicio", "Cultura", "Cine", "'Marea baja' convierte la crisis de un pueblo de pescadores en un drama familiar"],
     "La segunda película de la directora, premiada en el festival de otoño, llega el jueves a los cines con un "
     "reparto de actores no profesionales",
     ["Por Felipe Arantes", "17/03/2022 06h00", "Compartir"]),
    # a deck closing with a full stop, an author's name of three words under it (no byline word)
    (["Mercados", "Cierre de los mercados", "La bolsa cierra en alza con la energía a la cabeza de las ganancias"],
     "El parqué siguió el tono positivo de las plazas europeas, impulsado por el sector de la energía y por los "
     "bancos, que subieron por cuarta sesión seguida.",
     ["Inés Cardoso Martín", "Actualizado:", "22 de febrero de 2024, 17:48", "Compartir", "Guardar"]),
    # a deck closing no sentence under a headline of six words, or one with a score in it
    (["Inicio", "Opinión", "Las islas que esperan al médico"],
     "Cada verano descubrimos otra vez que la mitad del mapa del país vive con una plaza vacía en el centro de "
     "salud",
     ["Sofía Gerakari", "07.04.2026 • 06:30", "Compartir"]),
    (["Inicio", "Fútbol", "Atlético Insular – Real Cantera 2-1: Vallejo firma la remontada al 88'"],
     "El centrocampista de 21 años entró desde el banquillo y con sus dos goles dio la victoria a los isleños "
     "ante su público",
     ["Juan Zerbo", "01/12/2019 18:12", "Compartir"]),
])
def test_a_standfirst_under_the_headline_over_a_bare_name_or_closing_no_sentence_is_kept(
        head: list[str], deck: str, masthead: list[str]) -> None:
    text = ["El ayuntamiento aprobó el lunes el presupuesto del próximo año tras un largo debate que duró hasta "
            "bien entrada la noche.",
            "Los críticos dijeron que el plan hace demasiado poco por los barrios de las afueras, donde se "
            "recortaron los autobuses el año pasado.",
            "El alcalde dijo que llegará más dinero cuando el nuevo impuesto entre en vigor la próxima primavera."]
    page = Page("\n".join([*head, deck, *masthead]), text, "Aviso legal\nContacto")
    assert [line for line in clean(page.text()).splitlines() if line] == [deck, *text]


@pytest.mark.parametrize(("head", "deck", "between", "text"), [
    # title, subtitle, date; the deck closing no sentence; share buttons, the dateline's place
    (["Home", "World", "Science", "Health", "Vaccine against hepatitis C passes its first trial",
      "Strong immune response in the volunteers", "Published: 05/01/2012, 13:46"],
     "The promising vaccine that British scientists developed targets the genetic material of the hepatitis C "
     "virus in the liver",
     ["Share on FacebookShare on Twitter", "LONDON"],
     ["British researchers have developed a vaccine for hepatitis C that passed the first phase of clinical "
      "trials, according to an article in a medical journal.",
      "Giving the vaccine to 41 healthy volunteers caused a strong immune response, the authors said on Thursday.",
      "The virus is transmitted through blood and affects about 170 million people around the world."]),
    (["Strona główna", "Kraj", "Świat", "Nauka", "Szczepionka przeciw WZW C przeszła pierwsze badania",
      "Dodano: 05.01.2012, 13:46"],
     "Brytyjscy naukowcy opracowali szczepionkę, która atakuje materiał genetyczny wirusa i wywołała silną "
     "odpowiedź u wszystkich ochotników",
     ["Udostępnij na FacebookuUdostępnij na Twitterze", "LONDYN"],
     ["Brytyjscy badacze opracowali szczepionkę przeciw wirusowemu zapaleniu wątroby typu C, która przeszła "
      "pierwszą fazę badań klinicznych, jak podaje artykuł w piśmie medycznym.",
      "Podanie szczepionki 41 zdrowym ochotnikom wywołało silną odpowiedź układu odpornościowego, "
      "poinformowali w czwartek autorzy.",
      "Wirus przenosi się przez krew i jest groźny dla około 170 milionów ludzi na całym świecie."]),
])
def test_a_standfirst_closing_no_sentence_right_under_the_date_line_is_kept(
        head: list[str], deck: str, between: list[str], text: list[str]) -> None:
    # the deck right under the masthead, with only buttons and the dateline's place name
    # between it and the text: no title of its own above it, so not a teaser's headline
    page = Page("\n".join([*head, deck, *between]), text, "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line][:2] == [deck, text[0]]


@pytest.mark.parametrize(("head", "deck", "between", "text"), [
    # a caption-like standfirst with its credit and no full stop, under the date line past
    # a picture's button, over a podcast player and share buttons
    (["Startseite", "Gesundheit", "Genetik", "Krankheiten", "Neurologie",
      "Rezeptor für den Salzgeschmack bei Mäusen gefunden (mit Audio)", "3. März 2012", "Vergrößern"],
     "Biologen wussten schon, dass die Zunge mehrere Grundgeschmäcker erkennen kann, aber nicht, welche Zellen auf "
     "Salz reagieren; die neue Arbeit zeigt auf einen einzigen Rezeptor. Bild: Medizinische Hochschule",
     ["1", "Laden",
      "Download mp3 Podcast Neueste Folgen", "Auf Facebook teilen", "Tweet", "Reddit", "Google", "RSS", "QR-Code"],
     ["Unsere Zunge erkennt Salz offenbar über einen eigenen Rezeptor, berichten Forscher einer medizinischen "
      "Hochschule in einer neuen Studie.",
      "Die Forscher züchteten Mäuse ohne diesen Rezeptor und stellten fest, dass sie salziges Wasser nicht mehr "
      "bevorzugten.",
      "Nach Ansicht der Autoren könnte der Befund Menschen helfen, die aus gesundheitlichen Gründen weniger Salz "
      "essen müssen."]),
    # a standfirst closing no sentence under the date line and the tags, over a box of
    # related headlines longer than a row of buttons
    (["Strona główna", "Finanse", "Banki", "Prezes nadzoru: banki zmienią plany na przyszły rok",
      "03.01.2012 19:37 , ostatnia aktualizacja 03.01.2012 19:37", "Tagi: nadzór , banki , dywidendy"],
     "Poszczególne banki zmieniają swoje plany finansowe na przyszły rok, biorąc pod uwagę ostatnie stanowiska "
     "nadzoru dotyczące wypłaty dywidend i kredytów walutowych - poinformował wiceprzewodniczący komisji",
     ["Tweet", "Zobacz również", "Nadzór radzi bankom, by nie wypłacały dywidendy »",
      "Ankieta: czy bankom grozi kryzys w przyszłym roku? »", "Bank centralny pożyczył bankom 500 mld euro »",
      "Zagraniczny bank chce otworzyć oddział w Polsce »"],
     ["- Plany poszczególnych banków na przyszły rok są jeszcze zmieniane, ponieważ w ostatnich tygodniach "
      "nadzór wydał kilka nowych zaleceń - powiedział wiceprzewodniczący.",
      "Jak dodał, część banków już teraz ogranicza sprzedaż kredytów w obcych walutach i podnosi marże.",
      "Komisja ma przedstawić swoje stanowisko w sprawie dywidend do końca lutego."]),
])
def test_a_standfirst_closing_no_sentence_under_the_masthead_past_furniture_is_kept(
        head: list[str], deck: str, between: list[str], text: list[str]) -> None:
    page = Page("\n".join([*head, deck, *between]), text, "About us\nContact")
    kept = [line for line in clean(page.text()).splitlines() if line]
    assert kept[0] == deck and kept[-3:] == text


@pytest.mark.parametrize(("head", "notice", "between"), [
    # a widget's notice under the date line and buttons, above the title printed twice
    (["Sign in / Sign up", "Jane Roe", "on Mar 27 14 min", "Next story", "Next story"],
     "The author chose to make this story unlisted, which means only people with a link can see it. "
     "Are you sure you want to share it? Yes, show me sharing options",
     ["Inside the city's oldest bakery", "Share on Twitter", "Share on Facebook", "Inside the city's oldest bakery"]),
    # a news ticker under the site's update line, above the article's own title and date
    (["Accueil", "Politique", "Société", "Dernière mise à jour : Mardi, 17 Juillet 2012 23:41", "Flash infos :"],
     "Assemblée nationale : les nouveaux députés installés fin juillet +++ Lutte : le combat de l'arène "
     "nationale reporté +++ Football : les Lions en stage à Dakar +++ Bac : les résultats attendus",
     ["RSS Feed", "Régions", "Thiès : les coupures mettent les artisans à genoux", "Mardi, 17 Juillet 2012 10:52",
      "Écrit par Ibrahima Ndiaye"]),
])
def test_a_long_line_under_a_date_far_above_the_text_is_no_standfirst(
        head: list[str], notice: str, between: list[str]) -> None:
    text = ["The bakery has stood on the same corner since 1887, and the family that runs it has changed only twice.",
            "Every morning before dawn, four bakers shape the loaves by hand in a room that still has its old oven.",
            "The owners say they will keep the shop open as long as people keep queuing at the door."]
    page = Page("\n".join([*head, notice, *between]), text, "About us\nContact")
    assert notice not in clean(page.text())


def test_the_article_going_on_past_its_results_table_and_a_related_box_is_kept() -> None:
    # the text, the race's results one cell a line (eight rows of five), a "Read also" box
    # under it, then the article's last paragraphs: the table's cells count as one line
    # in the distance from the body to the paragraphs under the box
    rows = [("1", "Anna Berg", "NOR", "1:42.18", "–"), ("2", "Lisa Moretti", "ITA", "1:42.49", "+0.31"),
            ("3", "Eva Novak", "SLO", "1:42.87", "+0.69"), ("4", "Mia Keller", "SUI", "1:43.02", "+0.84"),
            ("5", "Julie Martin", "FRA", "1:43.40", "+1.22"), ("6", "Sara Lind", "SWE", "1:43.55", "+1.37"),
            ("7", "Nora Hahn", "GER", "1:43.91", "+1.73"), ("8", "Ida Holm", "DEN", "1:44.20", "+2.02")]
    text = ["Two years after her knee injury, Anna Berg won her first World Cup slalom on Sunday night, ahead of "
            "the leader of the standings and a crowd of eight thousand.",
            "She had led by three tenths after the first run and held her nerve on the steep final section, where "
            "several of her rivals made mistakes.",
            "\"I have imagined this so often, but I never thought it would feel like this,\" she said in the "
            "finish area, still holding her skis."]
    table = ["The result", "Night slalom, women, top 8", "Rank", "Name", "Nation", "Time", "Gap",
             *[cell for row in rows for cell in row]]
    last = ["For the home team it was a good end to a difficult year, after two races were cancelled for lack "
            "of snow and one was stopped because of fog.",
            "The head coach called the win a relief and said the team had never doubted that she would come back.",
            "The technical skiers race again on the fourth of January, and Berg said she would be at the start."]
    head = "Home\nSport\nSkiing\nBerg wins in the night\nDecember 29, 2019\nBy Tom Weber\nShare\nFacebook"
    foot = ("Read also\nYoung jumper out for the rest of the season\nOrganisers expect a record budget for the "
            "downhill\nLive ticker: how the night slalom went")
    # and the overall standings its last line announces, a time among them (a time
    # stamp's line inside the body, not at its edge: the entries, each taken on its
    # own, are one part of the body with the paragraphs they touch)
    standings = ["Overall standings after the slalom:", "1", "Anna Berg (NOR)", "12.48.09", "2", "Lisa Moretti (ITA)",
                 "+ 0.31", "3", "Eva Novak (SLO)", "+ 0.37", "4", "Mia Keller (SUI)", "+ 1.05"]
    page = Page(head, [*text, *table], "\n".join([foot, *last, *standings, "Tags", "Skiing", "Comments (4)", "About us"]))
    kept = [line for line in clean(page.text()).splitlines() if line]
    assert kept[:3] == text and kept[-len(last) - len(standings):] == [*last, *standings]


def test_a_closing_paragraph_under_an_embedded_post_is_kept() -> None:
    # the text, an embedded post (its label, its text, its byline), the closing paragraph,
    # then the site's tip line: under an embedded post the text goes on (unlike an
    # advert's copy under its label over the next part's subheading)
    text = ["The singer has confirmed she is engaged to the actor she met on the set of her video two years ago.",
            "She shared the news with her followers on Sunday morning, posting a close-up of the ring.",
            "Fans and famous friends rushed to congratulate the pair within minutes of the post.",
            "No date has been set for the wedding yet, but fans are already guessing at a summer ceremony."]
    closing = "Representatives for the couple have been contacted for comment."
    page = Page("Home\nShowbiz\nMusic\nSinger announces engagement", text,
                "View this post on Instagram\nHoliday mode with this one\n"
                "A post shared by Jane Doe (@janedoe) on Jul 11, 2018 at 6:40am PDT\n" + closing
                + "\nGot a story? Email us at tips@example.com or call our news desk\nAbout us\nContact")
    kept = [line for line in clean(page.text()).splitlines() if line]
    assert kept[-1] == closing


_RELATED_HEADLINES = ["Councillors, not ashamed?!", "Police chase teenager through city centre",
                      "Mayor's office searched by anti-corruption agents", "Town hall goes to the prosecutor",
                      "Regional fund satisfied. \"Services secured\"", "Controversial fund decision",
                      "Hospitals had no choice. Price lists introduced!", "Fund deaf to protests",
                      "Parents storm the fund. We fight for our children's lives!"]


def test_a_standfirst_over_a_box_of_exclaimed_headlines_is_kept() -> None:
    # the standfirst under the masthead, then share and related boxes whose headlines ask
    # or exclaim (a teaser's, not text that ends the walk up to the standfirst)
    lead = ("Inspectors from the ministry are checking whether the regional health fund broke the rules "
            "when it chose the clinics that will offer physiotherapy next year.")
    text = ["The check follows a complaint by members of parliament from the region, a spokesman for the fund "
            "confirmed on Thursday.",
            "The results of the tender were published at the beginning of December, and more than twenty clinics "
            "in the city said they were unhappy with them.",
            "Outside the city it is no better: one hospital will stop offering physiotherapy and another will "
            "have to cut it back sharply."]
    head = ["Home", "News", "Sport", "Jobs", "Property", "Cars", "You are here: Home News Article", "A", "A", "A",
            "tags:", "health fund", "clinics", "Ministry checks the physiotherapy tender",
            "Added: 29 December 2011, 13:45 Author: (js)", lead, "Share", "Read more",
            *_RELATED_HEADLINES]
    page = Page("\n".join(head), text, "Premium content. Register today »\nAbout us\nContact")
    kept = [line for line in clean(page.text()).splitlines() if line]
    assert lead in kept and kept[-3:] == text


@pytest.mark.parametrize(("head", "text"), [
    # a breadcrumb over a long title closing no sentence: the title is no standfirst
    (["Beranda", "Indeks", "Beranda›Daerah›Jawa Barat",
      "Bekas tambang pasir di Purwakarta disulap menjadi danau wisata dan dikunjungi ribuan orang saat libur sekolah"],
     ["Bekas tambang pasir yang sudah lama ditinggalkan di desa itu kini menjadi danau yang ramai dikunjungi "
      "wisatawan setiap akhir pekan.",
      "Menurut kepala desa, jumlah pengunjung selama libur sekolah mencapai lebih dari lima ribu orang dan terus "
      "bertambah dari tahun ke tahun.",
      "Warga setempat membuka warung dan menyewakan perahu kecil kepada para pengunjung yang datang dari kota."]),
    # the title printed twice: its second copy is no standfirst under the first
    (["Accueil", "Société", "Environnement",
      "Stress hydrique : le taux de remplissage des barrages tombe à un tiers et les restrictions se multiplient",
      "Stress hydrique : le taux de remplissage des barrages tombe à un tiers et les restrictions se multiplient"],
     ["Le taux de remplissage des barrages du pays s'établissait à 33 % ce vendredi, contre 46 % à la même date "
      "l'an dernier, selon le ministère.",
      "La situation est particulièrement préoccupante dans le bassin du sud, où le taux moyen ne dépasse plus "
      "un cinquième de la capacité.",
      "Plusieurs communes ont déjà limité l'arrosage des jardins et le lavage des voitures jusqu'à la fin de l'été."]),
])
def test_a_long_title_is_not_taken_for_a_standfirst(head: list[str], text: list[str]) -> None:
    page = Page("\n".join([*head, "Kenza Idrissi", "20/02/2022 11:15", "Partager"]), text, "Kontak\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == text


@pytest.mark.parametrize("box", [
    # a specs table, each cell on its own line, as a renderer gives td elements
    ["Specifications", "Sensor", "24.2 MP APS-C CMOS, 6000 x 4000 px, 23.5 x 15.6 mm", "Sensitivity",
     "ISO 100-51200 (expandable to 204800)", "Screen", "3.0 in, 1.04 M dots, tilting", "Battery",
     "NP-W126S, 1260 mAh, 410 shots (CIPA)", "Dimensions", "121 x 83 x 39 mm, 455 g"],
    # an ingredient list
    ["Ingredients", "2 cups (250 g) plain flour, 1 tsp (5 g) salt, 7 g dried yeast",
     "300 ml (1 1/4 cups) warm water, 2 tbsp (30 ml) olive oil", "400 g (14 oz) canned tomatoes, 2 cloves",
     "125 g (4 1/2 oz) mozzarella, 8-10 basil leaves"],
])
@pytest.mark.parametrize("opening", [
    "I have carried cameras of every size up mountains, and the lighter ones always win in the end, "
    "whatever the specifications promise on paper.",
    # thin in function words (borderline), as long as a paragraph: it counts as one
    "Lumo K3 review: 24-megapixel sensor, tilting screen, weather sealing, two card slots and a body weighing "
    "just 455 grams, for 1,299 euros with the kit lens.",
])
def test_an_introduction_above_a_box_the_article_holds_is_kept(box: list[str], opening: str) -> None:
    # two paragraphs open the article, a box of figures that no rule knows follows (its
    # lines judged bad, so the gap costs more than the introduction weighs), then the
    # rest of the article, long enough to outweigh the introduction twice: the
    # introduction is the article's, not a header's
    intro = [opening,
             "This one weighs less than a paperback, and after a month of daily use it has earned a place "
             "in my bag for reasons that go well beyond its size."]
    rest = ["The grip is small but deep enough for a full hand, and every dial falls under a finger "
            "without the need to look down.",
            "Images straight from the camera have pleasant colour, and the noise stays low until well past "
            "the settings most of us will ever use at night.",
            "The battery is the weak point: it lasted a day of walking only when the screen stayed off "
            "and the viewfinder did the work.",
            "Autofocus tracks faces and eyes well in daylight, though it hunts a little indoors under "
            "warm lamps, where older bodies struggled too.",
            "Video is an afterthought here: there is no headphone socket, and the clips stop after "
            "twenty minutes to keep the body from overheating.",
            "The menus are the best the maker has produced, with a page of favourites that holds every "
            "setting I change during a day out.",
            "For travel it is the easiest camera to recommend this year, as long as you pack a spare battery."]
    head = "\n".join(["Home", "Reviews", "Cameras", "Deals", "Lumo K3 review: small, light and easy to love",
                      "By Dana Hill", "4 May 2024"])
    page = Page(head, [*intro, "\n".join(box), *rest], "About us\nContact\nPrivacy")
    kept = [line for line in clean(page.text()).splitlines() if line]
    assert kept[:2] == intro and kept[-7:] == rest


PLAYER = {
    "en": ["Video", "0:00 / 2:13", "Play", "Mute", "Fullscreen", "Captions off", "Autoplay next video"],
    "zh": ["视频", "播放", "静音", "全屏", "字幕", "广告结束后继续播放"],
}


@pytest.mark.parametrize("lang", sorted(PLAYER))
def test_a_video_players_controls_between_paragraphs_go_and_the_paragraphs_stay(lang: str) -> None:
    # two players inside the article, each a run of control labels: the labels go, and
    # the paragraph after the second one, with no other paragraph below it, stays
    body = BUDGET + ["A second vote on the transport plan is expected before the summer break, the council said."]
    head = "\n".join(["Home", "News", "Council approves budget", "12 March 2024"])
    parts = [body[0], "\n".join(PLAYER[lang]), body[1], body[2], "\n".join(PLAYER[lang]), body[3]]
    page = Page(head, parts, "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == body


def test_one_control_word_alone_is_a_subheading_and_stays() -> None:
    # release notes with a section on subtitles: the word alone is a heading, not a player
    notes = ["Version 4.2 brings a faster start and a redesigned library view for large collections.",
             "Subtitles",
             "Subtitle files in the two most common formats now load automatically when they sit next "
             "to the video, and their timing can be shifted while the film plays.",
             "The library view also remembers where each film was stopped, even after a restart."]
    page = Page("\n".join(["Home", "Blog", "Release notes", "Version 4.2", "2 June 2024"]), notes,
                "Download\nForum\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == notes


_PARTS = {
    "en": ("Read also", "ADVERTISEMENT", "What the police found", [
        "Harbour festival moves to the old fish market", "New cycle lane opens on the coast road",
        "Night buses return to the island routes", "Ferry fares to rise from May",
    ], [
        "Two men were arrested late on Tuesday after a robbery at a corner shop in the old harbour district.",
        "They threatened the owner with a knife and left with the till and several cartons of cigarettes.",
        "The owner ran outside as soon as they had gone and wrote down the number plate of their car.",
        "He told reporters he had only thought about staying calm and remembering what the car looked like.",
        "The description of the car was sent to every patrol on duty within a few minutes of the call.",
        "Officers stopped it on the coast road about ten kilometres away, after a short chase through two villages.",
        "Both men are known to the police and will appear before a judge on Thursday morning.",
        "Detectives are now checking whether they took part in two similar robberies earlier this month.",
        "The mayor thanked the officers and said the town would pay for cameras on the harbour streets.",
    ]),
    "pl": ("Czytaj także", "REKLAMA", "Co ustaliła policja", [
        "Festiwal portowy przenosi się na stary targ rybny", "Nowa ścieżka rowerowa wzdłuż drogi nadmorskiej",
        "Nocne autobusy wracają na linie do wyspy", "Bilety na prom zdrożeją od maja",
    ], [
        "Dwaj mężczyźni zostali zatrzymani we wtorek wieczorem po napadzie na sklep w dzielnicy portowej.",
        "Grozili właścicielowi nożem i uciekli z kasą oraz kilkoma kartonami papierosów.",
        "Właściciel wybiegł na ulicę zaraz po ich wyjściu i zapisał numer rejestracyjny ich samochodu.",
        "Jak powiedział dziennikarzom, myślał tylko o tym, żeby zachować spokój i zapamiętać wygląd auta.",
        "Opis samochodu trafił do wszystkich patroli w ciągu kilku minut od zgłoszenia.",
        "Policjanci zatrzymali go na drodze nadmorskiej, po krótkim pościgu przez dwie wsie.",
        "Obaj mężczyźni byli już wcześniej notowani i w czwartek staną przed sądem.",
        "Śledczy sprawdzają teraz, czy mają związek z dwoma podobnymi napadami z początku miesiąca.",
        "Burmistrz podziękował policjantom i zapowiedział, że miasto zapłaci za kamery przy ulicach portu.",
    ]),
}


@pytest.mark.parametrize("lang", sorted(_PARTS))
def test_an_article_split_by_a_read_also_box_after_every_two_paragraphs_is_kept_whole(lang: str) -> None:
    # each box is the same heading over one headline, too few paragraphs between two
    # boxes to make a streak: every part joins as the article going on past a box, and
    # past an advert's label, the line right over the paragraphs is their subheading
    heading, advert, subheading, titles, text = _PARTS[lang]
    headlines = iter(titles)
    body = [*text[:2], "@@", *text[2:4], f"@@\n{advert}", subheading, *text[4:6], "@@", *text[6:8], "@@", text[8]]
    page = Page("Home\nNews\nHarbour\nShop robbed, two arrested\n12 March 2024", body,
                "Tags\nrobbery\npolice\nAbout us\nContact").text()
    while "@@" in page:
        page = page.replace("@@", f"{heading}\n{next(headlines)}", 1)
    expected = list(text)
    expected.insert(4, subheading)
    assert [line for line in clean(page).splitlines() if line] == expected


def test_a_comments_heading_inside_a_related_box_ends_the_article() -> None:
    # an advert's label may stand in a box of related links, the box's own heading too
    # when the page prints it again and again; a heading printed once that opens the
    # comments ends the article: the statement below it is the site's, not a last paragraph
    box = ["You might also like", "The best ultrabooks of the year", "Ten tips for a longer battery life",
           "12 Comments", "Log in to comment"]
    statement = "Harbour Notes is part of Example Media Group, an international media group and a leading publisher."
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", [*BUDGET, "\n".join(box), statement],
                "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET


_OPENING = {
    "en": ("More on this", "Advertisement", ["Landlords must give a week's notice before the checks",
                                             "Is a heat pump worth it in an old house?"], [
        "Heating season has begun, and many households are worried about the next bill from their supplier.",
        "Open the windows wide",
        "A window left tilted open all day cools the wall around its frame and wastes heat without airing the room.",
        "The right temperature",
        "Every degree less saves about six percent of the energy, the consumer office says in its new guide.",
    ], [
        "Bleed the radiators",
        "If a radiator gurgles, there is air in the pipes, and a small key from any hardware shop lets it out.",
        "Furniture in front of a radiator keeps the warmth from reaching the room, so move the sofa away from it.",
        "Thick curtains over a radiator do the same, and they should end above it or be drawn back during the day.",
        "A thermostat that lowers the heat at night pays for itself within two winters in most flats.",
        "Tenants who want to fit one should ask their landlord first, although most agree without any fuss.",
    ]),
    "de": ("Mehr zum Thema", "Anzeige", ["Nebenkostenabrechnung prüfen: Diese Fehler kommen häufig vor",
                                        "Wärmepumpe im Altbau: Lohnt sich das?"], [
        "Die Heizsaison hat begonnen, und viele Haushalte blicken mit großer Sorge auf die nächste Abrechnung ihres Versorgers.",
        "Richtig lüften statt kippen",
        "Ein ständig gekipptes Fenster kühlt die Wand um den Rahmen aus und verschwendet Wärme, ohne den Raum zu lüften.",
        "Die richtige Temperatur",
        "Jedes Grad weniger spart etwa sechs Prozent Energie, sagt die Verbraucherzentrale in ihrem neuen Ratgeber zum Heizen.",
    ], [
        "Heizkörper entlüften",
        "Gluckert der Heizkörper, ist Luft im System, und ein kleiner Schlüssel aus dem Baumarkt hilft dagegen.",
        "Möbel vor dem Heizkörper halten die Wärme vom Raum fern, deshalb sollte das Sofa ein Stück davon abrücken.",
        "Dicke Vorhänge über dem Heizkörper haben dieselbe Wirkung und sollten tagsüber zur Seite geschoben werden.",
        "Ein Thermostat, das nachts die Temperatur senkt, macht sich in den meisten Wohnungen nach zwei Wintern bezahlt.",
        "Mieter, die eines einbauen wollen, sollten vorher den Vermieter fragen, der meistens ohne Weiteres zustimmt.",
    ]),
}


@pytest.mark.parametrize("lang", sorted(_OPENING))
def test_the_opening_above_an_inline_box_of_related_links_is_kept(lang: str) -> None:
    # the opening (three paragraphs under subheadings, an advert's label among them)
    # weighs less than half the rest, and a box of related links stands between them:
    # the opening still joins, up to the box's heading
    heading, advert, headlines, opening, rest = _OPENING[lang]
    top = [*opening[:3], advert, *opening[3:]]
    page = Page("Home\nConsumer\nHeating: how to save this winter\nBy Anna Berg\n28.10.2023, 06:00",
                [*top, "\n".join([heading, *headlines]), *rest], "About us\nContact\nImprint").text()
    kept = [line for line in clean(page).splitlines() if line]
    assert kept[:len(opening)] == opening
    assert heading not in kept and headlines[0] not in kept
    assert kept[-len(rest) + 1:] == rest[1:]


def test_an_article_cut_into_three_parts_by_two_picture_galleries_is_kept_whole() -> None:
    # beside the main run, each side holds one more run; the part between the other two
    # is a third, found in the gap between two parts of the body
    first = ["The village held its washing festival on Sunday for the first time in five years.",
             "Some two thousand visitors came to watch the old ways of washing linen by hand at the stream.",
             "The first demonstrations started at nine in the morning under a clear sky and a light breeze."]
    middle = ["'We have never seen so many people, not even in the sunny years,' said the festival's president, "
              "who has organised it for more than twenty years with a handful of volunteers.",
              "The parade of flower carts, prepared over three weeks by some forty volunteers, crossed the church "
              "square shortly before noon and ended at the old wash house by the river."]
    last = ["In the afternoon eight choirs from the valley competed in a contest of washing songs.",
            "The winners, a choir from the next village, sang a song their grandmothers had taught them.",
            "The festival ended at seven in the evening with a dance on the square, which lasted until dark.",
            "The organisers have already set the date for next year, the second Sunday of July.",
            "They hope to add a market of local crafts and a tour of the three wash houses of the valley."]

    def gallery(first_slide: int) -> str:
        lines = []
        for slide in range(first_slide, first_slide + 3):
            lines += [f"{slide}/12", f"Washerwomen at the stream, picture {slide}", "Photo: Jane Miller",
                      "Previous", "Next"]
        return "\n".join(lines)

    page = Page("Home\nNews\nCulture\nThe washing festival is back\nBy Jane Miller\n14 July 2024",
                [*first, gallery(1), *middle, gallery(4), *last], "About us\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == first + middle + last


@pytest.mark.parametrize("box", [
    ["Related stories", "Train strike called off after late-night talks"],
    ["Related stories", "Train strike called off after late-night talks", "Is the new bridge safe?"],
    ["Читайте также", "Забастовку машинистов отменили после ночных переговоров", "Новый мост открыт для движения"],
    # past a photo's credit above the box
    ["Photo: City Press archive", "Related stories", "Train strike called off after late-night talks",
     "New bridge opens to traffic"],
])
def test_the_headlines_of_a_box_of_related_links_inside_the_body_are_removed(box: list[str]) -> None:
    # the box stands inside the body run, right after a paragraph (nothing cuts the run
    # there); its headlines go, and the short line right over the paragraphs stays: it
    # may be their subheading
    rest = ["What happens next", *_SECOND_HALF]
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", [*BUDGET, "\n".join(box), *rest],
                "About us\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == [*BUDGET, *rest]


@pytest.mark.parametrize("heading", ["Related stories", "Související"])
def test_a_headline_under_a_box_heading_inside_the_body_run_is_removed(heading: str) -> None:
    # in the middle of a long article the box's heading does not end the run (the text
    # below outweighs the text above twice over), so the box stands inside the body:
    # its headline still goes
    top = BUDGET
    below = ["The plan also sets aside money to repair the roads and bridges damaged in last winter's floods.",
             "Officials said the first repairs would start in May and take most of the summer to finish.",
             *_SECOND_HALF, "Shop owners in the old town welcomed the plan but asked for more parking spaces near "
             "the market square, which they say has lost customers since the car park closed.",
             "The council said it would look at the request when it draws up next year's transport plan."]
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024",
                [*top, f"{heading}\nTrain strike called off after late-night talks", *below],
                "About us\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == [*top, *below]


@pytest.mark.parametrize("advert", [["Advertisement", "Story continues below advertisement"], ["Anzeige"],
                                    ["Реклама"], ["广告"]])
def test_advert_labels_between_every_two_paragraphs_do_not_cut_off_the_opening(advert: list[str]) -> None:
    # an advert's label is removed wherever it stands, but it weighs like an unknown short
    # line: a page that prints one after every paragraph or two is still one article
    opening = ["Ferry service to the island has been suspended after the only boat on the route broke down.",
               "No injuries were reported."]
    rest = ["Island residents said the breakdown showed how fragile the link to the mainland has become.",
            "The operator said it was in talks to charter a smaller boat for passengers while the ferry is repaired.",
            "Repairs are expected to take at least two weeks, the company said in a statement on Sunday evening.",
            "The regional transport authority has arranged for emergency medical transfers by helicopter.",
            "Passengers holding tickets for the affected sailings can ask for a full refund on the website."]
    ads = "\n".join(advert)
    body = [opening[0], ads, opening[1], ads, *rest[:2], ads, *rest[2:4], ads, rest[4]]
    page = Page("Menu\nNews\nFerry service suspended\nBy Gregory Tallis\nUpdated June 9, 2024\nShare",
                body, "Most Read\nAbout us\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == opening + rest


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_subheading_of_the_last_part_past_an_inline_box_is_kept(lang: str) -> None:
    # under two headlines, the short line right over the last paragraphs may be their
    # subheading: when unsure, keep
    if lang == "en":
        body, tail = BUDGET, _SECOND_HALF[:2]
        box, subheading = ["Related stories", "Train strike called off after late-night talks in the capital",
                           "New bridge over the river opens to traffic after two years"], "What comes next"
        head = "Home\nNews\nCouncil approves budget\n12 March 2024"
    else:
        body = ["市議会は12日、来年度の予算案を賛成多数で可決した。市長は「市民生活を守るための予算だ」と述べた。",
                "予算案には、老朽化した橋や道路の補修費として、前年度より約2割多い費用が盛り込まれた。",
                "一方、野党会派は「郊外の交通対策が不十分だ」として反対した。"]
        tail = ["市は来月から、補修工事の優先順位を決めるための調査を始める。",
                "市長は記者団に対し「夏までに具体的な計画を示したい」と語った。"]
        box, subheading = ["関連記事", "駅前再開発、来年春に着工へ　市が計画を公表", "市バスの路線見直し、住民説明会を開催"], "今後の予定"
        head = "トップ\nニュース\n市議会、来年度予算を可決\n2024年3月12日"
    page = Page(head, [*body, "\n".join(box), subheading, *tail], "会社概要\nお問い合わせ").text()
    assert [line for line in clean(page).splitlines() if line] == [*body, subheading, *tail]


_SCONES = ["Every August we picked blackberries along the lane behind my grandmother's house, and she baked them into scones.",
           "This version adds brown butter, which gives the scones a toasty, nutty depth that plain butter cannot match.",
           "It took me eleven tries to get the texture right, so please do not skip the chilling step."]
_METHOD = ["Melt the butter in a small saucepan and keep cooking it until it smells nutty, then chill it until firm.",
           "Whisk the flour, oats, sugar, baking powder and salt in a large bowl, then cut in the cold butter.",
           "Stir in the cream, egg and vanilla, fold in the berries and bake for twenty minutes until golden."]


@pytest.mark.parametrize("entries", [
    ["Ingredients", "½ cup (113 g) unsalted butter", "2 cups (250 g) all-purpose flour", "⅓ cup (67 g) sugar",
     "1 tablespoon baking powder", "Salt, a pinch", "¾ cup (180 ml) heavy cream", "1 cup frozen blackberries",
     "Instructions"],
    ["Zutaten", "250 g Mehl", "100 g kalte Butter", "2 EL Zucker", "1 Prise Salz", "200 ml Sahne", "Zubereitung"],
    ["Specs", "Processor\tVelar X7 (12 cores)", "Memory\t16 GB", "Storage\t512 GB SSD", "Weight\t1.08 kg",
     "Design and display"],
])
def test_a_list_of_data_under_a_heading_between_two_parts_is_body(entries: list[str]) -> None:
    # an ingredient list or a specifications table between the introduction and the
    # method: mostly data (quantities, cells), not headlines; the recipe card's furniture
    # above its heading stays out
    card = ["Brown Butter Scones", "Prep Time 20 minutes", "Cook Time 22 minutes", "Print", "Pin"]
    page = Page("Home\nRecipes\nBreakfast\nBrown Butter Scones\nPosted on 14 September 2023",
                [*_SCONES, "\n".join(card + entries), *_METHOD], "Leave a Reply\nAbout\nContact\nPrivacy").text()
    assert [line for line in clean(page).splitlines() if line] == [*_SCONES, *entries, *_METHOD]


def test_a_table_of_contents_between_two_parts_and_the_headings_it_lists_are_body() -> None:
    sections = ["1. Introduction", "2. Terminology and the words of the protocol", "3. Storage model of the server"]
    toc = [f"{title} {'.' * (50 - len(title))} {n + 1}" for n, title in enumerate(sections, 1)]
    text = [f"Section {n} explains one part of the protocol in detail, with the messages that the client sends and "
            f"what the server answers when the {word} is missing." for n, word in enumerate(["file", "folder", "token"], 1)]
    main = [line for pair in zip(sections, text, strict=True) for line in pair]
    page = Page("[Docs] [txt|pdf]\nNetwork Working Group",
                [*_SCONES[:2], "\n".join(["Table of Contents", *toc]), *main], "Authors' Addresses").text()
    assert [line for line in clean(page).splitlines() if line] == [*_SCONES[:2], "Table of Contents", *toc, *main]


def test_a_list_of_data_between_an_introduction_and_the_body_is_body() -> None:
    # the introduction is one paragraph, too light to be a part of the body by itself;
    # the ingredient list under it joins the method below (past a teaser of another
    # recipe), and the introduction with it
    entries = ["Ingredients", "1 butternut squash (about 1 kg)", "1 onion", "2 cloves of garlic", "1 litre stock",
               "200 ml cream", "olive oil, salt and pepper"]
    teaser = "Read also: Five ways to roast pumpkin seeds"
    page = Page("Home\nRecipes\nSoups\nSquash soup\nBy Mary Vries | 12 October 2023\nPrint\nShare",
                [_SCONES[0], "\n".join([*entries, teaser]), "Method", *_METHOD],
                "Tags: soup, autumn\nAbout\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == [_SCONES[0], *entries, "Method", *_METHOD]


_QUARTERS = {
    "en": (["The bicycle maker returned to profit in the second quarter after five quarters of losses, helped by lower costs.",
            "Analysts had expected a small loss, and the shares rose by eleven percent in early trading on Thursday.",
            "We are not yet where we want to be, but the trend has turned, the chief executive told investors."],
           ["The figures at a glance", "Quarter", "Revenue (m €)", "Gross margin", "Q2 2024", "176.8", "29.4%",
            "Q3 2024", "158.2", "28.1%", "Q4 2024", "141.5", "27.5%", "Q1 2025", "162.9", "30.8%"],
           ["Source: company reports", "READ ALSO", "How the bicycle boom turned into a glut of unsold stock"],
           "Price war",
           ["After the pandemic years, shops and makers ordered far too many bikes, and prices fell as stock piled up.",
            "The company stopped taking part in the discount war last year and cut its production by a third instead.",
            "That strategy appears to work: the gross margin rose to its highest level since the end of 2022."]),
    "nl": (["De fietsenmaker boekt weer winst na vijf kwartalen met verlies, geholpen door lagere kosten en minder korting.",
            "Analisten hadden een klein verlies verwacht, en het aandeel steeg donderdag in de vroege handel met elf procent.",
            "We zijn er nog niet, maar de trend is gekeerd, zei de topvrouw in een toelichting voor beleggers."],
           ["De cijfers op een rij", "Kwartaal", "Omzet (mln €)", "Brutomarge", "Q2 2024", "176,8", "29,4%",
            "Q3 2024", "158,2", "28,1%", "Q4 2024", "141,5", "27,5%", "Q1 2025", "162,9", "30,8%"],
           ["Bron: jaarverslagen van het bedrijf", "Lees ook", "Hoe de fietsbranche na de hype in een voorraadcrisis belandde"],
           "Kortingsslag",
           ["Na de coronajaren bestelden winkels en fabrikanten veel te veel fietsen, en de prijzen daalden door de voorraden.",
            "Het bedrijf deed vorig jaar niet langer mee aan de kortingsslag en verlaagde in plaats daarvan de productie.",
            "Die strategie lijkt te werken: de brutomarge steeg naar het hoogste niveau sinds eind 2022."]),
}


@pytest.mark.parametrize("lang", sorted(_QUARTERS))
def test_a_table_between_two_parts_past_its_source_and_a_teaser_is_body(lang: str) -> None:
    # a table one cell a line under the opening, then its source, a teaser of another
    # article (a label over its one headline) and the next part's subheading: the table
    # and the rest of the article are body, the teaser is not (nor the source, at the
    # table's edge)
    opening, table, box, subheading, rest = _QUARTERS[lang]
    page = Page("Home\nNews\nBusiness\nMarkets\nBy Anna Berg\n12.08.2025, 08:40",
                [*opening, "\n".join([*table, *box]), subheading, *rest], "Topics\nComments (12)\nPrivacy").text()
    assert [line for line in clean(page).splitlines() if line] == [*opening, *table, subheading, *rest]


def test_a_results_table_whose_rows_open_with_names_is_body_with_its_header_row() -> None:
    # the two paragraphs above the table are too light to be a part by themselves; the
    # table's rows open with two cells of text (name, party), so its header row and the
    # first row's name stand over the line first taken for its heading
    intro = ["A by-election had to be held in the district after the former councillor resigned his seat in January.",
             "According to the election office, 1,951 of the 7,214 registered voters cast a ballot on Sunday."]
    results = ["The results", "Candidate", "Party", "Votes", "Per cent", "Gabriel Kerr", "Independent", "912", "47.1%",
               "Esther Ford", "Civic Alliance", "601", "31.1%", "Zoltan Lake", "Citizens' Union", "344", "17.8%",
               "Ben Vargas", "Green Alternative", "78", "4.0%"]
    box = ["Source: election office, provisional result", "READ ALSO",
           "Nine candidates, four districts: the spring by-elections at a glance"]
    rest = ["The winner is 45 and has led a residents' association for fifteen years that looks after the parks.",
            "This election was not about party politics but about a pedestrian crossing on the ring road, he said.",
            "The runner-up congratulated the winner but called the low turnout a warning sign for every party.",
            "If seven in ten people stay at home, politics is failing to reach anyone, she said on Sunday night."]
    page = Page("Home\nNews\nCity\nIndependent wins the by-election in district 7\nBy Rita Miller\n"
                "11 March 2019, 06:12\nShare",
                ["Gabriel Kerr at his campaign office after the vote\nPhoto: City Herald/Daniel Ball", *intro,
                 "\n".join([*results, *box]), *rest], "Tags: election, council\nComments (23)\nPrivacy").text()
    assert [line for line in clean(page).splitlines() if line] == [*intro, *results, *rest]


@pytest.mark.parametrize("box", [
    ["À lire aussi", "Lait : les producteurs bloquent la laiterie de la vallée", "Vallée de la Meurthe : 300 emplois perdus"],
    ["READ ALSO", "Dairy farmers block the creamery in the valley", "Valley loses 300 factory jobs in five years"],
])
def test_both_headlines_under_a_teasers_label_between_two_parts_go(box: list[str]) -> None:
    # a label without a colon over two headlines is a box: the second headline is no
    # subheading of the part below (only a label over one headline is passed as a pair)
    page = Page("Home\nNews\nBy Anna Berg\n12.08.2025, 08:40", [*BUDGET[:2], "\n".join(box), *_METHOD],
                "Topics\nPrivacy").text()
    assert [line for line in clean(page).splitlines() if line] == [*BUDGET[:2], *_METHOD]


def test_a_list_under_its_heading_past_a_widgets_label_between_two_parts_is_body() -> None:
    # a recipe card between the introduction and the method: the list's heading, the
    # card's scaling buttons ("1x2x3x", a widget label), then the entries
    entries = ["1 butternut squash (about 1 kg)", "1 onion", "2 cloves of garlic", "1 litre stock", "200 ml cream",
               "olive oil, salt and pepper"]
    card = ["Squash soup", "4.8 from 21 votes", "Print Recipe Pin Recipe", "Author Mary Vries", "Ingredients",
            "1x2x3x", *entries]
    page = Page("Home\nRecipes\nSoups\nSquash soup\nBy Mary Vries | 12 October 2023\nPrint\nShare",
                [*_SCONES[:2], "\n".join(card), "Method", *_METHOD], "Tags: soup, autumn\nAbout\nContact").text()
    kept = [line for line in clean(page).splitlines() if line]
    assert all(line in kept for line in entries) and kept[-len(_METHOD):] == _METHOD
    assert "1x2x3x" not in kept

def test_a_table_of_data_above_the_body_without_an_introduction_is_not_body() -> None:
    # an infobox right above the article: no paragraph of the article above it
    infobox = ["From the free encyclopedia", "Garrowby Point Lighthouse", "Location\tGarrowby Point",
               "Constructed\t1871", "Height\t27 m (89 ft)", "Range\t18 nmi (33 km)", "Automated\t1984"]
    page = Page("Main menu\nSearch\nCreate account\nLog in", ["\n".join(infobox), *_SCONES, *_METHOD],
                "Categories: Lighthouses\nPrivacy policy\nAbout").text()
    assert [line for line in clean(page).splitlines() if line] == [*_SCONES, *_METHOD]


def test_a_results_table_past_two_related_boxes_and_an_advert_with_a_share_column_is_body() -> None:
    # between two parts of a story: two inline boxes of related links (a teaser's label,
    # the box's heading, one headline each) and an advert's label, then the table's
    # caption, its header row (a column "Share": the vote share, no share button) and its
    # rows, then the story going on; the boxes and the label go, the table stays whole
    boxes = ["Read More", "Related Articles", "Every councillor elected in the county, ward by ward",
             "Read More", "Related Articles", "Where to vote and what ID you need to bring", "Advertisement"]
    table = ["How the parties did", "Party", "Seats", "Change", "Votes", "Share",
             "Greens", "21", "+9", "15,310", "36.2%", "Labour", "17", "-6", "13,046", "30.9%",
             "Liberals", "8", "-2", "7,118", "16.8%", "Independents", "3", "-1", "3,054", "7.2%"]
    page = Page("Home\nNews\nPolitics\nGreens take the county council\nBy Tom Hale\n3 May 2024, 05:10",
                [*BUDGET[:3], "\n".join([*boxes, *table]), *_SECOND_HALF], "Tags: elections\nAbout\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == [*BUDGET[:3], *table, *_SECOND_HALF]


def test_over_a_standfirst_with_its_masthead_right_under_it_the_title_and_a_summary_box_go() -> None:
    # a wire ticker's stamps, a summary box printing the standfirst again ("In brief:
    # …"), the title, the standfirst, then its date line and byline: the standfirst is
    # the article's and the line over it its title, not one more standfirst (which
    # would take the summary box, and drop the standfirst as its copy)
    deck = "The growers expect a great deal of the future desalination plant, but worry about the price of its water."
    head = ("Home\nRegions\nEconomy\nSport\nCulture\nVideos\nLatest news\n14:05 Tram line two tested on the main "
            "boulevard\n13:48 Festival of folk arts unveils its programme\n13:20 Stock market closes slightly higher\n"
            "12:57 Heat expected in the east this week\nAll the wires\nHome / Regions / South\n"
            f"In brief: {deck}\nSeawater, the last hope of the orange growers of the southern valley\n{deck}\n"
            "Published 23/05/2017 at 14:12\nBy Nadia Amrani\n0 Comments\nFacebook Twitter LinkedIn WhatsApp\nPhoto: DR")
    body = ["Between the two towns the orange groves stretch as far as the eye can see, but the water table keeps "
            "falling every year.",
            "My father pumped water at thirty metres. Today I go down to a hundred and twenty, and the water turns "
            "salty, says one grower.",
            "The plant, due to open in two years, will supply both drinking water and irrigation to the farms of the "
            "plain.",
            "Growers say the price announced so far is three times what they pay for water from their own wells today."]
    page = Page(head, body, "Read also\nDrought: the government frees funds for farmers\nAbout us\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == [deck, *body]


def test_a_standfirst_holding_a_time_between_the_title_and_the_byline_is_body() -> None:
    # a column: the title, a standfirst holding a time ("6.12pm", a stamp as a feed's
    # entries hold), then the byline, the author's role, the dates, the share row and a
    # caption: the standfirst stands right between the title and the masthead
    deck = ("The last bus out of Millbrook leaves at 6.12pm. From next spring there may not be a first one, "
            "and the people who will notice are the ones with no car.")
    head = ("Home\nNews\nSport\nOpinion\nColumnists\nEditorials\nLetters\nHome › Opinion › Columnists\n"
            f"Daniel Ash: Cut the 47 bus and you cut a town off from itself\n{deck}\nBy Daniel Ash\nColumnist\n"
            "Thursday 14 March 2019 6:00 am\nUpdated: Thursday 14 March 2019 9:41 am\nShare\n312\nshares\n"
            "FacebookTwitterWhatsAppEmail\n87 comments\nDaniel Ash at Millbrook bus station. Picture: Simon Pett")
    body = ["I drove the 47 for eleven years before I started writing for this paper, so you may take what follows as "
            "the view of an interested party.",
            "On Tuesday the county's transport committee published what it calls a network optimisation proposal for "
            "the villages of the valley.",
            "The 47 carries, on a good day, about 340 people. That is not many, and I will not pretend otherwise to "
            "anyone who asks me.",
            "But most of them have no other way to reach the hospital, the college or the jobcentre in town, and the "
            "committee knows it."]
    page = Page(head, body, "More from Opinion\nAbout us\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == [deck, *body]


def test_a_table_of_figures_between_bars_between_two_parts_is_body() -> None:
    # a table as some extractors print one (cells between bars), announced with a
    # colon, with a header row of words and its source under it, past a related box: the
    # table is the article's, its source line a credit (as under a table one cell a line)
    table = ["The main figures of the month:", "Indicator | April | May | 12 months",
             "Consumer prices | 0.38% | 0.21% | 3.92%", "Food and drink | 0.12% | -0.44% | 2.87%",
             "Transport | 0.61% | 0.05% | 4.30%", "Housing | 0.29% | 0.47% | 5.12%"]
    source, subheading = "Source: City Statistics Office", "Services still a worry"
    related = ["Read also", "Price of the basic food basket at its lowest in a year",
               "Shop owners in the centre complain of falling sales after the works"]
    page = Page("Home\nEconomy\nInflation slows in May\n12 June 2024",
                [*BUDGET[:3], "\n".join(related + table + [source, subheading]), *_SECOND_HALF], "About\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == [*BUDGET[:3], *table, subheading, *_SECOND_HALF]


def test_the_article_going_on_past_a_table_of_its_own_below_the_body_is_body() -> None:
    # a match report: a statistics box (a heading, a header row, rows of figures) under a
    # teaser of another article, then the report's last paragraphs
    stats = ["Match statistics", "Statistic Rovers City", "Possession 61% 39%", "Shots 17 8", "Corners 9 3",
             "Yellow cards 2 4"]
    last = ["\u201cWe never gave up. This group has a lot of character,\u201d the captain said after the final whistle.",
            "Rovers visit Eastbrook on Wednesday, while City host Dunmore at the weekend in the league."]
    opening = ["Two goals in the last ten minutes gave Rovers a 2-1 win over City on Sunday at a packed Calder Park.",
               "The visitors had taken the lead seven minutes into the second half through a header from a corner.",
               "The comeback began after the substitutions, when the coach sent on two forwards for the last half hour."]
    page = Page("Home\nFootball\nRovers come from behind to beat City\nBy Callum Reid\n12 May 2024",
                [*opening, "\n".join(["Read also: Coach says the squad needs reinforcements for the cup run", *stats]),
                 *last], "Tags: Rovers, City, league\nComments\nAbout\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == [*opening, *stats, *last]


@pytest.mark.parametrize("table", [
    # one cell per line: a caption, a header row, then a label and two prices per row
    ["Market prices", "Item", "Last week", "Today", "Red chillies", "Rp 60.000/kg", "Rp 85.000/kg", "Shallots",
     "Rp 38.000/kg", "Rp 46.000/kg", "Garlic", "Rp 40.000/kg", "Rp 42.000/kg", "Eggs", "Rp 27.500/kg",
     "Rp 29.000/kg"],
    # quantities after the ingredient, and entries without any at the end
    ["Ingredients", "Flour – 250 g", "Sugar – 150 g", "3 medium eggs", "100 g melted butter", "Whole milk: 80 ml",
     "Grated zest of 1 lemon", "A pinch of salt", "Icing sugar q.b."],
])
def test_a_table_or_a_list_under_an_advert_label_between_two_parts_is_body(table: list[str]) -> None:
    page = Page("Home\nEconomy\nPrices climb at the central market\n4 March 2024",
                [*BUDGET[:3], "\n".join(["Read also: City holds a cheap market in twelve districts", "ADVERTISEMENT",
                                         *table]), *_SECOND_HALF], "Tags: prices\nAbout\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == [*BUDGET[:3], *table, *_SECOND_HALF]


def test_a_listicle_goes_on_under_its_next_item_past_an_inline_box() -> None:
    # numbered subheadings, each over a paragraph: below a box of related links the next
    # items are the article's, though a headline and its summary look the same
    items = [("1. Paid parking in the old town", "From September, parking on the market square costs two euros an hour on weekdays."),
             ("2. New bus routes", "Routes 4 and 11 are merged into one, and route 19 will run every ten minutes at rush hour."),
             ("3. Free clubs for pupils", "Children from seven to fourteen can join forty clubs at the community centres for free."),
             ("4. Separate waste collection", "Three districts get new containers for paper, glass and plastic in their courtyards."),
             ("5. New opening hours at the clinics", "The city clinics will see patients on Saturdays from eight until two.")]
    box = ["Read also", "Three new kindergartens to open in the city", "Why bus fares went up this year"]
    body = ["Several decisions of the city council take effect with the start of autumn, and they affect almost everyone.",
            *[line for pair in items[:3] for line in pair], "\n".join(box), *[line for pair in items[3:] for line in pair]]
    page = Page("Home\nCity\nSeven changes from 1 September\n29 August 2024", body,
                "Subscribe to our channel\nAbout\nContact").text()
    kept = [line for line in clean(page).splitlines() if line]
    assert kept == [body[0], *[line for pair in items for line in pair]]


def test_lists_closing_the_article_right_under_its_last_line_are_body() -> None:
    # a review's pros and cons under its verdict; then the author's box and related links
    lists = ["Pros", "- Strong suction on carpet", "- Two brushes included", "- Swappable battery", "Cons",
             "- Rather heavy", "- Loud in turbo mode", "- Short battery life"]
    page = Page("Home\nReviews\nStrato V9 review\nBy Jana Kessler\n8 May 2024",
                [*BUDGET, "\n".join([*lists, "More on this topic", "The best cordless vacuums of the year tested",
                                     "Robot vacuums with a mop: are they worth it?"])],
                "Comments (8)\nImprint\nPrivacy").text()
    assert [line for line in clean(page).splitlines() if line] == [*BUDGET, *lists]


def test_a_box_of_headlines_under_the_last_line_is_no_closing_list() -> None:
    box = ["Elsewhere", "- Bus drivers vote to strike over pay in the new year",
           "- Council to sell the old library building to a developer",
           "- Three new cycle lanes open in the city centre this spring"]
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024", [*BUDGET, "\n".join(box)],
                "About\nContact\nPrivacy").text()
    assert [line for line in clean(page).splitlines() if line] == BUDGET


def test_a_results_table_under_a_related_box_between_two_parts_is_body() -> None:
    # a header row ending with an abbreviation, rows with an empty cell, the source under it
    table = ["Results of the second round", "Candidate | Committee | Votes | Pct.",
             "Marta Jezierska | Common Town | 14 208 | 52.6", "Henryk Olender | Olender's Committee | 12 803 | 47.4",
             "Valid votes | | 27 011 | 100.0", "Invalid votes | | 312 | –"]
    box = ["Read also", "How the new housing estates changed the vote in the east of the town",
           "Turnout in the second round was the highest since 1998"]
    page = Page("Home\nRegion\nJezierska wins the run-off\n22 April 2024",
                [*BUDGET[:3], "\n".join([*box, *table, "Source: Town Electoral Commission, 22 April 2024"]),
                 *_SECOND_HALF], "Comments (4)\nAbout\nContact").text()
    kept = [line for line in clean(page).splitlines() if line]
    assert kept[:3] == BUDGET[:3] and kept[3:9] == table and kept[-3:] == _SECOND_HALF


def test_a_table_announced_by_a_paragraph_ending_with_a_colon_between_two_parts_is_body() -> None:
    table = ["Item\tMay 2023\tMay 2024\tChange", "Rent (two rooms, monthly)\t9,500 TL\t16,900 TL\t78%",
             "Bread (250 g)\t6.50 TL\t10 TL\t54%", "White cheese (1 kg)\t160 TL\t265 TL\t66%",
             "Bus ticket\t12 TL\t17 TL\t42%"]
    announces = "According to the report, the yearly change in a few selected items was as follows:"
    box = ["On the agenda", "1 New traffic plan for the coast road", "2 Bus fares go up again",
           "3 The harbour will be extended", "4 Heat warning for the weekend", "5 New coach for the city's club",
           "ADVERTISEMENT"]
    page = Page("Home\nEconomy\nPrices up by half in a year\n11 June 2024",
                [*BUDGET[:3], "\n".join([*box, announces, *table, "Source: Chamber of Commerce"]), *_SECOND_HALF],
                "Tags: prices\nAbout\nContact").text()
    kept = [line for line in clean(page).splitlines() if line]
    assert kept[:3] == BUDGET[:3] and kept[-3:] == _SECOND_HALF
    at = kept.index(announces)
    assert kept[at:at + 6] == [announces, *table]


def test_a_list_of_closures_under_a_paragraph_ending_with_a_colon_is_body() -> None:
    # place names without function words ("Ferris Lane, whole length (fallen trees)") are
    # items of the list the introduction announces, not a box between two parts
    closures = ["Here is what is closed or delayed as of 8 a.m.:", "SCHOOLS CLOSED", "Orwell Valley School District",
                "Hatton Bridge Primary School", "St. Brendan Catholic Academy", "TWO-HOUR DELAY",
                "Northgate Area School District", "ROADS CLOSED", "Route 9 northbound, Elm exit to Mill Road",
                "Ferris Lane, whole length (fallen trees)", "Canal Street between Market and Dock streets"]
    page = Page("Home\nWeather\nStorm closes schools and roads\n18 January 2024 6:12 AM\nShare",
                [*BUDGET[:2], "\n".join(closures), *_SECOND_HALF],
                "RELATED: How to keep your pipes from freezing\nComments (4)\nAbout\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == [*BUDGET[:2], *closures, *_SECOND_HALF]


def test_a_table_a_full_width_colon_announces_under_the_last_paragraph_is_body() -> None:
    # Chinese and Japanese close a line that announces what follows with "：" (U+FF1A),
    # not ":": the table under it, one cell a line, is the article's as in any language
    text = ["周二A股三大指数集体收涨，两市成交额超过一万亿元，较上一交易日明显放量，超过三千只个股上涨。",
            "盘面上，机器人概念股全天强势，半导体和消费电子板块跟涨，银行和煤炭板块小幅回调。",
            "分析人士认为，近期市场风险偏好逐步修复，但短期涨幅较大的题材股或面临获利回吐压力。今日主要板块表现如下："]
    table = ["板块", "涨跌幅", "机器人", "+4.87%", "半导体", "+2.36%", "消费电子", "+1.94%", "煤炭", "-0.73%"]
    page = Page("首页\n股票\n基金\n三大指数集体收涨\n2025年06月10日 15:32\n分享", ["\n".join([*text, *table])],
                "责任编辑：吕冬\n延伸阅读\n北向资金连续五日净买入\n两市融资余额升至新高\n关于我们\n联系我们").text()
    assert [line for line in clean(page).splitlines() if line] == [*text, *table]


def test_the_next_parts_subheading_under_a_teaser_past_an_advert_is_body() -> None:
    # between two parts: a line of the part above, an advert's label and copy, an in-body
    # teaser, then the next part's subheading; the teaser's line is not the head of a box
    # (its headline is on it), so the short line under it heads the text below
    first = ["The island ferry will sail every day from next month, the regional authority said on Friday after "
             "signing a three-year contract with the operator.",
             "For the past two summers the small islands were served only three times a week, and residents "
             "complained that a day trip to the hospital took three days."]
    second = ["A one-way ticket from the main port to the smallest island will cost 14 euros, and residents will "
              "pay half.",
              "The ship, built in 1996, carries 420 passengers and 60 cars, and will be refitted before the summer."]
    advert = ["ADVERTISEMENT", "Ferry tickets to all the islands, book online today",
              "Read also: Which island routes still have no operator for next year"]
    page = Page("Home\nIslands\nShipping\nDaily ferry to the small islands from May\nBy Nick Papas\n"
                "12 April 2018 10:32\nShare",
                [*first, "\n".join(["Sunday: Main port (09:00) – Small island (10:30) – Main port (18:00)", *advert,
                                   "Ticket prices", *second])],
                "Tags: ferries, islands\nRelated articles\nPort works begin next week\nComments (2)\nAbout").text()
    kept = [line for line in clean(page).splitlines() if line]
    assert kept[:2] == first and kept[-3:] == ["Ticket prices", *second]
    assert not set(advert) & set(kept)


def test_the_next_parts_subheading_right_under_an_advert_past_a_related_box_is_body() -> None:
    # between the parts of a story: a box of related links (a teaser's label and its
    # headline; a video's teaser with its length), an advert's label, then the next
    # part's subheading: right under the label, whatever stands above it, the one line
    # over the text may be that subheading, as under a bare label (when unsure, keep)
    head = ["Traffic", "Bridge over the canal stuck for two days: commuters lose half an hour",
            "The lift bridge over the canal has been stuck open since Sunday evening. Repairs will take until "
            "Friday at the earliest.", "Tue 9 Apr 2024, 16:05", "By Anke de Vries", "Share this article"]
    first = ["The failure began on Sunday at about nine in the evening, when the bridge had just opened for a "
             "barge and then would not close again.",
             "According to the province, a part of the hydraulic system is broken, and the replacement has to "
             "come from Germany."]
    second = ["For commuters from the villages west of the canal the detour adds half an hour each way, and the "
              "bus company has added two extra runs in the morning.",
              "Schoolchildren who cycle to the secondary school in town now have to leave twenty minutes earlier.",
              "A temporary ferry is no option, the province says: the canal is too busy with freight in spring."]
    third = ["Barge skippers said the bridge had failed before, in the winter of 2019, for a whole week.",
             "Shipping has no trouble at all this time: boats can pass freely, and skippers said they were glad.",
             "The province says it understands that the situation is annoying for residents and will keep them "
             "informed."]
    related = ["Read also", "Thirty bridges in the province will get new controls", "Advertisement"]
    video = ["See also", "Video", "This is what the detour looks like", "1:48", "Advertisement"]
    lines = [*head, *first, *related, "Half an hour extra", *second, *video, "Shipping can pass", *third,
             "Most read", "Police look for witnesses of a burglary", "About us"]
    kept = [line for line in clean("\n".join(lines)).splitlines() if line]
    assert kept[-len(third) - 1:] == ["Shipping can pass", *third]
    assert kept[-len(third) - len(second) - 2:-len(third) - 1] == ["Half an hour extra", *second]
    assert not {*related, *video} & set(kept)


def test_the_opening_under_the_masthead_is_body_past_a_long_widget() -> None:
    # two paragraphs right under the title, date and share row, then a radar widget and
    # a box of city links longer than any gap a list or a box bridges, then the rest of
    # the article: the opening is the article's, though lighter than half of the rest
    intro = ["The weather service issued storm warnings for eight regions on Monday, with hail and gusts of up to "
             "100 kilometres an hour expected from the early afternoon.",
             "The heat that has lasted for a week will break in the evening, when a cold front moves in from the "
             "west and brings heavy rain to most of the country."]
    widget = ["Storm radar", "13:40", "13:50", "14:00", "Play animation", "Forecast by city",
              "Warsaw Krakow Lodz Wroclaw Poznan Gdansk Szczecin Bydgoszcz Lublin Bialystok",
              "Katowice Gdynia Czestochowa Radom Torun Kielce Rzeszow Gliwice Zabrze Olsztyn",
              "Bielsko-Biala Bytom Zielona Gora Rybnik Ruda Slaska Opole Tychy Gorzow Elblag Plock",
              "All cities", "Long-term forecast", "16-day forecast", "Pollen calendar", "Air quality"]
    text = ["Third-degree warnings cover the western regions, where up to 80 millimetres of rain may fall in a few "
            "hours and the wind may reach 110 kilometres an hour.",
            "Second-degree warnings cover most of the centre and the south, with up to 40 millimetres of rain and "
            "gusts of 90 kilometres an hour in the storms.",
            "The civil protection office asked residents to secure balconies and gardens, to keep away from single "
            "trees and to unplug electrical devices at home.",
            "On Tuesday the weather will calm down, and temperatures in the west will fall to 22 or 24 degrees, "
            "while the east may still see 30 degrees and local storms.",
            "The warnings may be updated during the day, and the weather service publishes the current ones on its "
            "website and in its free app."]
    page = Page("Weatherly\nNews\nWarnings\nForecast\nRadar\nStorms with hail: warnings for eight regions\n"
                "Weatherly newsroom\n21.07.2025, 10:20\nShare\n94", [*intro, "\n".join(widget), *text],
                "Source: weather service\nForecast for today\nAbout us\nPrivacy policy\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == [*intro, *text]


def test_a_standfirst_under_the_date_and_a_row_of_buttons_is_body() -> None:
    # title, byline, date, a region tag and four buttons ("listen", "text size", "save",
    # "share"), then the standfirst, a caption and a box of key facts, then the text: the
    # buttons do not take the standfirst away from the masthead over it
    lead = "今年第十四号台风于今天凌晨在临海市东港镇沿海登陆，登陆时中心附近最大风力有十五级，这是今年以来登陆本省的最强台风。"
    box = ["今天凌晨，东港镇海堤外巨浪翻滚。记者 林晓 摄", "关键信息", "登陆地点：临海市东港镇", "登陆强度：强台风级，十五级",
           "累计最大降雨：东港镇四百一十二毫米", "转移人员：十二万六千人", "停运航班：临海机场取消航班一百八十六架次",
           "停课：全市中小学、幼儿园停课一天"]
    text = ["截至今天六时，全市已转移危险区域群众十二万六千人，其中海上作业人员一万多人，全部渔船已回港避风。",
            "受台风影响，全市普降大暴雨，局地特大暴雨。记者从市气象局了解到，东港镇累计降雨量已超过四百毫米。",
            "在东港镇中心小学临时安置点，记者看到，两百多名转移群众已经休息，志愿者正在为老人分发热水和毛毯。",
            "据市气象台预报，台风登陆后将以每小时十五公里左右的速度向西北方向移动，强度逐渐减弱。"]
    page = Page("东海岸新闻\n首页\n本地\n天气\n强台风凌晨登陆东港镇\n东海岸新闻记者 陈嘉 林晓\n2025-09-14 07:52\n浙江\n"
                "听新闻\n字号\n收藏\n分享", ["\n".join([lead, *box, *text])], "责任编辑：吴思\n热门评论\n关于我们\n联系我们").text()
    kept = [line for line in clean(page).splitlines() if line]
    assert kept[0] == lead and kept[-4:] == text


def test_an_introduction_under_the_masthead_is_body_past_share_buttons_and_a_disclosure() -> None:
    # byline, date, four share buttons and an affiliate disclosure (lines a rule removes),
    # then the introduction, then an in-page contents and a shopping box longer than any
    # gap a list or a box bridges, then the text: the lines the rules removed do not
    # take the introduction away from the masthead over them
    intro = ["Planting garlic in autumn is the easiest way to get big, firm bulbs next summer, and it takes less than an "
             "afternoon for a bed of fifty cloves.",
             "This guide is for a raised bed or a sunny border in a cold or temperate climate; in warm regions the "
             "cloves need a few weeks in the fridge first."]
    box = ["On this page", "What you need", "Planting", "Care", "Harvest", "Shop the look",
           "Raised bed kit, cedar — $89.00 at GardenMart", "Bulb planter with depth marks — $14.50 at GardenMart",
           "Organic garlic bulbs, 3 varieties — $21.99 at GardenMart", "Compost, 40 l — $8.49 at GardenMart",
           "Watering can, 10 l — $19.99 at GardenMart", "See all deals"]
    text = ["Break the bulbs into single cloves a day or two before planting, and keep the biggest ones: each clove "
            "grows into one bulb, and big cloves give big bulbs.",
            "Push each clove into the soil pointed end up, five centimetres deep and fifteen centimetres apart, in rows "
            "twenty-five centimetres apart.",
            "Cover the bed with a layer of straw or shredded leaves once the ground starts to freeze, and pull it back "
            "in spring when the shoots come up.",
            "Water only in dry spells in spring, and stop watering two weeks before harvest, so that the bulbs keep "
            "well through the winter.",
            "Lift the bulbs when the lower third of the leaves has turned brown, usually in July, and dry them in an "
            "airy, shaded place for two or three weeks."]
    page = Page("GreenPlot\nVegetables\nFruit\nFlowers\nHow to plant garlic in autumn\nBy Mia Holt\nUpdated Oct. 2, 2024\n"
                "Share\nPin it\nEmail\nPrint\nWe may earn a commission when you buy through links on our site.",
                [*intro, "\n".join(box), *text],
                "About the author\nMore gardening guides\nAbout us\nPrivacy policy\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == [*intro, *text]


def test_a_tables_caption_under_a_read_also_label_and_its_headline_is_kept() -> None:
    # two paragraphs, a "See also:" label over its headline, then a table one cell a
    # line (caption, header row, rows), then the text: the headline under the label is
    # the teaser's, and the caption and header row below it are the table's
    opening = ["The district council approved its budget for next year on Thursday, with spending on roads up by a "
               "fifth and the swimming pool's renovation finally funded.",
               "Councillors argued for almost four hours before the vote, which passed by 23 votes to 14 with two "
               "abstentions."]
    teaser = ["See also:", "Pool renovation delayed again: what went wrong"]
    table = ["Where the money goes", "Department", "2024", "2025", "Change",
             "Roads and bridges", "4.1 m", "4.9 m", "+20%",
             "Schools", "7.8 m", "8.0 m", "+3%",
             "Leisure and sport", "1.2 m", "2.6 m", "+117%",
             "Administration", "3.3 m", "3.2 m", "-3%"]
    text = ["The opposition said the budget relied on an optimistic forecast of business rates and would leave no "
            "reserve for the winter.",
            "The council leader replied that the reserve stood at its highest level in ten years and that the roads "
            "could not wait any longer.",
            "The budget now goes to the regional audit office, which has six weeks to raise objections."]
    page = Page("Home\nNews\nCouncil\nSport\nCouncil passes budget with more for roads\nBy Ellen Marsh\n"
                "14 December 2023\nShare", [*opening, "\n".join([*teaser, *table]), *text],
                "Comments (4)\nMost read\nAbout us\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == [*opening, *table, *text]


def test_a_table_announced_at_the_foot_of_the_text_is_kept_past_where_its_cells_outweigh_it() -> None:
    # the text's last line announces a table one cell a line with a colon; its repeated
    # prices ("1.44 cu.") weigh against the text, so the text's run ends inside the
    # table: the rest of the table and the closing paragraph under it are kept all the same
    text = ["The water company will raise its price by a fifth from the first of next month, the town council decided "
            "on Tuesday by 19 votes to 12.",
            "The company says that more than half of the water it pumps is lost through old pipes, and that the "
            "money will pay for new mains in the old town.",
            "The opposition voted against, saying that pensioners in the villages cannot afford another rise after "
            "the increase in heating prices in the autumn.",
            "The mayor said that families on low incomes would get help with their bills from a fund the council "
            "will set up in the spring.",
            "The new prices per cubic metre:"]
    table = ["District", "Old price", "New price", "Town centre", "1.18 cu.", "1.44 cu.", "North", "1.10 cu.",
             "1.44 cu.", "Riverside", "1.10 cu.", "1.44 cu."]
    last = "The decision can be appealed to the regional governor within fourteen days of its publication."
    page = Page("Home\nNews\nTown\nSport\nWeather\nCouncil raises the price of water by a fifth\n12.05.2009 | 10:41\n"
                "Print version", [*text, "\n".join([*table, last])],
                "Photo: archive\nRate the news:\n1\n2\n3\n4\n5\nMore on the topic:\n"
                "» Water company asks for a new price (02.05.2009)\n» No water in the east quarter again (18.04.2009)\n"
                "COMMENTS (12)\nWrite a comment\n#1\nguest\n12.05.2009 11:52\nSo they raise their own pay again.\n"
                "Quote\nAbout us\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == [*text, *table, last]


def test_the_last_paragraph_under_a_one_line_read_also_teaser_is_kept() -> None:
    # the text, a video's label and length and an advert's label, the next part (found
    # as a closing paragraph of the text), then a one-line "Read also: <headline>" and
    # the article's last paragraph, then a promo and the tags: the teaser goes, the
    # paragraph under it stays, the promo goes
    text = ["Heavy rain on Sunday night brought down part of the hillside above the provincial road near Kalimaya, "
            "burying about forty metres of it under mud and rocks.",
            "Residents who need to reach the market have to take a village road that adds twelve kilometres to the "
            "journey, the head of the village said.",
            "The disaster agency has sent an excavator and two trucks, and expects the road to be open for motorbikes "
            "by Tuesday evening.",
            "Six families whose houses stand below the slope have moved in with relatives until the ground has been "
            "checked by geologists.",
            "Soldiers, police officers and volunteers have been clearing the smaller stones by hand since Monday "
            "morning, working in shifts because of the rain.",
            "The village head said the same slope had slid twice before, in 2016 and in 2019, each time after a week "
            "of heavy rain.",
            "Farmers whose fields lie along the road fear that their harvest will rot before the trucks can reach them "
            "again.",
            "The district government has promised to build a retaining wall next year, but the money has not yet been "
            "set aside in the budget."]
    tail = ["Video: The moment residents ran from the falling slope", "00:59", "ADVERTISEMENT", "Residents told to stay alert"]
    more = ["The agency asked people living on steep slopes to stay alert during heavy rain and to leave their houses "
            "if cracks appear in the ground or walls.",
            "It has recorded seventeen landslides in the district since the start of November, most of them on roads "
            "through the hills."]
    teaser = "Read also: Weather today: heavy rain and thunder expected in twelve districts"
    last = "The weather office expects heavy rain to continue until the end of December, with the peak in the second week."
    page = Page("Home\nNews\nRegion\nSport\nLandslide buries provincial road near Kalimaya\n"
                "Monday, 05 Dec 2022 14:10", [*text, "\n".join([*tail, *more]), teaser, last],
                "Follow the latest news from our site on Google News, click here\nTags\nlandslide\nroads\n"
                "Related news\nProvincial road collapses, trucks banned\nAbout us\nContact").text()
    kept = [line for line in clean(page).splitlines() if line]
    assert kept[-3:] == [*more, last]
    assert teaser not in kept and not any(line.startswith("Follow the latest") for line in kept)


def test_a_list_of_tips_over_an_advert_between_two_parts_is_body() -> None:
    # the advert's label and its one line of copy under the list: the list is still the
    # one the paragraph above announces
    first = ["Termometry w Kielcach i Radomiu pokazały w środę ponad 35 stopni. Synoptycy zapowiadają, że upał "
             "utrzyma się co najmniej do niedzieli, a w nocy temperatura nie spadnie poniżej 22 stopni.",
             "– Od kilku dni mamy wyraźnie więcej pacjentów z odwodnieniem i zasłabnięciami – mówi lekarz dyżurny "
             "szpitala wojewódzkiego."]
    tips = ["Zapytaliśmy lekarzy o najważniejsze rady na upalne dni:", "1. Pij wodę małymi łykami",
            "2. Unikaj słońca w południe", "3. Noś jasne, przewiewne ubrania", "4. Zakładaj nakrycie głowy",
            "5. Odwiedzaj starszych sąsiadów"]
    second = ["Ratownicy przypominają, że wnętrze zamkniętego samochodu stojącego w słońcu nagrzewa się w ciągu "
              "kilkunastu minut do temperatury groźnej dla życia dziecka.",
              "W ratuszu uruchomiono punkt, w którym można bezpłatnie dostać butelkę wody. Będzie czynny do końca "
              "fali upałów."]
    teaser = "CZYTAJ TEŻ:Upał na drogach. Asfalt mięknie, kierowcy skarżą się na koleiny"
    page = Page("Strona główna\nWiadomości\nJak przetrwać upał\n7.08.2015, 06:45\nUdostępnij",
                [*first, teaser, "\n".join([*tips, "Reklama", "Wentylatory biurkowe -30%. Sprawdź ofertę!"]), *second],
                "Zobacz też\nNajpiękniejsze plaże regionu\nKomentarze (3)\nKontakt").text()
    assert [line for line in clean(page).splitlines() if line] == [*first, *tips, *second]


def test_ingredients_over_an_advert_then_the_method_under_its_subheading_are_body() -> None:
    intro = ["Every autumn the chutney from the church fair sells out in an hour, and this year we asked the cook "
             "who makes it to share the recipe with our readers.",
             "She learned it from her grandmother and has changed only one thing: less sugar, more ginger."]
    ingredients = ["You will need", "1 kg ripe plums, stoned and chopped", "2 large onions, finely chopped",
                   "2 Bramley apples, peeled and diced", "2 cups brown sugar", "2 cups cider vinegar",
                   "1 Tbsp grated fresh ginger", "1 tsp salt"]
    method = ["Method", "Put everything in a large, heavy-based pot and bring it slowly to the boil, stirring until "
              "the sugar dissolves.",
              "Turn the heat down and simmer, uncovered, for an hour and a half, stirring often towards the end so "
              "that it does not catch.",
              "Ladle the hot chutney into warm, clean jars and seal them straight away; leave for two weeks."]
    page = Page("Home\nFood\nRecipes\nGrandmother's plum chutney\nBy Ann Lowe\n3 October 2021",
                [*intro, "\n".join([*ingredients, "ADVERTISEMENT", "Hillside Hardware — Preserving jars now in stock, "
                                     "6 for $12.99"]), *method],
                "Rate this recipe\nSave to My Recipes\nTags: chutney, plums\nAbout\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == [*intro, *ingredients, *method]


def test_a_results_table_over_an_advert_above_the_text_is_body() -> None:
    # the standfirst and a paragraph, the results one cell a line under its caption and
    # header row, an advert (its label and one line), then the text
    lead = ["The independents won the town council election on Saturday, taking seven of the twenty-one seats "
            "under the deputy mayor who led their list.",
            "Turnout reached 41.6 per cent, almost four points more than four years ago, the election office said."]
    table = ["Results of the town council election", "List", "Votes", "%", "Seats", "Independents for Hollin",
             "8 412", "27.84", "7", "Hollin First", "6 905", "22.85", "5", "Firefighters and Sportsmen", "4 630",
             "15.32", "3", "Green Hollin", "3 311", "10.96", "2"]
    text = ["\u201cIt is a huge commitment for us. People want building to start at last,\u201d the winner told the "
            "paper on Saturday night.",
            "The outgoing mayor called the result a disappointment but not a defeat, and said her list would talk "
            "to everyone.",
            "Talks on a coalition will start on Monday; the independents need at least four more seats for a "
            "majority.",
            "The new council must meet for the first time by the fifth of November."]
    page = Page("Home\nNews\nRegion\nElections\nIndependents win in Hollin\n6 October 2018 18:55\nBy Jo Platt\n"
                "Share\n48\nComments",
                ["\n".join([*lead, *table, "Advertisement", "Mortgages from 2.19%. Work out your payment online"]),
                 *text],
                "Results in nearby towns\nBramby\nFor Bramby\n41.2 %\n5\nAll results\nAbout\nContact").text()
    kept = [line for line in clean(page).splitlines() if line]
    # (the advert's one line, left alone between the table and the text, may be the
    # text's subheading: it is kept, when unsure, keep)
    assert kept[:len(lead) + len(table)] == [*lead, *table] and kept[-len(text):] == text
    assert "Advertisement" not in kept and len(kept) <= len(lead) + len(table) + len(text) + 1


def test_a_table_right_under_the_last_line_is_not_taken_for_a_closing_list() -> None:
    # standings of the league after a match report: a widget as often as the article's
    table = ["League table", "1.\tTrebenice\t14\t32", "2.\tLesnice\t14\t29", "3.\tRokytna\t14\t27",
             "4.\tDubany\t14\t19"]
    page = Page("Home\nSport\nLesnice win in overtime\n26 October 2024", [*BUDGET, "\n".join(table)],
                "Tags: hockey\nAbout\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == BUDGET


def test_a_table_with_a_link_to_the_whole_list_between_two_parts_is_the_sites() -> None:
    # league standings in the middle of a match report, with the widget's "Full table"
    standings = ["Regional League – Group B", "1. Vaudrey 19 pts", "2. Montreuil 17 pts", "3. Saint-Ligier 16 pts",
                 "4. Beranges 14 pts", "5. Lavalette 12 pts", "Full table", "ADVERTISEMENT"]
    page = Page("Home\nSport\nVaudrey hold on at the top\n7 October 2024",
                [*BUDGET[:3], "\n".join(standings), *_SECOND_HALF], "Tags: football\nAbout\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == [*BUDGET[:3], *_SECOND_HALF]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_closing_paragraphs_past_an_advert_label_and_a_photo_caption_are_body(lang: str) -> None:
    # the closing paragraph under an advert's label is found; the one under the next
    # piece of in-article furniture (a picture's caption) is the article's too
    if lang == "zh":
        head = "首页\n新闻\n本地\n新建跨江大桥通车\n2024年5月12日 10:32"
        body = ["市交通局周一宣布，新建的跨江大桥将于本周六上午正式通车，全长三点二公里，设双向六车道。",
                "大桥通车后，江北片区到市中心的车程预计从四十分钟缩短到十五分钟左右，沿线三条公交线路也将调整走向。",
                "交通局负责人介绍，通车初期将在早晚高峰安排交警疏导车流，并在桥头增设临时停车区域。"]
        advert, caption = "广告", "图为大桥在夜间进行荷载试验。本报记者 王小川 摄"
        closing = ["据测算，大桥通车后每天将承担约六万辆次的车流，可以明显缓解老桥的交通压力。",
                   "二期引桥工程目前正在加紧施工，计划于明年年底建成，届时江北新区的车辆可以直接上桥。"]
        foot = "相关阅读\n地铁将试点先乘车后付费\n关于我们\n联系我们"
    else:
        head = "Home\nNews\nLocal\nNew river bridge opens\n12 May 2024"
        body = ["The new bridge over the river will open to traffic on Saturday morning, the city's transport "
                "department said on Monday, after three years of construction.",
                "Officials expect the crossing to cut the journey from the northern suburbs to the centre from forty "
                "minutes to about fifteen, and three bus routes will be changed to use it.",
                "Police officers will direct traffic at both ends of the bridge during the first weeks, and a "
                "temporary car park has been opened next to the southern ramp."]
        advert, caption = "Advertisement", "Photo: Maria Lind"
        closing = ["About 60,000 vehicles a day are expected to use the bridge once it opens, easing the load on "
                   "the old crossing downstream.",
                   "A second ramp linking the bridge to the ring road is still being built and should open to traffic "
                   "at the end of next year."]
        foot = "Related stories\nTram fares to rise\nAbout us\nContact"
    text = Page(head, [*body, advert, closing[0], caption, closing[1]], foot).text()
    assert [line for line in clean(text).splitlines() if line] == [*body, *closing]


_BOX_OF_THREE = ["Train strike called off after late-night talks", "New bridge opens to traffic",
                 "Mayor to stand for a second term"]


@pytest.mark.parametrize("heading", ["Related stories", "Читайте также:", "Read also:"])
def test_a_subheading_under_a_box_of_three_headlines_is_kept_when_the_body_has_subheadings(heading: str) -> None:
    # past two or three lines of a box, a short line over the text is kept as its
    # subheading; under a longer box, only when the article has subheadings of its own
    # between its paragraphs (then the next part's is as likely as one more headline)
    first = BUDGET[:2] + ["Where the money goes", BUDGET[2],
                          "Most of the new spending will go to schools and to repairs of the river embankment."]
    rest = ["What happens next", *_SECOND_HALF]
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024",
                first + ["\n".join([heading, *_BOX_OF_THREE])] + rest, "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == first + rest


def test_a_short_last_headline_of_a_box_of_three_is_dropped_when_the_body_has_no_subheadings() -> None:
    first = [*BUDGET, "Most of the new spending will go to schools and to repairs of the river embankment."]
    page = Page("Home\nNews\nCouncil approves budget\n12 March 2024",
                first + ["\n".join(["Related stories", *_BOX_OF_THREE, "Library hours cut"])] + _SECOND_HALF,
                "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == first + _SECOND_HALF


_INTERVIEW = [
    "Mayor Ilse Brandt talked to us about the new water rules for the valley and what they mean for farms.",
    "Why did the council act now?",
    "Because the wells are at their lowest level in forty years, and waiting for a wet autumn is not a plan.",
    "Will households notice?",
    "Most will not. The limits are for large users, and the farms have had two years to prepare for them.",
    "What happens to the farms that cannot cut their use?",
    "They can buy water from the reservoir at cost, and the county will help pay for new drip irrigation.",
]
_LAST_TURNS = [
    "Are you worried about next summer?",
    "I am worried every summer, but this year we finally have the tools to do something about it.",
    "What would you tell a farmer who is angry about the rules?",
    "That I understand the anger, and that my door is open to anyone who wants to talk it through.",
]


@pytest.mark.parametrize("turns", [2, 4])
def test_an_interview_goes_on_past_an_advert_label_below_a_box_of_related_links(turns: int) -> None:
    # the turns below the box join the body as its ending; past the advert's label under
    # them, a question over its answer is the interview going on, not furniture
    box = ["Related stories", "Train strike called off after late-night talks", "New bridge opens to traffic",
           "Mayor to stand for a second term"]
    page = Page("Home\nNews\nWater rules: the mayor answers\n12 March 2024",
                _INTERVIEW + ["\n".join(box)] + _LAST_TURNS[:2] + ["Advertisement"] + _LAST_TURNS[2:turns],
                "Share\nFacebook\nAbout us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == _INTERVIEW + _LAST_TURNS[:turns]


SQL_POST = [
    "Всем привет! Расскажу, как один отчёт, который раньше строился за секунду, вдруг стал работать сорок секунд и почему это случилось.",
    "Как всё началось",
    "В таблице остатков около тридцати миллионов строк, и по ней есть индекс по складу и дате. Отчёт выполняет такой запрос:",
    "SELECT sku, qty, updated_at",
    "FROM stock",
    "WHERE warehouse_id = 17",
    "AND qty > 0",
    "ORDER BY updated_at DESC",
    "LIMIT 50;",
    "Потом запрос стал медленным. Смотрим план:",
    "Limit (actual time=40120.4..40120.9 rows=50)",
    "-> Index Scan Backward using stock_updated_at_idx on stock",
    "Filter: ((warehouse_id = 17) AND (qty > 0))",
    "Rows Removed by Filter: 2841177",
    "Оказалось, что после переезда на новую версию планировщик стал выбирать индекс по дате и отбрасывать почти все строки фильтром.",
    "Почему он так решил",
    "Планировщик считает колонки независимыми и перемножает их селективности, поэтому сильно ошибается в оценке числа строк.",
    "Что помогло",
    "CREATE STATISTICS stock_wh_qty (dependencies, mcv)",
    "ON warehouse_id, qty FROM stock;",
    "ANALYZE stock;",
    "Мы собрали расширенную статистику по двум колонкам, и план вернулся к прежнему виду, а отчёт снова строится за секунду.",
    "Если у вас были похожие истории, расскажите о них в комментариях, будет интересно сравнить.",
]


def test_an_sql_query_between_the_opening_paragraphs_and_the_rest_is_kept() -> None:
    """A query's lines (a clause's keyword in capitals, then names and figures) are code,
    not a gap of short lines that cuts the opening off the rest of the post."""
    head = ("Лента\nРазработка\nАдминистрирование\nДизайн\nВойти\nПоиск\nanna_db\n3 апр 2024 в 09:15\n"
            "Почему отчёт по складам строился сорок секунд\nСредний\n7 мин\nPostgreSQL*\nSQL*")
    foot = ("Теги:\npostgresql\nиндексы\nПоделиться\nКомментарии 12\nivan_k\n3 апр 2024 в 10:02\n"
            "А почему не частичный индекс?\nОтветить\n© 2024 Техпост")
    kept = clean("\n".join([head, *SQL_POST, foot]) + "\n").splitlines()
    assert kept[:3] == SQL_POST[:3]
    assert all(line in kept for line in SQL_POST[3:9])



PAGES_DIR = Path(__file__).parent / "pages"


def _marked(name: str) -> tuple[str, list[str], list[str]]:
    """A page written for the tests, each line marked "+ " (body), "- " (junk) or "? "
    (either): its text, its body lines and its junk lines."""
    lines = (PAGES_DIR / name).read_text(encoding="utf-8").splitlines()
    text = "\n".join(line[2:] for line in lines) + "\n"
    return text, [line[2:] for line in lines if line[0] == "+"], [line[2:] for line in lines if line[0] == "-"]


def _keeps_the_body_drops_the_junk(name: str) -> None:
    """The marked page ``name`` (``_marked``) cleaned: every body line kept, no junk line
    (the lines marked "? " may go either way)."""
    text, body, junk = _marked(name)
    kept = set(clean(text).splitlines())
    assert all(line in kept for line in body)
    assert not kept.intersection(junk)


def test_the_opening_paragraphs_above_a_box_and_the_standfirst_over_the_date_are_kept() -> None:
    """Title, standfirst, date, byline, share row, caption, two opening paragraphs, a
    "read also" box and an advert's label, then the rest (a regional broadcaster's page,
    in Dutch): the box and the label cut the opening off the rest, and the date and the
    buttons cut the standfirst off the opening; all three are the article's."""
    text, body, junk = _marked("nl_bridge_stuck.txt")
    kept = set(clean(text).splitlines())
    assert body[0].startswith("De Slachtebrug") and body[1].startswith("De storing")
    assert body[0] in kept and body[1] in kept and body[2] in kept
    assert not kept.intersection(junk)


def test_a_review_s_introduction_and_specs_table_above_its_first_listed_section_are_kept() -> None:
    """A laptop review: "Jump to:" and the sections it lists, the verdict box, a deals
    box, then the introduction and a specs table (one spec with no figure, "GPU",
    "Intel Iris Xe", one a model number) above the first listed section.  The table of
    contents is no text: the specs table stands right above the first run of text and
    the introduction over it introduces it."""
    text, body, _ = _marked("en_laptop_review.txt")
    kept = clean(text).splitlines()
    start = body.index("Halden Aero 14: Specs")
    opening = body[start - 2:body.index("Halden Aero 14: Price and availability") + 1]
    assert opening[0].startswith("Halden's first laptops") and "Intel Iris Xe" in opening
    assert kept[kept.index(opening[0]):][:len(opening)] == opening


def test_a_feedback_widget_under_every_answer_goes_and_the_answers_stay() -> None:
    """A help page: a question, its answer, then "Was this answer helpful?" and the
    glued Yes/No buttons, again and again.  The widget goes wherever it stands, but
    weighs like an unknown short line: it does not cut the answers into pieces."""
    pairs = [
        ("Can I take my bike on the tram?",
         "Yes, outside the morning and evening rush hours you can take a folding or a normal bike on every tram line."),
        ("Where do I find things I lost on a bus?",
         "Lost property is kept at the depot for a week and then sent to the city's lost and found office on Mill Street."),
        ("Is the monthly pass valid at night?",
         "The monthly pass is valid on all night buses, and a child under six travels with you for free at any hour."),
        ("What happens if I forget my pass?",
         "Show it at the service centre within fourteen days and you pay a handling fee of seven euros, not the fine."),
    ]
    body: list[str] = []
    for question, answer in pairs:
        body += [question, answer, "Was this answer helpful?", "Yes No"]
    page = Page("Home\nTimetables\nTickets\nService\nFrequently asked questions\nAll topics\nTickets\nBikes",
                body, "Contact us\nImprint\nPrivacy\n© 2024 City Transport").text()
    kept = [line for line in clean(page).splitlines() if line]
    assert kept == [line for pair in pairs for line in pair]


def test_a_standfirst_under_a_title_as_long_as_a_paragraph_and_over_the_byline_is_kept() -> None:
    """Title (long enough to read as text, closing no sentence), standfirst, byline,
    date, promos, buttons, caption, then the text: the standfirst is the article's."""
    text, body, junk = _marked("en_metro_trial.txt")
    kept = set(clean(text).splitlines())
    assert body[0].startswith("The first driverless train") and body[0] in kept
    assert all(line in kept for line in body)


def test_the_article_going_on_under_an_inline_box_of_related_links_is_kept() -> None:
    """A regional paper's page (in German): two opening paragraphs, a subheading and a
    paragraph, then "Mehr zum Thema" and four headlines, then the rest of the article
    (closing its quotes the German way, „…“) and the comments.  The box's heading opens
    related links, but a full paragraph right under its few headlines is the article
    going on, not what the heading opens; the headlines and the comments go."""
    text, body, junk = _marked("de_hall_box_mid_body.txt")
    kept = set(clean(text).splitlines())
    assert all(line in kept for line in body)
    box = junk[junk.index("Mehr zum Thema"):junk.index("Mehr zum Thema") + 4]
    assert not kept.intersection(box)
    assert not any(line.startswith(("hallenfan", "Abreißen", "Schon wieder")) for line in kept)


def test_a_live_blogs_updates_are_kept_each_with_its_stamp_and_the_comments_are_not() -> None:
    """A live page: the standfirst, a box of key events, then updates one under another,
    each a stamp and a paragraph with a share button under it, an embedded post and a
    "read also" line between two of them; below, comments, each a name over a stamp and
    a paragraph.  Alone, each update is a short paragraph among widgets; in a row, under
    a stamp each, they are the article, stamps included.  A comment's stamp stands under
    a name: the thread stays out."""
    text, body, junk = _marked("en_live_storm.txt")
    result = clean_and_explain(text)
    kept = set(result.text.splitlines())
    assert all(line in kept for line in body)
    assert not kept.intersection(junk)
    reasons = {b.block.text: b.final.reason for b in result.blocks}
    assert "live blog" in reasons["Nov 14, 2024 2:40 PM GMT"]


def test_a_live_blogs_updates_under_a_headline_of_a_word_or_two_and_its_short_lines_stay() -> None:
    """A live match page whose updates are headed "Half-time", "Kick-off" or "Team news"
    (a headline of a word or two, no person's name), with a line-up's short sentences
    ("Bench: Ashby, Kerr, Lund, Mayo, Petit.") under the first statement; a box of
    other articles and an embedded post between updates; the standfirst over "Live
    updates by …" (a byline).  Each update stays whole; the key events above (the
    updates' headlines) and the comments (a name over a stamp each) stay out."""
    text, body, _ = _marked("en_live_rugby.txt")
    result = clean_and_explain(text)
    assert [line for line in result.text.splitlines() if line] == body
    reasons = {b.block.text: b.final.reason for b in result.blocks}
    assert "live blog" in reasons["1.45pm BST"]


def test_a_tutorials_listings_under_a_copy_button_stay_with_the_text_around_them() -> None:
    """A tutorial whose listings (a shell script under its line numbers, a logrotate
    rule, a command and its output) stand between its paragraphs, each under a copy
    button.  The script's lines carry few of the marks of program code ("set -eu",
    "LOGDIR=/var/log/nginx", "}"), and the copy button is a label no text shares: the
    listings cut the article in parts, and all but the first fell out.  A copy button
    over code now takes the label of the text around it, and shell and configuration
    lines are code; the listings stay, their labels too (when unsure, keep), and the
    comments stay out.  The script's line numbers ("1" to "7", a line each) go: a code
    box's numbering (``rules.counter.find_number_runs``)."""
    text, body, junk = _marked("en_tutorial_listings.txt")
    kept = [line for line in clean(text).splitlines() if line]
    assert [line for line in body if line not in kept] == []
    assert [line for line in kept if line in junk] == ["bash", "ini"]


def test_a_comment_thread_with_a_name_and_a_stamp_on_each_line_is_no_live_blog() -> None:
    """Comments printed "name - place - stamp" over each comment, a row of votes under
    it: the stamps stand over paragraphs under a line that ends the one before, as a live
    blog's do, but the stamp's line holds a name: no update."""
    thread = ["Comments (5)"]
    for name, stamp, comment in [
        ("Marta Ruiz - Centro", "19/02/2009 08:51", "Every year the same story. The fare goes up and the buses stay as bad as ever."),
        ("pedro_h - Vila Nova", "19/02/2009 09:10", "Does anyone know if the monthly pass goes up too? Nobody at the office can tell us."),
        ("Osvaldo - Centro", "19/02/2009 09:22", "I drove a bus for twenty years. People complain but they do not know what it costs."),
        ("Carla - Centro", "19/02/2009 09:40", "Then the companies should open their books, as the council asked them to do last year."),
        ("Luiz C. - Norte", "19/02/2009 10:47", "The students will be out protesting again next week, you can count on that one."),
    ]:
        thread += [f"{name} - {stamp}", comment, "Agree (12) | Disagree (3) | Report"]
    page = Page("Home\nCity\nBus fare rises to 2.35 from March\n18/02/2009 21:40", BUDGET,
                "\n".join(thread) + "\nAbout us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET


def test_a_reviews_pros_and_cons_under_the_text_are_kept_with_the_verdict_below_them() -> None:
    """A blog's review: under the text, "Pros" and "Cons", each over short items without
    full stops, then "The Bottom Line" and the closing paragraph; then the score lines,
    links to buy, related posts and comments.  The lists and the verdict are the
    article, however much the items look like a box of links."""
    text, body, junk = _marked("en_ereader_review.txt")
    kept = set(clean(text).splitlines())
    verdict = body[body.index("Pros"):body.index("The Bottom Line") + 2]
    assert len(verdict) == 14 and all(line in kept for line in verdict)
    assert not kept.intersection(junk[junk.index("Related posts:"):])


def test_a_plus_heading_far_from_the_text_is_no_verdict() -> None:
    """"Plus" over the site's own links in the footer, far from the article: furniture."""
    page = Page("Home\nReviews\nBrightline 7 review\n3 March 2024", BUDGET,
                "Share\nComments (4)\nMore reviews\nContact\nPlus\nNewsletters\nPodcasts\nEvents")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET


def test_a_table_a_colon_announces_one_cell_a_line_is_kept_whole() -> None:
    """A business daily's price table between two parts of the text, announced with a
    colon, one cell a line (a header row of words, then a city, a price and a change per
    row; the cities also among the tags at the bottom, the figures like a date line's):
    every cell stays, and so does the text on both sides."""
    text, body, junk = _marked("pl_flat_prices.txt")
    kept = set(clean(text).splitlines())
    table = body[body.index("Miasto"):body.index("+3,9%") + 1]
    assert len(table) == 15 and all(line in kept for line in table)
    assert all(line in kept for line in body[1:])


def test_the_rest_of_an_article_under_a_paywall_line_is_kept_when_the_page_holds_it() -> None:
    """A scraper keeps hidden elements: a page may hold the whole article under the
    paywall's line ("Il vous reste 70 % de cet article à lire"). The offers that follow
    such a line go; a streak of paragraphs below it is the article going on and stays."""
    opening = [
        "Les nappes phréatiques restent basses dans une grande partie du pays malgré les orages de la fin du mois d'août.",
        "Selon le bureau d'études géologiques, deux tiers des points de mesure sont sous les normales de saison.",
        "Les agriculteurs du Sud-Ouest craignent déjà des restrictions d'irrigation dès le printemps prochain.",
    ]
    rest = [
        "Le problème tient au calendrier : les nappes se rechargent surtout entre novembre et mars, quand la végétation dort.",
        "Si l'automne est sec, la recharge sera faible et les arrêtés de restriction pourraient tomber avant même l'été.",
        "Au ministère, on indique que plusieurs scénarios sont à l'étude, dont une limitation des usages non essentiels.",
        "Une quarantaine de départements seraient concernés, selon les premières estimations des services de l'État.",
    ]
    cut = "Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés."
    page = Page("Accueil\nPlanète\nClimat\nSécheresse : les nappes toujours basses\nPar Claire Fontanel\nPublié le 14 septembre 2023",
                [*opening, cut, *rest], "Contribuer\nSignaler une erreur\nSur le même sujet\n© L'Horizon").text()
    assert [line for line in clean(page).splitlines() if line] == [*opening, *rest]


def test_a_table_one_cell_a_line_between_the_introduction_and_the_text_is_kept_with_its_header_row() -> None:
    """Title, byline, date, buttons, two paragraphs, an advert's label, then a table one
    cell a line (a header row with months over the columns, figures with dots and
    decimals: "5.842", "38.60", which are no dates), its source, then the text: the
    table and the introduction over it are the article's, as the text under them."""
    intro = ["Prices of everyday groceries in the town's shops rose by a fifth over the summer, a survey of "
             "fourteen supermarkets and corner shops carried out by this paper shows.",
             "Fresh food went up the most: a kilo of beef cost 5.842 crowns in October, against 4.515 in July, "
             "and the price of butter rose almost as fast."]
    table = ["Product", "July 2023", "October 2023", "Change",
             "Beef (kg)", "4.515", "5.842", "29%",
             "Butter (250 g)", "31.20", "38.60", "24%",
             "Bread (loaf)", "22.10", "26.40", "19%",
             "Milk (1 l)", "18.90", "21.70", "15%"]
    text = ["\"It is not only how much prices go up, it is that they change every week,\" said the owner of a "
            "family grocery near the market square, who has run the shop for twenty years.",
            "The shop owners' association said suppliers keep sending new price lists, some of them twice a month, "
            "and that smaller shops cannot absorb the increases.",
            "The regional trade office said it would step up its checks on prices in the coming weeks."]
    page = "\n".join(["Home", "News", "Business", "Sport", "Weather", "Prices",
                      "Grocery prices rose by a fifth over the summer", "By Anna Holm", "14 October 2023 07:15",
                      "Share this article", "FacebookTwitterEmail", *intro, "Advertisement", *table,
                      "Source: survey by the paper in 14 shops, average prices.", *text,
                      "Tags", "Prices", "Shops", "Comments", "Most read", "Bus crashes into a lamp post: two hurt",
                      "Water cuts on Wednesday in the west end", "© 2023 Town News"]) + "\n"
    kept = clean(page).splitlines()
    assert all(line in kept for line in intro + text)
    assert all(line in kept for line in table if "2023" not in line)
    assert "Advertisement" not in kept and "Home" not in kept


def test_a_table_under_a_box_of_related_links_right_above_the_text_keeps_its_header_row() -> None:
    """Two paragraphs, an inline "Read also" box (its label, two headlines), a table's
    caption, a table one cell a line whose rows are all figures (a year, a count, a
    share) under a header row of labels, its source, a subheading and the text: the
    table is the article's from its caption on, header row and all; the box goes."""
    intro = ["The number of empty shops in the town centre has risen for the fourth year in a row, the council's "
             "annual survey published on Thursday shows.",
             "The side streets off the high street fare worst: on some of them one shop in three stands empty, "
             "and landlords say they cannot find tenants even at half the old rent."]
    box = ["READ ALSO", "Fashion chain closes its branches in two towns", "Council wants rent cuts for new shops"]
    table = ["Empty shops counted each January", "Year", "Empty shops", "Percentage",
             "2010", "27", "8.6%", "2012", "39", "12.5%", "2014", "52", "16.7%"]
    text = ["Online shopping and the crisis",
            "The alderman for the economy said online shopping and the long crisis had hit the small shops "
            "hardest, and that the council could not bring back the old high street on its own.",
            "He said the council would turn some of the empty shops into homes, so that more people live in the "
            "centre and the streets stay busy after the shops close.",
            "Owners of empty shops in the side streets will get a grant if they turn the floors above into flats, "
            "and the council will pay part of the cost of new shop fronts.",
            "Shopkeepers are critical",
            "The shopkeepers' association welcomed the plans but said they came too late: parking is too dear, "
            "and on Sundays half the town is shut, so people drive to the city or shop online.",
            "The council will debate the plan on 2 April."]
    page = "\n".join(["Home", "News", "Region", "Sport", "Empty shops in the town centre reach a record",
                      "By Marleen Hoek", "14 March 2014, 06:00", *intro, *box, *table,
                      "Source: the council, counted on 1 January", *text, "Advertisement", "Tags", "Shops",
                      "Comments (12)", "Most read", "Lorry stuck under the railway bridge", "© 2014 Town News"]) + "\n"
    kept = clean(page).splitlines()
    assert all(line in kept for line in intro + table + text)
    assert not any(line in kept for line in box)


def test_a_box_of_key_terms_below_the_text_with_the_statement_going_on_under_it_is_kept() -> None:
    """A ministry's statement: its paragraphs, a picture's caption, a box of the
    contract's key terms (a heading, then a label and its value a line), an in-body
    teaser, then the statement's last paragraph and the press office's sign-off: the box
    and the last paragraph are the statement's; the caption and the teaser are not."""
    text = ["A decision signed today secures ferry links for thirteen small islands of the south-east for the "
            "next five years, the ministry said in a statement on Thursday.",
            "The minister said the islands' residents would for the first time have a ferry at least four times a "
            "week all year round, in winter as in summer.",
            "\"We thank the mayors and the residents' associations, who helped us draw up the routes,\" he said."]
    box = ["Key terms of the contract", "Duration: 1 May 2021 – 30 April 2026",
           "Lines: three routes serving thirteen islands", "Minimum frequency: four sailings a week",
           "Maximum age of ship: 25 years", "Budget: 38.6 million euros"]
    last = ("The tender had been declared void in November 2020, when no shipping company made an offer for the "
            "routes, and the ministry then redrew them with the islands.")
    page = "\n".join(["Home", "Ministry", "Press office", "Press releases", "Press release", "Thursday, 18 March 2021",
                      "Statement of the minister on the ferry links of the small islands", "Share:",
                      "FacebookTwitterEmail", "Print", *text, "The minister at the signing of the decision", *box,
                      "Read also: A new platform for the fuel subsidy is online", last, "From the press office",
                      "Related documents", "Decision (PDF, 1.4 MB)", "Related press releases", "16.03.2021",
                      "Meeting of the deputy minister with the shipping companies", "© 2021 Ministry"]) + "\n"
    kept = clean(page).splitlines()
    assert all(line in kept for line in text + box + [last])
    assert "Read also: A new platform for the fuel subsidy is online" not in kept
    assert "Related documents" not in kept


def test_a_match_reports_data_box_between_two_parts_is_kept() -> None:
    """A club's match report: paragraphs, the box of the match's data (the lineups,
    the goals, the cards, the referee: a label and its value a line) under its heading,
    then the report goes on: the box is the report's."""
    top = ["Our team ended a run of three games without a win on Saturday, beating the visitors 3-1 in front of "
           "a full stand on a cold and windy afternoon.",
           "The visitors started brightly and could have scored in the fourth minute, but our keeper saved "
           "with his legs, and from then on the game was ours.",
           "Gil headed us in front just before the break, and Bednarek and Dudek added two more after it, with "
           "the visitors' only goal coming from the penalty spot."]
    box = ["Match facts", "Goals: Gil 27', Bednarek 71', Dudek 88' – Sobczak 52' (pen.)",
           "Our team: Pietrzyk – Lis, Kowalczyk, Gil, Mróz – Bednarek, Nowicki, Zając – Sikora, Ptak",
           "Yellow cards: Zając, Mróz – Mazur, Sobczak.", "Referee: Arkadiusz Pietras. Attendance: about 350."]
    rest = ["Next Saturday we travel to the league leaders, who have not lost at home since the start of the "
            "season, and the coach said he would pick the same eleven.",
            "The club thanks all the fans who came despite the weather, and invites them to the autumn meeting "
            "of the members on 12 November."]
    page = "\n".join(["Club", "News", "Team", "Fixtures", "Shop", "A win at last: 3-1 against the visitors",
                      "23.10.2016 | by the press officer", "Share", *top, *box, *rest, "Photo gallery (48 photos)",
                      "See also:", "Reserves draw the derby 2-2", "Comments (9)", "© 2016 The Club"]) + "\n"
    kept = clean(page).splitlines()
    assert all(line in kept for line in top + box + rest)
    assert "Reserves draw the derby 2-2" not in kept


def test_a_specs_table_over_a_box_of_related_links_between_two_parts_is_kept() -> None:
    """A news item on a new laptop: two paragraphs, a specifications table one cell a
    line (name, value), then an inline "Read also" box (its heading and one headline),
    then the rest: the box goes, the table is the article's."""
    top = ["The company unveiled its first laptop on Tuesday, a fourteen-inch machine aimed at schools and "
           "public offices, and said the first five hundred units had already shipped.",
           "The laptop has an aluminium body, a bright matte screen and a battery the maker says lasts a full "
           "working day, and it weighs a little over a kilo."]
    table = ["Specifications", "Processor", "8 cores, up to 2.4 GHz", "Memory", "16 GB", "Storage", "512 GB SSD",
             "Screen", "14 inches, 2240 x 1400", "Battery", "62 Wh, up to 11 hours", "Ports", "2 x USB-C, HDMI"]
    rest = ["The machine runs the company's own operating system, which is based on Linux, and the maker promises "
            "five years of updates for it.",
            "Analysts were cautious: the hardware is fine, one of them said, but schools will judge it by the "
            "programs they can run on it.",
            "The price for business customers is about a thousand euros; the retail price will be announced later."]
    page = "\n".join(["Home", "News", "Reviews", "Laptops", "Phones", "Company shows its first laptop for schools",
                      "By Roman Lee", "12 March 2025", *top, *table, "READ ALSO",
                      "We tried the company's operating system for a week: can you work on it every day?", *rest,
                      "Source: company press release", "Tags: laptops, schools", "Similar articles",
                      "Review of the company's desktop: a quiet office computer without surprises",
                      "Why ARM laptops never took off", "Comments 58", "© 2025 Tech Site"]) + "\n"
    kept = clean(page).splitlines()
    assert all(line in kept for line in top + table + rest)
    assert "READ ALSO" not in kept and "Why ARM laptops never took off" not in kept


def test_the_opening_paragraphs_over_an_in_body_teaser_are_kept() -> None:
    """Title, author, dates, an audio player, counters, the standfirst, a caption and its
    credit, two paragraphs, a "Read also: <headline>" teaser, one paragraph, an advert's
    label, a box's heading and a video's caption, then the rest: the paragraphs over the
    teaser are the article's opening, as the standfirst over them."""
    opening = ["The opening of the country's longest rail tunnel has slipped by at least a year and a half, "
               "and the builder blames a pocket of wet sand nobody had found in the surveys.",
               "The new date was given on Tuesday to a parliamentary committee by the deputy head of the state "
               "company that owns the line, who said the work would go on through the winter.",
               "\"I will not hide that the situation is difficult. The ground turned out to be far more complicated "
               "than the surveys suggested,\" he told the members of the committee."]
    rest = ["The tunnel is to be seven kilometres long and part of the modernised line through the mountains, "
            "cutting the journey to the regional capital by almost an hour.",
            "The trouble began in March, when the boring machine hit a zone of wet sand under an old quarry and "
            "water flooded the face of the tunnel within a few hours.",
            "Nobody was hurt, but work from the southern end stopped for seven weeks while engineers drained "
            "the ground and strengthened the walls.",
            "Local officials were not impressed: the mayor of the nearest town said residents had stopped "
            "believing in the tunnel long ago.",
            "\"People stopped believing in this tunnel. Instead of trains they get one press conference after "
            "another,\" she said, adding that the town had planned a new station square for nothing.",
            "The county's head said the delay would hurt tourism most, because the line was meant to bring "
            "weekend visitors from the city to the mountain resorts in under two hours.",
            "The builder, a consortium of two engineering firms, says the documents it received from the state "
            "company did not mention the old quarry or the water under it.",
            "The state company says the consortium had a year to carry out its own surveys before the machine "
            "started, and that the extra cost should not fall on the taxpayer.",
            "How much the delay will cost is not yet known; the committee asked for an estimate by the end of "
            "June, and members of the opposition want an audit of the whole project."]
    page = "\n".join(["Home", "News", "Country", "World", "Business", "Sport",
                      "Tunnel delayed again: \"not before 2027\"", "Martha Green", "14 May 2024, 06:42",
                      "Updated: 14 May 2024, 09:15", "Reading time: 5 min", "Listen to the article", "00:00 / 06:12",
                      "1.2k", "348", opening[0], "The boring machine just before the work started in 2021",
                      "Photo: Karl Bright / News24", opening[1], opening[2],
                      "Read also: Passengers angry about the new timetable, the journey takes longer than in the 1980s",
                      rest[0], "ADVERTISEMENT", "See also", "Video: this is what the tunnel looks like inside",
                      "Water at the face", *rest[1:], "Newsletter", "The day's news in your inbox every morning.",
                      "Sign up", "Comments", "© 2024 News24"]) + "\n"
    kept = clean(page).splitlines()
    assert all(line in kept for line in opening + rest)
    assert not [line for line in kept if line.startswith(("Read also", "Photo:", "Video:"))]


def test_a_one_paragraph_article_outweighed_by_the_most_read_digest_under_its_heading_is_kept_alone() -> None:
    """A newspaper's retraction, one paragraph, then buttons, a comment thread, other
    news and a "Most read" box of headlines, each over a summary: the box, right under
    its heading, is the heaviest run, and the paragraph above it half as heavy; the
    article is the paragraph, and neither the thread nor the box joins it."""
    body = ("In our issue of 14 April, the article on the repair of the roofs in Station Street wrongly said that "
            "the housing office had not answered the residents' letters since 2009. The office has shown us its "
            "replies of March and June 2010. We apologise to the office and to our readers for the mistake.")
    thread = ["Irene K. | 19.04.2011 10:12", "And who will fix the roof?", "A resident | 19.04.2011 10:40",
              "Still no work on the roof.", "Serge | 19.04.2011 11:03", "They should have checked first."]
    digest = ["Who pays for the new roofs?",
              "Residents of two houses have waited three years for new roofs.",
              "The mayor answered readers' questions",
              "The full transcript of the phone-in: roads, kindergartens, water prices.",
              "Steelmen lose the regional cup final",
              "The town's ice hockey team lost the final in overtime.",
              "Poll", "How do you rate the work of your housing office?"]
    page = "\n".join(["Evening Town", "Home", "News", "City", "Sport", "Culture", "Ads", "Retraction",
                      "19.04.2011 | Editors | Views: 412 | Comments: 7", body, "Print version", "Send to a friend",
                      "Rating: 2.6 / 5 (votes: 18)", "Comments (7)", *thread, "Add a comment", "Name:", "Send",
                      "Other news", "18.04.2011 New paving laid on Victory Square",
                      "17.04.2011 Three hundred people clean up the embankment", "Most read", *digest,
                      "Excellent", "Good", "Poor", "© 2011 Evening Town"]) + "\n"
    kept = [line for line in clean(page).splitlines() if line]
    assert kept == [body]


def test_the_article_goes_on_past_a_subscription_box_below_a_part_taken_past_a_related_box() -> None:
    """A feature cut twice: a box of related links under its opening, then a box of
    offers (a page that holds what its paywall hides).  The part under the first box is
    the article going on; past the second box, more than ``fenced_streak_max_gap`` lines
    below the heading of the first, a streak of paragraphs is too: that distance counts
    from the part already taken, not from the heading."""
    opening = [
        "Behind the fish market, a workshop no bigger than a garage still turns out wooden rowing boats by hand.",
        "Its owner, who is seventy-eight, has built more than four hundred of them since he took over from his uncle.",
        "Most went to fishermen along the coast; lately, buyers are more often families who want a boat for the summer.",
        "He works alone now, and each boat takes him about three months from the first plank to the last coat of paint.",
    ]
    middle = [
        "Oak frames, larch planks",
        "He still picks his timber himself, walking the sawmill yard and rejecting most of what he is shown.",
        "A boat, he says, is only as good as its worst plank, and a bad plank shows itself only after a winter at sea.",
        "His notebooks list every boat he has built, with the name of its owner and the date it was launched.",
        "Some owners still send him a postcard every summer, with a photograph of their boat on the water.",
    ]
    rest = [
        "In the nineties, fibreglass hulls almost put him out of business, and for years he mended more boats than he built.",
        "Things changed when a sailing school ordered six dinghies at once, and word of his work spread from there.",
        "He has no apprentice, and says he has stopped looking for one because nobody wants to learn a trade this slow.",
        "The workshop will close at the end of the year, once the last two boats on his list are finished.",
    ]
    page = Page(
        "Home\nNews\nFeatures\nSubscribe\nThe last boatbuilder on the quay\nBy Ruth Calder\n3 August 2024",
        [*opening,
         "Read also:\nHarbour fees to rise for small boats next spring\nThe ferry that has crossed the bay for a century",
         *middle,
         "This article is for subscribers\nSubscribe to read all our stories\n"
         "Unlimited access to every article, the digital edition and the archive\n"
         "First month for 1 euro, cancel anytime\nSubscribe now\nAlready a subscriber? Log in",
         *rest],
        "#boats\n#harbour\nMost read\nNew bus timetable from Monday\n© 2024 The Quay Gazette\nPrivacy").text()
    assert [line for line in clean(page).splitlines() if line] == [*opening, *middle, *rest]


NEWSLETTER_FORMS = {
    "en": (["The council voted on Tuesday night to close the old town square to cars from next spring.",
            "Shop owners were split: some fear losing customers who drive in, others expect more people on foot.",
            "The plan includes new benches, trees and a play area where the car park now stands."],
           "Sign up for our morning newsletter\nThe day's top local stories, straight to your inbox\n"
           "Enter your email address\nSign up",
           None,
           ["Work is due to start in February and should take about six months, the council said.",
            "Buses will be rerouted along the ring road, with two new stops added near the market hall.",
            "A final design will be shown to residents at a public meeting next month."]),
    "de": (["Der Stadtrat hat am Dienstagabend beschlossen, den Marktplatz ab dem kommenden Frühjahr für Autos zu sperren.",
            "Die Geschäftsleute sind gespalten: Einige fürchten um ihre Kundschaft, andere hoffen auf mehr Laufkundschaft.",
            "Geplant sind neue Bänke, Bäume und ein Spielplatz an der Stelle des heutigen Parkplatzes."],
           "Abonnieren Sie unseren Newsletter\nDie wichtigsten Nachrichten aus der Region, jeden Morgen\n"
           "Ihre E-Mail-Adresse",
           "Umleitung für die Busse",
           ["Die Bauarbeiten sollen im Februar beginnen und etwa sechs Monate dauern, teilte die Stadt mit.",
            "Die Busse werden über die Ringstraße umgeleitet, in der Nähe der Markthalle entstehen zwei neue Haltestellen.",
            "Der endgültige Entwurf wird den Anwohnern im nächsten Monat auf einer Bürgerversammlung vorgestellt."]),
    # a box under its pitch, with the form's note under the button, then a subheading
    "en-note": (["The council voted on Tuesday night to close the old town square to cars from next spring.",
                 "Shop owners were split: some fear losing customers who drive in, others expect more people on foot.",
                 "The plan includes new benches, trees and a play area where the car park now stands."],
                "Our daily newsletter on the city's politics, schools and housing. Delivered every weekday.\n"
                "Email address\nSign me up\n"
                "By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy.",
                "Who pays for it",
                ["Work is due to start in February and should take about six months, the council said.",
                 "Buses will be rerouted along the ring road, with two new stops added near the market hall.",
                 "A final design will be shown to residents at a public meeting next month."]),
    "fr": (["Le conseil municipal a voté mardi soir la fermeture de la place du marché aux voitures dès le printemps.",
            "Les commerçants sont partagés : certains craignent de perdre des clients, d’autres espèrent plus de passants.",
            "Le projet prévoit des bancs, des arbres et une aire de jeux à la place de l’actuel parking."],
           "Newsletter Pays de Morlaix\nChaque matin, l’essentiel de l’actualité de votre commune\n"
           "Votre adresse e-mail\nJe m’inscris\n"
           "Vos données sont traitées par Le Journal du Trégor. Vous pouvez vous désinscrire à tout moment.",
           "Qui va payer ?",
           ["Les travaux doivent commencer en février et durer environ six mois, selon la mairie.",
            "Les bus seront déviés par le boulevard extérieur, avec deux nouveaux arrêts près des halles.",
            "Le projet définitif sera présenté aux habitants lors d’une réunion publique le mois prochain."]),
}


@pytest.mark.parametrize("lang", sorted(NEWSLETTER_FORMS))
def test_a_newsletter_form_inside_the_body_is_removed_and_a_subheading_under_it_kept(lang: str) -> None:
    """An inline newsletter box between two paragraphs: its heading (a promo rule's
    hit), its pitch, a field's label and its button go; the article goes on.  A short
    line right over the next paragraph that no rule knows may be that part's subheading
    and stays."""
    opening, form, subheading, rest = NEWSLETTER_FORMS[lang]
    page = Page("Home\nNews\nLocal\nTown square to close to cars\n12.05.2024",
                [*opening, form, *([subheading] if subheading else []), *rest],
                "Most read\nFire at the bakery on Mill Lane\n© 2024 The Town Times").text()
    kept = [line for line in clean(page).splitlines() if line]
    assert kept == [*opening, *([subheading] if subheading else []), *rest]


FORMS_BELOW = {
    "en": (["The old ferry pier will be torn down in the spring, the harbour board decided on Thursday evening.",
            "Divers found last year that most of the wooden piles had rotted through below the waterline.",
            "A temporary landing stage will serve the island boats until the new pier is finished, which the "
            "board hopes will happen before the end of next year."],
           "Sign up for our newsletter\nWaterfront news every Friday.\nYour email\nSubscribe",
           ["The board meets again in May.",
            "Fishermen who moor along the pier have been offered berths in the inner harbour for the same fee, "
            "and the board said it would pay for moving their gear."]),
    "zh": (["市港务局昨天决定，老渡轮码头将在明年春天拆除，原址将建设一座新的钢筋混凝土码头。",
            "潜水员去年检查发现，码头水下的大部分木桩已经严重腐烂，继续使用存在安全隐患。",
            "新码头建成之前，往返各岛的渡轮将暂时停靠在临时浮动码头，港务局希望明年年底前完工。"],
           "📩 订阅「港口周报」电子报\n每周五寄送本周港口新闻，免费订阅。\n请输入您的Email\n订阅",
           ["渔民对此表示欢迎。",
            "在老码头停泊的渔船将被安排到内港的泊位，收费不变，港务局还将承担搬迁渔具和制冰机的费用。"]),
}


@pytest.mark.parametrize("lang", sorted(FORMS_BELOW))
def test_the_article_goes_on_past_a_newsletter_form_below_it(lang: str) -> None:
    """A newsletter box under the body's run, the article going on under it with a
    one-line paragraph: the box's heading (a promo rule's hit), its pitch (a statement
    here), its field and button go, the lines under them stay."""
    body, form, rest = FORMS_BELOW[lang]
    page = Page("Home\nNews\nHarbour\nFerry pier to be demolished\n14.03.2024", [*body, form, *rest],
                "Share this post\nComments\n© 2024 Harbour Notes").text()
    assert [line for line in clean(page).splitlines() if line] == [*body, *rest]


# A table of contents above the text whose entries stand again as the sections' headings:
# a section that is a code block or a table one cell a line weighs as a sidebar would,
# and stays for being listed.  The table stays too (cleaning the output again must find it).
TOC_PAGES = {
    "en": ("Home\nDocs\nGuides\nHow to rotate log files with logrotate\nUpdated 12 May 2024\nOn this page",
           ["Overview", "Writing a configuration", "Options", "Testing the configuration"],
           ["Overview",
            "Log files grow without end unless something trims them. The logrotate tool renames, compresses and "
            "deletes old logs on a schedule, so that the disk never fills up with them.",
            "Writing a configuration",
            "Create a file for your application under /etc/logrotate.d. The following example keeps four weekly "
            "archives and compresses the older ones:",
            "/var/log/myapp/*.log {", "weekly", "rotate 4", "compress", "delaycompress", "missingok", "notifempty",
            "create 0640 www-data adm", "sharedscripts", "postrotate", "systemctl reload myapp", "endscript", "}",
            "Options",
            "Option", "Meaning", "weekly", "Rotate once a week", "rotate 4", "Keep four old files",
            "compress", "Compress old files", "delaycompress", "Wait one cycle", "missingok", "No error if absent",
            "notifempty", "Skip empty files", "create", "Mode and owner",
            "Testing the configuration",
            "sudo logrotate --debug /etc/logrotate.d/myapp",
            "Run logrotate in debug mode first: it prints what it would do without touching any file. If the output "
            "lists your log files and no errors, the configuration is ready and the daily timer will pick it up."],
           "Was this page helpful?\nYes\nNo\nRelated guides\nHow to set up cron jobs\nHow to read the system journal\n"
           "© 2024 Example Docs"),
    "pl": ("Strona główna\nTelefony\nRecenzje\nPorady\nRecenzja telefonu Orbis 7: mocna bateria, słaby aparat\n"
           "Marek Zieliński\n14.05.2024\nSpis treści",
           ["Wygląd i wykonanie", "Specyfikacja", "Bateria", "Podsumowanie"],
           ["Wygląd i wykonanie",
            "Obudowa jest wykonana z matowego plastiku, który dobrze leży w dłoni i nie zbiera odcisków palców, "
            "choć po kilku tygodniach noszenia w kieszeni pojawiły się na niej drobne rysy.",
            "Specyfikacja",
            "Ekran", "6,5 cala, 120 Hz", "Procesor", "ośmiordzeniowy, 2,4 GHz", "Pamięć", "8 GB RAM, 256 GB",
            "Aparat", "50 Mpix", "Bateria", "5500 mAh", "Złącze", "USB-C", "Waga", "198 g", "Cena", "1299 zł",
            "Bateria",
            "Bateria to najmocniejsza strona telefonu. W naszym teście wytrzymała prawie dwa dni zwykłego używania, "
            "a pełne ładowanie trwało nieco ponad godzinę.",
            "Podsumowanie",
            "Orbis 7 to dobry wybór dla kogoś, kto ceni długi czas pracy na baterii i nie potrzebuje świetnego "
            "aparatu. W tej cenie trudno o lepszą baterię."],
           "Komentarze (3)\nDodaj komentarz\nNajczęściej czytane\nNowy tablet Orbis już w sklepach\n"
           "© 2024 Telefony.pl"),
}


@pytest.mark.parametrize("lang", sorted(TOC_PAGES))
def test_every_section_a_table_of_contents_lists_is_kept(lang: str) -> None:
    head, toc, body, foot = TOC_PAGES[lang]
    page = Page(head + "\n" + "\n".join(toc), body, foot).text()
    result = clean_and_explain(page)
    assert [line for line in result.text.splitlines() if line] == [*toc, *body]
    # the sections past the run of text say why they stay
    assert any("table of contents" in b.final.reason for b in result.blocks if b.block.text in body)


def test_a_table_of_contents_stops_at_a_heading_that_opens_comments() -> None:
    """Listed sections from a heading that opens comments on are not the article's, nor
    their entries in the table."""
    toc = ["Before you start", "Replacing the cartridge", "Testing for leaks", "Reader comments"]
    body = ["Before you start",
            "Turn off both supply valves under the sink and open the tap to let the pressure out of the pipes.",
            "Replacing the cartridge",
            "Pull off the handle, unscrew the retaining nut with a wrench and lift the old cartridge straight out. "
            "Push the new one in with its tab facing forward, then put the nut and the handle back.",
            "Part", "Size", "Retaining nut", "22 mm", "Cartridge", "35 mm", "Handle screw", "M4", "Wrench", "24 mm",
            "Testing for leaks",
            "Turn the valves back on slowly and check the joint for drips over the next hour."]
    comments = ["Reader comments", "Dave R.", "Worked first time, thanks for the clear steps and the sizes.", "Reply"]
    page = Page("Home\nHow-to\nPlumbing\nHow to fix a dripping single-handle tap\nIn this guide\n" + "\n".join(toc),
                body, "\n".join(comments) + "\nPrivacy\n© 2024 Fixit Guides").text()
    assert [line for line in clean(page).splitlines() if line] == [*toc[:-1], *body]


def test_a_menu_printed_again_over_the_footer_boxes_is_no_table_of_contents() -> None:
    """The site's sections at the top and again over its boxes under the article: none
    of those headings stands in the article, so nothing under them joins it."""
    menu = ["Politics", "Business", "Culture"]
    foot = ["Politics", "MPs vote to delay the pension reform until after the summer",
            "Business", "Central bank keeps its main rate unchanged for a fourth month",
            "Culture", "City museum reopens on Saturday after two years of work on its roof"]
    page = Page("\n".join(menu) + "\nBridge to close for repairs\n12 May 2024", BUDGET,
                "\n".join(foot) + "\n© 2024 The Daily Example").text()
    assert [line for line in clean(page).splitlines() if line] == BUDGET


# Short one-line facts ("What we know") between the paragraphs of an article, with an
# in-body teaser under them: the teaser is furniture inside the article, and the short
# lines take the label of the text past it, not of the teaser.
FACTS_OVER_A_TEASER = {
 "en": (["The old footbridge over the river was closed on Tuesday morning after an inspector found a crack in one of its steel beams.",
         "The council said the bridge would stay shut until engineers had checked every joint, which could take several weeks."],
        ["What we know", "The crack is 30 cm long.", "Nobody was hurt.", "Repairs may cost £2m.",
         "Buses will run every 20 minutes.", "A ferry link starts on Monday.", "Cyclists must use the road bridge.",
         "Read also: Council approves new budget for road repairs across the district next spring"],
        ["The council will publish the engineers' report on its website once the checks are finished, a spokesman said."]),
 "ru": (["Во вторник утром закрыли старый пешеходный мост через реку: инспектор нашёл трещину в одной из стальных балок.",
         "В мэрии сказали, что мост останется закрытым, пока инженеры не проверят каждое соединение, а это может занять несколько недель."],
        ["Что известно", "Длина трещины — 30 см.", "Никто не пострадал.", "Ремонт обойдётся в 20 млн рублей.",
         "Автобусы будут ходить каждые 20 минут.", "С понедельника запускают паром.", "Велосипедистам — по автомосту.",
         "Читайте также: Городская дума утвердила бюджет на ремонт дорог в следующем году"],
        ["Отчёт инженеров мэрия опубликует на своём сайте, как только проверка закончится, сообщил представитель администрации."]),
}


@pytest.mark.parametrize("lang", sorted(FACTS_OVER_A_TEASER))
def test_short_facts_over_an_in_body_teaser_stay_with_the_article(lang: str) -> None:
    top, facts, bottom = FACTS_OVER_A_TEASER[lang]
    page = Page("Home\nNews\nLocal\nFootbridge closed after crack found\n12.05.2024", [*top, *facts, *bottom],
                "Most read\nFire at the bakery on Mill Lane\n© 2024 The Town Times").text()
    assert [line for line in clean(page).splitlines() if line] == [*top, *facts[:-1], *bottom]


# Tables one cell a line inside news articles (``rules.tables``, ``context._table_runs``):
# the cells weigh like a sidebar's labels, so the run of text stops at the table; where
# the table stands decides whether it is the article's.

_ELECTION = {
    "en": (["The Independents became the largest group on the town council on Sunday, overtaking the Conservatives "
            "for the first time since the council was created.",
            "Counting went on until shortly after midnight, and the turnout was a little higher than five years ago, "
            "at just over fifty-eight percent.",
            "The Greens lost almost a third of their voters, which their leader put down to the row over the new "
            "school in the eastern villages."],
           ["ADVERTISEMENT", "Awnings up to 30% off, straight from the factory", "Sunshade Ltd", "Find out more"],
           ["Town council election 2024, provisional result", "Party", "Votes", "Per cent", "Change", "Seats",
            "Independents", "3316", "28.0", "+7.4", "9", "Conservatives", "3079", "26.0", "+1.2", "9",
            "Greens", "1894", "16.0", "-8.1", "5", "Labour", "1776", "15.0", "-2.3", "5",
            "Riverside Group", "830", "7.0", "new", "2", "Liberals", "592", "5.0", "+0.1", "2"],
           "Source: the town's electoral office, count of 00:48",
           ["No two groups together now reach the 17 votes needed for a majority in the 33-member council, so the "
            "talks about a coalition are expected to take weeks."],
           ["More on this", "Comment: the town has voted for its villages", "The mayor: I will talk to everyone",
            "How the new seats were counted", "Election night in our live blog"],
           ["The Conservative leader remained calm. His group had kept its seats, he said, and was open to talks "
            "with anyone who wanted to keep the budget in order.",
            "The electoral committee meets on Thursday to confirm the official result, and the new council will sit "
            "for the first time in the middle of next month."]),
    "de": (["Die Freien Wähler sind am Sonntag stärkste Kraft im Stadtrat geworden und haben die CDU erstmals seit "
            "der Gründung der Wählergemeinschaft überholt.",
            "Ausgezählt wurde bis kurz nach Mitternacht, und die Wahlbeteiligung lag mit gut 58 Prozent etwas höher "
            "als vor fünf Jahren.",
            "Die Grüne Liste verlor fast ein Drittel ihrer Wähler, was ihre Sprecherin auf den Streit um die neue "
            "Schule in den östlichen Ortsteilen zurückführte."],
           ["Anzeige", "Markisen bis zu 30 % günstiger, direkt vom Hersteller", "Sonnenschutz GmbH", "Mehr erfahren"],
           ["Stadtratswahl 2024, vorläufiges Endergebnis", "Partei", "Stimmen", "Anteil", "Veränderung", "Sitze",
            "Freie Wähler", "3316", "28,0", "+7,4", "9", "CDU", "3079", "26,0", "+1,2", "9",
            "Grüne Liste", "1894", "16,0", "-8,1", "5", "SPD", "1776", "15,0", "-2,3", "5",
            "Pro Aue", "830", "7,0", "neu", "2", "FDP", "592", "5,0", "+0,1", "2"],
           "Quelle: Wahlamt der Stadt, Schnellmeldung von 0.48 Uhr",
           ["Rechnerisch gibt es damit keine Zweierkoalition mehr, die auf die nötigen 17 Stimmen im 33-köpfigen "
            "Rat kommt, und die Gespräche dürften Wochen dauern."],
           ["Mehr zum Thema", "Kommentar: Die Stadt hat für ihre Dörfer gestimmt",
            "Die Bürgermeisterin: Ich rede mit allen", "So wurden die Sitze verteilt",
            "Der Wahlabend im Liveblog zum Nachlesen"],
           ["Der CDU-Fraktionschef gab sich dennoch gelassen. Man habe die Sitzzahl gehalten und sei offen für "
            "Gespräche mit allen, denen ein solider Haushalt am Herzen liege.",
            "Der Wahlausschuss tritt am Donnerstag zusammen, um das amtliche Endergebnis festzustellen, und der neue "
            "Rat kommt Mitte des nächsten Monats zum ersten Mal zusammen."]),
}


@pytest.mark.parametrize("lang", sorted(_ELECTION))
def test_a_table_under_the_text_past_an_advert_is_body_with_the_article_going_on_under_it(lang: str) -> None:
    # three paragraphs, an advert under its label, the results table (caption, header row,
    # six rows), its source, one paragraph, a box of four related headlines (under fewer,
    # the last may be the next part's subheading), two paragraphs
    top, advert, table, source, middle, box, rest = _ELECTION[lang]
    page = Page("Home\nNews\nLocal\nPolitics\nIndependents top the town council vote\nBy Kate Ollen\n09.06.2024",
                [*top, "\n".join([*advert, *table, source]), *middle, "\n".join(box), *rest],
                "Tags\nElections\nTown council\nAll articles by the author\n© 2024 The Town Times").text()
    assert [line for line in clean(page).splitlines() if line] == [*top, *table, *middle, *rest]


def test_a_table_above_the_text_under_its_introduction_is_body() -> None:
    # the masthead and a row of buttons, the introduction announcing the table, its header
    # row and rows, the source, an advert's label and a teaser, then the text
    intro = "The average price of unleaded petrol rose for the third week running, reaching these levels by region:"
    table = ["Region", "Petrol 95 (€/l)", "Diesel (€/l)", "Weekly change", "North", "1.479", "1.388", "+0.7%",
             "South", "1.501", "1.402", "+0.6%", "East", "1.468", "1.381", "+0.5%", "West", "1.475", "1.384", "+0.6%",
             "Islands", "1.204", "1.167", "+0.3%"]
    text = ["The rise coincides with the start of the summer holidays, when traffic officials expect more than four "
            "million car journeys on the main roads over the weekend.",
            "At these prices, filling a 55-litre tank costs almost four euros more than it did at the beginning of "
            "June, according to the figures published on Tuesday.",
            "Petrol stations in the capital confirm the trend, and several owners said drivers had started to fill "
            "up at supermarkets on the edge of town instead.",
            "Consumer groups have asked the government once again for more transparency in how the prices at the "
            "pump are set by the large oil companies."]
    page = Page("Home\nEconomy\nConsumer\nPetrol rises for a third week\nNews desk | 16/07/2013 - 11:05h\n"
                "Comments (23)\nPrint\nA+\nA-",
                [intro, "\n".join([*table, "Source: Ministry of Industry, average prices on 15 July", "Advertisement",
                                   "Read also: Government rules out a fuel tax cut before next year"]), *text],
                "Tags: petrol, diesel, prices\nComments (23)\nMost read\n© 2013 The Daily Example").text()
    assert [line for line in clean(page).splitlines() if line] == [intro, *table, *text]


def test_a_table_between_two_parts_holding_the_names_of_the_menu_is_body() -> None:
    # the river levels table under an advert and its caption, between two parts: two of
    # its cells are places the site's menu lists too (printed elsewhere on the page)
    top = ["The river rose through the night, and by dawn the firefighters had knocked on every door in the lower town "
           "to tell people to leave their ground floors.",
           "We went from house to house from three in the morning, one of them said, and most people had already "
           "carried their things upstairs.",
           "According to the regional centre, the peak is expected in the early afternoon, when the water should "
           "reach the old bridge."]
    table = ["River levels at 8 this morning", "Station", "River", "Level (m)", "Alarm level (m)",
             "Old Bridge", "Tessa", "4.82", "4.50", "Lower Town", "Tessa", "5.37", "5.20",
             "Castle Hill", "Vallina", "3.96", "3.40", "Red Mill", "Vallina", "2.71", "3.00"]
    rest = ["The stretch between the two bridges worries the engineers most, because the banks there were never "
            "raised after the last flood.",
            "Schools in six towns will stay closed tomorrow, and the provincial road through the valley remains shut "
            "to all traffic until further notice."]
    page = Page("Home\nNews\nLower Town\nCastle Hill\nSport\nRivers above the alarm level\nBy Clara Benn\n"
                "17 November 2019",
                [*top, "\n".join(["Advertisement", "Read the digital edition: first month for 0.99", *table,
                                  "Source: regional flood centre, data at 8.00"]), *rest],
                "Topics\nLower Town\nCastle Hill\nflood\n© 2019 The Valley Courier").text()
    assert [line for line in clean(page).splitlines() if line] == [*top, *table, *rest]


def test_a_timetable_between_two_parts_is_body() -> None:
    # a bus timetable (stop, today, from December: times) under a teaser's label and its
    # two headlines, with a note under it and an advert's label between it and the next part
    top = ["From the thirteenth of December, the early bus on route 47 will leave the station fifteen minutes sooner "
           "than it does today.",
           "The change is part of the county's new timetable, which is meant to let commuters catch the first "
           "train to the city without waiting on the platform.",
           "We want people to make the train without running for it, a spokeswoman for the transport company said."]
    table = ["How the morning buses change", "Stop", "Today", "From 13 December",
             "Station", "06.10", "05.55", "East School", "06.14", "05.59", "Birch Corner", "06.23", "06.08",
             "Church Hill", "06.31", "06.16", "Harbour", "06.48", "06.33"]
    note = "The times apply from Monday to Friday. The afternoon buses keep their times."
    rest = ["Not everyone is pleased. A nurse who starts at seven said she would now stand outside the hospital for "
            "half an hour before her shift.",
            "The council's transport spokesman said he understood the need to save money, but that the company had "
            "not asked the people who use the bus every day.",
            "The company promised to look at the timetable again in the spring, once it knows how many people take "
            "the earlier buses, and to publish the figures on its website."]
    page = Page("Home\nNews\nTraffic\nNew timetable for route 47\nBy Jonas Ek\n28 November 2015",
                [*top, "\n".join(["Read also:", "Season tickets to cost more from January",
                                  "Bike park at the station is already full", *table, note,
                                  "Advertisement"]),
                 *rest],
                "Topics\nBuses\nComments\n© 2015 The Harbour Courier").text()
    assert [line for line in clean(page).splitlines() if line] == [*top, *table, note, *rest]


def test_a_match_statistics_box_right_under_the_report_is_not_kept() -> None:
    # a match report, then the site's statistics box (heading, header row, rows) touching
    # its last paragraph, then the ratings and the standings: no text goes on under it
    report = ["The hosts took the lead after twelve minutes, when their captain headed in a corner at the near post.",
              "The visitors came back into the game before the break and equalised with a shot from outside the "
              "box that went in off the crossbar.",
              "The winner came three minutes into stoppage time, when the substitute turned in the box and found "
              "the far corner."]
    stats = ["Match statistics", "Hosts", "Visitors", "Possession", "46%", "54%", "Shots", "15", "12",
             "On target", "7", "4", "Corners", "5", "8", "Fouls", "14", "11"]
    page = Page("Home\nFootball\nLeague\nLate winner for the hosts\n23.08.2025 21:58",
                [*report, "\n".join(stats)],
                "Player of the match\nRate the players\nView all\nLeague table\n© 2025 Sports Daily").text()
    assert [line for line in clean(page).splitlines() if line] == report


def test_a_table_past_a_related_box_and_an_advert_with_a_subheading_under_its_source_is_body() -> None:
    # the text, a "RELATED" box of two headlines and an advert under its label, the
    # table's caption, header row and rows, its source, then the next part's
    # subheading and its paragraphs; under them, a loan-rates widget with its own
    # "See all offers" link and a disclaimer stays out
    top = ["Four more suburbs in the region crossed the million-dollar mark for a median house last year, new "
           "figures show, as buyers kept moving up the coast.",
           "The biggest gains were in small beachside suburbs within walking distance of the water, where a shortage "
           "of listings pushed prices up by a tenth or more.",
           "We had fourteen registered bidders on a three-bedroom house in December, one agent said, and five years "
           "ago we would have had four."]
    table = ["Median house prices, selected coast suburbs, 12 months to January", "Suburb", "Median price",
             "Annual change", "Days on market", "Kallaroo Heights", "$1,385,000", "+12.6%", "21",
             "Bellbird Flats", "$1,240,000", "+10.9%", "26", "Port Tullah", "$1,105,000", "+9.8%", "29",
             "Wyndarra Beach", "$1,030,000", "+8.1%", "33", "Thornleigh Vale", "$745,000", "+2.9%", "48"]
    rest = ["Inland suburbs still affordable",
            "Prices have moved more slowly further from the beach, and two inland suburbs are still below the "
            "regional median for a house.",
            "The head of research at the data firm said the gap between coastal and inland suburbs had doubled in "
            "five years.",
            "She expects growth to slow this year as borrowing costs bite, but not to reverse."]
    widget = ["Compare home loan rates", "Lender", "Variable rate", "Comparison rate", "Harbour Mutual", "5.89%",
              "5.94%", "Nova Home Loans", "5.99%", "6.03%", "CoastBank", "6.14%", "6.21%", "See all offers",
              "Rates sourced by our partner. Comparison rates based on $150,000 over 25 years."]
    page = Page("Home\nNews\nProperty\nMillion-dollar club grows on the coast\nBy Hayley Dunn\n12 February 2026",
                [*top, "\n".join(["RELATED", "First-home buyer grants: what changes from July",
                                  "Rental vacancies hit record low", "Advertisement",
                                  "Find your dream home. Search 4,200 local listings.", *table,
                                  "Source: Coastline Data, houses only"]), *rest, "\n".join(widget)],
                "Real estate\nHousing\nMost viewed\n© 2026 The Coast Herald").text()
    assert [line for line in clean(page).splitlines() if line] == [*top, *table, *rest]


def test_a_table_under_a_closing_paragraph_past_a_box_is_body_with_the_text_under_it() -> None:
    # the run of text, a "Read also" box of four headlines, one closing paragraph, then
    # the results table (a terse caption, a header row opening with "Pos.", rows), an
    # advert under its label, the next part's subheading and its paragraphs
    top = ["The 23-year-old rider from the north won the third stage on Friday after a long breakaway in a strong "
           "crosswind along the coast.",
           "The stage of 187 kilometres was decided in the last ten kilometres, when he left his two companions "
           "behind on the only climb of the day.",
           "I knew the wind would be at our backs on the last stretch, so I waited, he said after crossing the "
           "line with his arms raised."]
    closing = ("Behind him, a Belgian and a Norwegian rider sprinted for second place twenty-four seconds later, "
               "ahead of the main group.")
    table = ["Result, stage 3, Nykobing – Thisted (187 km)", "Pos.", "Rider", "Team", "Time",
             "1", "Tobias Kragh (DK)", "Team Fjordbyg", "4.21.37", "2", "Pieter Vandamme (BEL)", "Flandria Devo",
             "+ 0.24", "3", "Erlend Haugstad (NOR)", "Nordkapp Development", "+ 0.24", "4", "Jonas Lund (DK)",
             "Herning Elite", "+ 0.51", "5", "Mats de Groot (NED)", "Scheldeland Cycling", "+ 0.51"]
    rest = ["Favourite punctured",
            "The favourite before the race was one of the day's big losers: a puncture twelve kilometres from the "
            "finish cost him almost two minutes.",
            "That is cycling. I did not have the legs today anyway, he said briefly before getting on the team bus.",
            "Saturday's stage is a flat loop of 164 kilometres around the city, and the race ends on Sunday with a "
            "short time trial."]
    page = Page("Home\nSport\nCycling\nKragh wins the third stage alone\n4 min.",
                [*top, "\n".join(["Read also", "Young rider moves to a WorldTour team",
                                  "The route of the closing weekend", "Sprinters fear the crosswind",
                                  "Who rides the time trial on Sunday"]),
                 closing, "\n".join([*table, "Advertisement", "New cycling shoes? Up to 30% off this weekend only."]),
                 *rest],
                "Cycling\nTour of Denmark\nNewsletter\n© 2026 Sport North").text()
    assert [line for line in clean(page).splitlines() if line] == [*top, closing, *table, *rest]


def test_a_vote_table_under_an_advert_and_a_read_also_box_is_body_with_the_text_under_it() -> None:
    # three paragraphs, an advert under its label, a "Čtěte také" box (its heading, two
    # headlines), the table's caption, header row and rows, its source, two paragraphs
    top = ["Prodejci nebudou smět od příštího roku prodávat energetické nápoje dětem do patnácti let, rozhodla ve "
           "středu Poslanecká sněmovna.",
           "Pro návrh hlasovalo 116 ze 186 přítomných poslanců, proti jich bylo 55 a patnáct se zdrželo hlasování.",
           "Zákaz se má týkat nápojů s obsahem kofeinu nad 150 miligramů na litr, tedy většiny plechovek, které se "
           "dnes prodávají u pokladen."]
    box = ["Reklama", "Hypotéka s úrokem od 2,19 % – spočítejte si splátku", "Čtěte také",
           "Senát chce zpřísnit pravidla pro prodej alkoholu", "Ministr zdravotnictví: Dětská obezita je problém"]
    table = ["Jak hlasovaly poslanecké kluby", "Klub", "Pro", "Proti", "Zdrželo se",
             "Občanská unie", "41", "6", "3", "Strana práce", "35", "0", "1", "Liberální blok", "4", "22", "3",
             "Zelená volba", "22", "0", "0", "Nezařazení", "14", "27", "8"]
    rest = ["Předsedkyně klubu Liberálního bloku označila zákon za zbytečný zásah do podnikání a slíbila, že "
            "jej její strana v Senátu napadne.",
            "Předkladatel novely odpověděl, že jde o zdraví dětí a že podobná pravidla už platí v sousedních "
            "zemích."]
    page = Page("Úvod\nZprávy\nDomácí\nSněmovna zakázala energetické nápoje dětem\n11. 3. 2015 18:40",
                [*top, "\n".join([*box, *table, "Zdroj: Poslanecká sněmovna, hlasování č. 147"]), *rest],
                "Newsletter\nDiskuse (3)\n© 2015 DenníZprávy.cz").text()
    assert [line for line in clean(page).splitlines() if line] == [*top, *table, *rest]


def test_a_short_story_under_a_consent_dialog_that_names_no_cookie_near_its_consent_is_found() -> None:
    """A breaking story of three short paragraphs among widgets, under a consent dialog
    whose two long paragraphs read as text ("We and our partners store and/or access
    information …", "your personal data … your consent"): the dialog is a site notice,
    and the story is the body."""
    dialog = ["We value your privacy",
              "We and our 186 partners store and/or access information on a device, such as cookies and process "
              "personal data, such as unique identifiers and standard information sent by a device for personalised "
              "advertising and content, advertising and content measurement, audience research and services "
              "development. With your permission we and our partners may use precise geolocation data.",
              "Please note that some processing of your personal data may not require your consent, but you have a "
              "right to object to such processing. Your preferences will apply to this website only.",
              "MORE OPTIONS", "AGREE"]
    menu = ["Skip to main content", "Harbour Post", "Menu", "News", "Sport", "Business", "Weather", "Traffic",
            "What's On", "Jobs", "Property", "Motors", "Announcements", "Newsletters", "Buy a photo", "BREAKING",
            "Ring road shut after tanker overturns near the docks", "By", "Sam Oduya", "09:12, 4 Feb 2025",
            "FacebookXWhatsAppEmailCopy link"]
    body = ["The ring road has been closed in both directions after a fuel tanker overturned near the docks this morning.",
            "Fire crews were called to the junction with Quay Street at about 7.50am and are working to make the "
            "vehicle safe.",
            "Police said the driver was taken to hospital with injuries that are not thought to be serious."]
    foot = ["FacebookXWhatsAppEmailCopy link", "Don't miss a thing", "Sign up to our free morning newsletter",
            "Enter your email", "Sign up", "Most Read", "1", "Council tax to rise by five per cent", "2",
            "New cafe opens on the seafront", "About Us", "Contact us", "© 2025 Harbour Post"]
    text = "\n".join([*dialog, *menu, body[0], body[1], "Get breaking news alerts on WhatsApp - join our channel here",
                      body[2], *foot])
    assert [line for line in clean(text).splitlines() if line] == body


_LIVE_UPDATES = [
    ("Bridge closed to all traffic",
     ["Engineers closed the old bridge at noon after the river rose above the warning mark on its piers.",
      "Drivers are being sent over the bypass, which adds about twenty minutes to the journey into town."]),
    ("Second evacuation centre opens",
     ["The sports hall on Mill Lane is now taking families from the lower streets, with beds for two hundred."]),
    ("River expected to peak overnight",
     ["Forecasters said the river would peak at about four in the morning, a metre above the record of 1998.",
      "Residents of the riverside streets were told to move cars and valuables to higher ground before dark."]),
    ("Schools shut for the rest of the week",
     ["All six schools in the valley will stay closed until Monday, the county council said this afternoon."]),
]


@pytest.mark.parametrize("stamps", [["4.05pm", "3.20pm", "2.41pm", "1.15pm"], ["16h05", "15h20", "14h41", "13h15"],
                                    ["16.05 GMT", "15.20 GMT", "14.41 GMT", "13.15 GMT"]],
                         ids=["dot-meridiem", "h", "dot-zone"])
def test_live_updates_stamped_the_way_papers_print_times_are_kept_under_their_repeated_headlines(
        stamps: list[str]) -> None:
    """A live page whose updates are stamped "2.41pm" or "14h41" (no colon, so no
    decimal reads the same), each under a headline that a list of key events above
    prints too: the updates are the article, each with its stamp and headline."""
    key_events = ["Key events", *(f"{stamp} {headline}" for stamp, (headline, _) in zip(stamps, _LIVE_UPDATES,
                                                                                        strict=True))]
    head = ["Home", "News", "Weather", "LIVE", "Valley floods: river heads for record as roads close",
            "By Ann Okafor", "Updated 4.12pm", "Share", *key_events, "Show all key events"]
    lines, body = _live_page(head, stamps)
    assert [line for line in clean("\n".join(lines)).splitlines() if line] == body


def _live_page(head: list[str], stamps: list[str]) -> tuple[list[str], list[str]]:
    """A live page's lines, ``head`` over the updates of ``_LIVE_UPDATES`` stamped
    ``stamps`` (each with a share button under it) over the foot, and the updates'
    lines."""
    body: list[str] = []
    lines = list(head)
    for stamp, (headline, paragraphs) in zip(stamps, _LIVE_UPDATES, strict=True):
        body += [stamp, headline, *paragraphs]
        lines += [stamp, headline, *paragraphs, "Share"]
    lines += ["Load more updates", "Most viewed", "Council tax rise approved", "New cafe opens on the quay",
              "About us", "© 2024 Valley Herald"]
    return lines, body


def test_live_updates_far_below_the_standfirst_past_a_long_list_of_key_events_are_kept() -> None:
    """A live page whose standfirst stands over its byline, its stamps, its buttons and a
    list of key events longer than a gap the updates may leave between them: the
    updates under the list are the article all the same, each with its stamp and
    headline, the first one too."""
    stamps = ["4.05pm", "3.20pm", "2.41pm", "1.15pm"]
    standfirst = "Roads closed across the valley; two evacuation centres open; schools shut until Monday."
    key_events = ["Key events", *(f"{n}h ago {headline}" for n, (headline, _) in enumerate(_LIVE_UPDATES, 1)),
                  "9h ago Flood warning issued for the lower valley", "10h ago River rises through the night",
                  "11h ago Sandbags handed out at the depot", "12h ago Rain gauges hit their highest readings",
                  "Show all key events", "Filter", "Show key events only", "Live feed", "Auto-update on"]
    head = ["Home", "News", "Weather", "LIVE", "Valley floods: river heads for record as roads close", standfirst,
            "By Ann Okafor", "Updated 4.12pm", "Share", "Copy link", "184 comments", *key_events]
    lines, body = _live_page(head, stamps)
    assert [line for line in clean("\n".join(lines)).splitlines() if line] == [standfirst, *body]


def test_comments_under_their_heading_each_a_name_with_an_address_over_a_stamp_are_no_live_blog() -> None:
    """A short report, "Comments (4)", then comments each under a name with the
    commenter's masked address ("~guest 83.24.xxx.xxx", four words and more) and a stamp:
    the stamps stand over paragraphs as a live blog's updates do, but under a heading
    that opens comments, before any update: the thread stays out."""
    thread = ["Comments (4)", "Add a comment"]
    for name, stamp, comment in [
        ("~neighbour 83.24.xxx.xxx", "06.11.2014 10:42", "I know that shop, the owner is a very decent woman and did not deserve this."),
        ("~guest 178.36.xxx.xxx", "06.11.2014 11:05", "How much was he paid there anyway? Somebody should ask the owner that."),
        ("~Mark 31.174.xxx.xxx", "06.11.2014 11:30", "That is no excuse at all. If the pay is bad you change jobs, you do not steal."),
        ("~xyz 89.68.xxx.xxx", "06.11.2014 12:12", "The paper could have said which shop it was, people ought to know."),
    ]:
        thread += [name, stamp, comment, "reply"]
    page = Page("Home\nCity\nCashier who took 11,000 from the till is sentenced\n06.11.2014 10:15", BUDGET,
                "\n".join(thread) + "\nShow all comments\nAbout us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET


def test_the_article_going_on_past_a_related_box_and_a_gallery_is_kept() -> None:
    """Four paragraphs, a box of related links under its heading, then a gallery of ten
    pictures (a counter "3/10" over each caption), then the rest of the article: the
    gallery's lines count as one line in the distance from the box's heading to the
    text below it, as a table's cells do; the box and the gallery stay out."""
    first = ["The storm came ashore south of the harbour late on Sunday, tearing roofs off sheds and flooding "
             "the lower town for the second time this autumn.",
             "By Monday afternoon more than three thousand homes were still without power, most of them in the "
             "hill villages above the coast road.",
             "Rain gauges at the harbour measured more than four hundred millimetres in six hours, a record for "
             "the station, which opened in 1951.",
             "\"I have fished here for forty years and never seen the water rise so fast,\" said the head of the "
             "fishermen's association, who lost two boats."]
    rest = ["Farmers said the fruit harvest had been hit hardest, with whole orchards stripped a week before picking "
            "was due to begin.",
            "The county has set aside an emergency fund of three million for repairs and has asked the government "
            "for help with the rest.",
            "Engineers worked through the night to reopen the coast road, which was cut by a landslide near the "
            "old quarry.",
            "Forecasters expect the wind to drop overnight, though heavy showers may still fall on the eastern "
            "hills tomorrow."]
    gallery = ["Storm in pictures"]
    for n in range(1, 11):
        gallery += [f"{n}/10", f"Volunteers clear fallen branches in the lower town, day {n} (Photo: Lee Chan)"]
    lines = ["Home", "News", "Local", "Weather", "Storm leaves thousands without power on the coast",
             "3 October 2016 18:20", "Share", "Print", *first, "Related stories", "Schools closed across the county today",
             "Vegetable prices jump after the storm", "Video: the sea breaks over the harbour wall", *gallery,
             "Previous", "Next", *rest[:2], "Advertisement", *rest[2:], "Related news", "Record gusts measured at the lighthouse",
             "Mayor answers questions on storm closures", "You may also like", "Five hot springs for the autumn",
             "About us", "© 2016 Coast News"]
    kept = [line for line in clean("\n".join(lines)).splitlines() if line]
    assert kept[:4] == first and all(line in kept for line in rest)
    assert not any(line.startswith(("Schools closed", "Vegetable prices", "Record gusts")) for line in kept)
    assert sum(line.startswith("Volunteers clear") for line in kept) <= 1


def test_the_article_going_on_under_a_related_box_past_an_adverts_label_is_kept() -> None:
    """Two paragraphs, an advert's label, age mark and id ("Реклама", "16+", "erid: …"),
    then "Читайте также:" with one headline, then the rest of the article: the box's
    heading stands past the advert's lines, not right under the text, and the article
    still goes on below it."""
    first = ["Стоимость недельного отдыха на побережье для двоих в июне выросла почти на пятую часть по сравнению "
             "с прошлым годом, подсчитали в союзе туроператоров.",
             "Основной вклад в удорожание внесли гостиницы: средняя цена номера за ночь выросла на 23 процента, "
             "перелёты подорожали меньше."]
    rest = ["По словам исполнительного директора союза, спрос на поездки при этом почти не снизился, туристы лишь "
            "чаще выбирают короткие поездки.",
            "Эксперты также обращают внимание на рост интереса к менее известным курортам, где цены выросли "
            "заметно меньше.",
            "Ранее в министерстве прогнозировали, что турпоток на побережье в этом году останется на уровне "
            "прошлого сезона."]
    lines = ["Главная", "Экономика", "Туризм", "Стоимость отдыха на море выросла почти на пятую часть",
             "21 мая 2025, 10:34", "Анна Селиверстова", "Поделиться", *first, "Реклама", "16+", "erid: 2VtzqwH7kLm",
             "Читайте также:", "Туроператоры назвали самые доступные направления для летнего отдыха", *rest[:2],
             "Подписывайтесь на наш канал в Telegram — главные новости дня", rest[2], "Теги:",
             "ТуризмЦеныОтпуск", "Главное", "Курс доллара снизился", "О нас", "© 2025 Вектор"]
    kept = [line for line in clean("\n".join(lines)).splitlines() if line]
    assert kept == [*first, *rest]


def test_a_numbered_method_over_its_last_step_past_an_ingredient_list_and_a_related_box_is_kept() -> None:
    """An introduction, an ingredient list, a box of related links, then the method: its
    steps numbered 1 to 6 over step 7, which joins the text below it.  The items numbered
    in order over the next one are the same list (however short, however few words they
    hold), and with them the list's heading and the ingredients above the box."""
    intro = ["Za babcinym przepisem na pierogi z kapustą i grzybami stoi dziś cała kolejka sąsiadów, którzy "
             "co roku zamawiają je na Wigilię.",
             "Pani Halina lepi ich w grudniu ponad dwa tysiące i twierdzi, że najważniejsze jest cienkie ciasto "
             "oraz cierpliwość przy farszu."]
    ingredients = ["Składniki:", "500 g mąki", "250 ml ciepłej wody", "2 łyżki oleju", "1 łyżeczka soli",
                   "500 g kiszonej kapusty", "30 g suszonych grzybów"]
    method = ["Przygotowanie", "1. Grzyby namocz na noc.", "2. Kapustę odciśnij i posiekaj.",
              "3. Gotuj kapustę z grzybami godzinę.", "4. Zagnieć ciasto z mąki, wody, oleju i soli.",
              "5. Rozwałkuj cienko, wykrawaj krążki.", "6. Nakładaj farsz i sklejaj brzegi."]
    rest = ["7. Gotuj pierogi partiami w osolonej wodzie, aż wypłyną, a potem jeszcze dwie minuty na małym ogniu.",
            "Pani Halina radzi, by nie przykrywać ugotowanych pierogów, bo ciasto szybko robi się gumowe i klei "
            "się do talerza.",
            "Nadmiar pierogów najlepiej zamrozić na tacy, a dopiero potem przełożyć do woreczków, żeby się nie "
            "posklejały."]
    lines = ["Strona główna", "Kuchnia", "Przepisy", "Pierogi z kapustą i grzybami według pani Haliny",
             "12 grudnia 2021", "Udostępnij", *intro, *ingredients, "Czytaj także:",
             "Barszcz czerwony na zakwasie w tydzień", "Kutia krok po kroku", *method, *rest,
             "Komentarze (4)", "Ewa", "Robię tak samo, tylko dodaję cebulkę!", "O nas", "© 2021 Kuchnia Domowa"]
    kept = [line for line in clean("\n".join(lines)).splitlines() if line]
    assert kept == [*intro, *ingredients, *method, *rest]


def test_lists_of_routes_under_a_colon_are_kept_also_past_a_related_box_and_an_advert() -> None:
    """A list of cancelled routes under the line that announces it with a colon (each a
    row of places between dashes, the shape of a menu's row), then a related box and an
    advert, then a second list under its colon and the article going on: rows under a
    colon inside the body are the article's list, not a menu at its edge."""
    first = ["Wegen des Sturms bleiben am Donnerstag fast alle Fähren zu den Nordseeinseln in den Häfen, teilte die "
             "Reederei am frühen Morgen mit.",
             "Betroffen sind nach Angaben des Unternehmens mehr als zweitausend Reisende, die zum Teil schon seit "
             "Mittwoch auf eine Überfahrt warten.",
             "Gestrichen sind die Fahrten auf folgenden Linien:"]
    cancelled = ["Norddeich – Juist – Norderney", "Neßmersiel – Baltrum – Langeoog",
                 "Bensersiel – Langeoog – Spiekeroog", "Harlesiel – Wangerooge – Helgoland"]
    still = ["Planmäßig fahren dagegen:", "Emden – Borkum", "Cuxhaven – Neuwerk", "Dagebüll – Föhr"]
    rest = ["Der Wetterdienst erwartet, dass der Wind in der Nacht zum Freitag deutlich nachlässt und der Verkehr "
            "am Vormittag wieder aufgenommen werden kann.",
            "Reisende mit Tickets für gestrichene Fahrten können diese nach Angaben der Reederei kostenlos umbuchen "
            "oder sich den Preis erstatten lassen.",
            "Die Inselschulen bleiben am Donnerstag geschlossen, die Versorgung der Inseln sei aber gesichert, hieß "
            "es aus den Gemeinden."]
    lines = ["Startseite", "Region", "Küste", "Sturm legt Fährverkehr zu den Inseln lahm", "14.02.2019 08:12",
             "Von Jan Peters", *first, *cancelled, "Lesen Sie auch:", "Neuer Fahrplan für die Inselfähren im Winter",
             "Hafen Norddeich wird für 40 Millionen ausgebaut", "Anzeige", "Jetzt Ferienwohnung an der Küste buchen",
             *still, *rest, "Schlagworte: Sturm, Fähren, Nordsee", "Teilen", "Mehr zum Thema",
             "Orkanböen an der Küste erwartet", "Impressum", "© 2019 Küstenbote"]
    kept = [line for line in clean("\n".join(lines)).splitlines() if line]
    assert kept[:len(first) + len(cancelled)] == [*first, *cancelled]
    assert kept[-len(still) - len(rest):] == [*still, *rest]
    assert not any(line.startswith(("Neuer Fahrplan", "Jetzt Ferienwohnung", "Orkanböen")) for line in kept)


def test_the_article_going_on_past_a_related_box_and_a_list_of_figures_is_kept() -> None:
    """Three paragraphs, a box of related links, an advert's label, then a list of
    figures under the line announcing it (a city and its low each), and the rest of the
    article, a paragraph thin in function words among them: the list counts as one line in the distance from the box's heading, and
    long paragraphs in a row are the article going on, a borderline one among them."""
    first = ["The coldest air of the winter so far will reach the north of the country on Thursday night, the "
             "weather service said on Wednesday, with frost likely even on the coast.",
             "Forecasters said the cold would peak early on Friday morning, when clear skies would let the ground "
             "lose what little warmth it had kept during the day.",
             "\"This is close to the level we would call a cold wave,\" the duty forecaster said, urging people to "
             "check on elderly neighbours and to keep pets indoors."]
    lows = ["Expected lows early on Friday:", "Aberdeen -6C", "Inverness -8C", "Dundee -5C", "Perth -7C",
            "Stirling -6C", "Glasgow -4C", "Edinburgh -4C", "Ayr -2C", "Dumfries -5C", "Oban -3C"]
    rest = ["The cold is expected to last until Sunday, with only a slight rise in temperatures during the day on "
            "Saturday and milder air arriving from the west on Monday.",
            "Gritting teams from twelve depots treated 1,200 miles of trunk roads overnight, 140 trucks and 300 "
            "staff across Fife, Angus, Moray and Highland.",
            "Farmers have been told to protect livestock and to check water troughs, which could freeze solid in "
            "the hills, and the health service has opened extra beds for the weekend."]
    lines = ["Home", "News", "Weather", "Scotland", "Coldest night of the winter on the way, forecasters warn",
             "20 December 2023, 14:36", "By Ann Reid", "Share", *first, "Related", "When will the first snow come?",
             "How to dress for a cold snap", "Advertisement", *lows, *rest, "More from Weather", "Snow closes mountain passes", "Winter tyres: what to know",
             "Terms of use", "© 2023 North Daily"]
    kept = [line for line in clean("\n".join(lines)).splitlines() if line]
    assert kept[:3] == first and all(line in kept for line in lows + rest)
    assert not any(line.startswith(("When will", "How to dress", "Snow closes")) for line in kept)


def test_the_articles_footnotes_under_their_heading_are_kept() -> None:
    text = ["None of this means the village's model can be scaled by decree, but it suggests that the state's "
            "drought strategy has been looking in the wrong place for a decade.",
            "The farmers themselves are sceptical that the government will listen, and more confident about "
            "their own rules, which they have kept for six dry years in a row.[4]",
            "Notes",
            "[1] Central Ground Water Board, Dynamic Ground Water Resources of India, 2017.",
            "[2] Including the water conservation scheme launched in 2014 and 2015.",
            "[3] Observation well data for the district, obtained by the author; pre-monsoon readings.",
            "[4] Groundwater (Development and Management) Act, 2009."]
    page = Page("Home\nIndia\nEnvironment\nThe village that wrote its own water rules\nBy Prakash Devlekar",
                text, "Tags: Drought, Groundwater, Water\nSubscribe to our channel\nAbout the author\n"
                      "More from Prakash Devlekar\nContact us\nPrivacy policy")
    assert [line for line in clean(page.text()).splitlines() if line] == text


def test_an_article_under_its_headline_and_date_below_a_heavier_sidebar_is_body() -> None:
    # a column's introduction, its editor's biography and four readers' comments printed
    # above the article outweigh a short review; the review opens right under its
    # headline, its date and byline and a share row, past the sidebar's headings, in rows
    # of two paragraphs under subheadings: it is the article, however far down it stands
    sidebar = [
        "About the column",
        "Slow Reading Lab is the review column our gadgets desk started in 2010: every month an editor uses one "
        "e-reader for two weeks and reports on its screen, its battery, the formats it opens and the books its "
        "shop sells, and the verdict is never shown to the maker before it is published.",
        "This month's editor",
        "Martin Hale has edited the gadgets desk since 2009 and owns some three thousand paper books; he worked "
        "for six years at a publishing house, which is why he is fussier about typography than anyone else on "
        "the team and reads at least one novel a week on whatever device he is testing.",
        "Comments",
        "I have used the second model for half a year and its biggest problem is how slowly it turns the pages of "
        "a scanned PDF; if the new one fixes that I will buy it on the first day, the price does not matter.",
        "The hardware of these readers has improved a lot in the last two years, but the shop still sells too few "
        "books, many new titles are missing and the ones you can buy cost nearly as much as paper copies.",
        "Please test how it copes with large files this time, and do not only write about the good sides of it; "
        "the last review said nothing about how long it takes to open a dictionary in the middle of a book.",
        "I bought the first model for my father and he still reads on it every evening, so I am curious whether "
        "the new one is worth the upgrade for someone who mostly reads long novels and never scanned documents.",
        "Related articles",
        "Lumen 3 review: the king of six-inch screens?",
        "Buying guide: the best e-readers under a hundred pounds",
        "Hands-on with the new readers at the spring trade fair",
        "Why the shop's prices for new books keep going up",
        "Subscribe",
        "Get every review in your inbox on Monday morning",
        "Your email address",
        "Sign up",
        "Advertisement",
        "Price chart",
        "Lumen 3 from 109 pounds",
        "Reeder N6 from 89 pounds",
        "M3 from 69 pounds",
        "Scroll 2 from 99 pounds",
        "More prices",
        "Follow us",
        "Facebook",
        "Twitter",
        "RSS",
    ]
    review = [
        "The M3 is the third e-reader from a small maker in the north, and it sells for seventy pounds in the shops.",
        "Design",
        "Its six-inch screen is sharp and bright, and the body is twenty grams lighter than the model of last year.",
        "The buttons on both sides turn the pages, so it can be held in either hand for a long time without effort.",
        "Typography",
        "The typography is the real news of this model: the hyphenation and the margins are finally right in it.",
        "Three fonts are built in, and the size of the letters can be set in seven steps from small to very large.",
        "Verdict",
        "The battery lasted for a whole month of reading for an hour a day in our tests, which is better than before.",
    ]
    head = "\n".join(sidebar) + "\nSlow Reading Lab No. 14\nM3 review: a cheap e-reader that finally sets type well\n" \
        "8 June 2011 10:24 | By Martin Hale\nComments 36 | Report an error\nShare: Facebook Twitter Email"
    page = Page(head, review, "Previous: Lumen 3 review\nAbout us\nContact\nAdvertise")
    kept = clean(page.text())
    assert all(paragraph in kept for paragraph in review)


def test_a_comment_under_its_title_and_date_below_the_article_is_not_body() -> None:
    # a comment has a title, a vote counter and its author's name and date over two
    # paragraphs in a row: the shape of an article's masthead, but it weighs far less
    # than the article above it, and a masthead does not lift a run over the comments'
    # heading by weight it lacks
    comment = [
        "Not again, please leave the council alone",
        "Report +9 / -2",
        "lbn (guest), 03.01.12, 23:09:06",
        "Leave the council alone, this is getting tiring, every month there is some new scandal about it.",
        "At least once a month there is a sensation with the council in the headline, whoever it is about.",
    ]
    page = Page("Home\nNews", BUDGET, "Comments (1)\nAdd your comment\nYour name\n" + "\n".join(comment) + "\nAbout us")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET


def test_a_list_announced_between_two_parts_past_the_story_continues_note_is_body() -> None:
    # a colon announces items without markers, one with its ages in brackets (marks of
    # code, to the statistics); below them the site's note that the story goes on past
    # an advert: the items are the article's
    top = ["Karaderesi Belediyesi, okulların kapanmasıyla birlikte çocuklar ve gençler için ücretsiz yaz kursları "
           "düzenleyeceğini açıkladı ve kayıtların bu hafta başlayacağını duyurdu.",
           "Belediye Başkanı Selim Aydoğdu, bu yıl kontenjanın geçen yıla göre iki katına çıkarıldığını söyledi.",
           "Bu yıl açılacak kurslar şunlar:"]
    items = ["Yüzme (7-14 yaş)", "Satranç", "Robotik kodlama", "Seramik ve resim", "Halk oyunları"]
    below = ["Yüzme kursları Kıyıboyu Kapalı Yüzme Havuzu'nda, diğer kurslar ise Cumhuriyet Mahallesi'ndeki Gençlik "
             "Merkezi'nde yapılacak ve her kurs dört hafta sürecek.",
             "Başvurular 15 Temmuz Cuma günü saat 17.00'ye kadar belediyenin internet sitesi üzerinden yapılabilecek.",
             "Her çocuk en fazla iki kursa kayıt olabilecek."]
    page = Page("Ana Sayfa\nGündem\nYerel\nGüncelleme: 11.07.2022 - 15:40",
                ["\n".join(top + items + ["Haberin Devamı"])] + below, "Etiketler\nYorumlar\nİletişim").text()
    assert [line for line in clean(page).splitlines() if line] == top + items + below


def test_a_question_over_the_next_part_past_furniture_is_its_subheading() -> None:
    # between two parts, past a button's line and a short call, a question right over a
    # paragraph that answers it heads that part
    top = ["Galettes are supposed to look rustic, so cracks and uneven edges are part of the charm of this one.",
           "The biggest mistake people make with pastry is overworking it, so stop as soon as the dough holds."]
    question = "Can I make it ahead?"
    below = ["Yes. The dough keeps for three days in the fridge or three months in the freezer, well wrapped.",
             "The baked galette is best on the day it is made but will keep at room temperature overnight."]
    page = Page("Home\nRecipes\nDesserts\nBrown butter pear galette\nBy Hannah Lindqvist",
                ["\n".join(top), f"Pin this recipe for later!\nSave\n{question}\n" + below[0], below[1]],
                "Reader Interactions\nComments\nLeave a Reply").text()
    assert [line for line in clean(page).splitlines() if line] == [*top, question, *below]



def test_the_article_going_on_under_its_table_past_a_caption_and_a_subheading_is_kept() -> None:
    # a table one cell a line under the text (a ferry line's piers), then the next section
    # (its subheading, two paragraphs), a picture's caption no rule knows, and a further
    # section: the article goes on under its table as the search for the body's runs
    # would have found it with the table's cells weighing nothing
    text = ["The Lower Vessel ferry linked the villages of the estuary from 1884 until the bridge opened in 1961, "
            "carrying passengers, cattle and mail between both banks six times a day. It was the last of the "
            "river's chain ferries to close, and for most of its life it was also the only way across the water "
            "within twenty miles of the sea, which made it far more important to the district than its size "
            "would suggest.",
            "The company was founded by a group of farmers who wanted a faster way to the market town, and it "
            "remained in the hands of their families for most of its history. They built the first piers "
            "themselves, bought a second-hand steam launch from a shipyard upriver and hired two boatmen, and "
            "within ten years they had paid back every share and were adding a winter service of their own.",
            "In its busiest years before the First World War the ferry carried more than a hundred thousand "
            "passengers a year, most of them farm workers, traders and children on their way to school. On market "
            "days the boats ran every hour from dawn until late in the evening, and the company kept a horse and "
            "cart at each of the larger piers to carry goods up to the villages on the higher ground.",
            "Competition from the motor bus after 1925 and the long closure during the Second World War left the "
            "company in debt, and the county council took over the service in 1949 to keep it running until a "
            "road bridge could be built. The council cut the timetable, closed the smaller piers one by one and "
            "sold the older boats, but the crossing was still busy on the day the last launch made its run.",
            "The piers served by the ferry in its last timetable are listed below."]
    rows = [("Holm Quay", "0 min", "Terminus and ticket office"), ("Saltby", "12 min", "Request stop"),
            ("Marrick Sands", "25 min", "Summer only"), ("Ebbing Point", "38 min", "Cattle pens and goods shed"),
            ("Fleet End", "46 min", "Branch to the brickworks quay (1908–1931)"), ("Wrayholme", "55 min", "Coal wharf"),
            ("Stathe Creek", "63 min", "Request stop"), ("Kelby Haven", "71 min", "Northern terminus")]
    table = ["Pier", "Crossing time", "Remarks", *[cell for row in rows for cell in row]]
    later = ["Vessels",
             "Four boats served the line over the years, the last of them a steel motor launch built in 1936 "
             "that could carry eighty passengers and a small lorry.",
             "The launch was sold to a boatyard on the south coast after the closure and used as a workboat "
             "until the end of the century.",
             "The launch at Holm Quay on the last day of service",
             "Legacy",
             "A local society restored the ticket office at Holm Quay in 1994, and it now holds a small "
             "museum of timetables, tickets and photographs of the crossing.",
             "Part of the old towpath along the north bank was opened as a walking trail in 2008."]
    head = "Main page\nRandom article\nSearch\nLower Vessel ferry\nFrom the free encyclopedia"
    foot = "See also\nList of ferries in England\nReferences\nCategories: Ferries | 1884 establishments\nPrivacy policy"
    page = Page(head, [*text, "\n".join(table), *later], foot)
    kept = [line for line in clean(page.text()).splitlines() if line]
    assert [*text, *table, *later[:3]] == kept[:len(text) + len(table) + 3]
    assert kept[-2:] == later[-2:] and "Legacy" in kept


def test_the_article_going_on_past_a_long_list_its_colon_announces_under_a_related_box_is_body() -> None:
    # under a box of related links inside the text, the article goes on with a line
    # announcing a list with a colon, the list (places under a storm warning, no markers,
    # many more lines than a box may stand away from the next part), an advert's label,
    # and the rest of the article: the list counts as one line, and both are body (the
    # box's last headline may stay as the possible subheading of what follows it)
    top = ["El huracán Berta se intensificó a categoría 3 durante la madrugada del jueves mientras avanzaba hacia la costa del Pacífico, informó el Servicio Meteorológico Nacional.",
           "A las 6:00 horas el centro del huracán se localizaba a 210 kilómetros al sur de Punta Arenosa, con vientos sostenidos de 185 kilómetros por hora.",
           "Las autoridades de protección civil pidieron a la población de las zonas bajas mantenerse atenta a los avisos oficiales y no salir al mar.",
           "Se establece zona de prevención por efectos de huracán en los siguientes municipios:"]
    box = ["NOTICIAS RELACIONADAS", "Suspenden clases en tres estados por lluvias", "Cierran puertos a la navegación menor"]
    items = ["Zona de prevención por huracán", "San Telmo", "Puerto Colorado", "Villa de Arista", "Bahía Chica",
             "Zona de vigilancia por tormenta tropical", "Santa Rosa del Mar", "El Carrizal", "La Palma (incluidas las islas)",
             "Tres Cruces", "Playa Norte", "Arroyo Seco", "Los Cerritos", "Boca del Río Viejo"]
    below = ["Se prevén lluvias intensas de 150 a 250 milímetros en las próximas 48 horas, que podrían provocar deslaves e inundaciones en zonas bajas.",
             "La Capitanía de Puerto cerró la navegación a embarcaciones menores y recomendó a los pescadores resguardar sus lanchas en tierra firme.",
             "En Puerto Colorado, el ayuntamiento habilitó doce refugios temporales en escuelas y centros comunitarios, con capacidad para 3.000 personas.",
             "Se espera que Berta toque tierra la noche del viernes y se debilite rápidamente al internarse en la sierra."]
    page = Page("Inicio\nNacional\nEstados\nDeportes\nHuracán Berta se intensifica a categoría 3\nPor Redacción | 14 de septiembre de 2023",
                ["\n".join(top[:3]), "\n".join(box + [top[3]] + items + ["PUBLICIDAD"] + below)],
                "PUBLICIDAD\nLo más leído\nContacto\nAviso de privacidad").text()
    out = [line for line in clean(page).splitlines() if line and line != box[-1]]
    assert out == top + items + below


def test_a_price_list_of_labelled_figures_under_its_heading_between_two_parts_is_body() -> None:
    # between two parts, past a teaser's label and its headlines, a price list's heading
    # and its entries, each a label of several words, a colon and a price: the entries
    # are data, and the list is the article's
    top = ["Bus and tram fares in Kellmouth will rise by an average of 15 per cent from 1 February, the city council decided on Thursday.",
           "The transport authority says its running costs have grown by almost half since fares were last raised in 2019.",
           "\"We have no choice if we want to keep the current number of services,\" deputy mayor Ruth Okafor told the meeting."]
    box = ["READ MORE:", "New timetable for the harbour trams from Monday", "Ring road junction works to start in spring"]
    sub = "The new fares"
    items = ["Single ticket for one journey: £2.30 (now £2.00)", "Single ticket for one journey, reduced: £1.15 (now £1.00)",
             "Day ticket for all zones: £7 (now £6)", "Monthly pass for all bus and tram lines: £70 (now £60)",
             "Monthly pass for pupils and students: £35 (now £30)"]
    below = ["The price of the 30-minute ticket bought in the app stays at £1.70.",
             "Children under seven and residents over seventy will continue to travel free of charge on all lines.",
             "Monthly passes bought before 1 February remain valid until the end of the period they were bought for."]
    page = Page("Home\nNews\nLocal\nSport\nFares to rise by 15 per cent\nBy Local Desk | 12 January 2024",
                ["\n".join(top), "\n".join(box + [sub] + items + below)],
                "Comments (38)\nAdd a comment\nContact\nPrivacy").text()
    out = [line for line in clean(page).splitlines() if line and line != box[-1]]
    assert out == top + [sub] + items + below


def test_a_listicles_first_item_under_a_pictures_caption_and_credit_is_its_subheading() -> None:
    # a listicle's first numbered subheading stands under a picture's caption and credit
    # between the introduction and its paragraph; the body holds item 2 below, so the
    # line numbered 1 right over the paragraph is that part's subheading
    intro = ["Every winter thousands of families drive to the Alps for a week on the slopes, and every winter some of them are caught out by rules they had never heard of before they left home."]
    parts = [("1. Third-party insurance is mandatory",
              "Since 2022 anyone skiing or snowboarding on marked pistes must hold third-party liability insurance, and the police check it at random at the lift stations."),
             ("2. Helmets for under-18s",
              "Children and teenagers must wear a helmet on the slopes, and parents can be fined if their child is found skiing without one."),
             ("3. Off-piste only with avalanche gear",
              "Anyone leaving the marked runs must carry a transceiver, a shovel and a probe, whatever the avalanche risk of the day."),
             ("4. Buy the lift pass early",
              "Most resorts now sell cheaper passes online a few weeks ahead, and the price at the ticket office can be a third higher.")]
    body = ["\n".join(intro + ["A ski slope in the Dolomites, a stock picture", "Photo: Shutterstock"] + [parts[0][0], parts[0][1]])]
    body += ["\n".join(p) for p in parts[1:]]
    page = Page("Home\nTravel\nItaly\n10 things to remember before you go skiing in Italy\nBy Anna Fischer | Today, 06:45",
                body, "Share\nComments (58)\nMost read\nContact").text()
    assert [line for line in clean(page).splitlines() if line] == intro + [x for p in parts for x in p]


def test_a_warnings_list_in_running_text_and_its_table_of_rows_are_body() -> None:
    # a storm warning: under the masthead, two paragraphs, a list of districts in running
    # text (a colon, entries closing with a semicolon, the last with a full stop: one
    # sentence, no sidebar, however long), then a table of rows between separators that a
    # colon announces between two parts: both are the article's
    lead = ["У ніч на 3 березня та вдень 3 березня на півночі та в центрі області очікується посилення вітру з поривами до 20–25 м/с, на дорогах ожеледиця.",
            "Попередження оголосили синоптики обласного гідрометцентру. За їхніми даними, негоду принесе атмосферний фронт, що насувається із заходу. Температура вдень підвищиться до −1…−4°, а після проходження фронту, 4 березня, різко знизиться до −15…−18°.",
            "Найсильніший вітер очікується в таких громадах:"]
    districts = ["Березнівська;", "Володимирецька;", "Вараська;", "Дубровицька;", "Зарічненська;", "Клесівська;",
                 "Костопільська;", "Рокитнівська;", "Сарненська;", "Степанська;", "Висоцька;", "Миляцька;", "Гощанська;", "Корецька;",
                 "Млинівська;", "Демидівська;", "Радивилівська."]
    table_lead = "Очікувані пориви вітру в найбільших містах:"
    table = ["Місто | Пориви, м/с | Час", "Вараш | 22 | 3 березня, ніч", "Сарни | 24 | 3 березня, ніч — ранок",
             "Костопіль | 21 | 3 березня, ранок", "Рівне | 15–17 | 3 березня, день"]
    rest = ["У Рівному, за прогнозом, вітер буде слабшим, проте на відкритих ділянках можливі пориви до 17 м/с.",
            "Рятувальники радять:", "відмовитися від далеких поїздок автомобілем, особливо вночі;",
            "не залишати машини під деревами, рекламними щитами та лініями електропередач;",
            "прибрати з балконів незакріплені речі;", "тримати заряджені мобільні телефони та павербанки.",
            "Рятувальники радять не залишати автомобілі під деревами та рекламними щитами і без потреби не виходити з дому.",
            "Енергетики перевели аварійні бригади в режим посиленої готовності на весь час дії попередження."]
    head = ("Головна\nПогода\nНовини\nНС\nДороги\nРівне\nВараш\nСарни\nДубно\nУсі міста\nНовини\n"
            "Штормове попередження: у 12 громадах області очікують сильний вітер\n"
            "Оновлено 2 березня 2024, 11:05\nОпубліковано 2 березня 2024, 08:30\nДжерело: обласний гідрометцентр\n"
            "Помаранчевий рівень небезпеки")
    page = Page(head, ["\n".join(lead + districts + [table_lead] + table + rest)],
                "Читайте також\nМорози до −20° повернуться наприкінці тижня\nКонтакти\n© 2024").text()
    assert [line for line in clean(page).splitlines() if line] == lead + districts + [table_lead] + table + rest


def test_an_opening_under_a_signed_date_line_and_a_subheading_under_a_gallerys_button_are_body() -> None:
    # a blog's masthead: its date line signed by the author ("Posted on <date> by
    # <name>"), a comment counter and a share row; two paragraphs open the article over a
    # gallery (its heading, counter, buttons, a caption, "View all 9 photos"), then the
    # next part's subheading and text; the article's subheadings stand under advert
    # labels: all of the text is body
    opening = ["BERLIN — The e-reader that Kobold showed off at IFA this afternoon is the first one I have held that feels like a paperback rather than a gadget, and I spent half an hour reading on it in the company's booth.",
               "It ships in October for €179, forty euros more than the current model. Orders open next week."]
    parts = [["Screen",
              "The panel is the same size as before, but the glass now sits flush with the frame and the front light warms up gradually in the evening without any setting to find.",
              "Page turns are quick enough that I stopped noticing them after a few chapters, which I cannot say of the older model."],
             ["Battery",
              "Kobold claims six weeks of reading on a charge. I could not test that at a trade fair, of course, but the company has been honest about its figures before.",
              "Charging is finally over USB-C, and a full charge takes a little over two hours."],
             ["First verdict",
              "If you read a book a week and hate screens, this is the one to wait for. Owners of last year's model can skip it without regret."]]
    head = ("READWIRE\nHome\nReviews\nNews\nDeals\nAbout\nSearch this site...\nReviews\n"
            "Hands-on: Kobold's new e-reader is the first one that feels like a book\n"
            "Posted on September 3, 2021 by Lena Hartmann\n31 Comments\nTweet\nLike\nShare\n88")
    gallery = ["Gallery: Kobold e-reader hands-on", "1 of 9", "Previous", "Next",
               "The e-reader in its fabric cover. Photo: Lena Hartmann / ReadWire", "View all 9 photos"]
    body = "\n".join(opening + gallery + parts[0] + ["Advertisement"] + parts[1] + ["Advertisement"] + parts[2])
    page = Page(head, [body], "Filed under: IFA, e-readers\nAbout the author\nLeave a comment\n© 2021 ReadWire").text()
    assert [line for line in clean(page).splitlines() if line] == opening + [x for p in parts for x in p]


def test_a_recipes_opening_under_a_button_row_of_three_word_buttons_is_body() -> None:
    # under the masthead's date, a reading time and a row of buttons, the last of three
    # words ("Add to favourites"); the opening paragraphs and the ingredient lists stand
    # (a picture's caption among them) above the steps, which weigh more: the masthead
    # over the buttons says the opening is the article's
    opening = ["Four days before the feast the queues at the bakeries are already long, but the crescents can be baked at home, and a baker who has made them for thirty years shares how.",
               "Mrs Dudek has run her small bakery since 1991, and every autumn she bakes several thousand crescents filled with white poppy seed."]
    lists = ["For about 12 crescents you need:", "Dough:", "500 g plain flour", "25 g fresh yeast", "200 ml warm milk",
             "2 egg yolks", "50 g sugar", "a pinch of salt", "250 g cold butter", "Filling:", "250 g white poppy seed",
             "100 g chopped walnuts", "80 g raisins", "3 tablespoons honey", "1 egg white"]
    steps = ["Step 1. The dough",
             "Crumble the yeast into half of the milk with a spoonful of sugar and leave it for ten minutes, then work it into the flour with the yolks, the rest of the milk and the salt until the dough is smooth.",
             "Step 2. Rolling in the butter",
             "Beat the cold butter flat between two sheets of baking paper, lay it on the rolled dough, fold it in three and chill it for twenty minutes; do this three times.",
             "\u2013 This is the part people hurry, and then the crescents are bread, not pastry, she warns.",
             "Step 3. The filling",
             "Scald the poppy seed, drain it through a cloth, grind it twice and mix it with the walnuts, raisins, honey and the beaten egg white.",
             "Step 4. Shaping and baking",
             "Roll the dough out four millimetres thick, cut it into triangles, put a spoonful of filling on the wide edge of each and roll it up into a crescent.",
             "Bake at 200 degrees for about twenty minutes, until golden, and glaze them while they are still warm."]
    head = ("City Post\nNews\nSport\nFood\nHome\nLog in\nFood > Recipes > Baking\n"
            "Poppy seed crescents at home: a baker shares her recipe step by step\nEwa Ratajczak\n07.11.2024, 08:00\n"
            "Reading time: 6 min\nShare\nFacebook\nX\nE-mail\nPrint\nAdd to favourites")
    caption = "Halina Dudek in her bakery. Photo: Jan Kowal / City Post"
    page = Page(head, ["\n".join(opening[:1] + [caption] + opening[1:] + lists
                                 + ["See also: The best crescents in town, our readers' ranking"] + steps)],
                "ADVERTISEMENT\nRate this recipe\n4.8 / 5 (213 votes)\nTags:\ncrescents\nbaking\n© 2024 City Post").text()
    # (the caption, closing with its photo credit, goes; the paragraphs around it stay)
    assert [line for line in clean(page).splitlines() if line] == opening + lists + steps


def test_tables_one_row_a_line_between_two_parts_are_body() -> None:
    # an election story prints two tables whose cells are set apart by bars: one under
    # its subheading and the caption a colon ends, the other right between two
    # paragraphs; both stand between two parts of the text and are the article's
    opening = ["The challenger won the mayoral race with almost 39 percent of the vote, the election commission said on Tuesday after all ballots had been counted.",
               "The sitting mayor came second, and turnout fell to its lowest level since the office was first put to a direct vote in 2004."]
    first = ["The results by candidate:", "Candidate | Party | Votes | %", "Solomon A. | independent | 14 206 | 38.71",
             "Kent V. | Civic Party | 10 187 | 27.76", "Lapp I. | Labour | 5 902 | 16.08", "Spoilt | — | 849 | 2.31"]
    middle = ["Turnout was 31.8 percent, down from 38.4 percent at the previous election and 44.1 percent a decade ago.",
              "Solomon said the vote was a protest against five years of broken promises about the town's roads and its hospital.",
              "He won 17 of the 23 polling stations, all of those in the town centre among them."]
    second = ["Station | Solomon | Kent | Lapp", "1412 | 812 | 401 | 233", "1415 | 745 | 520 | 198",
              "1418 | 389 | 602 | 311", "1422 | 97 | 97 | 64"]
    closing = ["The new mayor must be sworn in within 30 days of the official publication of the results, the commission said."]
    head = "Home\nNews\nElections\nChallenger wins the mayoral race\n10 September 2024, 07:40\nBy Max Field"
    body = "\n".join(opening + first + ["Read also: What the candidates promised"] + middle + second + closing)
    page = Page(head, [body], "Poll\nDid you vote?\nYes | 41%\nNo | 59%\n© 2024 Town News").text()
    assert [line for line in clean(page).splitlines() if line] == opening + first + middle + second + closing


def test_an_opening_with_a_list_of_specifications_over_a_related_box_is_body() -> None:
    # a tech site: the masthead's row (author, date, reading time, counters), the lead,
    # the picture's source, a paragraph, then the specifications as one sentence a
    # clause a line under a subheading (terse entries closing with semicolons), then a
    # related box ("Read also:" over its headline) over the rest of the article, which
    # weighs more: the opening is the article's
    opening = ["Nord Computers showed its Taimyr Pro 14 laptop at the Svyaz-Expo trade fair on Friday, the first model built on its own eight-core processor, and said retail sales would start in the autumn.",
               "The laptop has a 14-inch IPS screen with a resolution of 1920 by 1200 pixels and a brightness of 400 nits, and its aluminium case weighs 1.4 kilograms."]
    specs = ["Main specifications", "processor: 8 cores, up to 2.0 GHz, 16 nm;", "memory: 16 GB LPDDR4X (soldered);",
             "storage: 512 GB or 1 TB M.2 SSD;", "ports: 2 x USB-C, 2 x USB-A 3.0, HDMI, 3.5 mm audio;",
             "wireless: Wi-Fi 6, Bluetooth 5.2;", "battery: 60 Wh, up to 10 hours;",
             "operating system: a domestic Linux distribution."]
    rest = ["The company also singled out the keyboard, with Cyrillic letters printed at the factory rather than added with stickers, and a webcam with a physical shutter.",
            "Prices have not been announced. According to the company's sales director, the basic model will cost less than comparable imported laptops with Intel processors.",
            "The first batch of five thousand laptops will go to schools and state agencies, and retail sales are due to start in the third quarter."]
    head = ("TechPulse\nNews\nReviews\nLaptops\nForum\nSearch\nLog in\nHardware news\nLaptops\n"
            "Nord Computers shows a laptop on its own processor\n"
            "Sergei Karpov | 21.03.2025 [13:05] | 4 min. | 7 840 views | 63 comments")
    body = "\n".join(opening[:1] + ["Image source: Nord Computers"] + opening[1:] + specs
                     + ["Read also:", "Why ARM laptops never caught on"] + rest)
    page = Page(head, [body], "Comments (63)\nLog in to comment\nMost read\n© 2025 TechPulse").text()
    # (the related box between the two parts goes whole: its label over one line, the
    # headline it points to)
    assert [line for line in clean(page).splitlines() if line] == opening + specs + rest


def test_a_subheading_over_a_line_announcing_a_list_past_a_promo_is_kept() -> None:
    """Paragraphs, a channel's promo, then the next part's subheading over a short line
    that ends with a colon and announces the list below it ("В МЧС напоминают простые
    правила:"; its entries end with semicolons, a running list that weighs nothing): both
    lines open the part below the promo, as a single subheading would."""
    first = ["Пожар в частном доме на окраине города начался около трех часов ночи, когда хозяева уже спали, "
             "сообщили в региональном управлении МЧС.",
             "Соседи заметили дым и вызвали пожарных, которые прибыли через восемь минут и успели вывести из "
             "дома двоих взрослых и ребенка.",
             "По предварительной версии, причиной возгорания стал неисправный обогреватель, оставленный "
             "включенным на всю ночь в детской комнате."]
    rules = ["КАК ЗАЩИТИТЬ СВОЙ ДОМ", "В МЧС напоминают простые правила:",
             "не оставляйте включенные обогреватели без присмотра и не сушите на них одежду;",
             "не подключайте несколько мощных приборов к одной розетке через удлинитель;",
             "установите в доме автономный пожарный извещатель, он стоит недорого;",
             "проверяйте состояние проводки хотя бы раз в несколько лет."]
    last = ["Семья, оставшаяся без жилья, пока живет у родственников, а администрация района пообещала помочь "
            "с временным жильем до конца зимы."]
    lines = ["Главная", "Новости", "Происшествия", "Ночью в частном доме на окраине города произошел пожар",
             "12 января 2025 09:15", "Ольга Синицына", *first,
             "Подписывайтесь на наш телеграм-канал — главные новости города", *rules, *last,
             "Теги:", "Пожар", "МЧС", "Поделиться", "ВКонтакте", "Одноклассники", "© 2025 Городские вести"]
    kept = [line for line in clean("\n".join(lines)).splitlines() if line]
    assert kept == [*first, *rules, *last]


def test_the_article_going_on_under_a_gallery_whose_pictures_each_carry_a_caption_and_a_credit_is_kept() -> None:
    """Paragraphs, a one-headline "Read also" box, then a gallery of twelve pictures
    printed counter, caption, credit ("3/12", a sentence, "Photo: …"), then the rest of
    the article with an advert's label among its paragraphs: both parts are kept, the
    box, the gallery's buttons and its credits are not (``_gallery_lines`` counts the
    credits: tests/test_context.py)."""
    first = ["The storm that crossed the south of the country on Saturday night brought down thousands of trees "
             "and left more than twenty thousand homes without power.",
             "Rescue services received over six hundred calls in a single day, most of them about trees blocking "
             "roads and fallen power lines.",
             "In the town centre several century-old lime trees fell in the park, one of them onto two parked cars."]
    gallery = []
    for n in range(1, 13):
        gallery += [f"{n}/12", f"Fallen trees blocked the road near the village of number {n} in the morning.",
                    "Photo: Ann Walker"]
    rest = ["By Sunday morning fourteen local roads were still closed, and the transport board asked drivers to "
            "avoid unnecessary trips until the evening.",
            "A care home with forty-two residents was also left without power, and a generator was brought in "
            "by volunteers before noon.",
            "\"It was still warm in the building in the morning, but we would have had to move people by the "
            "evening,\" the home's manager said.",
            "Forecasters said the wind would ease on Monday, but another storm is expected in the second half of "
            "the week.",
            "The network operator asked people not to approach fallen lines and to report them on its fault line."]
    lines = ["Home", "News", "Weather", "Storm leaves 20,000 homes without power", "Sunday 12 January 2025",
             "By Mark Hill", "Share", *first, "Read also", "Forecasters warn of another storm this weekend",
             "Picture gallery", "12 photos", *gallery, "Close gallery", rest[0], "Advertisement", *rest[1:], "Tags", "storm", "power cut",
             "Most read", "Council raises parking fees", "© 2025 Southern Courier"]
    kept = [line for line in clean("\n".join(lines)).splitlines() if line]
    assert set(first) | set(rest) <= set(kept)
    assert not {"Read also", "Close gallery", "Photo: Ann Walker"} & set(kept)


def test_a_json_sample_a_key_a_line_with_elisions_between_paragraphs_stays() -> None:
    # a tech story prints the payload it describes, a key a line, its repeats elided
    # with "...": the listing holds no word of text, and is the article's all the same
    sample = ["payload: {", "items: [", "items: [", "items: [", "]", "...", "]", "...", "]", "...", "]", "...",
              "]", "...", "]", "...", "]", "...", "}"]
    text = ["The flaw lets any player send the server a packet whose data nests lists inside lists, many levels deep.",
            "In my test, I nested the lists five levels down. This is what the payload looks like in JSON:",
            *sample,
            "The root of the object holds three hundred lists, and each of them holds ten more, and so on down.",
            "Decompressing it takes the server several seconds, long enough to drop every player who is online.",
            "The developer says he reported the bug two years ago and published it only after no fix came."]
    page = Page("Home\nNews\nSecurity\nA two-year-old bug crashes game servers\nBy Dan Goodin\n12 March 2024",
                ["\n".join(text)], "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == text


def test_a_match_box_under_its_score_line_filling_a_gap_past_a_teaser_is_kept() -> None:
    # between two parts of a club's match report, past an in-body teaser, the box of the
    # match's data: its score line (a title, no data), the goals, cards, line-up and
    # referee each a label, a colon and the value, then the next part's subheading; the
    # entries fill the gap, so the line over them opens the box, not a related box
    top = ["Harbour United won the county derby 3-1 away on Saturday, with two goals from their captain in the "
           "first half and a third from a substitute ten minutes from time.",
           "The hosts pulled one back early in the second half from the penalty spot and pressed for twenty "
           "minutes, but the visitors' keeper saved twice from close range."]
    teaser = "Read also: Harbour United extend their captain's contract until 2027"
    box = ["Millbrook Town – Harbour United 1:3 (0:2)", "Goals: Price 52' (pen.) – Okafor 11', 38', Lund 80'",
           "Yellow cards: Hale, Price – Moreno, Lund",
           "Harbour United: Kerr – Moreno, Baptiste, Lowe, Finch – Abara (70' Lund), Sato, Reyes – Okafor, Dunn",
           "Referee: Martin Grove (Eastleigh). Attendance: 2,140.", "Said after the game"]
    rest = ["Harbour United manager Dana Whitlock: \"We were brave in the first half and patient in the second, "
            "and the boys deserved the three points in front of our travelling fans.\"",
            "The captain's knee is being checked on Monday, and the club hopes he will be fit for the cup tie "
            "against the league leaders next weekend."]
    page = Page("Home\nFirst team\nFixtures\nTickets\nShop\nNews\nA derby win at Millbrook\n24.03.2025\nShare",
                ["\n".join(top + [teaser] + box + rest)],
                "Photo gallery (48)\nTags:\nFirst team\nDerby\nSee also\nTickets for the cup tie on sale now\n"
                "© 2025 Harbour United FC").text()
    kept = clean(page).splitlines()
    assert all(line in kept for line in top + box + rest)
    assert teaser not in kept


def test_a_timeline_cut_by_a_related_box_keeps_its_dated_lines_on_both_sides() -> None:
    # a timeline article: dated one-line events under year lines, cut in the middle by a
    # "Related" box (its heading and one headline); the events at either end of the gap
    # go on with the data the parts above and below it end and open with
    intro = ["The new bridge over the river opened to traffic on Monday, twelve years after the city first "
             "proposed it. These were the main steps of the project."]
    above = ["2014", "3 March: the council picks the downstream site after two years of studies and hearings.",
             "20 November: the province approves the feasibility study and the budget of 68 million.", "2016",
             "8 June: the design changes from a suspension bridge to a cable-stayed one with two towers.", "2017",
             "18 May: construction begins.", "30 October: the south tower's piles are done."]
    box = ["Related", "Bridge opening: how the bus routes change from Monday"]
    below = ["2018", "12 July: scaffolding collapses, two hurt.", "2019",
             "25 September: both towers reach their full height of 236 metres, the tallest in the region.", "2022",
             "26 November: the main span is closed, and the deck is paved over the following winter.", "2025",
             "30 June: the bridge opens to traffic, free of tolls during its first year of service."]
    outro = ["The bridge cost 79.6 million, a fifth more than planned, mostly because of the rise in steel prices "
             "in 2022, the city's transport department said."]
    page = Page("Home\nCity\nTransport\nTwelve years of the river bridge\n30.06.2025 09:12",
                ["\n".join(intro + above + box + below), outro[0]],
                "Share\nComments (4)\nMost read\nThe week's weather\n© 2025 City Daily").text()
    kept = clean(page).splitlines()
    assert all(line in kept for line in intro + above + below + outro)
    assert box[1] not in kept


def test_closing_sections_each_a_heading_over_entries_or_a_paragraph_are_kept() -> None:
    # a travel story goes on past a newsletter's form with a paragraph, then closes with
    # its practical sections right under it: headings without hits, each over short
    # entries (addresses, prices, hours) or one full paragraph; then the writer's bio
    # line and a box of other stories go
    body = ["The village of Valmera sits at the end of a single road, high above the reservoir, and for most of "
            "the year its forty inhabitants outnumber its visitors.",
            "The walk to the old shepherds' huts takes two hours from the church, through chestnut woods and "
            "then across open pasture where the cattle graze until October.",
            "On my last evening the owner of the guesthouse lit a fire in the stone oven and baked bread for "
            "the next morning, as her grandmother did, she said, every Saturday."]
    sections = ["Where to stay", "Casa Rural del Olmo, Calle Mayor 6", "Doubles from €75, breakfast included",
                "Open all year but in January", "Museo del Pastor, Calle Mayor 14",
                "Open Thursday to Sunday, 11am–2pm and 5pm–8pm", "Admission €3; under-12s free", "When to go",
                "May to June and September to October. July and August are very hot.",
                "Maps", "Free maps of the walks are available from the museum and the guesthouse."]
    bio = "Kate Morrow is a travel writer based in Bristol. Follow her travels on her blog"
    form = ["Sign up to the Far & Wide newsletter", "Weekly travel inspiration, exclusive offers and competitions",
            "Your email", "Sign up"]
    after = ("Valmera is 170 kilometres west of the capital. By car, take the mountain road past the reservoir "
             "and turn left at the chapel; the last twelve kilometres are narrow and steep.")
    page = Page("Home\nTravel\nEurope\nThe village at the end of the road\nBy Kate Morrow\n14 June 2025",
                [*body, "\n".join(form), "\n".join(["Practical information", "Getting there", after]),
                 "\n".join(sections[:-2]), "\n".join(sections[-2:]), bio],
                "More from Travel\nTen of the best rural hotels in the north\nA week on the coast path\n"
                "© 2025 Far & Wide").text()
    kept = clean(page).splitlines()
    assert all(line in kept for line in body + [after] + sections)
    assert bio not in kept and form[0] not in kept
    assert "A week on the coast path" not in kept



def test_a_standfirst_of_two_lines_between_its_title_and_byline_is_kept_whole() -> None:
    # under the title, a standfirst of two lines (a full sentence, then a short one),
    # then the byline, the date and a row of buttons (a short or a long one): both lines
    # are the standfirst, not only the first
    title = "Contactless payment comes to the city's buses and trams"
    deck = ["Passengers will tap their bank card or phone on the new validators when they board, from Monday on.",
            "The fare stays the same."]
    body = ["The transport authority has fitted 1,200 validators on its buses and trams over the summer, and the "
            "paper tickets sold at kiosks will remain valid until the end of the year.",
            "A single fare will be charged for each journey of up to ninety minutes, whatever the number of "
            "changes, the authority's director said at a press conference on Wednesday.",
            "Monthly passes remain on the transport card, which passengers can top up online or at the kiosks."]
    for buttons in ("Share\nFacebook\nX\nEmail", "Share\nFacebook\nX\nViber\nEmail\nPrint\nText size\nListen"):
        page = Page("Home\nCity\nTransport\nTRANSPORT\n" + title + "\n" + "\n".join(deck)
                    + "\nBy Helen Marsh\n15.10.2025 | 11:24\n" + buttons,
                    body, "Tags\nTransport\nMost read\nA new school opens in the north\n© 2025 City Post").text()
        kept = clean(page).splitlines()
        assert [line for line in kept if line] == deck + body


def test_a_standfirst_over_a_pictures_credit_and_caption_before_the_byline_is_kept() -> None:
    # under the title, the standfirst, then the picture's credit and its caption (a full
    # sentence), then the author's name and the date: the picture stands between the
    # standfirst and the masthead, which goes (the caption may stay: when unsure, keep);
    # with a row of buttons under the date too, the standfirst stands apart from the text
    title = "Renovictions multiply in the city's old districts"
    deck = ("The housing tribunal received twice as many eviction requests for enlargement or renovation "
            "last year as in 2022, its annual report shows.")
    caption = "In the Rosemont district, several tenants of the same building received notices in the same week."
    body = ["The report, published on Monday, counts 2,310 requests filed by owners who say they want to enlarge "
            "a flat or renovate it from top to bottom, against 1,150 two years earlier.",
            "Tenants' associations say many of the renovations never happen and the flats are let again at "
            "twice the rent a few months later.",
            "The housing minister said she would present a bill in the spring to make such evictions harder."]
    for buttons in ("Listen to the article", "Society\nListen to the article\nShare\nFacebook\nX\nEmail\nPrint"):
        page = Page("Home\nSociety\nHousing\n" + title + "\n" + deck + "\nPhoto: Marie Lachance The City Voice\n"
                    + caption + "\nIsabelle Gauthier\nPublished on 18 March 2025\nUpdated at 8:05\n" + buttons,
                    body, "Share\nMost read\nThe metro's blue line closes for a week\n© 2025 The City Voice").text()
        kept = [line for line in clean(page).splitlines() if line]
        assert kept[0] == deck and kept[-3:] == body
        assert not any(line in kept for line in ("Isabelle Gauthier", "Published on 18 March 2025", "Updated at 8:05"))


def test_the_masthead_inside_the_first_run_under_a_standfirst_is_cut_out() -> None:
    # the standfirst and a long caption make the masthead between them and the text part
    # of the first run: the share row, its counter, the player's label, the caption, the
    # byline, the dateline and the date go, the standfirst and the text stay
    deck = "Cholla Springs stopped issuing building permits after state officials found its aquifer could not supply them."
    masthead = ["Share full article", "1.2K", "Listen to this article · 8:41 min Learn more",
                "Half-finished homes in a subdivision west of Cholla Springs, where construction stopped in August "
                "Credit... Adrian Cole for The Daily", "By Daniel Okafor", "Reporting from Cholla Springs, Ariz.",
                "Nov. 12, 2024"]
    body = ["The streets are already paved, the fire hydrants painted yellow and the lots marked with stakes, but "
            "no one will build a house on them for years, perhaps ever, the mayor said this week.",
            "Roughly 900 lots in three subdivisions sit empty, some of them bought by families who had planned "
            "to move in next spring and now do not know what they own.",
            "\"We did everything the state asked us to do,\" said the mayor, who has asked the legislature to "
            "let the town pipe water from a neighbouring basin."]
    page = Page("Today's Paper\nSubscribe for $1/week\nAdvertisement\nSKIP ADVERTISEMENT\n"
                "In an Arizona Boomtown, the Water Ran Out Before the Houses Did",
                ["\n".join([deck, *masthead, body[0]]), *body[1:]],
                "Advertisement\nMore on drought\nRead 214 comments\n© 2024 The Daily Company").text()
    kept = [line for line in clean(page).splitlines() if line]
    assert kept == [deck, *body]



def test_a_question_in_quotes_closing_a_paragraph_is_no_call() -> None:
    # only brackets may follow the mark of a call ("Why register?"): a paragraph that
    # closes with a quoted question ends with what somebody said
    assert _ASKS.search("Why register?") and _ASKS.search("Have your say (comments are moderated)!")
    assert not _ASKS.search('"I don\'t really like to talk about it, but I guess I don\'t have to hide it, right?"')
    assert not _ASKS.search("«А кто за это заплатит?»")


def test_a_closing_paragraph_ending_with_a_quoted_question_stays_with_the_one_over_it() -> None:
    # the closing paragraphs past a row of embedded pictures' captions: the second one
    # closes with a quoted question, and is the article's like the first
    head = ("Home\nNews\nMovies\nMusic\nTV\nSavannah Reyes and Jake Holloway make it official on the red carpet\n"
            "By Dana Whitfield\nMay 16, 2016 10:42 AM PT\nShare\nTweet")
    body = [
        "After months of rumors, the singer and the actor walked the red carpet together at the premiere of his new film on Sunday night.",
        "The pair first sparked romance rumors in February when they were spotted having coffee together in Los Angeles.",
        "Reyes has stayed quiet about her love life since her split from her longtime boyfriend last year.",
        "The singer wore a long green dress and smiled for the cameras while Holloway held her hand for most of the evening.",
        "Fans who waited outside the theater for hours cheered when the couple stopped to sign autographs and take photos.",
        "Holloway plays a fisherman who returns to his home town after twenty years at sea in the film, which opens next week.",
        "Critics who saw an early screening praised his performance and called the film the best of his career so far.",
    ]
    pictures = ["Jake Holloway, Savannah Reyes, Instagram", "Instagram", "Savannah Reyes, Beach, Instagram", "Instagram",
                "Jake Holloway, Premiere, Instagram", "Instagram"]
    closing = [
        "On Sunday, he couldn't stop smiling when a reporter asked about the two of them, and he said only that he was happy.",
        "Reyes, meanwhile, kept things a little more mysterious. \"We're having fun,\" she told a reporter. \"I don't "
        "really like to talk about it, but I guess I don't have to hide it anymore, right?\"",
    ]
    foot = ("WATCH: Jake Holloway Talks About His New Film\nPlay video\n0:00 / 2:31\nRELATED:\n"
            "Savannah Reyes Says She Is Done Dating Musicians\nTAGS/ Savannah Reyes, Jake Holloway\nPrivacy Policy\nTerms of Use")
    text = "\n".join([head, *body, *pictures, *closing, foot]) + "\n"
    assert [line for line in clean(text).splitlines() if line] == body + closing


def test_a_list_announced_over_a_run_that_opens_with_its_second_item_is_body() -> None:
    # the first item is short (a one-line statement over the run); the line that
    # announces the list stands over it, and the list goes on in the run
    head = "Home\nBreaking\nEconomy\nMetro fares rise to 3, 5 and 7 pounds from Friday\nThursday, 10 May 2018 09:14 PM"
    lead = ("The national tunnel authority announced on Thursday evening that a new fare system for the metro will "
            "apply from Friday morning, with prices set by the number of stations travelled.")
    furniture = ["Metro station - archive", "Written by Mohamed Reda", "Facebook", "Twitter", "WhatsApp", "Share",
                 "Add a comment"]
    listed = ["The new fares are as follows:", "- 3 pounds for 9 stops.", "- 5 pounds a ticket for 10 to 16 stations.",
              "- 7 pounds a ticket for more than 16 stations.",
              "The head of the authority said in a statement that the metro loses hundreds of millions of pounds every "
              "year and that the old flat fare no longer covers the cost of running the trains.",
              "He added that monthly passes for students and the elderly will keep their current prices until the end "
              "of the school year, and that the authority will review them in the summer."]
    text = "\n".join([head, lead, *furniture, *listed, "Comments\nMost read\nPrivacy\nContact us"]) + "\n"
    out = [line for line in clean(text).splitlines() if line]
    assert [line for line in out if line in listed] == listed


def test_a_digest_with_a_numbered_most_popular_list_is_no_listicle() -> None:
    # under the short article's related box, summaries under headlines, three numbered
    # ("Most popular") and four not: a digest that outweighs the article, not a
    # listicle's paragraphs under their numbered headings
    box = ["Read also", "Library to close for two weeks in December", "Most popular", "News",
           "1. Bridge painting delayed again",
           "The city and the railway company still have no deal on how to share the cost, and the painting will not start before next year.",
           "2. Storm: up to 20 cm of snow expected on Thursday",
           "Forecasters warn that the first real snowfall of the season could make the morning commute much slower than usual.",
           "3. Fire leaves twelve families homeless",
           "The fire started in a second-floor flat and destroyed the building before the firefighters could bring it under control.",
           "More from the Society section",
           "New shelter for the homeless opens in the east end",
           "The charity behind the project has found the money to offer twenty beds from the middle of the winter onwards.",
           "Donations to the Christmas appeal are up eight percent",
           "The organisers say they were surprised by how generous people have been after such a difficult autumn.",
           "Fewer new family doctors in the region this year",
           "According to the health agency, only thirty new doctors set up their practice in the region over the past twelve months.",
           "Students say the new buses are always late",
           "The student union has collected more than two hundred complaints about the new routes since the start of the term in September."]
    text = "\n".join(["Home\nNews\nSport\nLocal\nCouncil approves budget\nBy Anna Berg\n12 March 2024\nShare\nPrint",
                      *BUDGET, *box, "Newsletter\nContact us\nAdvertise\nPrivacy policy\n© 2012 The Example Gazette"]) + "\n"
    assert [line for line in clean(text).splitlines() if line] == BUDGET


def test_a_paragraph_of_figures_with_stock_codes_in_brackets_closes_the_report() -> None:
    # "台塑(1301)": the brackets around a stock's code made the paragraph look like code,
    # which cut the market report short above it
    head = "首頁\n新聞\n台股\n國際\n台股收盤 電子股領漲\n2012/01/30 14:35\n轉寄\nFacebook\nTwitter"
    body = [
        "龍年開紅盤後第二個交易日，美股上週五小幅收高，加上外資持續回補電子權值股，台股今日開高走高，終場上漲180點，成交量也明顯放大。",
        "盤面上，電子股成為領漲主力，電子類指數大漲百分之三，半導體與面板族群同步走強，多檔個股收在當日最高價附近，市場人氣明顯回溫。",
        "傳產股表現相對溫和，塑化類股小漲1.2%，台塑(1301)收82.9元；金融股則在國泰金(2882)、富邦金(2881)帶動下上漲1.84%。",
        "三大法人方面，外資今日買超約62.3億元，投信買超3.1億元，自營商買超8.7億元，合計買超74.1億元。",
    ]
    foot = "延伸閱讀\n〈台股盤中〉電子權值股發威 台股漲逾200點\n〈外資動態〉外資連3日買超\n關於我們\n隱私權政策\n版權所有"
    text = "\n".join([head, *body, foot]) + "\n"
    assert [line for line in clean(text).splitlines() if line] == body


def test_a_most_read_box_of_a_section_inside_the_article_is_removed() -> None:
    # "Most Read Local Stories": the heading of a most-read box names its section; the
    # box stands between two parts of the article, which goes on below it
    from cleaner.pipeline import _is_closer
    assert _is_closer("Most Read Local Stories") and _is_closer("Most popular news") and _is_closer("Most read")
    assert not _is_closer("Most read books of the year")
    box = ["Most Read Local Stories", "Home prices fall for second month as buyers get choosier",
           "New drunken-driving law takes effect; here is what changes",
           "Orca mother still carrying dead calf, 10 days later", "Police: Man shot near the market, suspect in custody"]
    page = Page("Home\nNews\nLocal\nCouncil approves budget\nBy Anna Berg\n12 March 2024",
                BUDGET + ["\n".join(box)] + _SECOND_HALF[:2], "About us\nContact")
    assert [line for line in clean(page.text()).splitlines() if line] == BUDGET + _SECOND_HALF[:2]


def test_an_introduction_over_the_first_sections_subheading_is_body() -> None:
    # the text's first run opens under a specs table, its introduction touching the
    # table; above that, the first section's subheading and over it the article's
    # introduction: past the subheading, the paragraph above is the article's too
    head = "Home\nNews\nReviews\nPhones\nTablets\nNexus 5 review: the best phone for the money\nBy Marco Rossi\n12 December 2013\n32 comments\nLike\nTweet\n+1\nShare"
    body = [
        "The Nexus 5 arrived in our office in the middle of November and has been my main phone ever since. After two weeks of daily use, here is what I think of it.",
        "Design and build",
        "Built by LG on the basis of its G2, the Nexus 5 is plainer than its cousin: a soft-touch plastic back, a thin bezel and very few buttons, which makes it comfortable to hold with one hand for a long time.",
        "Specifications",
        "Display\t4.95 inches IPS, Full HD 1920 x 1080, 445 ppi",
        "Processor\tQualcomm Snapdragon 800, quad-core 2.26 GHz",
        "RAM\t2 GB",
        "Storage\t16 or 32 GB, not expandable",
        "Camera\t8 MP with optical stabilisation, front 1.3 MP",
        "Battery\t2300 mAh, Qi wireless charging",
        "Price\t349 euros (16 GB), 399 euros (32 GB)",
        "The Nexus 5 in black",
        "Screen and performance",
        "The display is one of the best I have seen in this price range: bright, sharp and with natural colours, even if the automatic brightness is a little too cautious indoors.",
        "There is little to say about performance. The Snapdragon 800 with 2 GB of memory runs everything smoothly, including the most demanding games of the moment.",
        "Read also: Android 4.4 KitKat, all the news in ten points",
        "Camera: the weak point",
        "Here come the bad news. In good light the photos are fine, with natural colours and good detail, but as soon as the light drops the noise rises and the focus becomes slow and uncertain.",
        "Battery",
        "2300 mAh is not much for a Full HD screen. With normal use I reached the evening with about fifteen percent left, but on heavy days I had to charge it in the afternoon.",
        "Conclusions",
        "At this price there is nothing better. The Nexus 5 is fast, has an excellent screen and gets Android updates before anyone else, and its weak points are the camera in low light and the battery.",
        "If you can live with those two limits, it is the phone I would recommend to anyone who does not want to spend more than four hundred euros.",
    ]
    foot = "Tags: Google, Nexus, Android\nRelated articles\nThe best phones of 2013\nComments\nAbout us\nPrivacy\n© 2013 Tech Example"
    text = "\n".join([head, *body, foot]) + "\n"
    out = [line for line in clean(text).splitlines() if line]
    assert out[:3] == body[:3]


def test_a_live_blogs_updates_under_stamps_closing_with_a_full_stop_are_kept() -> None:
    """A wildfire's live page: key points, a map's links, then updates, each a stamp in
    the American style ("9:12 p.m.", closing with a full stop like a sentence), a
    headline, one or two paragraphs, the author's name and a share button; an advert's
    label between two of them and a box of related coverage further down.  A stamp is a
    stamp however it ends: the updates below the box are the article's too."""
    _keeps_the_body_drops_the_junk("en_live_wildfire.txt")


def test_a_recurring_advert_label_moves_no_edge_of_the_body() -> None:
    """The same live page in a run where its advert's label recurs in many documents:
    the corpus pass adds its evidence to the label's own rule (an advert's label says
    nothing of where the article is), so the body is the same as without the corpus,
    and the label's decision names its rule, the recurrence beside it."""
    text, _, _ = _marked("en_live_wildfire.txt")
    index = CorpusIndex({fingerprint("Advertisement"): 9}, 20)
    alone = clean_and_explain(text)
    result = clean_and_explain(text, corpus=index)
    assert result.text == alone.text
    label = next(b for b in result.blocks if b.block.text == "Advertisement")
    assert not label.kept and label.final.rule is RuleId.NAV
    assert RuleId.CORPUS in [hit.rule for hit in label.hits]
    assert label.final.reason.endswith("; it also recurs in 9 unrelated documents of this run")


def test_a_title_that_asks_over_the_standfirst_and_the_masthead_is_no_text() -> None:
    """A tech site's article (in Chinese): the title closes with a question mark, which
    reads as a sentence, over the standfirst, the author's name, the date, the section
    and a reading counter, then the text.  The title is the masthead's, not the
    standfirst's opening: the body is the standfirst and the text, nothing between."""
    text, body, _ = _marked("zh_router_prices.txt")
    assert [line for line in clean(text).splitlines() if line] == body


def test_a_paragraph_thin_in_stopwords_ends_a_read_also_box() -> None:
    """A Belgian daily's article (in French): "Lire aussi" and a headline that asks, then
    the next part's subheading (a question too) over a paragraph that lists the kinds of
    firms concerned ("bureaux comptables, sociétés de services, PME …"), too thin in
    stopwords to read as text.  A statement as long as a paragraph is no headline: the
    box ends above the subheading, and both stay."""
    _keeps_the_body_drops_the_junk("fr_wage_indexation.txt")


def test_an_enumeration_in_running_text_between_an_advert_and_a_related_box_is_kept() -> None:
    """A Turkish daily's article: an advert's label, a subheading that asks, then a
    paragraph naming the line's nine stations (so few stopwords that it reads as a
    menu's), then a box of related headlines and the rest of the article.  A line as
    long as a paragraph that closes its sentence with commas in it is an enumeration:
    borderline text to its neighbours, and the part stays."""
    _keeps_the_body_drops_the_junk("tr_airport_metro.txt")


def test_a_dateline_with_its_place_marks_the_masthead_under_the_standfirst() -> None:
    """A Spanish daily's article: title, standfirst, author, then "Barcelona - 14 feb
    2023 - 06:00 CET" (place, date and time set apart by dashes, no menu's row), share
    buttons, a caption over its credit and the text.  The dateline is the masthead's:
    the standfirst over it is kept."""
    _keeps_the_body_drops_the_junk("es_drought_reservoirs.txt")


def test_a_documentation_pages_code_blocks_hold_its_sections_together() -> None:
    """A framework's documentation page: a sidebar of sections, then the page's
    introduction and sections, each with code under a "Copy" button (imports, a
    decorator, a function).  Imports and decorators are code, so each button stands over
    a listing and the introduction and the first section stay with the rest."""
    _keeps_the_body_drops_the_junk("en_docs_caching.txt")


def test_a_standfirst_over_a_long_masthead_of_buttons_and_share_rows_is_kept() -> None:
    """An Israeli daily's article (in Hebrew): the title, a standfirst closing no
    sentence, the author's name, two buttons ("send", "save"), a row of three share
    buttons and a comments link, then the date and the update time, a caption with its
    credit, and the text.  A row of buttons, or of a rule's lines, is one line of the
    masthead: the date stands close enough under the standfirst, which is the article's."""
    _keeps_the_body_drops_the_junk("he_lake_level.txt")


def test_a_cookie_banner_that_names_the_site_is_no_standfirst() -> None:
    """A Dutch regional paper's article: a cookie banner opening with the paper's name
    ("Dagblad Oost gebruikt cookies om …") under its heading and over its two buttons,
    then the breadcrumb, the title, the masthead and the text.  The banner is a notice,
    not a standfirst between a title and a row of buttons."""
    _keeps_the_body_drops_the_junk("nl_bridge_closed.txt")


def test_questions_each_over_a_short_answer_are_text() -> None:
    """A city site's explainer (in Russian) on electronic sick notes: the standfirst,
    then questions each over its answer, many of them a word or two ("Работодатель.",
    "Да."), an advert's label between two of them, then a poll.  Questions and answers
    one under the other are text however short: the whole explainer stays, the poll's
    question and options do not."""
    _keeps_the_body_drops_the_junk("ru_sick_leave_qa.txt")


def test_a_sites_description_printed_in_its_header_and_below_the_post_stays_out() -> None:
    """A blog platform's post: the publication's name and one-line description in the
    header, the post, its tags and its counters, then the publication's box again with
    the same description, the author's box and more posts.  The description printed
    twice is no lead printed twice: its copy below stands far from the body, past the
    tags and counters, and neither copy is kept, nor the tags and counters under the
    post.  (The subtitle over the post's long masthead is still lost: no test asks for it.)"""
    _keeps_the_body_drops_the_junk("en_blog_alerts.txt")


def test_a_rounds_results_and_standings_in_the_report_are_kept() -> None:
    """A regional football site's report (in Russian): the match in paragraphs, then "Результаты
    14-го тура" over four result lines ("«Бердск» — «Обь» — 0:0"), a paragraph on the other
    matches and the standings one cell a line, which the report presents.  A line of teams
    between dashes closing with a score is a result, no menu's row: the results and the
    table stay with the report."""
    _keeps_the_body_drops_the_junk("ru_football_round.txt")


def test_a_newsletter_box_in_the_middle_of_a_long_read_goes_with_its_note() -> None:
    """An Austrian daily's long read (in German): between two sections, a newsletter's
    box, its name, its pitch ("…, jeden Morgen in Ihrem Postfach."), the e-mail field's
    label, the button and the form's note ("Sie können sich jederzeit wieder abmelden.
    …"), then the next section's subheading.  The note is the form's line though it is a
    sentence: the box goes, the subheading and the text stay.  (The box's name over it, a
    caption's lines and the byline's lines are still kept: no test asks for them.)"""
    _keeps_the_body_drops_the_junk("de_care_workers.txt")


def test_a_wikis_licence_and_edit_date_lines_end_the_article_above_its_navbox() -> None:
    """An encyclopedia's village article: sections, "See also", references, external
    links, a navbox of the county's parishes, categories, then "This page was last edited
    on …" and "Text is available under the Creative Commons …", two full sentences that
    held the navbox and the categories in the body.  They are the wiki's credits: the body
    ends at the references.  (The lead above the infobox is still lost, and the
    references kept: no test asks for them.)"""
    _keeps_the_body_drops_the_junk("en_wiki_village.txt")


def _stamped_live_page(head: str, updates: list[tuple[list[str], list[str]]], widgets: list[str], foot: str) -> str:
    """A live blog: the head, then each update's furniture and lines (stamps, author,
    headline) over its paragraphs, a row of widgets under each, then the foot."""
    lines = head.splitlines()
    for over, text in updates:
        lines += [*over, *text, *widgets]
    return "\n".join([*lines, *foot.splitlines()]) + "\n"


def test_a_live_blogs_updates_under_two_stamps_an_author_and_a_headline_are_body() -> None:
    # each update: a clock stamp under a relative one ("2h ago" over "14.52 GMT"), or a
    # label with the time over the time alone ("posted at 16:40" / "16:40"), or a
    # relative one alone ("2 godz. temu"), then the author's name (and outlet) and a
    # headline in either order, then the text; the updates above the run the body's
    # weight finds (the long update lower down) join too: the newest come first
    texts = [
        ["Engineers have restored power to most of the homes that lost it overnight, the network operator said.",
         "About 4,000 properties on the coast are still waiting, and the company expects them back by the evening."],
        ["The ferry company has cancelled its afternoon sailings because the swell at the harbour mouth is too high.",
         "Passengers with tickets can travel on any crossing tomorrow without paying again."],
        ["Police have closed the coast road between the two villages after a tree came down across both lanes."],
        ["Forecasters say the strongest gusts will pass by late afternoon, with calmer weather from the west tonight.",
         "A yellow warning for rain stays in place until midnight, and the agency says rivers in the hills may still rise.",
         "Farmers near the estuary have been told to move livestock away from the lowest fields before the evening tide.",
         "The last time a warning of this kind was issued for the region, in the winter of 2014, two bridges were closed."],
        ["Good morning. The storm reached the coast shortly after midnight and has brought down trees and power lines."],
    ]
    heads = ["Power back for most homes", "Afternoon ferries cancelled", "Coast road shut by fallen tree",
             "Calmer weather expected tonight", "Storm reaches the coast"]
    times = ["16.43", "15.57", "15.10", "14.52", "08.05"]
    ago = ["12m ago", "58m ago", "1h ago", "2h ago", "9h ago"]
    authors = ["Helen Marsh", "Tom Acre", "Helen Marsh", "Tom Acre", "Tom Acre"]
    head = "Home\nNews\nWeather\nLive\nStorm live: gales batter the coast\nKey events\nShow key events only\nLive feed"
    foot = "Load more updates\nMost viewed\nTerms and conditions\n© 2024 Coast News"
    guardian = [([a, f"{t} GMT", h], text) for a, t, h, text in zip(ago, times, heads, texts, strict=True)]
    bbc = [([f"posted at {t.replace('.', ':')}", t.replace(".", ":"), h, name, "Coast News, Westport"], text)
           for t, h, name, text in zip(times, heads, authors, texts, strict=True)]
    polish = [([a.replace("m ago", " min temu").replace("h ago", " godz. temu"), t.replace(".", ":"), name], text)
              for a, t, name, text in zip(ago, times, authors, texts, strict=True)]
    relative = [([a.replace("m ago", " min temu").replace("h ago", " godz. temu")], text)
                for a, text in zip(ago, texts, strict=True)]
    share = ["Share", "Share this post", "Copy this link", "Facebook", "Twitter", "Email"]
    for updates, widgets in ((guardian, ["Share"]), (bbc, share), (polish, ["Udostępnij", "Kopiuj link", "Skomentuj"]),
                             (relative, ["Udostępnij", "Skomentuj", "Reklama"])):
        kept = clean(_stamped_live_page(head, updates, widgets, foot)).splitlines()
        assert all(line in kept for _, text in updates for line in text)
        assert updates is polish or updates is relative or all(headline in kept for headline in heads)
        assert not {"Load more updates", "Most viewed", "Share this post", "Kopiuj link", "Home"} & set(kept)
    # a comment thread stamped under its commenters' names stays out
    thread = "\n".join(f"{name}\n{t}\nThis is exactly what happened on our street last winter too.\nReply"
                       for name, t in zip(authors, times, strict=True))
    page = "\n".join([head, *texts[0], "Comments (5)", thread, foot]) + "\n"
    assert "Reply" not in clean(page)


def test_a_summarys_points_without_full_stops_under_the_standfirst_are_no_masthead() -> None:
    # text blocks two in a row under the standfirst, closing no sentence (a summary's
    # points), then a stamp: the lines down to the stamp are not the masthead's
    points = ["Most trams in the north of the city are not running, with only the airport line keeping a reduced timetable",
              "The drivers' union says the latest offer of a 4% rise would leave its members worse off after inflation",
              "The operator says its offer is final and has asked the union to put it to a vote of its members"]
    page = "\n".join(["Home", "News", "Live", "Tram strike: drivers walk out over pay", "Summary",
                      "Tram drivers across the city have walked out for two days in a dispute over pay, the first strike "
                      "on the network in ten years.", *points, "Show latest updates", "posted at 17:12", "17:12",
                      "That's all for today",
                      "We are ending our coverage for this evening. The strike goes on tomorrow and we will be back from seven.",
                      "Thank you for sending us your pictures and stories from the platforms this morning.",
                      "Share", "© 2024 City News"]) + "\n"
    kept = clean(page).splitlines()
    assert all(point in kept for point in points)


def test_a_comment_count_in_the_masthead_is_no_heading_over_the_comments() -> None:
    # "0 comments" beside the byline, under the title and the date, right over the text:
    # a link to the comments, not the heading of a thread that the text would be: the
    # article stays whole (the letter to readers over the menu, prose as much as the
    # article, may stay too: when unsure, keep)
    letter = ["Dear reader,",
              "before you go on to the site, please take a minute to read how we have changed our pages this year.",
              "We now publish every match report within an hour of the final whistle, with the full results below it.",
              "Our archive of reports since 1998 is open to everyone, and we never ask you to sign in to read it."]
    head = ["Continue to the site", "Speedway Weekly", "News", "League One", "Results", "Fixtures", "Search",
            "Home / League One / Eastbourne", "Eastbourne crush the Lions as Harper stays unbeaten",
            "Added: 11.07.2021, 22:31", "By Kristian Gore", "0 comments",
            "Lions captain Jake Harper leading the nominated heat (photo: Sam Pell)"]
    body = ["Eastbourne beat the Lions 52-38 at home on Saturday and moved up to second place in the table, with "
            "captain Jake Harper unbeaten in five rides.",
            "Rain fell for hours before the meeting and it was long unclear whether it would go ahead at all; the "
            "track staff worked until the last minute to get the surface ready.",
            "The visitors started well, winning the first heat and sharing the second, but the home side took "
            "control from the fourth heat on.",
            "Harper led the team",
            "The best race of the night came in heat ten, when Harper came from last to first on the second lap "
            "and held off two riders to the line.",
            "The Lions tried a tactical ride in heat eleven, but it brought them nothing, and the last two heats "
            "sealed the win for the home side."]
    foot = ["Tags: League One, Eastbourne, Lions", "Share on Facebook", "Related articles",
            "Lions sign a new junior for the rest of the season", "Comments (0)", "Be the first to comment.",
            "Name", "Comment", "© 2021 Speedway Weekly"]
    page = "\n".join([*letter, *head, *body[:3], "Advertisement", *body[3:], *foot]) + "\n"
    kept = [line for line in clean(page).splitlines() if line]
    assert [line for line in kept if line in body] == body
    assert not set(head) & set(kept) and not set(foot) & set(kept)


def test_a_lead_over_a_box_of_related_links_and_the_byline_is_the_articles() -> None:
    # a wire story's first paragraph under its title and date, then a box of related
    # coverage and the byline, then the rest: the box's headlines are no title of
    # another article whose masthead the byline would be
    lead = ("Northgate Foods said on Monday it would buy the frozen-meals maker Alder Kitchen for about "
            "$1.8 billion in cash, its biggest deal in a decade.")
    head = ["Markets", "Business", "World", "Tech", "Search", "Business | Mon Aug 15, 2016 | 8:03am EDT",
            "Northgate to buy Alder Kitchen in $1.8 billion deal"]
    box = ["Related Coverage", "Alder Kitchen shares jump 24 percent premarket", "Breakingviews: Northgate pays for growth",
           "By Carla Mendes and Peter Olsen"]
    body = ["Northgate will pay $41 per share, a premium of about 27 percent to Alder's closing price on Friday.",
            "Shares of Alder rose 24 percent to $40.10 in premarket trading, while Northgate's shares were little changed.",
            "The deal is Northgate's largest since Chief Executive Dana Price took over in 2013 and set out to cut its "
            "reliance on canned goods.",
            "Alder, founded in 1987, sells its meals in about 30,000 stores in North America and had sales of $640 "
            "million last year.",
            "The companies expect the deal to close in the fourth quarter, subject to regulatory approval."]
    foot = ["Reporting by Carla Mendes in Chicago; Editing by Peter Olsen", "More From Business", "Markets fall on oil",
            "Terms of use", "All quotes delayed a minimum of 15 minutes."]
    page = "\n".join([*head, lead, *box, *body, *foot]) + "\n"
    kept = [line for line in clean(page).splitlines() if line]
    assert kept[:len(body) + 1] == [lead, *body]


_INGREDIENTS = ["225g unsalted butter, softened", "225g caster sugar", "4 large eggs", "225g self-raising flour",
                "1 tsp baking powder", "finely grated zest of 2 lemons", "2 tbsp milk"]


def test_a_recipes_ingredients_far_under_its_description_are_kept_over_its_method() -> None:
    # the description stands far above the ingredients, past the recipe card's times,
    # a row of buttons and the nutrition facts: the list is the article's all the same,
    # under its heading ("Ingredients") or over the method's ("Method"), or over steps
    # under a label each ("Step 2"); the nutrition facts over it stay out
    head = ["Home", "Recipes", "Baking", "Cakes", "Lemon drizzle loaf", "Prep: 15 mins", "Cook: 50 mins", "Easy",
            "A moist lemon loaf with a crunchy sugar topping and a sharp syrup that soaks right through the sponge.",
            "Save", "Print", "Rate", "Share on Facebook", "Pin it", "Email", "Vegetarian", "Nutrition: per slice",
            "kcal 356", "fat 16g", "saturates 9g", "carbs 50g", "sugars 34g", "protein 4g", "salt 0.4g"]
    method = ["Heat the oven to 180C.",
              "Beat the butter and sugar until pale, then add the eggs one at a time, beating well after each.",
              "Fold in the flour, baking powder, zest and milk, spoon into the tin and bake for 45 to 50 minutes.",
              "Mix the lemon juice with the sugar and spoon it over the warm cake, letting it soak in as it cools."]
    foot = ["Advertisement", "Goes well with", "Classic Victoria sponge", "Earl Grey tea loaf", "© 2013 Teatime"]
    # (and in a run of recipes, "Ingredients" a line of every page: the list stays, from
    # its first entry, when the pass over the cleaned text finds the method's heading
    # over a step's label, "Directions" / "Step 1", and no heading over the entries)
    repeated = CorpusIndex({fingerprint("Ingredients"): 9}, 20)
    for heading, labels, corpus in (("Ingredients", False, None), ("Składniki", False, None),
                                    ("You will need", True, None), ("Ingredients", True, repeated)):
        steps = [line for k, text in enumerate(method, 1) for line in ([f"Step {k}", text] if labels else [text])]
        over = ["Directions"] if labels else ["Method"]
        page = "\n".join([*head, heading, *_INGREDIENTS, "Advertisement", *over, *steps, *foot]) + "\n"
        kept = [line for line in clean_and_explain(page, corpus=corpus).text.splitlines() if line]
        assert all(line in kept for line in [*_INGREDIENTS, *method])
        assert corpus is not None or heading in kept
        assert not {"kcal 356", "salt 0.4g", "Classic Victoria sponge"} & set(kept)
    # a review's box of scores right over its text is no recipe's list
    scores = ["Overall score", "Design 8", "Display 9", "Performance 7", "Camera 9", "Battery 8", "Value 8"]
    review = ["The phone is the best the company has made in years, with a screen that is bright enough for a summer beach.",
              "Battery life is the other surprise: two full days of normal use were easy, and three were not out of reach.",
              "The camera is good in daylight, but at night it smears detail, and the zoom is only useful up to three times."]
    page = "\n".join(["Home", "Reviews", "Phones", "Review: a phone for the beach", *scores, *review,
                      "© 2024 Gadget Weekly"]) + "\n"
    assert not set(scores) & set(clean(page).splitlines())


def test_two_paragraphs_over_a_list_and_a_shops_buttons_join_the_text_below() -> None:
    # an introduction of two paragraphs, then an advert's label, the article's list of
    # what you need and a shop's pick with its price button, then the text: the labels
    # and buttons sit inside articles and cut no bridge
    intro = ["There are few things more satisfying than picking a warm tomato straight from the plant, and you "
             "do not need a garden to do it.",
             "Growing in pots also has real advantages: you can move them to the sunniest spot and keep an eye "
             "on watering and pests."]
    needs = ["A pot at least 30cm wide and deep, with drainage holes", "Peat-free compost, or a growing bag",
             "A young tomato plant", "A bamboo cane and soft twine", "High-potash tomato feed"]
    text = ["For pots, look for compact bush types or cherry tomatoes, which crop heavily without a lot of space.",
            "Plant deeply, burying the stem up to the first leaves: it grows roots all along its buried length.",
            "Water every day in hot weather, and feed once a week as soon as the first flowers open.",
            "Pick the fruits as they ripen, and the plant will go on flowering until the first cold nights.",
            "Cordon varieties need a cane and a tie every week or so, and their side shoots pinched out as they "
            "appear in the joints between the stem and the leaves.",
            "Bush varieties need none of this: let them sprawl over the edge of the pot, and prop up the heaviest "
            "trusses with a short stick if they bend too far.",
            "If the leaves curl at the edges, the plant is usually short of water rather than sick, and a good soak "
            "in the evening puts it right within a day or two.",
            "Blossom end rot, a dark patch at the bottom of the fruit, comes from uneven watering too, so keep the "
            "compost evenly moist rather than flooding it and letting it dry out."]
    page = "\n".join(["Home", "Garden", "Fruit & veg", "How to grow tomatoes in pots",
                      "No garden? No problem. Tomatoes are among the easiest crops to grow in containers.",
                      "By Helen Bramley", "Published: 12 May 2020", "We may earn commission from the links on this page",
                      "Facebook", "Twitter", "Pinterest", "Email", "Cherry tomatoes ripening on the vine in a pot",
                      *intro, "Advertisement", "What you'll need",
                      *needs, "Shop our pick", "Peat-free compost, 50 litres", "£9.99 at Crocus", "Buy now",
                      "Choosing a variety", *text, "© 2020 Garden Weekly"]) + "\n"
    kept = [line for line in clean(page).splitlines() if line]
    assert all(line in kept for line in [*intro, *text])
