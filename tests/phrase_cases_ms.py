"""Phrase-pattern cases for Malay ("ms", Malaysian and Bruneian news sites): a sample body and the
must-drop, must-keep, closing-heading, author-bio and teaser-chain cases that ``tests/test_rules.py``
adds to its own tables and runs with its own checks.

The near misses (``MUST_KEEP``) are body sentences that use the same words as a pattern
("therefore" opening with the byline word, sharing, sources, photos, "also", "follow", "join",
"download", "as reported", "earlier", an advert, comments, a personal view, personal data) in a body
context: inside the body they all stay.
"""

from __future__ import annotations

BODY = {
    "ms": [
        "Kerajaan pada hari Selasa membentangkan rang undang-undang mengenai pembaharuan sistem pencen, "
        "yang akan dibahaskan oleh Dewan Rakyat pada sesi persidangan akan datang.",
        "Menurut menteri, undang-undang itu bertujuan memastikan sistem pencen kekal seimbang sehingga 2030 "
        "tanpa menaikkan caruman pekerja.",
        "Kesatuan sekerja menyifatkan pembaharuan itu tidak adil dan menggesa ahli-ahlinya menyertai hari "
        "bantahan di seluruh negara minggu depan.",
        "Pihak pembangkang pula berpendapat jadual itu terlalu ketat dan mahu perbahasan yang lebih panjang "
        "di Parlimen sebelum undian akhir.",
    ],
}


# (language, zone, line, expected rule id)
MUST_DROP = [
    # navigation, widgets, advert labels and notes, the reading time, a read-aloud button
    ("ms", "head", "Laman Utama", "nav"),
    ("ms", "head", "Hiburan", "nav"),
    ("ms", "head", "Log Masuk", "nav"),
    ("ms", "head", "Langkau ke kandungan utama", "nav"),
    ("ms", "head", "Dengar berita ini", "nav"),
    ("ms", "head", "Masa membaca: 3 minit", "nav"),
    ("ms", "middle", "Iklan", "nav"),
    ("ms", "middle", "Kandungan tajaan", "nav"),
    ("ms", "middle", "Artikel bersambung di bawah iklan", "nav"),
    ("ms", "middle", "Tatal ke bawah untuk terus membaca", "nav"),
    ("ms", "tail", "Cetak", "nav"),
    ("ms", "tail", "Laporkan komen", "nav"),
    ("ms", "tail", "Topik: pencen, Parlimen, kesatuan sekerja", "nav"),
    ("ms", "tail", "Terima kasih kerana melanggan!", "nav"),
    # share buttons
    ("ms", "tail", "Kongsi di WhatsApp", "share"),
    ("ms", "tail", "Kongsi artikel ini", "share"),
    # image lines and captions
    ("ms", "middle", "Gambar: Bernama", "image"),
    ("ms", "middle", "Foto: Ihsan PDRM", "image"),
    ("ms", "middle", "Gambar hiasan", "image"),
    ("ms", "middle", "Gambar ihsan Kementerian Kewangan", "image"),
    ("ms", "middle", "Foto fail / BERNAMA", "image"),
    ("ms", "middle", "Gambar 3 daripada 12", "image"),
    ("ms", "middle", "(Gambar: Ahmad Zamzahuri / Utusan)", "image"),
    # bylines
    ("ms", "head", "Oleh Ahmad Faiz Yusof", "byline"),
    ("ms", "head", "Oleh: Siti Nurhaliza Ismail", "byline"),
    ("ms", "head", "Ditulis oleh Mohd Hafiz Rahman", "byline"),
    # promos
    ("ms", "tail", "Ikuti kami di Telegram untuk berita terkini.", "promo"),
    ("ms", "tail", "Sertai saluran WhatsApp Berita Harian untuk mendapatkan berita terkini.", "promo"),
    ("ms", "tail", "Langgan surat berita kami untuk berita pilihan setiap pagi.", "promo"),
    ("ms", "tail", "Muat turun aplikasi kami di App Store dan Google Play.", "promo"),
    ("ms", "tail", "Jangan terlepas berita terkini, ikuti kami di TikTok.", "promo"),
    ("ms", "tail", "Sokong kewartawanan bebas.", "promo"),
    ("ms", "tail", "Ada berita menarik? Hubungi kami melalui WhatsApp.", "promo"),
    # notices: cookies, a consent dialog, a paywall, metered access, moderation, who answers for a
    # comment, an opinion disclaimer, an ad blocker, an age gate, a comment form's label, a newsletter
    # form's note
    ("ms", "head", "Laman web ini menggunakan kuki untuk memastikan anda mendapat pengalaman terbaik.", "notice"),
    ("ms", "head", "Kami dan rakan kongsi kami menyimpan dan/atau mengakses maklumat pada peranti anda.",
     "notice"),
    ("ms", "tail", "Artikel ini hanya untuk pelanggan.", "notice"),
    ("ms", "tail", "Sudah melanggan? Log masuk di sini.", "notice"),
    ("ms", "tail", "Anda telah membaca 3 daripada 5 artikel percuma bulan ini.", "notice"),
    ("ms", "tail", "Semua komen akan dimoderasi sebelum disiarkan.", "notice"),
    ("ms", "tail", "Komen yang disiarkan adalah tanggungjawab penulis komen sepenuhnya.", "notice"),
    ("ms", "tail", "Artikel ini adalah pandangan peribadi penulis dan tidak semestinya mencerminkan pendirian "
     "Sinar Harian.", "notice"),
    ("ms", "tail", "Kami dapati anda menggunakan penyekat iklan. Sila nyahaktifkan untuk menyokong kami.",
     "notice"),
    ("ms", "head", "Anda mesti berumur 18 tahun ke atas untuk melihat kandungan ini.", "notice"),
    ("ms", "tail", "Alamat e-mel anda tidak akan disiarkan.", "notice"),
    ("ms", "tail", "Anda boleh berhenti melanggan pada bila-bila masa.", "notice"),
    # teasers: "read also" inside the body, a pointer to an earlier report in the tail
    ("ms", "middle", "Baca juga: Kesatuan sekerja ancam mogok di sektor awam", "teaser"),
    ("ms", "middle", "BACA: Pembangkang mahu undian pencen ditangguhkan", "teaser"),
    ("ms", "middle", "Berita berkaitan: Kesatuan sekerja ancam mogok", "teaser"),
    ("ms", "middle", "Jangan lepaskan:", "teaser"),
    ("ms", "tail", "Sebelum ini, Berita Harian melaporkan kerajaan sudah dua kali menangguhkan undian itu.",
     "teaser"),
    # credits
    ("ms", "tail", "Sumber: Bernama", "credit"),
    ("ms", "tail", "BERNAMA", "credit"),
    ("ms", "tail", "-- BERNAMA", "credit"),
    ("ms", "tail", "Diterjemahkan oleh: Nurul Aina", "credit"),
    ("ms", "tail", "Hak cipta terpelihara.", "credit"),
    ("ms", "tail", "Artikel ini pertama kali disiarkan di Utusan Malaysia.", "credit"),
    ("ms", "tail", "Baca artikel penuh di https://www.contoh.com.my/pencen", "credit"),
    # an author box's heading
    ("ms", "tail", "Mengenai Penulis", "author-bio"),
]


# Body sentences that use a family's words, placed inside the body: all stay.
MUST_KEEP = [
    # the byline word as "therefore", sharing in a call
    ("ms", "Oleh itu, kerajaan akan mengkaji semula kadar caruman setiap lima tahun."),
    ("ms", "Kongsi maklumat itu dengan rakan-rakan anda di Facebook, gesa kesatuan sekerja kepada ahlinya."),
    # "also", "besides", "in addition" opening a sentence
    ("ms", "Selain itu, kerajaan akan mengubah cara pencen diselaraskan setiap tahun."),
    ("ms", "Tambahan pula, caruman majikan akan dinaikkan secara berperingkat mulai tahun depan."),
    # sources, photos, a related change as subjects
    ("ms", "Sumber kementerian berkata rang undang-undang itu mungkin diluluskan seawal minggu depan."),
    ("ms", "Gambar dan video bantahan itu dikongsi ribuan kali di media sosial dalam tempoh sehari."),
    ("ms", "Berkaitan dengan pembaharuan itu, kerajaan juga akan mengubah skim insurans pekerjaan tahun ini."),
    # "follow", "join", "download", "read" in a call or a quote
    ("ms", "Ikuti perkembangan perbahasan ini, kata menteri kepada pesara yang berhimpun di luar Parlimen."),
    ("ms", "Sertai kami dalam perhimpunan Sabtu ini, kata kesatuan sekerja dalam kenyataan di Facebook."),
    ("ms", "Muat turun borang permohonan daripada laman web KWSP dan hantar sebelum tarikh tutup, gesa "
     "jabatan itu."),
    ("ms", "Baca dokumen itu dengan teliti sebelum menandatanganinya, nasihat kesatuan sekerja kepada ahlinya."),
    # a source named for the news, an earlier event, more to come, an advert, comments
    ("ms", "Seperti dilaporkan Bernama, kira-kira 900,000 pesara akan menerima bayaran lebih tinggi mulai Mei."),
    ("ms", "Sebelum ini, kerajaan pernah menangguhkan pembaharuan yang sama pada tahun 2019."),
    ("ms", "Terdahulu, menteri itu menafikan bahawa umur persaraan akan dinaikkan kepada 65 tahun."),
    ("ms", "Lebih banyak butiran akan diumumkan dalam Belanjawan pada bulan Oktober, kata menteri."),
    ("ms", "Iklan kerajaan mengenai pembaharuan itu disiarkan di beberapa akhbar sebelum tempoh rundingan tamat."),
    ("ms", "Komen menteri itu mencetuskan kemarahan pesara di media sosial selepas rang undang-undang dibentangkan."),
    # a personal view, personal data, customers
    ("ms", "Pandangan peribadi menteri itu tidak mencerminkan pendirian kerajaan, kata jurucakapnya."),
    ("ms", "Data peribadi pesara akan dilindungi di bawah undang-undang baharu, kata menteri."),
    ("ms", "Pelanggan bank juga akan terkesan kerana caruman akan dipotong terus daripada akaun mereka."),
]


# A heading that closes the body: comments, related articles, most read, a paywall's cut.
CLOSERS = [
    ("ms", "Komen", "Saya bersetuju dengan menteri, pembaharuan ini sepatutnya dibuat sejak dahulu lagi."),
    ("ms", "Komen (24)", "Saya bersetuju dengan menteri, pembaharuan ini sepatutnya dibuat sejak dahulu lagi."),
    ("ms", "Berita Berkaitan", "Kerajaan tangguhkan undian, kesatuan sekerja kekal dengan rancangan mogok minggu depan."),
    ("ms", "Paling Popular", "Kerajaan tangguhkan undian, kesatuan sekerja kekal dengan rancangan mogok minggu depan."),
    ("ms", "Berita Lain", "Kerajaan tangguhkan undian, kesatuan sekerja kekal dengan rancangan mogok minggu depan."),
    ("ms", "Artikel ini hanya untuk pelanggan.",
     "Langganan digital berharga RM9.90 sebulan dan anda boleh membatalkannya pada bila-bila masa."),
]


BIOS = [
    ("ms", "Mengenai Penulis", "Wartawan yang membuat liputan ekonomi dan politik di Kuala Lumpur sejak 2010."),
    ("ms", "Tentang Kolumnis", "Ahli ekonomi, menulis tentang pencen dan pasaran buruh sejak 2010."),
]


# (language, pointer to an earlier report, "also" line, promo)
CHAINS = [
    ("ms", "Sebelum ini, Berita Harian melaporkan kerajaan sudah dua kali menangguhkan undian itu.",
     "Selain itu, Dewan Negara juga akan membahaskan cadangan itu lewat tahun ini.",
     "Ikuti kami di Telegram untuk berita terkini."),
    ("ms", "Seperti dilaporkan sebelum ini, kerajaan sudah dua kali menangguhkan undian itu.",
     "Di samping itu, Parlimen akan membincangkan cadangan yang serupa tahun ini.",
     "Langgan surat berita kami untuk berita pilihan setiap pagi."),
]
