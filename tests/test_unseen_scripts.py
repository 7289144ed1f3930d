"""Languages and scripts no rule was written for: the statistics must still find the body.

Each page is the same kind of layout (menu, headline, date stamp, four paragraphs, footer)
in a language that had no phrase patterns here when it was written (Korean, Arabic,
Vietnamese and Japanese have had some since; Thai, Hindi and Hebrew still have none), in
scripts that break the easy
assumptions: Thai writes no spaces between words and no full stops, Hindi ends its
sentences with a danda and puts vowel signs (combining marks) inside its words, Korean is
syllabic, Arabic and Hebrew run right to left.  The paragraphs were written for this test.
"""

from __future__ import annotations

import pytest

from cleaner import clean_and_explain
from cleaner.language import detect
from cleaner.stats import measure
from cleaner.tokens import normalize, spaced_words

BODIES = {
"th": ["กรุงเทพมหานครประกาศแผนพัฒนาระบบขนส่งสาธารณะฉบับใหม่ เมื่อวันจันทร์ที่ผ่านมา โดยมีเป้าหมายเพื่อลดปัญหาการจราจรติดขัดในเขตเมืองชั้นใน และเพิ่มความสะดวกให้กับประชาชนที่เดินทางไปทำงานทุกวัน",
       "ผู้ว่าราชการกล่าวว่า โครงการนี้จะใช้งบประมาณกว่าหนึ่งหมื่นล้านบาท และจะแล้วเสร็จภายในห้าปี ซึ่งรวมถึงการสร้างเส้นทางรถไฟฟ้าสายใหม่สองสาย และการปรับปรุงป้ายรถประจำทางทั่วเมือง",
       "นักวิชาการด้านผังเมืองหลายคนแสดงความเห็นว่า แผนดังกล่าวเป็นก้าวสำคัญ แต่ยังต้องติดตามว่ารัฐบาลจะสามารถจัดหางบประมาณได้ครบตามที่ตั้งไว้หรือไม่ เพราะโครงการในอดีตหลายโครงการล่าช้ากว่ากำหนด",
       "ประชาชนที่อาศัยอยู่ในย่านชานเมืองส่วนใหญ่ต่างแสดงความยินดี เนื่องจากปัจจุบันพวกเขาต้องใช้เวลาเดินทางมากกว่าสองชั่วโมงต่อวัน และหวังว่าระบบใหม่จะช่วยให้ชีวิตประจำวันง่ายขึ้น"],
"ko": ["서울시는 월요일 대중교통 체계를 전면 개편하는 새로운 계획을 발표했다. 이번 계획은 도심의 교통 체증을 줄이고 매일 출퇴근하는 시민들의 편의를 높이는 것을 목표로 한다.",
       "시장은 이 사업에 약 1조 원의 예산이 투입되며 5년 안에 완료될 것이라고 말했다. 여기에는 새로운 지하철 노선 두 개를 건설하고 시내 전역의 버스 정류장을 개선하는 작업이 포함된다.",
       "여러 도시계획 전문가들은 이번 계획이 중요한 진전이라고 평가하면서도, 과거 많은 사업이 예정보다 늦어졌던 만큼 정부가 약속한 예산을 제대로 확보할 수 있을지 지켜봐야 한다고 지적했다.",
       "교외 지역에 사는 주민 대부분은 현재 하루 두 시간 이상을 출퇴근에 쓰고 있다며 새로운 체계가 일상생활을 더 편하게 만들어 주기를 기대한다고 밝혔다."],
"ar": ["أعلنت بلدية المدينة يوم الاثنين عن خطة جديدة لتطوير شبكة النقل العام، تهدف إلى تخفيف الازدحام المروري في وسط المدينة وتسهيل تنقل المواطنين الذين يذهبون إلى أعمالهم كل يوم.",
       "وقال رئيس البلدية إن المشروع سيكلف أكثر من مليار دولار وسيكتمل خلال خمس سنوات، ويشمل بناء خطين جديدين للمترو وتحسين محطات الحافلات في جميع أنحاء المدينة.",
       "ورأى عدد من خبراء التخطيط العمراني أن الخطة خطوة مهمة، لكنهم أشاروا إلى ضرورة متابعة قدرة الحكومة على توفير الميزانية كاملة، لأن مشاريع سابقة كثيرة تأخرت عن موعدها.",
       "وأبدى معظم سكان الضواحي ترحيبهم بالخطة، إذ يقضون حاليا أكثر من ساعتين يوميا في التنقل، ويأملون أن يجعل النظام الجديد حياتهم اليومية أسهل."],
"hi": ["नगर निगम ने सोमवार को सार्वजनिक परिवहन के विकास के लिए एक नई योजना की घोषणा की, जिसका उद्देश्य शहर के भीतरी इलाकों में यातायात की भीड़ को कम करना और रोज़ काम पर जाने वाले लोगों की सुविधा बढ़ाना है।",
       "महापौर ने कहा कि इस परियोजना पर लगभग दस हज़ार करोड़ रुपये खर्च होंगे और यह पाँच साल में पूरी होगी, जिसमें दो नई मेट्रो लाइनों का निर्माण और पूरे शहर में बस अड्डों का सुधार शामिल है।",
       "कई शहरी योजना विशेषज्ञों ने कहा कि यह योजना एक महत्वपूर्ण कदम है, लेकिन यह देखना होगा कि सरकार पूरा बजट जुटा पाती है या नहीं, क्योंकि पहले की कई परियोजनाएँ समय से पीछे चल रही हैं।",
       "उपनगरों में रहने वाले अधिकांश लोगों ने इस योजना का स्वागत किया, क्योंकि वे अभी रोज़ दो घंटे से अधिक समय यात्रा में बिताते हैं और उन्हें उम्मीद है कि नई व्यवस्था से उनका जीवन आसान होगा।"],
"tr": ["Belediye pazartesi günü toplu taşıma sistemini geliştirmek için yeni bir plan açıkladı. Plan, şehir merkezindeki trafik sıkışıklığını azaltmayı ve her gün işe gidip gelen vatandaşların işini kolaylaştırmayı amaçlıyor.",
       "Belediye başkanı, projenin bir milyar liradan fazlaya mal olacağını ve beş yıl içinde tamamlanacağını söyledi. Proje, iki yeni metro hattının yapımını ve şehir genelindeki otobüs duraklarının yenilenmesini kapsıyor.",
       "Birçok şehir planlama uzmanı planın önemli bir adım olduğunu belirtti, ancak geçmişte pek çok projenin gecikmesi nedeniyle hükümetin bütçenin tamamını sağlayıp sağlayamayacağının takip edilmesi gerektiğini vurguladı.",
       "Banliyölerde yaşayan sakinlerin çoğu, şu anda günde iki saatten fazla yolda geçirdiklerini ve yeni sistemin günlük hayatlarını kolaylaştırmasını umduklarını söyledi."],
"vi": ["Chính quyền thành phố hôm thứ Hai đã công bố kế hoạch mới nhằm phát triển hệ thống giao thông công cộng, với mục tiêu giảm ùn tắc giao thông ở khu vực trung tâm và giúp người dân đi làm hằng ngày thuận tiện hơn.",
       "Chủ tịch thành phố cho biết dự án sẽ tiêu tốn hơn một tỷ đô la và sẽ hoàn thành trong vòng năm năm, bao gồm việc xây dựng hai tuyến tàu điện ngầm mới và cải tạo các trạm xe buýt trên toàn thành phố.",
       "Nhiều chuyên gia quy hoạch đô thị nhận định kế hoạch là một bước tiến quan trọng, nhưng cần theo dõi xem chính phủ có thể huy động đủ ngân sách hay không, vì nhiều dự án trước đây đã bị chậm tiến độ.",
       "Phần lớn cư dân sống ở vùng ngoại ô bày tỏ sự hoan nghênh, bởi hiện nay họ mất hơn hai giờ mỗi ngày để đi lại và hy vọng hệ thống mới sẽ giúp cuộc sống dễ dàng hơn."],
"ja": ["東京都は月曜日、公共交通網を整備する新たな計画を発表した。都心部の交通渋滞を緩和し、毎日通勤する人々の利便性を高めることが目的だという。",
       "知事によると、事業費は一兆円を超える見込みで、五年以内の完成を目指す。新しい地下鉄路線二本の建設や、都内全域のバス停の改良などが含まれている。",
       "複数の都市計画の専門家は、今回の計画は重要な一歩だと評価する一方で、過去の多くの事業が予定より遅れたことから、政府が予算を確保できるかどうかを注視する必要があると指摘した。",
       "郊外に住む住民の多くは、現在一日に二時間以上を通勤に費やしているとして、新しい仕組みで毎日の生活が楽になることを期待していると話した。"],
"he": ["עיריית העיר הודיעה ביום שני על תוכנית חדשה לפיתוח התחבורה הציבורית, שמטרתה להפחית את עומסי התנועה במרכז העיר ולהקל על התושבים שנוסעים לעבודה מדי יום.",
       "ראש העירייה אמר כי עלות הפרויקט תעלה על מיליארד שקלים והוא יושלם בתוך חמש שנים, וכולל הקמה של שני קווי רכבת קלה חדשים ושיפור תחנות האוטובוס ברחבי העיר.",
       "כמה מומחים לתכנון עירוני אמרו כי התוכנית היא צעד חשוב, אך יש לעקוב אם הממשלה תצליח לגייס את מלוא התקציב, משום שפרויקטים רבים בעבר התעכבו.",
       "רוב התושבים בפרברים בירכו על התוכנית, משום שהם מבלים כיום יותר משעתיים ביום בנסיעות, ומקווים שהמערכת החדשה תקל על חייהם."],
"id": ["Pemerintah kota pada hari Senin mengumumkan rencana baru untuk mengembangkan sistem transportasi umum, yang bertujuan mengurangi kemacetan di pusat kota dan memudahkan warga yang berangkat kerja setiap hari.",
       "Wali kota mengatakan proyek ini akan menelan biaya lebih dari satu triliun rupiah dan akan selesai dalam lima tahun, termasuk pembangunan dua jalur kereta bawah tanah baru dan perbaikan halte bus di seluruh kota.",
       "Sejumlah pakar tata kota menilai rencana tersebut sebagai langkah penting, tetapi mereka mengingatkan bahwa kemampuan pemerintah menyediakan anggaran penuh perlu dipantau karena banyak proyek sebelumnya terlambat.",
       "Sebagian besar warga yang tinggal di pinggiran kota menyambut baik rencana itu, karena saat ini mereka menghabiskan lebih dari dua jam sehari di perjalanan dan berharap sistem baru membuat hidup lebih mudah."],
"pt": ["A prefeitura anunciou na segunda-feira um novo plano para desenvolver o sistema de transporte público, com o objetivo de reduzir os congestionamentos no centro da cidade e facilitar a vida de quem vai ao trabalho todos os dias.",
       "O prefeito disse que o projeto vai custar mais de um bilhão de reais e deve ficar pronto em cinco anos, incluindo a construção de duas novas linhas de metrô e a reforma dos pontos de ônibus em toda a cidade.",
       "Vários especialistas em planejamento urbano afirmaram que o plano é um passo importante, mas ressaltaram que é preciso acompanhar se o governo conseguirá garantir todo o orçamento, já que muitos projetos anteriores atrasaram.",
       "A maioria dos moradores dos bairros afastados recebeu bem a notícia, pois hoje passa mais de duas horas por dia no trânsito e espera que o novo sistema torne o dia a dia mais fácil."],
}


MENU = ["Home", "News", "Sport", "Business", "Contact", "RSS"]
FOOTER = ["Contact", "RSS", "Facebook", "Twitter", "2024-03-11 10:32", "Share", "© 2024 Example Media"]


def _page(body: list[str]) -> str:
    headline = body[0][:30].rsplit(" ", 1)[0] if " " in body[0][:30] else body[0][:25]
    return "\n".join(MENU) + f"\n\n{headline}\n2024-03-11 10:32\n\n" + "\n\n".join(body) + "\n\n" + "\n".join(FOOTER) + "\n"


@pytest.mark.parametrize("code", sorted(BODIES))
def test_body_of_an_unseen_language_is_kept_and_the_furniture_goes(code: str) -> None:
    body = BODIES[code]
    result = clean_and_explain(_page(body))
    assert result.language == code
    assert [line for line in result.text.splitlines() if line] == body


@pytest.mark.parametrize("code", ["th", "ko"])
def test_syllabic_and_unspaced_scripts_are_not_taken_for_chinese(code: str) -> None:
    assert detect("\n".join(BODIES[code])).code == code


def test_words_keep_their_combining_marks() -> None:
    assert spaced_words("सार्वजनिक परिवहन") == ["सार्वजनिक", "परिवहन"]
    assert spaced_words("за́мок") == ["за́мок"]
    assert spaced_words("⭐️⭐️ ok") == ["ok"]  # an emoji's variation selector is no word
    assert normalize("सार्वजनिक, परिवहन!") == "सार्वजनिक परिवहन"


def test_hindi_stopwords_are_found_inside_whole_words() -> None:
    from cleaner.language import stopwords

    stats = measure(BODIES["hi"][0], stopwords("hi"))
    assert stats.sentence_end  # the danda closes a sentence
    assert stats.stop_density >= 0.3
