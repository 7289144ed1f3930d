"""Phrase-pattern cases for Urdu: a sample body and the must-drop, must-keep,
closing-heading, author-bio and teaser-chain cases that ``tests/test_rules.py`` adds to
its own tables and runs with its own checks.

The near misses (``MUST_KEEP``) are body sentences that use the same words as a pattern
(shares on the stock market, a video shared on Facebook, a report, a picture, sources,
"also", an appeal to follow instructions or to join a protest) in a body context: inside
the body they all stay.  Some lines are typed with the Arabic letters "ي", "ك" and "ه"
that Urdu sites also use.
"""

from __future__ import annotations

BODY = {
    "ur": [
        "حکومت نے منگل کے روز پنشن اصلاحات سے متعلق ایک بل قومی اسمبلی میں پیش کیا، جس پر اراکین کو بہار کے اجلاس کے دوران بحث کرنی ہے۔",
        "وزیر کے مطابق اس بل کا مقصد ملازمین کی کٹوتی میں اضافہ کیے بغیر 2030 تک پنشن کے نظام کو متوازن رکھنا ہے۔",
        "مزدور تنظیموں نے اس اصلاح کو ناانصافی قرار دیا ہے اور اگلے ہفتے ملک بھر میں احتجاج کی کال دی ہے۔",
        "حزب اختلاف کا کہنا ہے کہ وقت بہت کم ہے اور حتمی رائے شماری سے پہلے اسمبلی میں طویل بحث ہونی چاہیے۔",
    ],
}


# (language, zone, line, expected rule id)
MUST_DROP = [
    ("ur", "head", "ہوم", "nav"),
    ("ur", "head", "صفحہ اول", "nav"),
    ("ur", "head", "مواد پر جائیں", "nav"),
    ("ur", "head", "خبر سنیں", "nav"),
    ("ur", "head", "پڑھنے کا وقت: 3 منٹ", "nav"),
    ("ur", "head", "تحریر: احمد علی", "byline"),
    ("ur", "head", "رپورٹ: عائشہ خان", "byline"),
    ("ur", "head", "فیس بک ٹوئٹر واٹس ایپ", "share"),
    ("ur", "head", "یہ ویب سائٹ بہتر تجربے کے لیے cookies استعمال کرتی ہے۔ ویب سائٹ کا استعمال جاری رکھ کر آپ اس سے اتفاق کرتے ہیں۔", "notice"),
    ("ur", "middle", "اشتہار", "nav"),
    ("ur", "middle", "یہ بھی پڑھیں: پنشن بل پر اپوزیشن کا واک آؤٹ", "teaser"),
    ("ur", "middle", "یہ بھی پڑھیے", "teaser"),
    ("ur", "middle", "اس بارے میں مزید پڑھیے", "teaser"),
    ("ur", "middle", "متعلقہ خبریں: مزدور تنظیموں کا ملک گیر ہڑتال کا اعلان", "teaser"),
    # the same teaser typed with the Arabic yeh and heh
    ("ur", "middle", "يه بهي پڑهيں: پنشن بل پر اپوزیشن کا واک آؤٹ", "teaser"),
    ("ur", "middle", "تصویر: اے ایف پی", "image"),
    ("ur", "middle", "فائل فوٹو", "image"),
    ("ur", "middle", "(فوٹو: رائٹرز)", "image"),
    ("ur", "middle", "تصویر کا ذریعہ، Getty Images", "image"),
    ("ur", "tail", "فیس بک پر شیئر کریں", "share"),
    ("ur", "tail", "اس خبر کو شیئر کریں", "share"),
    ("ur", "tail", "ہمیں فیس بک اور ٹوئٹر پر فالو کریں", "promo"),
    ("ur", "tail", "تازہ ترین خبروں کے لیے ہمارے واٹس ایپ چینل کو فالو کریں", "promo"),
    ("ur", "tail", "ہمارے یوٹیوب چینل کو سبسکرائب کریں", "promo"),
    ("ur", "tail", "ہماری موبائل ایپ ڈاؤن لوڈ کریں", "promo"),
    ("ur", "tail", "بشکریہ: ڈان نیوز", "credit"),
    ("ur", "tail", "ماخذ: اے پی پی", "credit"),
    ("ur", "tail", "جملہ حقوق محفوظ ہیں۔", "credit"),
    ("ur", "tail", "نوٹ: یہ تحریر مصنف کی ذاتی رائے پر مبنی ہے، ادارے کا اس سے متفق ہونا ضروری نہیں۔", "credit"),
    ("ur", "tail", "ٹیگز: پنشن، قومی اسمبلی، مزدور تنظیمیں", "nav"),
]


# Body sentences that use a family's words, placed inside the body: all stay.
MUST_KEEP = [
    # shares on the stock market, a video shared on Facebook, a statement shared on Twitter
    ("ur", "شیئر مارکیٹ میں منگل کو شدید مندی دیکھی گئی جس سے سرمایہ کاروں کو اربوں روپے کا نقصان ہوا۔"),
    ("ur", "فیس بک پر شیئر کی گئی ویڈیو میں مظاہرین اسمبلی کے باہر نعرے لگاتے دکھائی دے رہے ہیں۔"),
    ("ur", "ٹوئٹر پر وزیر کے بیان کو ہزاروں بار شیئر کیا گیا اور اس پر شدید ردعمل سامنے آیا۔"),
    # a report, a picture and sources as subjects; a byline word without its colon
    ("ur", "رپورٹ میں کہا گیا ہے کہ اصلاحات سے آئندہ دس برسوں میں پنشن کے اخراجات کم ہوں گے۔"),
    ("ur", "تصویر میں وزیر اعظم کو مزدور رہنماؤں سے ملاقات کرتے ہوئے دیکھا جا سکتا ہے۔"),
    ("ur", "ذرائع کے مطابق حکومت اگلے ہفتے اس بل پر دوبارہ غور کر سکتی ہے۔"),
    ("ur", "مصنف نے اپنی نئی کتاب میں پنشن کے نظام کی خامیوں پر تفصیل سے روشنی ڈالی ہے۔"),
    # the polite imperative as a subjunctive: an appeal to follow instructions, to join a
    # protest, after a network or "our"
    ("ur", "فیس بک پر جاری ایک بیان میں تنظیم نے اپیل کی کہ کارکن پرامن رہیں اور ہدایات کو فالو کریں۔"),
    ("ur", "ہمارے نمائندے کے مطابق مزدور رہنماؤں نے کارکنوں سے کہا ہے کہ وہ احتجاج میں شامل ہوں۔"),
    ("ur", "ہمیں امید ہے کہ حکومت یونینوں سے بات کرے گی اور فیس بک پر پھیلنے والی افواہوں کو روکے گی، ایک مظاہرین نے کہا۔"),
    ("ur", "ہمیں چاہیے کہ ہم سوشل میڈیا پر ہر خبر کو فالو کریں، ایک طالب علم نے کہا۔"),
    # "also", "related", "before this" opening sentences
    ("ur", "اس کے علاوہ حکومت نے کام کرنے والے پنشنرز کے لیے ایڈجسٹمنٹ کے قواعد تبدیل کرنے کی تجویز بھی دی ہے۔"),
    ("ur", "متعلقہ حکام کا کہنا ہے کہ بل پر رائے شماری اگلے ماہ متوقع ہے۔"),
    ("ur", "اس سے قبل وزیر خزانہ نے کہا تھا کہ پنشن کا بوجھ بجٹ کے لیے ناقابل برداشت ہو چکا ہے۔"),
    ("ur", "یہ بھی کہا گیا کہ حکومت یونینوں کے ساتھ مذاکرات جاری رکھے گی۔"),
]


# A heading that closes the body: comments, related articles, most read.
CLOSERS = [
    ("ur", "تبصرے", "میں وزیر سے متفق ہوں، یہ اصلاحات بہت پہلے ہو جانی چاہیے تھیں۔"),
    ("ur", "متعلقہ خبریں", "حکومت نے رائے شماری مؤخر کر دی، یونینیں اگلے ہفتے کی ہڑتال پر قائم ہیں۔"),
    ("ur", "سب سے زیادہ پڑھی جانے والی", "حکومت نے رائے شماری مؤخر کر دی، یونینیں اگلے ہفتے کی ہڑتال پر قائم ہیں۔"),
    ("ur", "اسی بارے میں", "حکومت نے رائے شماری مؤخر کر دی، یونینیں اگلے ہفتے کی ہڑتال پر قائم ہیں۔"),
]


BIOS = [
    ("ur", "مصنف کے بارے میں", "صحافی، 2010 سے اسلام آباد میں معیشت اور سیاست پر لکھ رہے ہیں۔"),
]


# (language, pointer to an earlier report, "also" line, promo)
CHAINS = [
    ("ur", "جیسا کہ ہم نے پہلے بتایا تھا، حکومت دو مرتبہ رائے شماری مؤخر کر چکی ہے۔",
     "اس کے علاوہ سینیٹ بھی اس سال اسی طرح کی ایک تجویز پر بحث کرے گی۔",
     "ہمیں فیس بک اور ٹوئٹر پر فالو کریں۔"),
]
