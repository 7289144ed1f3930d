"""Phrase-pattern cases for Slovak ("sk"): a sample body and the must-drop, must-keep,
closing-heading, author-bio and teaser-chain cases that ``tests/test_rules.py`` adds to its
own tables and runs with its own checks.

The near misses (``MUST_KEEP``) are body sentences that use the same words as a pattern
(sharing, sources, photos, "also", "follow", "support us", "read it yourselves") in a body
context: inside the body they all stay.
"""

from __future__ import annotations

BODY = {
    "sk": [
        "Vláda v utorok predložila parlamentu návrh zákona o dôchodkovej reforme, ktorým by sa poslanci mali "
        "zaoberať počas jarnej schôdze.",
        "Podľa ministra má zákon udržať dôchodkový systém v rovnováhe až do roku 2030 bez toho, aby sa zvyšovali "
        "odvody zamestnancov.",
        "Odbory označili reformu za nespravodlivú a vyzvali svojich členov na celoslovenský protest, ktorý sa "
        "uskutoční budúci týždeň.",
        "Opozícia tvrdí, že harmonogram je príliš napätý, a žiada v parlamente dlhšiu rozpravu ešte pred "
        "záverečným hlasovaním.",
    ],
}


# (language, zone, line, expected rule id)
MUST_DROP = [
    # navigation, widgets, an advert's label and note, a feedback widget, a copy button
    ("sk", "head", "Hlavná stránka", "nav"),
    ("sk", "head", "Preskočiť na obsah", "nav"),
    ("sk", "head", "Vypočujte si článok", "nav"),
    ("sk", "head", "Čas čítania: 4 min", "nav"),
    ("sk", "head", "Ochrana osobných údajov", "nav"),
    ("sk", "middle", "Reklama", "nav"),
    ("sk", "middle", "Článok pokračuje pod video reklamou", "nav"),
    ("sk", "middle", "Komerčný článok", "nav"),
    ("sk", "middle", "Zobraziť tento príspevok na Instagrame", "nav"),
    ("sk", "middle", "Bol pre vás tento článok užitočný?", "nav"),
    ("sk", "middle", "Kopírovať kód", "nav"),
    ("sk", "tail", "Nahlásiť komentár", "nav"),
    ("sk", "tail", "Kľúčové slová: dôchodky, parlament, odbory", "nav"),
    ("sk", "tail", "Témy: dôchodková reforma, parlament", "nav"),
    # share buttons
    ("sk", "tail", "Zdieľať na Facebooku", "share"),
    ("sk", "tail", "Zdieľať článok", "share"),
    # image lines and captions
    ("sk", "middle", "Foto: TASR/Martin Baumann", "image"),
    ("sk", "middle", "Snímka: SITA/Jozef Jakubčo", "image"),
    ("sk", "middle", "Ilustračné foto", "image"),
    ("sk", "middle", "Na ilustračnej snímke budova Národnej rady SR v Bratislave.", "image"),
    ("sk", "middle", "Fotogaléria: Protest odborárov v Bratislave", "image"),
    # bylines
    ("sk", "head", "Pripravila: Mária Horváthová", "byline"),
    ("sk", "head", "Spravodajca: Peter Kováč", "byline"),
    # promos
    ("sk", "tail", "Sledujte nás na Facebooku a Instagrame.", "promo"),
    ("sk", "tail", "Prihláste sa na odber newslettera a dostávajte najdôležitejšie správy e-mailom.", "promo"),
    ("sk", "tail", "Stiahnite si našu mobilnú aplikáciu.", "promo"),
    ("sk", "tail", "Sme aj na Telegrame – pridajte sa!", "promo"),
    ("sk", "tail", "Podporte nezávislú žurnalistiku.", "promo"),
    ("sk", "tail", "Staňte sa predplatiteľom.", "promo"),
    # notices: cookies, a consent dialog, moderation, an ad blocker, an age gate
    ("sk", "head", "Táto webová stránka používa súbory cookies. Pokračovaním v prehliadaní súhlasíte s ich "
     "používaním.", "notice"),
    ("sk", "head", "My a naši partneri uchovávame a/alebo pristupujeme k informáciám v zariadení, ako sú súbory "
     "cookie.", "notice"),
    ("sk", "tail", "Diskusia je moderovaná, komentáre porušujúce pravidlá budú zmazané.", "notice"),
    ("sk", "tail", "Používate AdBlock. Vypnite ho, prosím, aby sme mohli pokračovať v našej práci.", "notice"),
    ("sk", "head", "Obsah tejto stránky je určený len pre osoby staršie ako 18 rokov.", "notice"),
    # teasers: "read also" inside the body, a pointer to an earlier report in the tail
    ("sk", "middle", "Čítajte aj: Odbory pripravujú štrajk vo verejnej správe", "teaser"),
    ("sk", "middle", "Prečítajte si tiež: Opozícia chce referendum o dôchodkoch", "teaser"),
    ("sk", "middle", "Súvisiace: Odbory pripravujú štrajk vo verejnej správe", "teaser"),
    ("sk", "middle", "Mohlo by vás zaujímať:", "teaser"),
    ("sk", "tail", "Ako sme už informovali, vláda hlasovanie odložila už dvakrát.", "teaser"),
    # credits
    ("sk", "tail", "Zdroj: TASR", "credit"),
    ("sk", "tail", "Preklad: Peter Kováč", "credit"),
    ("sk", "tail", "Všetky práva vyhradené.", "credit"),
    ("sk", "tail", "Publikovanie alebo ďalšie šírenie správ a fotografií TASR bez písomného súhlasu TASR je "
     "porušením autorského zákona.", "credit"),
    ("sk", "tail", "Článok bol pôvodne uverejnený v denníku Pravda.", "credit"),
    ("sk", "tail", "Viac na: https://www.example.sk/clanok", "credit"),
    # an author box's heading
    ("sk", "tail", "O autorke", "author-bio"),
]


# Body sentences that use a family's words, placed inside the body: all stay.
MUST_KEEP = [
    # "share" as an infinitive subject and in the past tense
    ("sk", "Zdieľať na sociálnych sieťach fotografie detí je podľa odborníkov riskantné, upozorňuje polícia."),
    ("sk", "Zdieľal na Facebooku video z protestu, ktoré si za jeden deň pozreli tisícky ľudí."),
    # "also" opening a sentence
    ("sk", "Tiež opozícia kritizovala návrh, pretože podľa nej zvýši náklady pre firmy aj zamestnancov."),
    ("sk", "Okrem toho vláda navrhuje zmeniť aj spôsob valorizácie dôchodkov pre pracujúcich dôchodcov."),
    # "read it yourselves", "look at the figures too"
    ("sk", "Prečítajte si aj sami návrh zákona, vyzval minister občanov na tlačovej konferencii."),
    ("sk", "Pozrite si aj čísla, povedal minister, dôchodky v posledných rokoch rástli rýchlejšie ako mzdy."),
    ("sk", "Mohlo by vás zaujímať, že dôchodky na Slovensku patria k najnižším v Európskej únii."),
    # sources, authors, editors, photos as subjects
    ("sk", "Zdroj blízky vláde tvrdí, že zákon by mohol byť schválený už budúci týždeň."),
    ("sk", "Autori štúdie tvrdia, že reforma najviac zasiahne ľudí s nízkymi príjmami."),
    ("sk", "Redaktor denníka sa opýtal ministra, prečo vláda nepočkala na výsledky analýzy."),
    ("sk", "Fotografie z protestu sa rýchlo rozšírili po sociálnych sieťach a vyvolali množstvo reakcií."),
    ("sk", "Na snímke z bezpečnostnej kamery je vidieť, ako demonštranti vstupujú do budovy."),
    # "follow", "support us", "join" in a call to protest
    ("sk", "Sledujte vývoj situácie, odkázalo ministerstvo obyvateľom, ktorí žijú v blízkosti rieky."),
    ("sk", "Podporte nás v boji za spravodlivé dôchodky, vyzývali odborári na transparentoch pred Úradom vlády."),
    ("sk", "Pridajte sa k protestu v sobotu, vyzvali odbory vo výzve zverejnenej na Facebooku."),
    ("sk", "Sme na Slovensku jediná krajina v regióne, ktorá takúto reformu ešte nezaviedla, povedal minister."),
    # a related cost, a recommendation, a news agency's report, a study's paper
    ("sk", "Súvisiace náklady podľa analytikov dosiahnu stovky miliónov eur ročne."),
    ("sk", "Odporúčame, aby sa ľudia o svojich dôchodkových nárokoch informovali včas, uviedla Sociálna poisťovňa."),
    ("sk", "Ako informovala agentúra TASR, odbory plánujú protest pred budovou parlamentu."),
    ("sk", "Článok bol publikovaný v odbornom časopise, ktorý sa venuje sociálnej politike."),
    # privacy law in a report, topics, comments and discussion as subjects
    ("sk", "Zverejňovanie fotografií detí bez súhlasu rodičov je podľa zákona zakázané, pripomenul úrad."),
    ("sk", "Témy ako dôchodky a zdravotníctvo budú podľa analytikov dominovať predvolebnej kampani."),
    ("sk", "O autorovi návrhu sa v parlamente hovorilo viac ako o samotnom zákone."),
    ("sk", "Komentáre politikov na sociálnych sieťach boli po hlasovaní mimoriadne ostré."),
    ("sk", "Diskusia o reforme trvala v parlamente takmer dvanásť hodín a skončila sa až po polnoci."),
]


# A heading that closes the body: comments, related articles, most read, a paywall's cut.
CLOSERS = [
    ("sk", "Komentáre", "Súhlasím s ministrom, táto reforma mala prísť už dávno."),
    ("sk", "Diskusia (24)", "Súhlasím s ministrom, táto reforma mala prísť už dávno."),
    ("sk", "Súvisiace články", "Vláda odkladá hlasovanie, odbory trvajú na štrajku budúci týždeň."),
    ("sk", "Najčítanejšie", "Vláda odkladá hlasovanie, odbory trvajú na štrajku budúci týždeň."),
    ("sk", "Tento článok je dostupný len pre predplatiteľov.",
     "Predplatné na mesiac stojí päť eur a môžete ho kedykoľvek zrušiť."),
]


BIOS = [
    ("sk", "O autorovi", "Novinár, od roku 2010 píše o ekonomike a politike v Bratislave."),
    ("sk", "O autorke", "Novinárka, od roku 2010 píše o ekonomike a politike v Bratislave."),
]


# (language, pointer to an earlier report, "also" line, promo)
CHAINS = [
    ("sk", "Ako sme už informovali, vláda hlasovanie odložila už dvakrát.",
     "Taktiež parlament má tento rok prerokovať podobný návrh zákona.",
     "Sledujte nás na Facebooku a Instagrame."),
    ("sk", "Ako sme písali, vláda hlasovanie odložila už dvakrát.",
     "Okrem toho má parlament tento rok prerokovať podobný návrh zákona.",
     "Prihláste sa na odber nášho newslettera."),
]
