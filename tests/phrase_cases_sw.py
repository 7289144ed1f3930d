"""Phrase-pattern cases for Swahili ("sw", East African news sites: Tanzania, Kenya, international
broadcasters' Swahili services): a sample body and the must-drop, must-keep, closing-heading,
author-bio and teaser-chain cases that ``tests/test_rules.py`` adds to its own tables and runs with
its own checks.

The near misses (``MUST_KEEP``) are body sentences that use the same words as a pattern ("and" and a
name, taking part, spreading the news, a photo's source, the source of a cause, "also", "earlier", an
appeal to follow instructions, to join a fund or to download a form, the writer's views, an advert)
in a body context: inside the body they all stay.
"""

from __future__ import annotations

BODY = {
    "sw": [
        "Serikali iliwasilisha Jumanne muswada wa sheria kuhusu mageuzi ya mfumo wa pensheni, ambao wabunge "
        "wanatarajiwa kuujadili katika mkutano wa Bunge wa mwezi Aprili.",
        "Kwa mujibu wa waziri, sheria hiyo inalenga kuuweka mfumo wa pensheni katika uwiano hadi mwaka 2030 bila "
        "kuongeza michango ya wafanyakazi.",
        "Vyama vya wafanyakazi vimeyaita mageuzi hayo kuwa si ya haki na vimetoa wito wa maandamano nchi nzima "
        "wiki ijayo.",
        "Upinzani unasema ratiba ni finyu mno na unataka mjadala mrefu zaidi bungeni kabla ya kura ya mwisho.",
    ],
}


# (language, zone, line, expected rule id)
MUST_DROP = [
    # navigation, widgets, advert labels and notes, a read-aloud button, a labelled list of topics
    ("sw", "head", "Nyumbani", "nav"),
    ("sw", "head", "Habari za Kitaifa", "nav"),
    ("sw", "head", "Michezo", "nav"),
    ("sw", "head", "Ingia", "nav"),
    ("sw", "head", "Ruka hadi maudhui", "nav"),
    ("sw", "head", "Sikiliza habari hii", "nav"),
    ("sw", "middle", "Tangazo", "nav"),
    ("sw", "middle", "Habari inaendelea baada ya tangazo", "nav"),
    ("sw", "tail", "Endelea kusoma", "nav"),
    ("sw", "tail", "Toa maoni", "nav"),
    ("sw", "tail", "Mada: pensheni, Bunge, vyama vya wafanyakazi", "nav"),
    # share buttons, the button that copies the link
    ("sw", "tail", "Shiriki:", "share"),
    ("sw", "tail", "Shiriki habari hii", "share"),
    ("sw", "tail", "Shiriki kupitia WhatsApp", "share"),
    ("sw", "tail", "Nakili kiungo", "share"),
    # image lines and captions
    ("sw", "middle", "Picha: Maktaba", "image"),
    ("sw", "middle", "PICHA | MAKTABA", "image"),
    ("sw", "middle", "Chanzo cha picha, Getty Images", "image"),
    ("sw", "middle", "Maelezo ya picha, Wafanyakazi wakiandamana nje ya Bunge mjini Dodoma", "image"),
    ("sw", "middle", "(Picha na Maktaba)", "image"),
    ("sw", "middle", "Picha kwa hisani ya Ikulu", "image"),
    # bylines
    ("sw", "head", "Na Mwandishi Wetu", "byline"),
    ("sw", "head", "Na Amina Juma, Dodoma", "byline"),
    ("sw", "head", "Mwandishi Wetu, Arusha", "byline"),
    ("sw", "head", "Imeandikwa na Baraka Mwakyusa", "byline"),
    ("sw", "head", "Mhariri: Zuhura Yunus", "byline"),
    # promos
    ("sw", "tail", "Tufuate kwenye Facebook, Instagram na X kwa habari za hivi punde.", "promo"),
    ("sw", "tail", "Jiunge na chaneli yetu ya WhatsApp upate habari kila siku.", "promo"),
    ("sw", "tail", "Pakua app yetu upate habari popote ulipo.", "promo"),
    ("sw", "tail", "Jisajili kupokea jarida letu la kila wiki.", "promo"),
    ("sw", "tail", "Usikose habari zetu za kila siku.", "promo"),
    ("sw", "tail", "Tembelea tovuti yetu kwa habari zaidi.", "promo"),
    # notices: a cookie banner, an opinion column's disclaimer, moderated comments, a comment form's
    # labels, a paywall, an age gate
    ("sw", "head", "Tovuti hii inatumia vidakuzi (cookies) ili kuboresha huduma zetu. Ukiendelea kuitumia, "
     "unakubali matumizi yake.", "notice"),
    ("sw", "tail", "Maoni yaliyotolewa katika makala hii ni ya mwandishi na hayawakilishi msimamo wa gazeti hili.",
     "notice"),
    ("sw", "tail", "Maoni yote hukaguliwa kabla ya kuchapishwa.", "notice"),
    ("sw", "tail", "Anwani yako ya barua pepe haitachapishwa.", "notice"),
    ("sw", "tail", "Sehemu zinazohitajika zimewekwa alama *", "notice"),
    ("sw", "tail", "Makala hii ni kwa wanachama pekee.", "notice"),
    ("sw", "head", "Lazima uwe na umri wa miaka 18 au zaidi kuona maudhui haya.", "notice"),
    # teasers: "read also" inside the body, a pointer to an earlier report in the tail
    ("sw", "middle", "Soma pia: Vyama vya wafanyakazi vyatishia mgomo nchi nzima", "teaser"),
    ("sw", "middle", "SOMA ZAIDI: Upinzani wataka kura ya maoni kuhusu pensheni", "teaser"),
    ("sw", "middle", "Unaweza pia kusoma:", "teaser"),
    ("sw", "middle", "Habari zinazohusiana: Wabunge wajadili mageuzi ya pensheni", "teaser"),
    ("sw", "middle", "Tazama pia", "teaser"),
    ("sw", "tail", "Kama tulivyoripoti awali, serikali tayari imeahirisha kura hiyo mara mbili.", "teaser"),
    # credits
    ("sw", "tail", "Chanzo: BBC", "credit"),
    ("sw", "tail", "Tafsiri: Juma Hamisi", "credit"),
    ("sw", "tail", "Imetafsiriwa na Rehema Said", "credit"),
    ("sw", "tail", "Haki zote zimehifadhiwa.", "credit"),
    ("sw", "tail", "Makala hii ilichapishwa kwa mara ya kwanza katika gazeti la Mwananchi.", "credit"),
    # an author box's heading
    ("sw", "tail", "Kuhusu mwandishi", "author-bio"),
]


# Body sentences that use a family's words, placed inside the body: all stay.
MUST_KEEP = [
    # "and" with a name, taking part, spreading the news, a photo's source, the cause of a delay
    ("sw", "Na Rais wa chama cha wafanyakazi alisema mgomo utaendelea hadi serikali itakaposikiliza madai yao."),
    ("sw", "Shiriki katika mjadala huu, waziri aliwaambia wastaafu waliokusanyika nje ya Bunge."),
    ("sw", "Sambaza habari hii kwa wanachama wote wa chama, katibu mkuu aliagiza katika barua yake."),
    ("sw", "Chanzo cha picha hiyo iliyosambaa mitandaoni bado hakijajulikana, polisi walisema."),
    ("sw", "Chanzo cha kuchelewa kwa malipo ya pensheni ni upungufu wa fedha katika mfuko."),
    ("sw", "Picha za maandamano hayo zilisambaa kwa kasi kwenye mitandao ya kijamii."),
    # "also", "besides", "earlier", "as explained" opening a sentence
    ("sw", "Pia serikali imependekeza kubadilisha utaratibu wa kurekebisha pensheni za wastaafu wanaoendelea "
     "kufanya kazi."),
    ("sw", "Aidha, waziri alisema mfuko mpya wa pensheni utaanzishwa kwa wafanyakazi wa sekta binafsi."),
    ("sw", "Awali waziri wa fedha alisema mzigo wa pensheni umekuwa mkubwa mno kwa bajeti ya serikali."),
    ("sw", "Kama ilivyoelezwa na NSSF, wastaafu wapatao 900,000 watapata malipo makubwa zaidi kuanzia Mei."),
    # an appeal to follow instructions, to join a fund, to download a form; the writer's views
    ("sw", "Fuata maagizo yaliyotolewa kwenye ukurasa wa Facebook wa wizara, msemaji aliwaambia wastaafu."),
    ("sw", "Jiunge na mfuko wa pensheni mapema, mkurugenzi aliwashauri vijana waliohudhuria kongamano hilo."),
    ("sw", "Pakua fomu kutoka tovuti ya NSSF na uiwasilishe kabla ya mwisho wa mwezi, mamlaka ilishauri."),
    ("sw", "Mwandishi wa ripoti hiyo alisema maoni yake ni ya mwandishi binafsi, si ya wizara."),
    ("sw", "Mwandishi wetu alizungumza na wastaafu kadhaa waliokuwa wakisubiri nje ya ofisi za mfuko."),
    # an advert, the comments, an author
    ("sw", "Tangazo la serikali kuhusu mageuzi hayo lilichapishwa katika magazeti kadhaa wiki iliyopita."),
    ("sw", "Maoni ya wananchi kuhusu muswada huo yalikusanywa katika mikutano ya hadhara mikoani."),
    ("sw", "Kuhusu mwandishi wa habari aliyekamatwa, polisi walisema ataachiliwa kwa dhamana."),
]


# A heading that closes the body: comments, related articles, most read, more news.
CLOSERS = [
    ("sw", "Maoni", "Nakubaliana na waziri, mageuzi haya yalipaswa kufanyika zamani sana."),
    ("sw", "Maoni (12)", "Nakubaliana na waziri, mageuzi haya yalipaswa kufanyika zamani sana."),
    ("sw", "Habari zinazohusiana", "Serikali yaahirisha kura, huku vyama vya wafanyakazi vikishikilia mgomo wiki ijayo."),
    ("sw", "Zilizosomwa zaidi", "Serikali yaahirisha kura, huku vyama vya wafanyakazi vikishikilia mgomo wiki ijayo."),
    ("sw", "Habari zaidi", "Serikali yaahirisha kura, huku vyama vya wafanyakazi vikishikilia mgomo wiki ijayo."),
]


BIOS = [
    ("sw", "Kuhusu mwandishi", "Mwandishi wa habari, ameandika kuhusu uchumi na siasa jijini Dodoma tangu 2010."),
    ("sw", "Kuhusu Mwandishi wa Makala Hii",
     "Mchambuzi wa masuala ya uchumi, ameandika kuhusu pensheni na soko la ajira tangu 2010."),
]


# (language, pointer to an earlier report, "also" line, promo)
CHAINS = [
    ("sw", "Kama tulivyoripoti awali, serikali tayari imeahirisha kura hiyo mara mbili.",
     "Pia Baraza la Seneti litajadili pendekezo kama hilo baadaye mwaka huu.",
     "Tufuate kwenye Facebook, Instagram na X kwa habari za hivi punde."),
    ("sw", "Awali, Mwananchi liliripoti kuwa serikali ilikuwa imeahirisha kura hiyo mara mbili.",
     "Aidha, kamati ya Bunge itaupitia muswada huo mwaka huu.",
     "Jiunge na chaneli yetu ya WhatsApp upate habari kila siku."),
]
