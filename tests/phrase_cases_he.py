"""Phrase-pattern cases for Hebrew: a sample body and the must-drop, must-keep,
closing-heading, author-bio and teaser-chain cases that ``tests/test_rules.py`` adds to
its own tables and runs with its own checks.

The near misses (``MUST_KEEP``) are body sentences that use the same words as a pattern
in a body context: inside the body they all stay.  Hebrew's plural imperatives are also
its past tenses ("קראו גם" read also / they also called, "הצטרפו" join / they joined),
and its labels are also nouns of plain sentences ("שיתוף הפעולה", "צילום מסך", "כתב
האישום").
"""

from __future__ import annotations

BODY = {
    "he": [
        "הממשלה הניחה ביום שלישי על שולחן הכנסת הצעת חוק לרפורמה בפנסיה, שחברי הכנסת אמורים לדון בה במהלך מושב הקיץ.",
        "לדברי השר, מטרת החוק היא לשמור על איזון בקרנות הפנסיה עד שנת 2030 מבלי להעלות את ההפרשות של העובדים.",
        "ההסתדרות כינתה את הרפורמה בלתי צודקת וקראה לעובדים להשתתף בהפגנה ארצית שתתקיים בשבוע הבא.",
        "באופוזיציה טוענים כי לוח הזמנים צפוף מדי ודורשים דיון ארוך יותר במליאה לפני ההצבעה הסופית.",
    ],
}


# (language, zone, line, expected rule id)
MUST_DROP = [
    ("he", "head", "דף הבית", "nav"),
    ("he", "head", "דלג לתוכן", "nav"),
    ("he", "head", "האזינו לכתבה", "nav"),
    ("he", "head", "זמן קריאה: 3 דקות", "nav"),
    ("he", "head", "מאת יוסי כהן", "byline"),
    ("he", "head", "פייסבוק טוויטר וואטסאפ", "share"),
    ("he", "head", "אתר זה עושה שימוש בקבצי cookies לשיפור חוויית הגלישה. המשך הגלישה באתר מהווה הסכמה לכך.", "notice"),
    ("he", "middle", "פרסומת", "nav"),
    ("he", "middle", "הכתבה נמשכת אחרי הפרסומת", "nav"),
    ("he", "middle", "קראו גם: ההסתדרות מאיימת בשביתה כללית", "teaser"),
    ("he", "middle", "עוד בנושא: האוצר מזהיר מגירעון בקרנות", "teaser"),
    ("he", "middle", "צילום: רויטרס", "image"),
    ("he", "middle", "(צילום: אורן בן חקון)", "image"),
    ("he", "middle", "צילום מסך", "image"),
    ("he", "tail", "שתפו בפייסבוק", "share"),
    ("he", "tail", "שתפו את הכתבה", "share"),
    ("he", "tail", "עקבו אחרינו בפייסבוק ובאינסטגרם", "promo"),
    ("he", "tail", "הצטרפו לערוץ הטלגרם שלנו לקבלת עדכונים שוטפים", "promo"),
    ("he", "tail", "הירשמו לניוזלטר שלנו וקבלו את החדשות החשובות ישירות למייל", "promo"),
    ("he", "tail", "מקור: רויטרס", "credit"),
    ("he", "tail", "(בשיתוף סוכנויות הידיעות)", "credit"),
    ("he", "tail", "כל הזכויות שמורות", "credit"),
    ("he", "tail", "הכתבה פורסמה לראשונה בעיתון הארץ.", "credit"),
    ("he", "tail", "הכותב הוא חוקר בכיר במכון הישראלי לדמוקרטיה.", "credit"),
    ("he", "tail", "תגיות: פנסיה, כנסת, הסתדרות", "nav"),
]


# Body sentences that use a family's words, placed inside the body: all stay.
MUST_KEEP = [
    # past tenses spelled like the imperatives: "they also called on", "they joined", "they
    # took the app down", "they followed"
    ("he", "קראו גם חברי הכנסת מהקואליציה לדחות את ההצבעה עד לסיום הדיונים בוועדה."),
    ("he", "הצטרפו לקבוצת הוואטסאפ של המפגינים אלפי תושבים מכל רחבי הארץ בתוך יממה."),
    ("he", "הורידו את האפליקציה מחנות האפליקציות לאחר שהתגלתה בה פרצת אבטחה חמורה, כך נמסר."),
    ("he", "עקבו אחרי ההצבעה בכנסת מאות אזרחים שהתאספו מול הבניין."),
    # labels as nouns or openings of plain sentences
    ("he", "שיתוף הפעולה בין הממשלה להסתדרות נמשך למרות המחלוקת על גיל הפרישה."),
    ("he", "עוד בנושא זה אמר השר כי לא יהיו שינויים בקצבאות הקיימות."),
    ("he", "צילום מסך של ההודעה הופץ ברשתות החברתיות וגרר תגובות רבות."),
    ("he", "מקורות במשרד האוצר אמרו כי החוק עשוי לעבור כבר בשבוע הבא."),
    ("he", "כתב האישום נגד ראש ההסתדרות לשעבר הוגש לבית המשפט ביום ראשון."),
    ("he", "כל הזכויות של העובדים יישמרו, הבטיח השר בנאום בכנסת."),
    ("he", "לפי סוכנויות הידיעות, ההצבעה נדחתה בשל מחלוקת בתוך הקואליציה."),
    ("he", "ראו גם את הנתונים של הלשכה המרכזית לסטטיסטיקה, אמר השר לכתבים."),
    # "also", "as is recalled" opening sentences
    ("he", "בנוסף, הממשלה הציעה לשנות את כללי ההצמדה של קצבאות הפנסיונרים העובדים."),
    ("he", "כזכור, השר הבטיח בעבר כי גיל הפרישה לא יועלה בקדנציה הנוכחית."),
]


# A heading that closes the body: comments, related articles, most read.
CLOSERS = [
    ("he", "תגובות", "אני מסכים עם השר, הרפורמה הזו הייתה צריכה לעבור מזמן."),
    ("he", "כתבות נוספות", "הממשלה דוחה את ההצבעה וההסתדרות מאיימת בשביתה בשבוע הבא."),
    ("he", "הנקראים ביותר", "הממשלה דוחה את ההצבעה וההסתדרות מאיימת בשביתה בשבוע הבא."),
]


BIOS = [
    ("he", "על הכותבת", "עיתונאית, מסקרת כלכלה ופוליטיקה בירושלים מאז 2010."),
]


# (language, pointer to an earlier report, "also" line, promo)
CHAINS = [
    ("he", "כפי שדיווחנו, הממשלה כבר דחתה את ההצבעה פעמיים.",
     "בנוסף, ועדת החוקה תדון בהצעה בהמשך השנה.",
     "עקבו אחרינו בפייסבוק ובאינסטגרם."),
]
