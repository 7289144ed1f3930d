"""Phrase-pattern cases for Norwegian ("no", Bokmål and Nynorsk): a sample body and the must-drop,
must-keep, closing-heading, author-bio and teaser-chain cases that ``tests/test_rules.py`` adds to
its own tables and runs with its own checks.

The near misses (``MUST_KEEP``) are body sentences that use the same words as a pattern
(sharing, sources, photos, "also", "follow", "download", "as reported", an advert, the comment
field) in a body context: inside the body they all stay.
"""

from __future__ import annotations

BODY = {
    "no": [
        "Regjeringen la tirsdag fram et lovforslag om pensjonsreformen, som Stortinget skal behandle i løpet "
        "av våren.",
        "Ifølge statsråden skal loven holde pensjonssystemet i balanse fram til 2030 uten at arbeidstakernes "
        "avgifter økes.",
        "Fagforeningene kalte reformen urettferdig og oppfordret medlemmene til en landsomfattende protestdag "
        "neste uke.",
        "Opposisjonen mener at tidsplanen er for stram, og ønsker en lengre debatt på Stortinget før den "
        "endelige avstemningen.",
    ],
}


# (language, zone, line, expected rule id)
MUST_DROP = [
    # navigation, widgets, advert labels and notes, the reading time, a read-aloud button
    ("no", "head", "Nyheter", "nav"),
    ("no", "head", "Nyhende", "nav"),
    ("no", "head", "Logg inn", "nav"),
    ("no", "head", "Meiningar", "nav"),
    ("no", "head", "Hopp til hovedinnhold", "nav"),
    ("no", "head", "Lytt til saken", "nav"),
    ("no", "head", "Lesetid: 4 min", "nav"),
    ("no", "middle", "Annonse", "nav"),
    ("no", "middle", "Annonsørinnhold", "nav"),
    ("no", "middle", "Artikkelen fortsetter under annonsen", "nav"),
    ("no", "middle", "Saka held fram under annonsen", "nav"),
    ("no", "tail", "Tips oss", "nav"),
    ("no", "tail", "Skriv ut", "nav"),
    ("no", "tail", "Rapporter kommentar", "nav"),
    ("no", "tail", "Stikkord: pensjon, Stortinget, fagforeninger", "nav"),
    # share buttons
    ("no", "tail", "Del på e-post", "share"),
    ("no", "tail", "Del saken", "share"),
    # image lines and captions
    ("no", "middle", "Foto: Heiko Junge / NTB", "image"),
    ("no", "middle", "Bilete: Marit Hommedal / NTB", "image"),
    ("no", "middle", "Illustrasjonsfoto", "image"),
    ("no", "middle", "Arkivbilde: Statsministeren på talerstolen i Stortinget", "image"),
    ("no", "middle", "Bilde 3 av 12", "image"),
    ("no", "middle", "(Bilete: Terje Pedersen / NTB)", "image"),
    # bylines
    ("no", "head", "Av Kari Nordmann", "byline"),
    ("no", "head", "Skrive av Ola Vik", "byline"),
    ("no", "head", "Skrevet av Ingrid Berg", "byline"),
    # promos
    ("no", "tail", "Følg oss på Facebook og Instagram for de siste nyhetene.", "promo"),
    ("no", "tail", "Last ned appen vår og få varsler om siste nytt.", "promo"),
    ("no", "tail", "Abonner på nyhetsbrevet vårt og få dagens viktigste saker på e-post.", "promo"),
    ("no", "tail", "Meld deg på nyheitsbrevet vårt.", "promo"),
    ("no", "tail", "Bli abonnent i dag og les alle sakene våre.", "promo"),
    ("no", "tail", "Støtt uavhengig journalistikk.", "promo"),
    ("no", "tail", "Tips oss: Har du tips til en sak? Send SMS til 2200.", "promo"),
    # notices: cookies, a consent dialog, a paywall, moderation, the press-ethics footer, an opinion
    # disclaimer, an ad blocker, an age gate, a comment form's label
    ("no", "head", "Vi bruker informasjonskapsler (cookies) for å gi deg en bedre brukeropplevelse.", "notice"),
    ("no", "head", "Ved å bruke nettstaden godtek du at vi nyttar informasjonskapslar.", "notice"),
    ("no", "head", "Vi og våre partnere lagrer og/eller får tilgang til informasjon på en enhet, for eksempel "
     "informasjonskapsler.", "notice"),
    ("no", "tail", "Denne artikkelen er for abonnenter.", "notice"),
    ("no", "tail", "Er du allereie abonnent? Logg inn her.", "notice"),
    ("no", "tail", "Vi modererer alle innlegg før de publiseres.", "notice"),
    ("no", "tail", "Alle innlegg blir forhåndsmoderert av redaksjonen.", "notice"),
    ("no", "tail", "Kommentarfeltet er stengt for denne saken.", "notice"),
    ("no", "tail", "Avisen arbeider etter Vær Varsom-plakatens regler for god presseskikk.", "notice"),
    ("no", "tail", "Innlegget gir uttrykk for skribentens meninger.", "notice"),
    ("no", "tail", "Vi ser at du bruker en annonseblokker. Skru den av for å støtte journalistikken vår.",
     "notice"),
    ("no", "head", "Du må være over 18 år for å se dette innholdet.", "notice"),
    ("no", "tail", "Din e-postadresse vil ikke bli publisert.", "notice"),
    # teasers: "read also" inside the body, a pointer to an earlier report in the tail
    ("no", "middle", "Les også: Fagforeningene varsler streik i offentlig sektor", "teaser"),
    ("no", "middle", "Les òg: Opposisjonen vil ha folkerøysting om pensjonsreforma", "teaser"),
    ("no", "middle", "Relaterte saker: Fagforeningene varsler streik", "teaser"),
    ("no", "middle", "Ikke gå glipp av:", "teaser"),
    ("no", "tail", "Som vi tidlegare har skrive, har regjeringa alt utsett avrøystinga to gonger.", "teaser"),
    # credits
    ("no", "tail", "Kjelde: NTB", "credit"),
    ("no", "tail", "NTB", "credit"),
    ("no", "tail", "Oversatt av: Kari Nordmann", "credit"),
    ("no", "tail", "Alle rettigheter forbeholdt.", "credit"),
    ("no", "tail", "Artikkelen ble først publisert i Bergens Tidende.", "credit"),
    ("no", "tail", "Les mer på https://www.example.no/pensjon", "credit"),
    # an author box's heading
    ("no", "tail", "Om forfattaren", "author-bio"),
]


# Body sentences that use a family's words, placed inside the body: all stay.
MUST_KEEP = [
    # "part of" and sharing in the past tense
    ("no", "Del av forslaget handler om en ny pensjonsordning for selvstendig næringsdrivende."),
    ("no", "Delingen av videoen fra demonstrasjonen på Facebook fikk tusenvis av reaksjoner på ett døgn."),
    # "also", "besides" opening a sentence
    ("no", "Også arbeidsgiverne kritiserte forslaget fordi det vil øke kostnadene for bedriftene."),
    ("no", "I tillegg vil regjeringen endre reglene for hvordan pensjonene reguleres hvert år."),
    ("no", "Dessutan vil regjeringa endre reglane for korleis pensjonane skal regulerast kvart år."),
    # "of" opening a sentence, sources, photos, an illustration as subjects
    ("no", "Av de spurte svarte et flertall at reformen går for langt."),
    ("no", "Kilder i departementet sier at forslaget kan bli vedtatt allerede neste uke."),
    ("no", "Bilder og videoer fra demonstrasjonen ble delt tusenvis av ganger på sosiale medier."),
    ("no", "Illustrasjonen i rapporten viser hvordan pensjonene vil utvikle seg fram mot 2030."),
    # "follow", "download", "we are", "join" in a call or a quote
    ("no", "Følg pengene, sa lederen av kontrollkomiteen da hun forklarte hvordan gjennomgangen fant fram "
     "til selskapets kontoer på Facebook."),
    ("no", "Følg med på debatten, sa statsråden til pensjonistene som hadde møtt opp utenfor Stortinget."),
    ("no", "Last ned skjemaet fra Nav og send det inn før fristen, oppfordret direktoratet."),
    ("no", "Vi er på vei mot et pensjonssystem som ikke er bærekraftig, sa statsråden på Facebook."),
    ("no", "Bli med på protesten lørdag, oppfordret fagforeningene i en melding på Instagram."),
    # a source named for the news, a related change, more to come, an advert, the comment field
    ("no", "Som Nav har meldt, får rundt 900 000 pensjonister høyere utbetaling fra mai."),
    ("no", "Relatert til reformen er også en endring i uføretrygden, som skal behandles til høsten."),
    ("no", "Mer om dette kommer i statsbudsjettet i oktober, sa statsråden."),
    ("no", "Annonsen fra departementet ble publisert i flere aviser før høringsfristen gikk ut."),
    ("no", "Kommentarfeltet i avisen ble fylt av sinte innlegg etter at forslaget ble kjent."),
    ("no", "Tips fra lesere førte til at avisen avdekket feil i beregningene til departementet."),
]


# A heading that closes the body: comments, related articles, most read, a paywall's cut.
CLOSERS = [
    ("no", "Kommentarer", "Jeg er enig med statsråden, denne reformen burde ha kommet for lenge siden."),
    ("no", "Kommentarar (24)", "Eg er samd med statsråden, denne reforma skulle ha kome for lenge sidan."),
    ("no", "Relaterte saker", "Regjeringen utsetter avstemningen, og fagforeningene holder fast ved streiken neste uke."),
    ("no", "Mest lest", "Regjeringen utsetter avstemningen, og fagforeningene holder fast ved streiken neste uke."),
    ("no", "Fleire saker", "Regjeringa utset avrøystinga, og fagforeiningane held fast ved streiken neste veke."),
    ("no", "Denne artikkelen er kun for abonnenter.",
     "Et digitalt abonnement koster 99 kroner i måneden, og du kan si det opp når du vil."),
]


BIOS = [
    ("no", "Om forfattaren", "Journalist, skriv sidan 2010 om økonomi og politikk på Stortinget."),
    ("no", "Om kronikkforfatteren", "Samfunnsøkonom, skriver siden 2010 om pensjon og arbeidsliv."),
]


# (language, pointer to an earlier report, "also" line, promo)
CHAINS = [
    ("no", "Som vi tidligere har omtalt, har regjeringen allerede utsatt avstemningen to ganger.",
     "Også Lovavdelingen skal se på forslaget senere i år.",
     "Følg oss på Facebook og Instagram for de siste nyhetene."),
    ("no", "Som NRK tidlegare har meldt, har regjeringa alt utsett avrøystinga to gonger.",
     "Dessutan skal Stortinget handsame eit liknande forslag i år.",
     "Meld deg på nyheitsbrevet vårt."),
]
