"""Posts set a phrase a line in Chinese and Japanese (``cleaner.rules.phrases``), and the
pages around them."""

from __future__ import annotations

from cleaner import clean, clean_and_explain
from cleaner.config import DEFAULT
from cleaner.language import stopwords
from cleaner.pipeline import analyse
from cleaner.rules.phrases import find_phrase_runs
from cleaner.stats import classify

# a Taiwanese food blog: a phrase a line, an entry of the shop's details among them
POST_ZH = ["上週終於請到假了",
           "跟大學同學兩個人一起去台南玩",
           "這次沒有排什麼行程",
           "就是想慢慢走、慢慢吃",
           "早上坐高鐵到台南",
           "再轉接駁車進市區",
           "第一站是巷子裡的老豆花店",
           "聽說已經開了快四十年",
           "老闆娘超親切，一直跟我們聊天",
           "豆花是綿密型的，入口即化",
           "糖水不會太甜，帶一點點薑的香氣",
           "營業時間：10:00~18:00",
           "吃完甜的當然要來點鹹的",
           "這家是在地朋友大推的碗粿",
           "淋上特製醬油膏，配上一點蒜泥",
           "我們十一點半到的時候只剩最後幾碗了",
           "台南真的是一個怎麼樣都吃不膩的城市",
           "有推薦的店歡迎留言告訴我喔"]
HEAD_ZH = ["首頁", "部落格", "相簿", "留言板", "登入", "小魚乾的吃喝玩樂筆記", "美食", "旅遊", "住宿",
           "[台南] 府城巷弄一日散步｜老屋豆花、古早味碗粿", "小魚乾 發表於 2011-10-18 23:47:12", "人氣 (3,481)", "分享"]
# related posts, then a comment thread: one comment long enough to read as text
FOOT_ZH = ["延伸閱讀：", "[台南] 安平老街半日遊｜蝦餅、劍獅、夕陽", "[嘉義] 火雞肉飯一日三吃大挑戰",
           "留言列表 (2)", "路過的旅人", "老林碗粿真的超好吃，我每次回台南都會去一定要再吃一次！", "2011-10-19 14:45", "回覆",
           "阿凱", "請問有低消嗎？", "2011-10-21 20:17", "回覆", "回到頁首", "關於我們", "隱私權政策"]

POST_JA = ["こんばんは！",
           "今日はお天気が良かったので",
           "朝から川沿いを散歩してきました",
           "家から歩いて二十分くらいのところに",
           "小さな公園があるんです",
           "ベンチに座ってぼーっとしていたら",
           "猫がとことこ近づいてきて",
           "私の足元で丸くなってしまいました",
           "かわいすぎて動けなかったです（笑）",
           "そのあとは駅前のパン屋さんに寄って",
           "くるみのパンとコーヒーを買いました",
           "店員さんがとても優しくて",
           "また行きたいなと思いました",
           "帰り道にはもう夕焼けが見えて",
           "季節が変わったのを感じました",
           "読んでくれてありがとうございました"]
HEAD_JA = ["ホーム", "ブログ", "ピグ", "芸能人ブログ", "人気ブログ", "新規登録", "ログイン", "ゆるっと週末日記",
           "週末の小さなお出かけ記録", "秋の川沿いをのんびり散歩", "2019-10-20 21:14:05", "テーマ：ブログ"]
FOOT_JA = ["いいね！", "コメント", "リブログ", "コメント一覧", "さくら", "猫ちゃんかわいいですね！", "2019-10-21 08:02:11",
           "前の記事", "次の記事", "ブログトップ", "記事一覧", "画像一覧", "利用規約", "ヘルプ"]


def _page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


def _kept(text: str) -> list[str]:
    return [line for line in clean(text).splitlines() if line]


def _runs(text: str) -> list[tuple[int, int]]:
    found = analyse(text)
    texts = [b.text for b in found.prepared.blocks]
    classes = [classify(s, True, DEFAULT) for s in found.stats]  # before the finder's runs are judged text
    return [(r.start, r.stop) for r in find_phrase_runs(found.language, texts, found.stats, found.line_hits,
                                                          classes, stopwords(found.language), DEFAULT)]


def test_a_post_set_a_phrase_a_line_in_chinese_is_the_body() -> None:
    # the post is the body, the shop's opening hours among its lines too; not the one
    # comment long enough to read as text, not the menus and the related posts
    text = _page(HEAD_ZH, POST_ZH, FOOT_ZH)
    assert _kept(text) == POST_ZH
    # and each line of it says why it was judged so
    result = clean_and_explain(text)
    assert all(b.final.evidence.get("phrase_run") for b in result.blocks if b.final.keep)


def test_a_post_set_a_phrase_a_line_in_japanese_is_the_body() -> None:
    # without the finder the page holds no text block at all and is kept whole
    assert _kept(_page(HEAD_JA, POST_JA, FOOT_JA)) == POST_JA


def test_the_post_is_found_as_one_run_and_the_menus_around_it_are_not() -> None:
    text = _page(HEAD_ZH, POST_ZH, FOOT_ZH)
    start = len(HEAD_ZH)
    assert _runs(text) == [(start, start + len(POST_ZH))]


def test_a_box_of_headlines_is_no_post() -> None:
    # headlines of other stories: two phrases side by side with a space between them
    headlines = ["雙11購物節將到 電商祭優惠搶客", "台灣行動支付普及率 不到4成", "日本觀光客 夜市最愛吃什麼",
                 "颱風外圍環流影響 北部山區有雨", "油價連三漲 下週可望回穩", "高鐵連假加開班次 今起訂票",
                 "夜市攤商導入掃碼 老客人不習慣", "台南老屋改建咖啡 假日排隊人潮", "房價漲幅趨緩 首購族仍觀望",
                 "天氣轉涼 火鍋店生意回溫", "景氣燈號轉黃藍 出口動能放緩", "年終獎金調查 平均一點三個月"]
    assert _runs(_page(HEAD_ZH, headlines, FOOT_ZH)) == []


def test_a_run_of_phrases_beside_paragraphs_is_left_to_the_context() -> None:
    # a news story in full paragraphs, a run of short lines under it (a box beside it):
    # the page's text is in its paragraphs, the finder says nothing
    story = ["市政府今天宣布，明年起將在市區十二個路口增設行人專用時相，讓行人可以安心穿越馬路，減少車輛轉彎時與行人發生碰撞的事故。" * 2,
             "交通局表示，這項計畫已經在三個路口試辦半年，事故件數比去年同期減少了四成，民眾的反應也相當正面。" * 2,
             "議員則提醒，增設時相可能讓尖峰時段的車流更加壅塞，希望市府在推動前能先做好號誌的整體規劃。" * 2]
    assert _runs(_page(HEAD_ZH, story, POST_ZH, FOOT_ZH)) == []


def test_a_korean_post_is_not_judged_by_function_characters() -> None:
    # Korean is measured in characters too, but its stoplist's one-syllable words match
    # a menu's labels as often as prose: the finder stays out
    post = ["안녕하세요 오늘은 베란다 텃밭 이야기를 해볼게요", "사월에 모종 두 개를 사다 심었는데",
            "드디어 빨갛게 익었어요", "처음 키워보는 거라 실수도 많았는데", "올해 시작하시는 분들께 도움이 될까 해서",
            "정리해 봅니다", "화분은 무조건 큰 걸로 고르세요", "처음엔 작은 화분에 심었다가",
            "뿌리가 꽉 차서 옮겨 심었어요", "물은 겉흙이 마르면 흠뻑 주세요", "지주대는 꼭 세워 주세요",
            "다음 글에서 또 만나요"]
    text = _page(["블로그", "이웃추가", "메뉴"], post, ["공감", "댓글", "이전 글", "다음 글"])
    assert analyse(text).language == "ko"
    assert _runs(text) == []
