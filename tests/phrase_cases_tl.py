"""Phrase-pattern cases for Filipino/Tagalog ("tl", Philippine news sites in Filipino, with their
English furniture mixed in): a sample body and the must-drop, must-keep, closing-heading, author-bio
and teaser-chain cases that ``tests/test_rules.py`` adds to its own tables and runs with its own
checks.

The near misses (``MUST_KEEP``) are body sentences that use the same words as a pattern ("not even"
opening with the byline word, "got" as in a photo credit, sharing, sources, pictures, "also",
"follow", "join", "download", "as reported", "in relation to this", an advert, comments, a view that
does not represent others) in a body context: inside the body they all stay.
"""

from __future__ import annotations

BODY = {
    "tl": [
        "Inihain ng pamahalaan noong Martes ang panukalang batas tungkol sa reporma sa sistema ng pensiyon, "
        "na tatalakayin ng Kongreso sa susunod na sesyon.",
        "Ayon sa kalihim, layunin ng batas na panatilihing matatag ang sistema ng pensiyon hanggang 2030 nang "
        "hindi itinataas ang kontribusyon ng mga manggagawa.",
        "Tinawag ng mga unyon ng manggagawa na hindi makatarungan ang reporma at nanawagan sila ng malawakang "
        "kilos-protesta sa buong bansa sa susunod na linggo.",
        "Ayon naman sa oposisyon, masyadong mabilis ang takdang panahon at humihingi sila ng mas mahabang "
        "debate sa Kongreso bago ang huling botohan.",
    ],
}


# (language, zone, line, expected rule id)
MUST_DROP = [
    # navigation, widgets, advert labels and notes, the reading time, a read-aloud button
    ("tl", "head", "Balita", "nav"),
    ("tl", "head", "Opinyon", "nav"),
    ("tl", "head", "Mag-log in", "nav"),
    ("tl", "head", "Lumaktaw sa nilalaman", "nav"),
    ("tl", "head", "Pakinggan ang balitang ito", "nav"),
    ("tl", "head", "3 minutong pagbasa", "nav"),
    ("tl", "middle", "Patalastas", "nav"),
    ("tl", "middle", "Nagpapatuloy ang artikulo sa ibaba ng patalastas", "nav"),
    ("tl", "middle", "Mag-scroll pababa para magpatuloy sa pagbabasa", "nav"),
    ("tl", "tail", "I-print", "nav"),
    ("tl", "tail", "Iulat ang komento", "nav"),
    ("tl", "tail", "Mga tag: pensiyon, Kongreso, unyon ng manggagawa", "nav"),
    ("tl", "tail", "Salamat sa pag-subscribe!", "nav"),
    # share buttons
    ("tl", "tail", "Ibahagi sa Facebook", "share"),
    ("tl", "tail", "Ibahagi ang artikulong ito", "share"),
    ("tl", "tail", "I-share sa Viber", "share"),
    # image lines and captions
    ("tl", "middle", "Larawan: PNA", "image"),
    ("tl", "middle", "Litrato: Bombo Radyo", "image"),
    ("tl", "middle", "Kuha ni Juan dela Cruz", "image"),
    ("tl", "middle", "Larawan mula sa Presidential Communications Office", "image"),
    ("tl", "middle", "(Larawan mula sa PNA)", "image"),
    ("tl", "middle", "Larawan 3 ng 12", "image"),
    # bylines
    ("tl", "head", "Ni Juan dela Cruz", "byline"),
    ("tl", "head", "Isinulat ni Maria Santos", "byline"),
    ("tl", "head", "Ni: Jose Reyes", "byline"),
    # promos
    ("tl", "tail", "I-follow kami sa Facebook para sa pinakabagong balita.", "promo"),
    ("tl", "tail", "Mag-subscribe sa aming YouTube channel.", "promo"),
    ("tl", "tail", "Sumali sa aming Viber community para sa mga update.", "promo"),
    ("tl", "tail", "I-download ang aming app sa App Store at Google Play.", "promo"),
    ("tl", "tail", "Para sa mas maraming balita, i-follow ang aming Facebook page.", "promo"),
    ("tl", "tail", "Huwag palampasin ang mga pinakabagong balita, sundan kami sa TikTok.", "promo"),
    ("tl", "tail", "Suportahan ang malayang pamamahayag.", "promo"),
    ("tl", "tail", "May sumbong ka? I-text kami sa 0917 123 4567.", "promo"),
    # notices: cookies, a consent dialog, a paywall, metered access, moderation, an opinion disclaimer,
    # an ad blocker, an age gate, a comment form's labels
    ("tl", "head", "Gumagamit ang website na ito ng cookies upang mapabuti ang iyong karanasan.", "notice"),
    ("tl", "head", "Kami at ang aming mga partner ay nag-iimbak at/o nag-a-access ng impormasyon sa iyong "
     "device.", "notice"),
    ("tl", "tail", "Ang artikulong ito ay para lamang sa mga subscriber.", "notice"),
    ("tl", "tail", "Subscriber ka na ba? Mag-log in dito.", "notice"),
    ("tl", "tail", "Nabasa mo na ang 3 sa 5 libreng artikulo ngayong buwan.", "notice"),
    ("tl", "tail", "Ang mga komento ay dadaan muna sa moderasyon bago ilathala.", "notice"),
    ("tl", "tail", "Ang mga pananaw na ipinahayag dito ay sa may-akda lamang at hindi kumakatawan sa "
     "pahayagang ito.", "notice"),
    ("tl", "tail", "Napansin naming gumagamit ka ng ad blocker. Paki-disable ito upang suportahan kami.",
     "notice"),
    ("tl", "head", "Kailangang 18 taong gulang pataas ka upang makita ang nilalamang ito.", "notice"),
    ("tl", "tail", "Hindi ipa-publish ang iyong email address.", "notice"),
    ("tl", "tail", "Ipaalam sa akin ang mga bagong komento sa pamamagitan ng email.", "notice"),
    # teasers: "read also" inside the body, a pointer to an earlier report in the tail
    ("tl", "middle", "Basahin din: Nagbanta ng welga ang mga unyon sa pampublikong sektor", "teaser"),
    ("tl", "middle", "BASAHIN: Gusto ng oposisyon na ipagpaliban ang botohan", "teaser"),
    ("tl", "middle", "Kaugnay na balita: Nagbanta ng welga ang mga unyon", "teaser"),
    ("tl", "middle", "Huwag palampasin:", "teaser"),
    ("tl", "tail", "Una nang iniulat ng Abante na dalawang beses nang ipinagpaliban ng pamahalaan ang botohan.",
     "teaser"),
    # credits
    ("tl", "tail", "Pinagmulan: PNA", "credit"),
    ("tl", "tail", "Isinalin ni Ana Reyes", "credit"),
    ("tl", "tail", "Lahat ng karapatan ay nakalaan.", "credit"),
    ("tl", "tail", "Ang artikulong ito ay unang nailathala sa Pilipino Star Ngayon.", "credit"),
    ("tl", "tail", "Basahin ang buong balita sa https://www.halimbawa.ph/pensiyon", "credit"),
    # an author box's heading
    ("tl", "tail", "Tungkol sa May-akda", "author-bio"),
]


# Body sentences that use a family's words, placed inside the body: all stay.
MUST_KEEP = [
    # the byline word as "not even", a photo credit's words as "got" and "a picture of"
    ("tl", "Ni isa sa mga senador ay hindi tumutol sa panukala noong unang pagbasa."),
    ("tl", "Kuha ni Reyes ang pinakamataas na marka sa pagsusulit ng GSIS noong 2019."),
    ("tl", "Larawan ng pag-asa ang panukalang ito para sa milyun-milyong pensiyonado, ani ng kalihim."),
    # sharing in a call, a source of funds
    ("tl", "Ibahagi ang inyong saloobin sa panukala, hiling ng kalihim sa mga pensiyonado sa pulong."),
    ("tl", "Pinagmulan ng pondo ang kontribusyon ng mga manggagawa at ng kanilang mga employer."),
    # "besides", "likewise", "in relation to this" opening a sentence
    ("tl", "Bukod dito, babaguhin din ng pamahalaan ang paraan ng pag-aayos ng pensiyon bawat taon."),
    ("tl", "Gayundin, itataas ang kontribusyon ng mga employer sa loob ng limang taon."),
    ("tl", "Kaugnay nito, babaguhin din ang mga patakaran sa benepisyo para sa mga may kapansanan ngayong taon."),
    # "follow", "join", "download", "read", "don't miss" in a call or a quote
    ("tl", "Sundan ang pera, sabi ng pinuno ng komite nang ipaliwanag kung paano natunton ang mga account ng "
     "kompanya sa Facebook."),
    ("tl", "Sumali sa protesta sa Sabado, panawagan ng mga unyon sa isang mensahe sa Viber."),
    ("tl", "I-download ang form mula sa website ng SSS at ipasa bago ang takdang araw, paalala ng ahensiya."),
    ("tl", "Basahin nang mabuti ang dokumento bago ito pirmahan, payo ng unyon sa kanilang mga kasapi."),
    ("tl", "Huwag palampasin ang pagkakataong ito, paalala ng kalihim sa mga manggagawang hindi pa "
     "nakapagpaparehistro sa SSS."),
    # a source named for the news, an earlier statement, an advert, comments, the author of a bill
    ("tl", "Gaya ng iniulat ng SSS, halos 900,000 pensiyonado ang tatanggap ng mas mataas na pensiyon simula Mayo."),
    ("tl", "Una nang sinabi ng kalihim na hindi tataas ang edad ng pagreretiro sa ilalim ng panukala."),
    ("tl", "Patalastas ng kagawaran tungkol sa reporma ang lumabas sa ilang pahayagan bago matapos ang "
     "konsultasyon."),
    ("tl", "Mga komento ng publiko ang hinihingi ng komite bago ang huling botohan sa Kongreso."),
    ("tl", "Tungkol sa may-akda ng panukala, sinabi ng senador na matagal na niya itong pinag-aaralan."),
    # a view that does not represent the cabinet
    ("tl", "Ang pananaw ng kalihim ay hindi kumakatawan sa buong gabinete, ayon sa kanyang tagapagsalita."),
]


# A heading that closes the body: comments, related articles, most read, a paywall's cut.
CLOSERS = [
    ("tl", "Mga Komento", "Sang-ayon ako sa kalihim, matagal na dapat ginawa ang repormang ito."),
    ("tl", "Mga Komento (24)", "Sang-ayon ako sa kalihim, matagal na dapat ginawa ang repormang ito."),
    ("tl", "Mga Kaugnay na Balita", "Ipinagpaliban ng pamahalaan ang botohan, at itutuloy ng mga unyon ang welga sa "
     "susunod na linggo."),
    ("tl", "Pinakabinasa", "Ipinagpaliban ng pamahalaan ang botohan, at itutuloy ng mga unyon ang welga sa "
     "susunod na linggo."),
    ("tl", "Iba Pang Balita", "Ipinagpaliban ng pamahalaan ang botohan, at itutuloy ng mga unyon ang welga sa "
     "susunod na linggo."),
    ("tl", "Ang artikulong ito ay para lamang sa mga subscriber.",
     "Ang digital na subscription ay nagkakahalaga ng ₱99 kada buwan at maaari mo itong kanselahin anumang oras."),
]


BIOS = [
    ("tl", "Tungkol sa May-akda", "Mamamahayag na nag-uulat tungkol sa ekonomiya at pulitika sa Maynila mula pa "
     "noong 2010."),
    ("tl", "Tungkol sa Kolumnista", "Ekonomista, nagsusulat tungkol sa pensiyon at paggawa mula pa noong 2010."),
]


# (language, pointer to an earlier report, "also" line, promo)
CHAINS = [
    ("tl", "Una nang iniulat ng Abante na dalawang beses nang ipinagpaliban ng pamahalaan ang botohan.",
     "Bukod dito, tatalakayin din ng Senado ang isang katulad na panukala ngayong taon.",
     "I-follow kami sa Facebook para sa pinakabagong balita."),
    ("tl", "Gaya ng naunang iniulat, dalawang beses nang ipinagpaliban ng pamahalaan ang botohan.",
     "Gayundin, susuriin ng Senado ang panukala sa huling bahagi ng taon.",
     "Mag-subscribe sa aming YouTube channel."),
]
