"""Block statistics that are not covered through whole documents."""

from __future__ import annotations

from cleaner.config import DEFAULT
from cleaner.language import stopwords
from cleaner.stats import classify, measure, wrapped_groups


def test_hard_wrapped_paragraph_is_one_group_but_a_list_of_short_items_is_not() -> None:
    wrapped = [
        "The authors would like to thank everybody who contributed to the",
        "discussion of this document, in particular the members of the working",
        "group, for their reviews and comments.",
    ]
    assert wrapped_groups(wrapped) == [(0, 3)]
    poll = ["Вам…", "до 18 лет", "от 18 до 24", "от 25 до 34", "от 35 до 44"]
    assert wrapped_groups(poll) == [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]


def test_a_long_line_of_html_around_text_is_code_not_a_paragraph() -> None:
    # an "embed this article" box: the article's own sentences wrapped in markup
    sentence = "The council approved the new budget for the harbour district on Monday evening after a debate. "
    embed = f"<h2>Budget approved</h2><br /> <div>{sentence * 4}</div><div><a href='https://example.com/a'>More</a></div>"
    stop = stopwords("en")
    assert classify(measure(embed, stop), True, DEFAULT) == "code"
    assert classify(measure(sentence * 4, stop), True, DEFAULT) == "good"
    # prose that merely mentions a tag is not markup
    prose = "Use the <b> tag for bold text, the <i> tag for italics and the <a> tag for links. " + sentence * 3
    assert classify(measure(prose, stop), True, DEFAULT) == "good"


def test_a_short_label_over_lower_case_items_is_no_wrapped_paragraph() -> None:
    # a hard-wrapped paragraph's lines are long but for its last; a review's "Cons:"
    # over its items, each opening in lower case, is a list however long the last item
    cons = ["Minusy:", "hałas przy wyższych prędkościach", "uchylne tylne szyby",
            "brak regulacji wysokości fotela kierowcy i pasów bezpieczeństwa w wersji podstawowej"]
    assert wrapped_groups(cons) == [(0, 1), (1, 2), (2, 3), (3, 4)]
    wrapped = ["The committee met on Tuesday to discuss the draft, and after a long debate",
               "its members agreed to send it back to the authors with a list of questions",
               "about the budget"]
    assert wrapped_groups(wrapped) == [(0, 3)]


def test_short_lines_that_end_a_sentence_are_one_group() -> None:
    verse = ["The river wakes,", "the willows lean,", "and every stone", "is washed and green."]
    assert wrapped_groups(verse) == [(0, 4)]
    options = ["до 18 лет", "от 18 до 24", "от 25 до 34"]  # a poll: no sentence closes
    assert wrapped_groups(options) == [(0, 1), (1, 2), (2, 3)]


def test_lines_of_a_script_without_case_that_end_with_a_comma_go_on_in_the_next() -> None:
    # a TV news transcript set a clause a line: the comma says the sentence goes on
    transcript = ["港口的早市，最近多了新面孔，", "不少年輕人回來賣魚，", "生意比去年好。", "漁會表示："]
    assert wrapped_groups(transcript) == [(0, 3), (3, 4)]
    assert wrapped_groups(["朝の市場には、", "若い人の姿が増えた。"]) == [(0, 2)]
    # a headline list has no commas at the ends
    assert wrapped_groups(["港口早市人潮多", "漁會推新品牌"]) == [(0, 1), (1, 2)]


def test_thresholds_are_lowered_for_a_document_of_thin_sentences_and_never_raised() -> None:
    from dataclasses import replace

    from cleaner.pipeline import _calibrated

    stop = stopwords("en")
    thin = [
        "Project budget estimates reach roughly two billion euros, shared between national government grants, municipal bonds and private infrastructure investors.",
        "Local business associations welcomed faster connections but warned about prolonged roadworks, reduced parking capacity and temporary delivery restrictions.",
        "Regional planners expect ridership growth near twelve percent annually, driven by new housing districts, university campus expansion and airport traffic.",
    ]
    stats = [measure(t, stop) for t in thin]
    assert all(s.stop_density < DEFAULT.stop_density_high for s in stats)
    judged = _calibrated(stats, DEFAULT)
    assert judged.stop_density_high < DEFAULT.stop_density_high
    assert judged.stop_density_low < DEFAULT.stop_density_low
    assert all(classify(s, True, judged) == "good" for s in stats)
    # ordinary prose keeps the thresholds; too few long sentences tell nothing
    prose = "The council approved the new budget for the harbour district on Monday evening after a long debate."
    assert _calibrated([measure(prose, stop)] * 3, DEFAULT) is DEFAULT
    assert _calibrated(stats[:2], DEFAULT) is DEFAULT
    # never below the floor
    floor = _calibrated([replace(s, stop_density=0.0) for s in stats], DEFAULT)
    assert floor.stop_density_high == DEFAULT.calibration_floor


def test_a_teaser_cut_short_before_its_link_is_cut_off() -> None:
    stop = stopwords("en")
    teaser = "When you walk into almost any store, you're immediately overloaded with sights, sounds,… Read more Read more"
    assert measure(teaser, stop).cut_off
    assert measure("Before walking up to the till, ask yourself whether you need it... (12)", stop).cut_off
    # an ellipsis inside a sentence that closes is not a cut
    assert not measure("He paused… and then he said that the vote would go ahead on Monday.", stop).cut_off
    assert not measure("The answer is simple... mostly.", stop).cut_off


def test_a_signature_in_brackets_after_the_full_stop_still_closes_the_sentence() -> None:
    stop = stopwords("en")
    assert measure("The store will open at the end of the year or early next year. (AP)", stop).sentence_end
    assert measure("據悉蘋果普羅旺斯零售店將在今年年底或明年初開業。(曉明)", stopwords("zh")).sentence_end
    assert measure("Он добавил, что работы завершатся весной. (ИА Регнум)", stopwords("ru")).sentence_end
    # a count after a question is a poll's or a thread's, not a sentence's end
    assert not measure("Where should the city put its main Christmas tree this year? (85)", stop).sentence_end
    # brackets without a full stop before them close nothing
    assert not measure("Apple to open a glass store in Provence (photos)", stop).sentence_end


def test_a_sentence_closed_inside_quotes_of_any_convention_ends_the_line() -> None:
    de, cs, da = stopwords("de"), stopwords("cs"), stopwords("da")
    # German and Czech close with "“" (and "‘" inside), Danish »…« with "«", Swiss ‹…› with "›"
    assert measure("Die Bürgermeisterin blieb dabei: „Wir bauen die Brücke nicht ab.“", de).sentence_end
    assert measure("Er sagte nur: ‚Das war es.‘", de).sentence_end
    assert measure("Starosta řekl: „Most opravíme do léta.“", cs).sentence_end
    assert measure("Borgmesteren sagde: »Vi åbner skolen igen.«", da).sentence_end
    assert measure("Sie rief: ‹Kommt sofort!›", de).sentence_end
    # a question closed inside quotes is what somebody said, not a widget's call: it asks
    # nothing (only brackets may follow a call's mark)
    from cleaner.pipeline import _ASKS
    assert not _ASKS.search("Die Frage bleibt: „Wer soll das bezahlen?“")
    assert _ASKS.search("(Wer soll das bezahlen?)")
    # a quote opened at the end of a line closes nothing
    assert not measure("Der Titel des Buches lautet „", de).sentence_end


def test_dots_leading_to_a_page_number_are_no_ellipsis() -> None:
    from cleaner.stats import toc_entry

    entry = "2. Terminology........................................3"
    assert toc_entry(entry) and not measure(entry, frozenset()).cut_off
    assert measure("Read the rest of the story...", frozenset()).cut_off
    assert not toc_entry("And then he waited....") and not toc_entry("Chapter 4") and not toc_entry("Page.... 12345")


def test_the_lines_of_an_sql_query_are_code_and_capitals_in_prose_are_not() -> None:
    query = ["SELECT sku, qty, updated_at", "FROM stock", "WHERE warehouse_id = 17", "AND qty > 0",
             "ORDER BY updated_at DESC", "LIMIT 50;", "ON warehouse_id, qty FROM stock;", "ANALYZE stock;"]
    stop = stopwords("en")
    assert all(measure(line, stop).code_like for line in query)
    # a headline in capitals, a conjunction in capitals, a label with a colon
    prose = ["SELECT COMMITTEE REPORT", "AND then it rained", "OR a cat in the hat", "SET the table for four",
             "UPDATE: the minister resigned", "WITH a little help from friends"]
    assert not any(measure(line, stop).code_like for line in prose)


def test_shell_and_configuration_lines_are_code_and_dashes_in_prose_are_not() -> None:
    # a prompt over a command, an assignment, a unit file's keys, a command with an
    # option, a closing bracket alone: too few of the marks of program code to count
    stop = stopwords("en")
    code = ["$ sudo systemctl daemon-reload", "KEEP_DAYS=14", "Type=oneshot", "WantedBy=timers.target",
            "set -euo pipefail", "du -sh /var/backups", "tail -n 3 ~/.backup.log", "}", ");", "]"]
    assert all(measure(line, stop).code_like for line in code)
    prose = ["Temperatures fell to -20 overnight.", "w -20 stopniach", "The well-known e-mail service",
             "$ 30,12", "See the results = good", "Set the table for four - then eat."]
    assert not any(measure(line, stop).code_like for line in prose)


def test_a_key_opening_an_object_or_a_list_is_code_and_a_label_is_not() -> None:
    # a JSON or YAML sample printed a key a line ("rekt: {", "list: [", '"items": ['):
    # one bracket is too few marks of code, but a key's colon right before it at the
    # line's end is a structure's
    stop = stopwords("en")
    code = ["rekt: {", "list: [", '"items": [', "'config': {", "spec.template: {"]
    assert all(measure(line, stop).code_like for line in code)
    prose = ["Note: [see below]", "What we found:", "Result: a draw", "Where it went wrong: ["]
    assert not any(measure(line, stop).code_like for line in prose)


def test_an_ellipsis_alone_is_a_short_line_not_a_teaser_cut_short() -> None:
    # "..." standing for the elided part of a listing holds no text to judge: it takes
    # its neighbours' class like a short line (a teaser cut short has words before it)
    stop = stopwords("en")
    assert classify(measure("...", stop), True, DEFAULT) == "short"
    assert classify(measure("…", stop), True, DEFAULT) == "short"
    assert classify(measure("Ten things you never knew about the city's oldest bridge…", stop), True,
                    DEFAULT) == "bad"


def test_a_footnote_opening_with_its_number_in_brackets_is_no_code() -> None:
    stop = stopwords("en")
    notes = ["[1] Central Ground Water Board, Dynamic Ground Water Resources of India, 2017.",
             "[4] Maharashtra Groundwater (Development and Management) Act, 2009.",
             "[2] 中国汽车技术研究中心相关研究报告，2023年。"]
    assert not any(measure(line, stop).code_like for line in notes)
    # an index into an array, a list literal
    code = ["[0] = {x: 1, y: 2};", "[1, 2, 3].map(f);"]
    assert all(measure(line, stop).code_like for line in code)


def test_a_paragraph_opening_with_a_label_in_brackets_is_no_code() -> None:
    leads = [("zh", "[导读]截至22日18时，北海、钦州、防城港三市共有9800余艘渔船回港避风，海上作业人员已全部撤离上岸。"),
             ("en", "[Updated] The council said on Tuesday that the bridge would stay closed until March."),
             ("en", "[Breaking News] Two men were arrested after the raid on Tuesday night."),
             # (a label over a paragraph that opens with a figure: a date)
             ("zh", "[本报讯 新车速递] 2024年3月5日，一款新的紧凑型轿车在广州正式上市，共推出4款车型。"),
             ("en", "[Exclusive] 12 council members signed the letter on Monday, the mayor's office said.")]
    assert not any(measure(line, stopwords(lang)).code_like for lang, line in leads)
    # a section header of a configuration file, a list literal, a link in markup
    code = ["[Unit]", "[Service] ExecStart=/usr/bin/backup.sh", "[x for x in items]", "[a, b] = pair;",
            "[docs](https://example.org/docs)"]
    assert all(measure(line, stopwords("en")).code_like for line in code)


def test_an_encyclopedias_footnote_marks_after_the_full_stop_still_close_the_sentence() -> None:
    stop = stopwords("en")
    assert measure("It arrived second-hand in 1912 from a quarry line in North Wales.[7]", stop).sentence_end
    assert measure("Track was laid on the former trackbed in 1988.[8][9]", stop).sentence_end
    # a mark without a full stop before it closes nothing
    assert not measure("The railway and its rolling stock[3]", stop).sentence_end


def test_a_french_quote_closed_by_its_spaced_guillemet_closes_the_sentence() -> None:
    stop = stopwords("fr")
    assert measure("« On a mal joué. À la pause, je leur ai parlé des voisins. »", stop).sentence_end
    assert measure("« Tu viens ? » demande-t-il. « Oui ! »", stop).sentence_end
    assert measure("« C'est fini. » (AFP)", stop).sentence_end
    # a link's arrow after a headline opens no quote
    assert not measure("Sondage : une crise bancaire en 2012 ? »", stop).sentence_end
    assert not measure("Lire notre dossier sur les banques »", stop).sentence_end


def test_a_heading_with_its_sections_edit_link_glued_on_is_no_code() -> None:
    stop = stopwords("en")
    headings = ["Rolling stock[edit]", "History[edit]", "Historia[edytuj | edytuj kod]",
                "Геология[править | править код]", "历史[编辑]"]
    assert not any(measure(line, stop).code_like for line in headings)
    # a name indexed or typed in code still is
    code = ["list[PartInfo]", "items[index]", "x[i] = 3"]
    assert all(measure(line, stop).code_like for line in code)


def test_a_tag_inside_a_sentence_of_an_unspaced_script_does_not_make_the_line_a_link() -> None:
    from cleaner.stats import measure_all

    stop = stopwords("ja")
    sentence = "切れない包丁はかえって危険です。ここでは中砥（#1000）を使った基本の研ぎ方を紹介します。"
    for stats in (measure(sentence, stop), measure_all([sentence], stop)[0]):
        assert stats.url_share < DEFAULT.max_url_share
        assert classify(stats, True, DEFAULT) != "bad"
    # a line that is nothing but links and tags still is one
    for text in ("#台风 #天气预报", "https://example.cn/新闻/2024"):
        assert measure(text, stop).url_share > DEFAULT.max_url_share
        assert measure_all([text], stop)[0].url_share > DEFAULT.max_url_share


def test_a_name_over_an_opening_brace_is_code_and_prose_ending_with_one_is_not() -> None:
    # a build file's or a server's block ("dependencies {", "location / {", "@media print {"):
    # one brace is too few marks of code, but a lower-case name or a selector right before
    # it at the line's end opens a block; a sentence opens with a capital
    stop = stopwords("en")
    code = ["dependencies {", "location / {", "@media print {", ".post-body {", "  defaultConfig {"]
    assert all(measure(line, stop).code_like for line in code)
    prose = ["A brace left open {", "The set {", "He wrote { on the board", "Dependencies"]
    assert not any(measure(line, stop).code_like for line in prose)


def test_the_lines_inside_a_block_of_code_in_braces_are_code() -> None:
    from cleaner.stats import braced

    lines = ["Edit the rule:", "/var/log/nginx/*.log {", "daily", "rotate 14", "postrotate", "}",
             "Then a function:", "function flush() {", "if (queue.length) {", "send(queue)", "}", "}",
             "A brace left open {", "and prose after it"]
    code_like = [measure(line, stopwords("en")).code_like for line in lines]
    assert braced(lines, code_like, reach=60) == {2, 3, 4, 8, 9, 10}
    # a block longer than the reach is no block (the inner one still is)
    assert braced(lines, code_like, reach=3) == {9}


def test_a_build_files_block_under_a_plain_name_is_code_inside_its_braces() -> None:
    from cleaner.stats import braced

    # Gradle's "dependencies { … }": the lines inside carry few marks of code themselves
    lines = ["Use implementation instead of compile:", "dependencies {", "    implementation project(':core-ui')",
             '    kapt "com.google.dagger:dagger-compiler:$daggerVersion"', "}", "Then rebuild."]
    code_like = [measure(line, stopwords("en")).code_like for line in lines]
    assert braced(lines, code_like, reach=60) == {2, 3}


def test_figures_in_brackets_in_a_sentence_are_no_code_marks() -> None:
    # a stock's code or a share in brackets after a word of prose ("台塑(1301)"): in a
    # line as long as a sentence, no code's marks; after a name of code, or in a short
    # label's count ("Comments (7)": a widget's line, as it was), they still count
    stop = stopwords("zh")
    prose = ["傳產股表現相對溫和，塑化類股小漲1.2%，台塑(1301)收82.9元；金融股則在國泰金(2882)、富邦金(2881)帶動下上漲1.84%。"]
    assert not any(measure(line, stop).code_like for line in prose)
    code = ["if (x) exit(1); else exit(2);", "Comments (7)"]
    assert all(measure(line, stopwords("en")).code_like for line in code)
    # (a figure right after a closing bracket is a section's number: "501(c)(3)")
    assert measure("该基金会是按美国国内税收法第501(c)(3)条登记的非营利慈善机构，捐款可以抵税。", stop).code_like


def test_an_import_and_a_decorator_are_code_and_a_handle_is_not() -> None:
    # an import needs none of the marks of code ("import os"); a decorator's name is
    # called or read ("@cached(", "@app.get("): code, not a social-network handle
    stop = stopwords("en")
    code = ["from quillon import App", "from app.cache import MemoryCache, cached", "import numpy as np",
            "import os", '@app.get("/items/{item_id}")', "@cached(ttl=300)", "async def get_item(item_id: int):"]
    assert all(measure(line, stop).code_like for line in code)
    assert measure("@cached(ttl=300)", stop).url_share == 0
    prose = ["Import duties rose by a fifth.", "From Paris, import prices look different.", "Follow @newsdesk for updates"]
    assert not any(measure(line, stop).code_like for line in prose)
    assert measure("Follow @newsdesk for updates", stop).url_share > 0
    assert measure("#MeToo.", stop).url_share == 1


def test_a_dash_between_spaces_is_inner_punctuation() -> None:
    # an entry of a tour's dates without a comma, "Saturday 8 July – Leiria Castle", has
    # inner punctuation like "Saturday, 8 July"; a hyphen inside a word has none
    assert measure("Sábado 8 de julho – Castelo de Leiria", frozenset()).commas == 1
    assert measure("Суббота 8 июля — Замок", frozenset()).commas == 1
    assert measure("Sábado, 8 de julho", frozenset()).commas == 1
    assert measure("A well-known open-air venue", frozenset()).commas == 0
