"""Metadata from the removed lines: titles, bylines and dates in every supported language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import clean_and_explain
from cleaner.metadata import Metadata, from_html, from_text, parse_date
from cleaner.runner import RunOptions, clean_file

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

# language: (title, byline, date line, expected author, expected date, body paragraphs)
DOCUMENTS = {
    "fr": ("Le conseil municipal vote pour un nouveau pont", "Par Marie Dupont", "15 novembre 2017",
           "Marie Dupont", "2017-11-15", [
               "Le conseil municipal a voté mardi pour la construction d’un nouveau pont sur la "
               "rivière, ce qui met fin à un débat qui divisait la ville depuis plus de dix ans.",
               "Le pont doit relier le vieux marché aux quartiers du nord, où la plupart des "
               "nouvelles maisons ont été construites depuis la fermeture de l’usine.",
               "Les opposants au projet ont dit que l’argent serait mieux dépensé pour les écoles "
               "et pour les routes qui existent déjà, et ils ont promis d’aller en justice."]),
    "en": ("Council votes for a new bridge", "By John Smith", "November 15, 2017",
           "John Smith", "2017-11-15", [
               "The city council voted on Tuesday to build a new bridge across the river, ending a "
               "debate that had divided the town for more than ten years.",
               "The bridge will link the old market with the northern districts, where most of "
               "the new houses have been built since the factory closed.",
               "Opponents of the project said that the money would be better spent on the schools "
               "and on the roads that are already there, and they promised to go to court."]),
    "ru": ("Горсовет проголосовал за новый мост", "Автор: Иван Петров", "17 января 2012 г.",
           "Иван Петров", "2012-01-17", [
               "Городской совет во вторник проголосовал за строительство нового моста через реку, "
               "и это положило конец спору, который разделял город больше десяти лет.",
               "Мост соединит старый рынок с северными районами, где были построены почти все "
               "новые дома после того, как закрылся завод.",
               "Противники проекта сказали, что эти деньги лучше потратить на школы и на те дороги, "
               "которые уже есть, и пообещали обратиться в суд."]),
    "uk": ("Міська рада проголосувала за новий міст", "Автор: Олена Коваленко", "17 січня 2012 р.",
           "Олена Коваленко", "2012-01-17", [
               "Міська рада у вівторок проголосувала за будівництво нового мосту через річку, і це "
               "поклало край суперечці, яка розділяла місто понад десять років.",
               "Міст з'єднає старий ринок з північними районами, де було збудовано майже всі нові "
               "будинки після того, як закрився завод.",
               "Противники проєкту сказали, що ці гроші краще витратити на школи та на ті дороги, "
               "які вже є, і пообіцяли звернутися до суду."]),
    "de": ("Stadtrat stimmt für eine neue Brücke", "Von Hans Müller", "15. November 2017",
           "Hans Müller", "2017-11-15", [
               "Der Stadtrat hat am Dienstag für den Bau einer neuen Brücke über den Fluss "
               "gestimmt und damit einen Streit beendet, der die Stadt seit mehr als zehn Jahren teilte.",
               "Die Brücke soll den alten Markt mit den nördlichen Vierteln verbinden, in denen die "
               "meisten neuen Häuser gebaut wurden, seit die Fabrik geschlossen hat.",
               "Die Gegner des Projekts sagten, dass das Geld besser für die Schulen und für die "
               "Straßen ausgegeben werden sollte, die es schon gibt, und sie wollen vor Gericht gehen."]),
    "es": ("El ayuntamiento vota por un nuevo puente", "Por María García", "15 de noviembre de 2017",
           "María García", "2017-11-15", [
               "El ayuntamiento votó el martes a favor de construir un nuevo puente sobre el río, lo "
               "que pone fin a un debate que dividía a la ciudad desde hace más de diez años.",
               "El puente unirá el viejo mercado con los barrios del norte, donde se han construido "
               "la mayoría de las casas nuevas desde que cerró la fábrica.",
               "Los que se oponen al proyecto dijeron que el dinero se gastaría mejor en las escuelas "
               "y en las carreteras que ya existen, y prometieron ir a los tribunales."]),
    "it": ("Il consiglio comunale vota per un nuovo ponte", "Di Marco Rossi", "15 novembre 2017",
           "Marco Rossi", "2017-11-15", [
               "Il consiglio comunale ha votato martedì per la costruzione di un nuovo ponte sul "
               "fiume, mettendo fine a un dibattito che divideva la città da più di dieci anni.",
               "Il ponte collegherà il vecchio mercato con i quartieri del nord, dove sono state "
               "costruite la maggior parte delle case nuove da quando la fabbrica ha chiuso.",
               "Gli oppositori del progetto hanno detto che i soldi sarebbero spesi meglio per le "
               "scuole e per le strade che ci sono già, e hanno promesso di andare in tribunale."]),
}


@pytest.mark.parametrize("lang", sorted(DOCUMENTS))
def test_title_byline_and_date_in_each_language(lang: str) -> None:
    title, byline, date_line, author, date, body = DOCUMENTS[lang]
    result = clean_and_explain("\n".join([title, byline, date_line, *body]) + "\n")
    assert result.text.splitlines() == body  # the header lines are removed ...
    meta = from_text(result)  # ... and read back as metadata
    assert meta.title == title
    assert meta.author == author
    assert meta.date == date
    assert meta.language == lang
    assert meta.url is None and meta.image is None and meta.credits is None


@pytest.mark.parametrize(("text", "iso"), [
    ("15 novembre 2017", "2017-11-15"),  # fr
    ("mercredi 1er décembre 2010, 14h05", "2010-12-01"),  # fr, ordinal
    ("Publié le 3 févr. 2016", "2016-02-03"),  # fr, abbreviated month
    ("November 15, 2017", "2017-11-15"),  # en
    ("Updated: 5 Nov 2017 10:04 am", "2017-11-05"),  # en, day first
    ("Posted on March 3rd, 2015", "2015-03-03"),  # en, ordinal
    ("15. November 2017", "2017-11-15"),  # de
    ("Montag, 3. März 2014, 12:00 Uhr", "2014-03-03"),  # de
    ("15 de noviembre de 2017", "2017-11-15"),  # es
    ("lunes, 2 de enero de 2012", "2012-01-02"),  # es
    ("15 novembre 2017 alle 10:30", "2017-11-15"),  # it
    ("giovedì 3 maggio 2018", "2018-05-03"),  # it
    ("17 января 2012 г.", "2012-01-17"),  # ru, genitive
    ("среда, 18 января 2012, 15:44", "2012-01-18"),  # ru
    ("Опубликовано: 9 ноября 2017 года", "2017-11-09"),  # ru
    ("17 січня 2012 р.", "2012-01-17"),  # uk
    ("Оновлено 3 травня 2018, 12:00", "2018-05-03"),  # uk
    ("2011-12-30 10:17:03", "2011-12-30"),  # numbers
    ("17.01.2012 15:44", "2012-01-17"),  # numbers, day first
])
def test_parse_date_in_words_and_numbers(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", [
    "", "Tuesday", "15 novembre", "31 февраля 2012", "99.99.2012", "version 2017",
    "The 5 of us in 2017",
])
def test_parse_date_never_guesses(text: str) -> None:
    assert parse_date(text) is None


def test_seed_003_title_date_author_and_canonical_url() -> None:
    path = SEEDS / "003_8106c55979988182.txt"
    meta = from_text(clean_file(path, RunOptions()))
    assert meta.title == ("Le Ministère de la Défense russe livre les détails de la coopération "
                          "US-Etat Islamique")
    assert meta.date == "2017-11-15"
    assert meta.author == "Samer Hussein"
    assert meta.url == ("http://reseauinternational.net/le-ministere-de-la-defense-russe-livre-les-details"
                        "-de-la-cooperation-us-etat-islamique/")  # the tracking #fragment is dropped
    assert meta.site == "Réseau International"
    assert meta.image is not None and meta.image.endswith("1728x800_c.jpg")
    assert meta.credits == (
        "Traduction : http://www.fort-russ.com/2017/11/russian-mod-details-us-isis-cooperation.html",
        "Traduction : Avic – Réseau International",
    )
    assert meta.language == "fr" and meta.encoding == "utf-8"


def test_seed_002_language() -> None:
    meta = from_text(clean_file(SEEDS / "002_08a8d640027da759.txt", RunOptions()))
    assert meta.language == "ru"
    assert meta.author is None and meta.date is None


def test_source_credit() -> None:
    meta = from_text(clean_file(SEEDS / "001_735c3944063d5a0a.txt", RunOptions()))
    assert meta.credits == ("Source: Divers",)
    assert meta.url is None


def test_text_without_any_metadata() -> None:
    _, _, _, _, _, body = DOCUMENTS["en"]
    meta = from_text(clean_and_explain("\n".join(body) + "\n"))
    assert meta == Metadata(language="en")
    found = json.loads(meta.to_json())
    assert found == {"title": None, "author": None, "date": None, "site": None, "url": None,
                     "image": None, "credits": None, "language": "en", "encoding": None}


def test_empty_text() -> None:
    assert from_text(clean_and_explain("")) == Metadata()


def test_only_removed_lines_are_read() -> None:
    # a date and a "by" phrase inside kept body text are not metadata
    body = ("By the end of 15 November 2017 the council had voted for the bridge, and the mayor "
            "said that the work would start in the spring of the next year.")
    meta = from_text(clean_and_explain(body + "\n"))
    assert meta.author is None and meta.date is None and meta.title is None


def test_read_more_trailer_gives_the_url_in_other_languages() -> None:
    _, _, _, _, _, body = DOCUMENTS["ru"]
    text = "\n".join([*body, "Подробнее на http://example.ru/news/bridge.html#comments"]) + "\n"
    assert from_text(clean_and_explain(text)).url == "http://example.ru/news/bridge.html"


def test_html_fields_win_and_gaps_are_filled_from_the_text() -> None:
    title, byline, date_line, author, _, body = DOCUMENTS["fr"]
    result = clean_and_explain("\n".join([title, byline, date_line, *body]) + "\n")
    fields = {"title": "Titre de la page", "author": None, "date": "2017-11-16", "site": "Le Site",
              "url": None, "image": None, "language": None}
    meta = from_html(fields, result)
    assert (meta.title, meta.author, meta.date, meta.site) == ("Titre de la page", author, "2017-11-16",
                                                              "Le Site")
    assert meta.language == "fr"


def test_html_site_equal_to_the_title_is_dropped_and_relative_images_resolve() -> None:
    result = clean_and_explain("\n".join(DOCUMENTS["en"][5]) + "\n")
    fields = {"title": "Council votes", "site": "Council votes", "url": "https://example.org/a/b.html",
              "image": "/img/bridge.jpg", "author": None, "date": None, "language": None}
    meta = from_html(fields, result)
    assert meta.site is None
    assert meta.image == "https://example.org/img/bridge.jpg"


def test_copyright_lines_are_not_credits() -> None:
    _, _, _, _, _, body = DOCUMENTS["en"]
    text = "\n".join([*body, "Source: Reuters", "Copyright 2017 Example Media. All rights reserved."])
    assert from_text(clean_and_explain(text + "\n")).credits == ("Source: Reuters",)


def test_a_date_and_a_byline_near_the_body_win_over_the_page_top() -> None:
    title, byline, date_line, author, date, body = DOCUMENTS["en"]
    menu = ["Home", "News", "Sport", "Weather", "Monday, January 2, 2012"]
    menu += [f"Section {n}" for n in range(20)]
    result = clean_and_explain("\n".join([*menu, title, byline, date_line, *body]) + "\n")
    assert result.text.splitlines() == body
    meta = from_text(result)
    assert (meta.title, meta.author, meta.date) == (title, author, date)


@pytest.mark.parametrize("byline", ["By Toronto", "Posted by Updates", "Text Size A A A"])
def test_a_byline_without_a_name_gives_no_author(byline: str) -> None:
    _, _, _, _, _, body = DOCUMENTS["en"]
    meta = from_text(clean_and_explain("\n".join([byline, *body]) + "\n"))
    assert meta.author is None


def test_a_sentence_with_a_full_stop_is_not_taken_for_the_title() -> None:
    _, _, _, _, _, body = DOCUMENTS["en"]
    # a short statement touching the body is kept, as a one-line paragraph of it
    statement = "Bridge vote: council ends debate."
    result = clean_and_explain("\n".join(["Menu", statement, *body]) + "\n")
    assert result.text.splitlines() == [statement, *body]
    assert from_text(result).title is None
    headline = "Bridge vote: council ends debate"
    result = clean_and_explain("\n".join(["Menu", headline, *body]) + "\n")
    assert result.text.splitlines() == body
    assert from_text(result).title == headline


def test_a_header_line_without_words_of_the_body_is_not_the_title() -> None:
    _, _, _, _, _, body = DOCUMENTS["en"]
    result = clean_and_explain("\n".join(["Weather forecast for the weekend", *body]) + "\n")
    assert result.text.splitlines() == body
    assert from_text(result).title is None
