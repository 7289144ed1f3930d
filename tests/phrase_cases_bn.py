"""Phrase-pattern cases for Bengali ("bn", Bangladeshi and Indian news sites): a sample body and the
must-drop, must-keep, closing-heading, author-bio and teaser-chain cases that ``tests/test_rules.py``
adds to its own tables and runs with its own checks.

The near misses (``MUST_KEEP``) are body sentences that use the same words as a pattern (shares on
the stock market, a video shared on Facebook, a report, a picture, sources, "also", "earlier", an
appeal to follow advice, a reporter or a delegation, the writer's own opinion) in a body context:
inside the body they all stay.  Bengali has no capitals, so a byline's name cannot be told from a
clause: the labels take a colon, or name no one ("নিজস্ব প্রতিবেদক").  Sites set the visarga "ঃ"
for a colon, and the lines are in NFC ("য়", "ড়" a base letter and a nukta).
"""

from __future__ import annotations

BODY = {
    "bn": [
        "সরকার মঙ্গলবার পেনশন সংস্কার সংক্রান্ত একটি বিল জাতীয় সংসদে উত্থাপন করেছে, যা বসন্তকালীন অধিবেশনে "
        "সংসদ সদস্যরা আলোচনা করবেন।",
        "মন্ত্রীর ভাষ্য অনুযায়ী, কর্মীদের চাঁদা না বাড়িয়েই ২০৩০ সাল পর্যন্ত পেনশন ব্যবস্থার ভারসাম্য বজায় "
        "রাখাই এই আইনের লক্ষ্য।",
        "শ্রমিক সংগঠনগুলো এই সংস্কারকে অন্যায্য বলে অভিহিত করেছে এবং আগামী সপ্তাহে দেশজুড়ে বিক্ষোভ "
        "কর্মসূচির ডাক দিয়েছে।",
        "বিরোধী দল বলছে, সময়সূচি খুবই সংক্ষিপ্ত এবং চূড়ান্ত ভোটের আগে সংসদে আরও দীর্ঘ আলোচনা হওয়া উচিত।",
    ],
}


# (language, zone, line, expected rule id)
MUST_DROP = [
    # navigation, widgets, advert labels and notes, a read-aloud button, a labelled list of tags
    ("bn", "head", "প্রচ্ছদ", "nav"),
    ("bn", "head", "সারাদেশ", "nav"),
    ("bn", "head", "লগইন", "nav"),
    ("bn", "head", "মূল কনটেন্টে যান", "nav"),
    ("bn", "head", "খবরটি শুনুন", "nav"),
    ("bn", "middle", "বিজ্ঞাপন", "nav"),
    ("bn", "middle", "বিজ্ঞাপনের পর বাকি অংশ", "nav"),
    ("bn", "tail", "প্রিন্ট করুন", "nav"),
    ("bn", "tail", "লিংক কপি হয়েছে", "nav"),
    ("bn", "tail", "ট্যাগ: পেনশন, জাতীয় সংসদ, শ্রমিক সংগঠন", "nav"),
    # share buttons
    ("bn", "tail", "শেয়ার করুন", "share"),
    ("bn", "tail", "ফেসবুকে শেয়ার করুন", "share"),
    ("bn", "tail", "খবরটি শেয়ার করুন", "share"),
    # image lines and captions
    ("bn", "middle", "ছবি: প্রথম আলো", "image"),
    ("bn", "middle", "ছবিঃ সংগৃহীত", "image"),
    ("bn", "middle", "ফাইল ছবি", "image"),
    ("bn", "middle", "প্রতীকী ছবি", "image"),
    ("bn", "middle", "ছবির উৎস, Getty Images", "image"),
    ("bn", "middle", "ছবির ক্যাপশান, সংসদ ভবনের সামনে শ্রমিকদের বিক্ষোভ", "image"),
    # bylines: a label with its colon, a staff byline that names no one, a correspondent's place
    ("bn", "head", "নিজস্ব প্রতিবেদক", "byline"),
    ("bn", "head", "নিজস্ব প্রতিবেদক, ঢাকা", "byline"),
    ("bn", "head", "ডেস্ক রিপোর্ট", "byline"),
    ("bn", "head", "অনলাইন ডেস্ক", "byline"),
    ("bn", "head", "রাজশাহী প্রতিনিধি", "byline"),
    ("bn", "head", "প্রতিবেদক: রফিকুল ইসলাম", "byline"),
    # promos
    ("bn", "tail", "প্রথম আলোর খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন", "promo"),
    ("bn", "tail", "সর্বশেষ খবর পেতে আমাদের ফেসবুক পেজে লাইক দিন", "promo"),
    ("bn", "tail", "আমাদের ইউটিউব চ্যানেল সাবস্ক্রাইব করুন", "promo"),
    ("bn", "tail", "ইউটিউব চ্যানেলটি সাবস্ক্রাইব করুন এবং বেল আইকনে ক্লিক করুন।", "promo"),
    # notices: a cookie banner, an opinion column's disclaimer, the comment section's disclaimer and
    # moderation, a comment form's labels, an ad blocker
    ("bn", "head", "এই ওয়েবসাইটটি আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করে। সাইটটি ব্যবহার চালিয়ে গেলে আপনি "
     "এতে সম্মত হচ্ছেন।", "notice"),
    ("bn", "tail", "(মতামত লেখকের নিজস্ব)", "notice"),
    ("bn", "tail", "এই লেখায় প্রকাশিত মতামত সম্পূর্ণ লেখকের নিজস্ব।", "notice"),
    ("bn", "tail", "পাঠকের মন্তব্যের দায় সম্পূর্ণ মন্তব্যকারীর, কর্তৃপক্ষ এর দায় নেবে না।", "notice"),
    ("bn", "tail", "মন্তব্যগুলো প্রকাশের আগে মডারেট করা হয়।", "notice"),
    ("bn", "tail", "আপনার ইমেইল ঠিকানা প্রকাশ করা হবে না।", "notice"),
    ("bn", "tail", "আপনি অ্যাডব্লকার ব্যবহার করছেন। আমাদের সহায়তা করতে এটি বন্ধ করুন।", "notice"),
    # teasers: "read also" inside the body, a pointer to an earlier report in the tail
    ("bn", "middle", "আরও পড়ুন: পেনশন সংস্কারের প্রতিবাদে শ্রমিকদের ধর্মঘটের ডাক", "teaser"),
    ("bn", "middle", "আরো পড়ুনঃ বিরোধী দল গণভোট চায়", "teaser"),
    ("bn", "middle", "আরও পড়ুন", "teaser"),
    ("bn", "middle", "এটিও পড়ুন", "teaser"),
    ("bn", "middle", "সম্পর্কিত খবর: শ্রমিক সংগঠনগুলোর ধর্মঘটের হুমকি", "teaser"),
    ("bn", "middle", "বিবিসি বাংলায় আরো পড়তে পারেন:", "teaser"),
    ("bn", "tail", "যেমনটি আমরা আগেই জানিয়েছিলাম, সরকার এর আগে দুবার ভোট পিছিয়েছে।", "teaser"),
    # credits
    ("bn", "tail", "সূত্র: বিবিসি", "credit"),
    ("bn", "tail", "তথ্যসূত্রঃ রয়টার্স", "credit"),
    ("bn", "tail", "ভাষান্তর: রাশেদুল হাসান", "credit"),
    ("bn", "tail", "সর্বস্বত্ব সংরক্ষিত।", "credit"),
    ("bn", "tail", "বাসস", "credit"),
    ("bn", "tail", "লেখাটি প্রথম প্রকাশিত হয়েছিল দ্য ডেইলি স্টারে।", "credit"),
    # an author box's heading
    ("bn", "tail", "লেখক পরিচিতি", "author-bio"),
]


# Body sentences that use a family's words, placed inside the body: all stay.
MUST_KEEP = [
    # shares on the stock market, a video shared on Facebook
    ("bn", "শেয়ারবাজারে মঙ্গলবার বড় দরপতন হয়েছে, এতে বিনিয়োগকারীরা কয়েক শ কোটি টাকা হারিয়েছেন।"),
    ("bn", "ফেসবুকে শেয়ার করা এক ভিডিওতে বিক্ষোভকারীদের সংসদ ভবনের সামনে স্লোগান দিতে দেখা যায়।"),
    # a report, a picture, sources and a reporter as subjects; a delegation of the government
    ("bn", "প্রতিবেদনে বলা হয়েছে, সংস্কারের ফলে আগামী দশ বছরে পেনশনের ব্যয় কমবে।"),
    ("bn", "ছবিতে প্রধানমন্ত্রীকে শ্রমিক নেতাদের সঙ্গে বৈঠক করতে দেখা যাচ্ছে।"),
    ("bn", "সূত্র জানায়, সরকার আগামী সপ্তাহে বিলটি আবার বিবেচনা করতে পারে।"),
    ("bn", "সরকারের প্রতিনিধি দল আজ শ্রমিক নেতাদের সঙ্গে বৈঠকে বসবে বলে জানা গেছে।"),
    ("bn", "নিজস্ব প্রতিবেদকদের পাঠানো তথ্য অনুযায়ী, দেশের অন্তত বিশটি জেলায় বিক্ষোভ হয়েছে।"),
    # "also", "besides", "earlier" opening a sentence
    ("bn", "এছাড়া কর্মরত পেনশনভোগীদের ভাতা সমন্বয়ের নিয়মও বদলানোর প্রস্তাব দিয়েছে সরকার।"),
    ("bn", "পাশাপাশি বেসরকারি খাতের কর্মীদের জন্য একটি নতুন পেনশন তহবিল গঠনের কথাও বলা হয়েছে।"),
    ("bn", "এর আগে অর্থমন্ত্রী বলেছিলেন, পেনশনের বোঝা বাজেটের জন্য অসহনীয় হয়ে উঠেছে।"),
    # an appeal to follow advice, news to get, the writer's own opinion, said in a sentence
    ("bn", "আমাদের পরামর্শ অনুসরণ করুন, সংবাদ সম্মেলনে অবসরপ্রাপ্তদের উদ্দেশে বলেন মন্ত্রী।"),
    ("bn", "সর্বশেষ খবর পেতে অবসরপ্রাপ্তরা এখন টেলিভিশন ও ফেসবুকের ওপর নির্ভর করেন।"),
    ("bn", "বিষয়টি নিয়ে লেখকের নিজস্ব মতামত জানতে চাইলে তিনি কোনো মন্তব্য করতে রাজি হননি।"),
    # a cookie, a moderator and advertisements in a report
    ("bn", "মডারেটর হিসেবে আলোচনাটি পরিচালনা করেন অর্থনীতিবিদ সেলিম রায়হান।"),
    ("bn", "বিজ্ঞাপনের মাধ্যমে সরকার পেনশন সংস্কারের সুবিধাগুলো প্রচার করছে।"),
    ("bn", "মন্তব্য করতে গিয়ে শ্রমিক নেতা বলেন, এই সংস্কার কর্মীদের স্বার্থের পরিপন্থী।"),
]


# A heading that closes the body: comments, related articles, most read, more from the section.
CLOSERS = [
    ("bn", "মন্তব্য", "আমি মন্ত্রীর সঙ্গে একমত, এই সংস্কার অনেক আগেই হওয়া উচিত ছিল।"),
    ("bn", "পাঠকের মন্তব্য (১২)", "আমি মন্ত্রীর সঙ্গে একমত, এই সংস্কার অনেক আগেই হওয়া উচিত ছিল।"),
    ("bn", "সম্পর্কিত খবর", "সরকার ভোট পিছিয়েছে, আর শ্রমিক সংগঠনগুলো আগামী সপ্তাহের ধর্মঘটে অনড় রয়েছে।"),
    ("bn", "সর্বাধিক পঠিত", "সরকার ভোট পিছিয়েছে, আর শ্রমিক সংগঠনগুলো আগামী সপ্তাহের ধর্মঘটে অনড় রয়েছে।"),
    ("bn", "এই বিভাগের আরও খবর", "সরকার ভোট পিছিয়েছে, আর শ্রমিক সংগঠনগুলো আগামী সপ্তাহের ধর্মঘটে অনড় রয়েছে।"),
]


BIOS = [
    ("bn", "লেখক পরিচিতি", "সাংবাদিক, ২০১০ সাল থেকে অর্থনীতি ও রাজনীতি নিয়ে লিখছেন।"),
    ("bn", "লেখক সম্পর্কে", "জ্যেষ্ঠ সাংবাদিক, ২০১০ সাল থেকে পেনশন ও শ্রমবাজার নিয়ে লিখছেন।"),
]


# (language, pointer to an earlier report, "also" line, promo)
CHAINS = [
    ("bn", "যেমনটি আমরা আগেই জানিয়েছিলাম, সরকার এর আগে দুবার ভোট পিছিয়েছে।",
     "এছাড়া সিনেট কমিটিও চলতি বছরে একই ধরনের একটি প্রস্তাব বিবেচনা করবে।",
     "সর্বশেষ খবর পেতে আমাদের ফেসবুক পেজে লাইক দিন"),
    ("bn", "এর আগে প্রথম আলো এ নিয়ে একটি প্রতিবেদন প্রকাশ করেছিল।",
     "পাশাপাশি সংসদীয় কমিটিও বিলটি খতিয়ে দেখবে।",
     "আমাদের ইউটিউব চ্যানেল সাবস্ক্রাইব করুন"),
]
