"""Phrase-pattern cases for Latvian ("lv"): a sample body and the must-drop, must-keep,
closing-heading, author-bio and teaser-chain cases that ``tests/test_rules.py`` adds to its
own tables and runs with its own checks.

The near misses (``MUST_KEEP``) are body sentences that use the same words as a pattern
(sharing, following, photos, sources, "also", "as reported", an app, an advert) in a body
context: inside the body they all stay.
"""

from __future__ import annotations

BODY = {
    "lv": [
        "Valdība otrdien iesniedza Saeimā pensiju reformas likumprojektu, kuru deputātiem paredzēts izskatīt pavasara sesijā.",
        "Ministrs norādīja, ka grozījumu mērķis ir saglabāt pensiju sistēmas līdzsvaru līdz 2030. gadam, nepalielinot darba ņēmēju iemaksas.",
        "Arodbiedrības reformu nosauca par netaisnīgu un aicināja savus biedrus nākamnedēļ piedalīties protesta akcijās visā valstī.",
        "Opozīcija uzskata, ka termiņi ir pārāk īsi, un pieprasa ilgākas diskusijas Saeimā pirms galīgā balsojuma.",
    ],
}


# (language, zone, line, expected rule id)
MUST_DROP = [
    # navigation, page furniture, advert labels, the reading time, a read-aloud button
    ("lv", "head", "Sākums", "nav"),
    ("lv", "head", "Pāriet uz saturu", "nav"),
    ("lv", "middle", "Reklāma", "nav"),
    ("lv", "middle", "Raksta turpinājums pēc reklāmas", "nav"),
    ("lv", "head", "Lasīšanas laiks: 3 min", "nav"),
    ("lv", "head", "Klausīties rakstu", "nav"),
    ("lv", "middle", "Skatīt galeriju", "nav"),
    ("lv", "tail", "Rādīt visus komentārus", "nav"),
    ("lv", "tail", "Ziņot par pārkāpumu", "nav"),
    ("lv", "tail", "Vai šis raksts jums bija noderīgs?", "nav"),
    ("lv", "tail", "Tagi: pensijas, Saeima, arodbiedrības", "nav"),
    # share widgets ("draugiem" is also a network's name)
    ("lv", "tail", "Dalīties Facebook", "share"),
    ("lv", "tail", "Dalies ar draugiem", "share"),
    # photo credits and captions
    ("lv", "middle", "Foto: LETA", "image"),
    ("lv", "middle", "Attēlam ir ilustratīva nozīme", "image"),
    ("lv", "middle", "Ilustratīvs foto", "image"),
    # bylines, with a colon and without
    ("lv", "head", "Autors: Jānis Bērziņš", "byline"),
    ("lv", "head", "Sagatavoja Ilze Kalniņa", "byline"),
    # promos
    ("lv", "tail", "Seko mums Facebook un Instagram, lai uzzinātu jaunākās ziņas pirmais!", "promo"),
    ("lv", "tail", "Pievienojies mūsu Telegram kanālam un saņem svarīgākās ziņas.", "promo"),
    ("lv", "tail", "Piesakies mūsu jaunumu vēstulei un saņem dienas svarīgākās ziņas e-pastā.", "promo"),
    # cookie banner, moderation note, age gate
    ("lv", "head", "Šī vietne izmanto sīkdatnes (cookies). Turpinot lietot vietni, jūs piekrītat to izmantošanai.", "notice"),
    ("lv", "tail", "Komentāri tiek moderēti un publicēti pēc redakcijas pārbaudes.", "notice"),
    ("lv", "head", "Ja jums vēl nav 18 gadu, lūdzu, atstājiet šo vietni.", "notice"),
    # teasers: a pointer with a separator, pointers to an earlier report in the tail
    ("lv", "middle", "Lasi arī: Arodbiedrības draud ar streiku", "teaser"),
    ("lv", "middle", "Saistītie raksti: Saeima atliek balsojumu par pensijām", "teaser"),
    ("lv", "tail", "Kā jau ziņots, valdība balsojumu atlikusi jau divas reizes.", "teaser"),
    ("lv", "tail", "Iepriekš LETA vēstīja, ka valdība balsojumu atlikusi jau divas reizes.", "teaser"),
    # credits
    ("lv", "tail", "Avots: LETA", "credit"),
    ("lv", "tail", "Visas tiesības aizsargātas.", "credit"),
    ("lv", "tail", "Sagatavots pēc ārvalstu mediju materiāliem", "credit"),
    ("lv", "tail", "Vairāk lasi: https://www.example.lv/zinas/pensiju-reforma", "credit"),
    # a paragraph opening with an author box's heading and a colon
    ("lv", "tail", "Par autoru: Jānis Bērziņš ir ekonomikas žurnālists, kurš kopš 2010. gada raksta par pensijām un "
     "nodokļiem.", "author-bio"),
]


# Body sentences that use a family's words, placed inside the body: all stay.
MUST_KEEP = [
    # "to share" with no network or article after it
    ("lv", "Dalīties ar pieredzi arodbiedrību biedrus aicina arī juristi, kuri sola bez maksas konsultēt strādājošos."),
    # "follow along" and "join" with a network on the line, but no "us" or "our"
    ("lv", "Seko līdzi, kā notiks balsojums, savā Facebook lapā aicināja opozīcijas līderis."),
    ("lv", "Pievienojies protestam sestdien, savā Facebook lapā aicināja arodbiedrība."),
    # photos, sources and the author as subjects, without a label's colon
    ("lv", "Fotogrāfijas no protesta dažu stundu laikā izplatījās sociālajos tīklos."),
    ("lv", "Avoti ministrijā apgalvo, ka likums varētu tikt pieņemts jau nākamnedēļ."),
    ("lv", "Autors uzsver, ka reforma visvairāk skars jaunākos darbiniekus un pašnodarbinātos."),
    # "also" and "as the ministry reported" opening a sentence
    ("lv", "Arī valdība ierosināja mainīt strādājošo pensionāru pensiju indeksācijas kārtību."),
    ("lv", "Kā ziņoja ministrija, reforma stātos spēkā nākamā gada pirmajā janvārī."),
    ("lv", "Iepriekš ministrs paziņoja, ka pensijas nākamgad pieaugs vidēji par desmit procentiem."),
    # "about the author's rights", "we recommend", "related to", an advert
    ("lv", "Par autoru tiesībām ministrs nerunāja, lai gan jautājumus par tām saņēma vairākkārt."),
    ("lv", "Iesakām pensiju sistēmu pārskatīt ik pēc pieciem gadiem, teikts ekspertu atzinumā."),
    ("lv", "Saistīts ar šo lēmumu ir arī nodokļu likums, norāda eksperti."),
    ("lv", "Reklāma televīzijā maksās vairāk, ja tiks pieņemts jaunais likums."),
    # an institution's app, a rule about drones, "we are a Facebook community", "get it by e-mail"
    ("lv", "Lejupielādē lietotni „Latvija.lv“ un pārbaudi savu nākotnes pensiju, iedzīvotājus aicināja ministrija."),
    ("lv", "Dronu izmantošana bez atļaujas ir aizliegta, atgādina policija."),
    ("lv", "Esam Facebook kopiena, kas rūpējas par senioriem, sacīja organizatore."),
    ("lv", "Saņemiet izziņu e-pastā, ieteica VSAA pārstāve."),
    # "see also" and "you may be interested" going on as a sentence, "as written in the law"
    ("lv", "Skatiet arī, vai jūsu darba devējs maksā visas iemaksas, iesaka eksperti."),
    ("lv", "Tev varētu interesēt arī tas, ka pensijas pieaugs."),
    ("lv", "Kā rakstīts likumā, pensiju apmēru pārskata katru gadu oktobrī."),
]


# A heading that closes the body: comments, related articles.
CLOSERS = [
    ("lv", "Komentāri", "Pilnībā piekrītu ministram, šī reforma bija jāpieņem jau sen."),
    ("lv", "Saistītie raksti", "Valdība atliek balsojumu, bet arodbiedrības negrasās atcelt streiku."),
    ("lv", "Lasītākie", "Valdība atliek balsojumu, bet arodbiedrības negrasās atcelt streiku."),
]


BIOS = [
    ("lv", "Par autoru", "Žurnālists, kopš 2010. gada raksta par ekonomiku un politiku Rīgā."),
    ("lv", "Par autori", "Žurnāliste, kopš 2010. gada raksta par ekonomiku un politiku Liepājā."),
]


# (language, pointer to an earlier report, "also" line, promo)
CHAINS = [
    ("lv", "Kā jau ziņots, valdība balsojumu atlikusi jau divas reizes.",
     "Arī Saeima šogad izskatīs līdzīgu priekšlikumu.",
     "Seko mums Facebook un Instagram, lai uzzinātu jaunākās ziņas pirmais!"),
    ("lv", "Jau ziņots, ka valdība balsojumu atlikusi divas reizes.",
     "Turklāt Saeima šogad izskatīs līdzīgu priekšlikumu.",
     "Pievienojies mūsu Telegram kanālam un saņem svarīgākās ziņas."),
]
