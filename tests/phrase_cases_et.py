"""Phrase-pattern cases for Estonian ("et"): a sample body and the must-drop, must-keep,
closing-heading, author-bio and teaser-chain cases that ``tests/test_rules.py`` adds to its
own tables and runs with its own checks.

The near misses (``MUST_KEEP``) are body sentences that use the same words as a pattern
(sharing, sources, photos, "also", "follow", "read also", "as reported") in a body context:
inside the body they all stay.
"""

from __future__ import annotations

BODY = {
    "et": [
        "Valitsus esitas teisipäeval riigikogule pensionireformi eelnõu, mida saadikud peaksid arutama kevadise "
        "istungjärgu jooksul.",
        "Ministri sõnul on seaduse eesmärk hoida pensionisüsteem tasakaalus kuni 2030. aastani ilma töötajate "
        "makseid tõstmata.",
        "Ametiühingud nimetasid reformi ebaõiglaseks ning kutsusid oma liikmeid järgmisel nädalal üleriigilisele "
        "meeleavaldusele.",
        "Opositsioon leiab, et ajakava on liiga pingeline, ja nõuab riigikogus enne lõplikku hääletust pikemat "
        "arutelu.",
    ],
}


# (language, zone, line, expected rule id)
MUST_DROP = [
    # navigation, widgets, an advert's label and note, a feedback widget, a copy button
    ("et", "head", "Avaleht", "nav"),
    ("et", "head", "Liigu sisu juurde", "nav"),
    ("et", "head", "Kuula artiklit", "nav"),
    ("et", "head", "Lugemisaeg: 3 min", "nav"),
    ("et", "head", "Logi sisse", "nav"),
    ("et", "head", "Privaatsuspoliitika", "nav"),
    ("et", "middle", "Reklaam", "nav"),
    ("et", "middle", "Artikkel jätkub pärast reklaami", "nav"),
    ("et", "middle", "Sisuturundus", "nav"),
    ("et", "middle", "Vaata seda postitust Instagramis", "nav"),
    ("et", "middle", "Kas see artikkel oli kasulik?", "nav"),
    ("et", "middle", "Kopeeri kood", "nav"),
    ("et", "middle", "Näita rohkem", "nav"),
    ("et", "tail", "Teata ebasobivast kommentaarist", "nav"),
    ("et", "tail", "Märksõnad: pensionid, riigikogu, ametiühingud", "nav"),
    # share buttons
    ("et", "tail", "Jaga Facebookis", "share"),
    ("et", "tail", "Jaga artiklit", "share"),
    # image lines and captions
    ("et", "middle", "Foto: Mari Mets / ERR", "image"),
    ("et", "middle", "Foto on illustreeriv", "image"),
    ("et", "middle", "Arhiivifoto", "image"),
    ("et", "middle", "Pildil: peaminister riigikogu kõnetoolis.", "image"),
    ("et", "middle", "(Foto: Scanpix)", "image"),
    # bylines
    ("et", "head", "Toimetaja: Karin Tamm", "byline"),
    ("et", "tail", "Toimetaja: Karin Tamm", "byline"),
    # promos
    ("et", "tail", "Jälgi meid Facebookis ja Instagramis!", "promo"),
    ("et", "tail", "Liitu meie uudiskirjaga ja saa värskeimad uudised otse postkasti.", "promo"),
    ("et", "tail", "Laadi alla meie uus äpp.", "promo"),
    ("et", "tail", "Oleme nüüd ka Telegramis!", "promo"),
    ("et", "tail", "Hakka tellijaks", "promo"),
    ("et", "tail", "Toeta sõltumatut ajakirjandust.", "promo"),
    # notices: cookies named in English, a consent dialog, moderation, an ad blocker, an age gate
    ("et", "head", "See veebileht kasutab küpsiseid (cookies). Veebilehe kasutamist jätkates nõustute küpsiste "
     "kasutamisega.", "notice"),
    ("et", "head", "Meie ja meie partnerid salvestame ja/või kasutame teie seadmes olevat teavet, näiteks "
     "küpsiseid.", "notice"),
    ("et", "tail", "Kommentaarid on modereeritud ja avaldatakse pärast ülevaatamist.", "notice"),
    ("et", "tail", "Kasutad reklaamiblokeerijat AdBlock. Palun lülita see meie lehel välja.", "notice"),
    ("et", "head", "Kui oled alla 18-aastane, lahku palun lehelt.", "notice"),
    # teasers: "read also" inside the body, pointers to earlier reports in the tail
    ("et", "middle", "Loe ka: Ametiühingud ähvardavad streigiga", "teaser"),
    ("et", "middle", "LOE KA | Opositsioon nõuab rahvahääletust", "teaser"),
    ("et", "middle", "Loe lisaks: Opositsioon nõuab rahvahääletust", "teaser"),
    ("et", "middle", "Seotud artiklid", "teaser"),
    ("et", "tail", "Nagu varem kirjutasime, on valitsus hääletuse juba kaks korda edasi lükanud.", "teaser"),
    ("et", "tail", "Nagu ERR varem teatas, lükkas valitsus hääletuse edasi.", "teaser"),
    # credits
    ("et", "tail", "Allikas: BNS", "credit"),
    ("et", "tail", "Tõlkinud: Mari Mets", "credit"),
    ("et", "tail", "Kõik õigused kaitstud.", "credit"),
    ("et", "tail", "Materjalide kopeerimine ja taasavaldamine ilma toimetuse loata on keelatud.", "credit"),
    ("et", "tail", "Artikkel ilmus algselt ajalehes Postimees.", "credit"),
    ("et", "tail", "Loe edasi: https://www.example.ee/artikkel", "credit"),
    # an author box's heading
    ("et", "tail", "Autorist", "author-bio"),
]


# Body sentences that use a family's words, placed inside the body: all stay.
MUST_KEEP = [
    # "divide and rule", "shared" in the past tense
    ("et", "Jaga ja valitse on põhimõte, mida opositsiooni sõnul valitsus ametiühingute puhul kasutab."),
    ("et", "Jagas Facebookis videot meeleavaldusest, mida vaadati ööpäeva jooksul tuhandeid kordi."),
    # "also", "in addition" opening a sentence
    ("et", "Ka opositsioon kritiseeris eelnõu, sest see tõstaks ettevõtete kulusid."),
    ("et", "Lisaks soovib valitsus muuta ka töötavate pensionäride pensionide indekseerimise korda."),
    # "read also", "look again" as advice in a quote
    ("et", "Loe ka lepingu tingimusi hoolikalt, soovitas minister pressikonverentsil pensionäridele."),
    ("et", "Vaata veel kord numbreid, ütles minister, pensionid on viimastel aastatel kasvanud kiiremini kui palgad."),
    # a source, photos, an editor, the pictured man, an author as subjects
    ("et", "Allikas ministeeriumist kinnitas, et eelnõu võidakse vastu võtta juba järgmisel nädalal."),
    ("et", "Fotod meeleavaldusest levisid kiiresti sotsiaalmeedias ja tekitasid palju vastukaja."),
    ("et", "Toimetaja küsis ministrilt, miks valitsus analüüsi tulemusi ei oodanud."),
    ("et", "Pildil olev mees on ametiühingu esimees, kes juhtis eilset meeleavaldust."),
    ("et", "Autor ja ajakirjanik Mari Mets kirjutas reformist raamatu, mis ilmus eelmisel aastal."),
    # "follow", "support us", "join", "we are" in a body context
    ("et", "Jälgi olukorda ja ära paanitse, soovitas päästeamet jõe ääres elavatele inimestele."),
    ("et", "Toeta meid võitluses õiglase pensioni eest, hüüdsid meeleavaldajad Toompea lossi ees."),
    ("et", "Liitu meeleavaldusega laupäeval, kutsusid ametiühingud Facebookis avaldatud pöördumises."),
    ("et", "Oleme ainus riik regioonis, kes pole sellist reformi veel teinud, ütles minister."),
    # "on the same topic", "we recommend", a minister's statement, a study's paper
    ("et", "Samal teemal sõna võtnud rahandusminister ütles, et raha selleks eelarves ei ole."),
    ("et", "Soovitame, et inimesed uuriksid oma pensioniõigusi aegsasti, ütles sotsiaalkindlustusameti juht."),
    ("et", "Nagu minister teatas, ei kavatse valitsus pensioniiga muuta."),
    ("et", "Artikkel ilmus teadusajakirjas, mis keskendub sotsiaalpoliitikale ja demograafiale."),
    # privacy law in a report, topics, comments and the debate as subjects
    ("et", "Laste fotode avaldamine ilma vanemate loata on seaduse järgi keelatud, meenutas inspektsioon."),
    ("et", "Teemad nagu pensionid ja tervishoid domineerivad analüütikute hinnangul valimiskampaanias."),
    ("et", "Kommentaarid, mida poliitikud pärast hääletust sotsiaalmeedias postitasid, olid teravad."),
    ("et", "Arutelu reformi üle kestis riigikogus peaaegu kaksteist tundi ja lõppes alles pärast südaööd."),
    ("et", "Kuula, mida inimesed räägivad, soovitas opositsiooniliider valitsusele."),
]


# A heading that closes the body: comments, related articles, most read, a paywall's cut.
CLOSERS = [
    ("et", "Kommentaarid", "Olen ministriga nõus, see reform oleks pidanud ammu tulema."),
    ("et", "Kommentaarid (24)", "Olen ministriga nõus, see reform oleks pidanud ammu tulema."),
    ("et", "Seotud artiklid", "Valitsus lükkab hääletuse edasi, ametiühingud jäävad streigi juurde."),
    ("et", "Loetuimad", "Valitsus lükkab hääletuse edasi, ametiühingud jäävad streigi juurde."),
    ("et", "Samal teemal", "Valitsus lükkab hääletuse edasi, ametiühingud jäävad streigi juurde."),
    ("et", "Artikkel on mõeldud ainult tellijatele.",
     "Digipaketi kuutasu on viis eurot ja selle saab igal ajal lõpetada."),
]


BIOS = [
    ("et", "Autorist", "Ajakirjanik, kirjutab 2010. aastast majandusest ja poliitikast Tallinnas."),
    ("et", "Autori kohta", "Ajakirjanik, kirjutab 2010. aastast majandusest ja poliitikast Tallinnas."),
]


# (language, pointer to an earlier report, "also" line, promo)
CHAINS = [
    ("et", "Nagu varem kirjutasime, on valitsus hääletuse juba kaks korda edasi lükanud.",
     "Samuti peab riigikogu sel aastal arutama sarnast eelnõu.",
     "Jälgi meid Facebookis ja Instagramis!"),
    ("et", "Nagu ERR varem teatas, lükkas valitsus hääletuse juba kaks korda edasi.",
     "Lisaks arutab riigikogu sel aastal ka teist sarnast eelnõu.",
     "Liitu meie uudiskirjaga ja saa värskeimad uudised otse postkasti."),
    ("et", "Nagu teatatud, on valitsus hääletuse juba kaks korda edasi lükanud.",
     "Ka riigikogu peab sel aastal arutama sarnast eelnõu.",
     "Jälgi meid Facebookis ja Instagramis!"),
]
