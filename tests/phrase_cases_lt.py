"""Phrase-pattern cases for Lithuanian ("lt"): a sample body and the must-drop, must-keep,
closing-heading, author-bio and teaser-chain cases that ``tests/test_rules.py`` adds to its
own tables and runs with its own checks.

The near misses (``MUST_KEEP``) are body sentences that use the same words as a pattern
(sharing, following, photos, sources, "also", "as reported", an app, an advert) in a body
context: inside the body they all stay.
"""

from __future__ import annotations

BODY = {
    "lt": [
        "Vyriausybė antradienį pateikė Seimui pensijų reformos įstatymo projektą, kurį parlamentarai turėtų svarstyti pavasario sesijoje.",
        "Pasak ministro, pakeitimais siekiama, kad pensijų sistema iki 2030 metų išliktų subalansuota nedidinant darbuotojų įmokų.",
        "Profesinės sąjungos reformą pavadino neteisinga ir ragina savo narius kitą savaitę dalyvauti protesto akcijose visoje šalyje.",
        "Opozicija mano, kad terminai yra per trumpi, ir reikalauja ilgesnių diskusijų Seime prieš galutinį balsavimą.",
    ],
}


# (language, zone, line, expected rule id)
MUST_DROP = [
    # navigation, page furniture, advert labels, the reading time, a read-aloud button
    ("lt", "head", "Pradžia", "nav"),
    ("lt", "head", "Pereiti prie turinio", "nav"),
    ("lt", "middle", "Reklama", "nav"),
    ("lt", "middle", "Straipsnio tęsinys po reklama", "nav"),
    ("lt", "head", "Skaitymo laikas: 3 min.", "nav"),
    ("lt", "head", "Klausyti straipsnio", "nav"),
    ("lt", "middle", "Žiūrėti galeriją", "nav"),
    ("lt", "tail", "Rodyti visus komentarus", "nav"),
    ("lt", "tail", "Pranešti apie pažeidimą", "nav"),
    ("lt", "tail", "Ar šis straipsnis buvo naudingas?", "nav"),
    # share widgets
    ("lt", "tail", "Dalintis Facebook", "share"),
    ("lt", "tail", "Pasidalinkite su draugais", "share"),
    # photo credits and captions: a label, the abbreviation opening or closing the credit
    ("lt", "middle", "Nuotr. BNS", "image"),
    ("lt", "middle", "Luko Balandžio / BNS nuotr.", "image"),
    ("lt", "middle", "Asociatyvi nuotrauka", "image"),
    ("lt", "middle", "Foto: ELTA", "image"),
    # bylines, with a colon and without
    ("lt", "head", "Autorius: Jonas Jonaitis", "byline"),
    ("lt", "head", "Parengė Eglė Kazlauskaitė", "byline"),
    # promos
    ("lt", "tail", "Sekite mus „Facebook“ ir „Instagram“, kad nepraleistumėte svarbiausių naujienų.", "promo"),
    ("lt", "tail", "Prisijunkite prie mūsų Telegram kanalo ir gaukite naujienas pirmieji.", "promo"),
    ("lt", "tail", "Užsiprenumeruokite mūsų naujienlaiškį ir gaukite svarbiausias dienos naujienas.", "promo"),
    # cookie banner, moderation note, paywall, age gate
    ("lt", "head", "Šioje svetainėje naudojami slapukai (cookies). Naršydami toliau sutinkate su jų naudojimu.", "notice"),
    ("lt", "tail", "Komentarai moderuojami ir skelbiami tik po redakcijos patikrinimo.", "notice"),
    ("lt", "tail", "Šis straipsnis skirtas tik prenumeratoriams.", "notice"),
    ("lt", "head", "Jei jums nėra 18 metų, prašome palikti šią svetainę.", "notice"),
    # teasers: a pointer with a separator, a pointer to an earlier report in the tail
    ("lt", "middle", "Taip pat skaitykite: Profsąjungos grasina streiku", "teaser"),
    ("lt", "middle", "Susiję straipsniai: Seimas atidėjo balsavimą dėl pensijų", "teaser"),
    ("lt", "tail", "Kaip jau rašėme, Vyriausybė balsavimą atidėjo jau du kartus.", "teaser"),
    ("lt", "tail", "Anksčiau pranešta, kad Vyriausybė balsavimą atidėjo jau du kartus.", "teaser"),
    # credits
    ("lt", "tail", "Šaltinis: BNS", "credit"),
    ("lt", "tail", "Parengta pagal užsienio žiniasklaidą", "credit"),
    ("lt", "tail", "Visos teisės saugomos.", "credit"),
    ("lt", "tail", "Plačiau: https://www.example.lt/naujienos/pensiju-reforma", "credit"),
    # a paragraph opening with an author box's heading and a colon
    ("lt", "tail", "Apie autorių: Jonas Jonaitis yra ekonomikos žurnalistas, nuo 2010 metų rašantis apie pensijas ir "
     "mokesčius.", "author-bio"),
]


# Body sentences that use a family's words, placed inside the body: all stay.
MUST_KEEP = [
    # "to share" with no network or article after it
    ("lt", "Dalintis informacija apie pažeidimus ragina ir profesinės sąjungos, žadančios ginti savo narius teisme."),
    # "follow" and "join" with a network on the line, but no "us" or "our"
    ("lt", "Sekite, kaip vyks balsavimas, savo Facebook paskyroje ragino opozicijos lyderis."),
    ("lt", "Prisijunkite prie protesto šeštadienį, savo Facebook paskyroje ragino profesinės sąjungos."),
    # photos, sources and the author as subjects, without a label's colon
    ("lt", "Nuotraukos iš protesto per kelias valandas pasklido socialiniuose tinkluose."),
    ("lt", "Šaltiniai ministerijoje teigia, kad įstatymas gali būti priimtas jau kitą savaitę."),
    ("lt", "Autorius teigia, kad reforma labiausiai palies jaunesnius darbuotojus ir savarankiškai dirbančiuosius."),
    # "also" and "as reported by the ministry" opening a sentence
    ("lt", "Taip pat Vyriausybė pasiūlė keisti dirbančių pensininkų pensijų indeksavimo tvarką."),
    ("lt", "Kaip pranešė ministerija, reforma įsigaliotų nuo kitų metų sausio pirmosios dienos."),
    ("lt", "Anksčiau ministras pranešė, kad pensijos kitais metais didės vidutiniškai dešimt procentų."),
    # comments, "about the author's rights", "we recommend", "related persons", an advert
    ("lt", "Komentarų sulaukė ir ministro pareiškimas, kurį jis paskelbė savo Facebook paskyroje."),
    ("lt", "Apie autorių teises ministras nekalbėjo, nors klausimų apie jas sulaukė ne kartą."),
    ("lt", "Rekomenduojame pensijų sistemą peržiūrėti kas penkerius metus, teigiama ekspertų išvadoje."),
    ("lt", "Susiję asmenys negalės dalyvauti konkurse, teigiama įstatymo projekte."),
    ("lt", "Reklama per televiziją kainuos daugiau, jei bus priimtas naujas įstatymas."),
    # an institution's app, a rule about drones, "we are a Facebook community", "get it by e-mail"
    ("lt", "Atsisiųskite programėlę „Sodra“ ir pasitikrinkite savo būsimą pensiją, gyventojus ragino ministerija."),
    ("lt", "Draudžiama naudoti dronus be leidimo, primena policija."),
    ("lt", "Esame Facebook bendruomenė, kuri rūpinasi senjorais, sakė organizatorė."),
    ("lt", "Gaukite pažymą el. paštu, patarė Sodros atstovė."),
    # "see also" and "you may be interested" going on as a sentence
    ("lt", "Žiūrėkite taip pat į savo sąskaitas, pataria finansų ekspertai."),
    ("lt", "Jus gali sudominti ir tai, kad pensijos didės."),
]


# A heading that closes the body: comments, related articles.
CLOSERS = [
    ("lt", "Komentarai", "Visiškai sutinku su ministru, ši reforma turėjo būti priimta jau seniai."),
    ("lt", "Susiję straipsniai", "Vyriausybė atideda balsavimą, o profesinės sąjungos nesiruošia atšaukti streiko."),
    ("lt", "Skaitomiausi", "Vyriausybė atideda balsavimą, o profesinės sąjungos nesiruošia atšaukti streiko."),
]


BIOS = [
    ("lt", "Apie autorių", "Žurnalistas, nuo 2010 metų rašantis apie ekonomiką ir politiką Vilniuje."),
    ("lt", "Apie autorę", "Žurnalistė, nuo 2010 metų rašanti apie ekonomiką ir politiką Kaune."),
]


# (language, pointer to an earlier report, "also" line, promo)
CHAINS = [
    ("lt", "Kaip jau rašėme, Vyriausybė balsavimą atidėjo jau du kartus.",
     "Taip pat Seimas šiais metais svarstys ir panašų pasiūlymą.",
     "Sekite mus „Facebook“ ir „Instagram“, kad nepraleistumėte svarbiausių naujienų."),
    ("lt", "Kaip anksčiau pranešė BNS, Vyriausybė balsavimą atidėjo jau du kartus.",
     "Be to, Seimas šiais metais svarstys ir panašų pasiūlymą.",
     "Prisijunkite prie mūsų Telegram kanalo ir gaukite naujienas pirmieji."),
]
