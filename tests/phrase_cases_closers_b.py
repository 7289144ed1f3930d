"""Closing-heading cases for German, French, Spanish, Italian, Portuguese and Dutch: the
headings of comment threads, related-article, "more from", latest and most-read boxes,
tags and a paywall's cut (``cleaner/data/patterns/closer``) that ``tests/test_rules.py``
adds to its own tables and runs with its own checks.

The sample bodies of these languages are ``tests/test_rules.py``'s own.  The near misses
(``MUST_KEEP``) are body sentences and short subheadings that use the same words as a
closing heading ("more contributions", "other articles of the law", "latest figures",
"read also the report", "your comment") inside the body: they all stay.
"""

from __future__ import annotations

BODY: dict[str, list[str]] = {}

# "Auch interessant" alone or with a separator still labels a teaser, in the text too
MUST_DROP: list[tuple[str, str, str, str]] = [
    ("de", "middle", "Auch interessant: Rentenreform kommt später", "teaser"),
]

_DE = "Ich stimme dem Minister zu, diese Reform hätte längst kommen müssen."
_DE_NEWS = "Regierung verschiebt die Abstimmung, die Gewerkschaften halten am Streik in der nächsten Woche fest."
_FR = "Je suis d'accord avec le ministre, cette réforme aurait dû venir depuis longtemps."
_FR_NEWS = "Le gouvernement reporte le vote et les syndicats maintiennent la grève prévue la semaine prochaine."
_ES = "Estoy de acuerdo con el ministro, esta reforma debió llegar hace mucho tiempo."
_ES_NEWS = "El Gobierno aplaza la votación y los sindicatos mantienen la huelga prevista para la próxima semana."
_IT = "Sono d'accordo con il ministro, questa riforma doveva arrivare molto tempo fa."
_IT_NEWS = "Il governo rinvia il voto e i sindacati confermano lo sciopero previsto per la prossima settimana."
_PT = "Concordo com o ministro, essa reforma já devia ter sido aprovada há muito tempo."
_PT_NEWS = "Governo adia votação da reforma e sindicatos mantêm protesto marcado para a semana que vem."
_NL = "Ik ben het helemaal eens met de minister, deze hervorming had er al lang moeten zijn."
_NL_NEWS = "Kabinet stelt de stemming uit en de vakbonden houden vast aan de staking van volgende week."

# A heading that closes the body: comments, related articles, more from an author or a
# section, latest and most read, tags, a paywall's cut.
CLOSERS = [
    ("de", "Leserkommentare", _DE),
    ("de", "Alle 12 Kommentare anzeigen", _DE),
    ("de", "Schreiben Sie einen Kommentar", _DE),
    ("de", "Hinterlasse eine Antwort Antwort abbrechen", _DE),
    ("de", "Das könnte Sie interessieren", _DE_NEWS),
    ("de", "Weitere Nachrichten aus Hamburg", _DE_NEWS),
    ("de", "Mehr aus dem Ressort", _DE_NEWS),
    ("de", "Alle Artikel von Anna Berg", _DE_NEWS),
    ("de", "Empfehlungen der Redaktion", _DE_NEWS),
    ("de", "Meistgelesene Nachrichten", _DE_NEWS),
    ("de", "Stichworte:", _DE_NEWS),
    # a news site's forum under the story: its heading, its count; its box of outside links
    ("de", "Diskutieren Sie über diesen Artikel", _DE),
    ("de", "insgesamt 312 Beiträge", _DE),
    ("de", "Mehr im Internet", _DE_NEWS),
    # a blog's invitation to its related posts, a press release's end mark and its notes
    ("en", "If you liked this, you might also like:", "Ten things I learned from rewriting our build system in a weekend."),
    ("en", "ENDS", "The university is one of the largest employers in the region, with 9,000 staff on four campuses."),
    ("en", "Notes to editors", "The researchers are available for interview on Tuesday and Wednesday afternoon."),
    ("de", "Dieser Artikel ist nur für Abonnenten sichtbar.",
     "Testen Sie jetzt vier Wochen lang alle Inhalte für einen Euro, danach monatlich kündbar."),
    ("fr", "Voir les 12 commentaires", _FR),
    ("fr", "Ajouter un commentaire", _FR),
    ("fr", "Rejoignez la discussion", _FR),
    ("fr", "À lire également", _FR_NEWS),
    ("fr", "Ces articles peuvent vous intéresser", _FR_NEWS),
    ("fr", "Du même auteur", _FR_NEWS),
    ("fr", "Tous les articles de Anne Martin", _FR_NEWS),
    ("fr", "Le choix de la rédaction", _FR_NEWS),
    ("fr", "Les articles les plus lus", _FR_NEWS),
    ("fr", "Mots clés", _FR_NEWS),
    ("fr", "Cet article est réservé aux abonnés. Il vous reste 79% à découvrir.",
     "Accédez à tous nos contenus en illimité, sur le site et dans l'application, dès le premier mois."),
    ("es", "Ver todos los comentarios", _ES),
    ("es", "Deja una respuesta", _ES),
    ("es", "Únete a la conversación", _ES),
    ("es", "También te puede interesar", _ES_NEWS),
    ("es", "Contenido relacionado", _ES_NEWS),
    ("es", "Más artículos de Ana Pérez", _ES_NEWS),
    ("es", "Más en Política", _ES_NEWS),
    ("es", "Últimas noticias", _ES_NEWS),
    ("es", "Lo más comentado", _ES_NEWS),
    ("es", "Archivado en:", _ES_NEWS),
    ("es", "Suscríbete para seguir leyendo",
     "Accede a todos los contenidos sin límites en la web y en la aplicación desde el primer mes."),
    ("it", "Leggi i commenti", _IT),
    ("it", "Scrivi un commento", _IT),
    ("it", "Partecipa alla discussione", _IT),
    ("it", "Ti potrebbe interessare", _IT_NEWS),
    ("it", "Notizie correlate", _IT_NEWS),
    ("it", "Dello stesso autore", _IT_NEWS),
    ("it", "Altre notizie di cronaca", _IT_NEWS),
    ("it", "Ultime notizie", _IT_NEWS),
    ("it", "Gli articoli più letti", _IT_NEWS),
    ("it", "Parole chiave", _IT_NEWS),
    ("it", "Abbonati per continuare a leggere",
     "Accedi a tutti i contenuti senza limiti sul sito e sull'app fin dal primo mese."),
    ("pt", "Ver todos os comentários", _PT),
    ("pt", "Deixe uma resposta", _PT),
    ("pt", "Participe da conversa", _PT),
    ("pt", "Leia também", _PT_NEWS),
    ("pt", "Você pode se interessar", _PT_NEWS),
    ("pt", "Mais do autor", _PT_NEWS),
    ("pt", "Mais notícias de Economia", _PT_NEWS),
    ("pt", "Últimas notícias", _PT_NEWS),
    ("pt", "As mais lidas", _PT_NEWS),
    ("pt", "Palavras-chave", _PT_NEWS),
    ("pt", "Esta matéria é exclusiva para assinantes.",
     "Tenha acesso ilimitado a todo o conteúdo do site e do aplicativo já no primeiro mês."),
    ("nl", "Bekijk alle reacties", _NL),
    ("nl", "Schrijf een reactie", _NL),
    ("nl", "Praat mee", _NL),
    ("nl", "Lees ook", _NL_NEWS),
    ("nl", "Dit vind je misschien ook interessant", _NL_NEWS),
    ("nl", "Meer van deze auteur", _NL_NEWS),
    ("nl", "Meer nieuws uit Utrecht", _NL_NEWS),
    ("nl", "Het laatste nieuws", _NL_NEWS),
    ("nl", "Meest bekeken", _NL_NEWS),
    ("nl", "Lees meer over:", _NL_NEWS),
    ("nl", "Dit artikel is alleen voor abonnees.",
     "Krijg onbeperkt toegang tot alle artikelen op de site en in de app vanaf de eerste maand."),
]


# Body sentences and short subheadings that use a closing heading's words, placed inside
# the body: all stay.
MUST_KEEP = [
    # "Auch interessant" opening a sentence of the text, not a teaser's label
    ("de", "Auch interessant ist, dass die Zahl der Anträge im zweiten Halbjahr deutlich gesunken ist."),
    # "more contributions", "other topics", "recommendations" (of a commission), "the latest
    # figures", "your comment"
    ("de", "Mehr Beiträge zur Rentenversicherung"),
    ("de", "Weitere Themen"),
    ("de", "Empfehlungen"),
    ("de", "Die neuesten Zahlen"),
    ("de", "Kommentare der Politiker in den sozialen Netzwerken fielen nach der Abstimmung scharf aus."),
    ("de", "Ihr Kommentar zur Reform sei unangemessen gewesen, sagte der Minister im Bundestag."),
    # "the other articles of the bill", "latest news from the front", "see also the report"
    ("fr", "Les autres articles du texte"),
    ("fr", "Dernières nouvelles"),
    ("fr", "Voir aussi le rapport de la Cour des comptes publié mardi, qui chiffre le coût de la réforme."),
    ("fr", "Vos commentaires sont les bienvenus, a déclaré le ministre aux députés de l'opposition."),
    ("fr", "Ne manquez pas le débat de ce soir, a lancé le porte-parole du gouvernement aux journalistes."),
    # "more than 300 arrested", "more in education", "other articles of the law"
    ("es", "Más de 300 detenidos"),
    ("es", "Más en educación"),
    ("es", "Otros artículos de la ley"),
    ("es", "Otras noticias del día fueron peores para el Gobierno, según reconoció el propio ministro."),
    ("es", "Ver también el informe del Banco de España, que calcula el coste de la reforma hasta 2030."),
    # "the minister's comment", "other articles of the decree", "by the same author"
    ("it", "Il commento del ministro"),
    ("it", "Altri articoli del decreto"),
    ("it", "Tutti gli articoli di legge"),
    ("it", "Dello stesso autore del rapporto è anche la proposta di alzare l'età pensionabile a 67 anni."),
    ("it", "Le ultime notizie dal Parlamento non sono incoraggianti, ha detto il segretario del sindacato."),
    # "latest", "up" (stocks that rose), "more about the deal", "read also the report"
    ("pt", "Últimas"),
    ("pt", "Em alta"),
    ("pt", "Mais sobre o acordo"),
    ("pt", "Leia também o relatório do Tribunal de Contas publicado na terça-feira sobre o custo da reforma."),
    ("pt", "Recomendamos cautela aos aposentados, disse o presidente do instituto em entrevista coletiva."),
    # "more about the plans", "more reports of violence", "other reports from witnesses"
    ("nl", "Meer over de plannen"),
    ("nl", "Meer berichten over geweld"),
    ("nl", "Andere berichten van getuigen"),
    ("nl", "Lees ook het rapport van het Centraal Planbureau van dinsdag over de kosten van de hervorming."),
    ("nl", "Het laatste nieuws over de hervorming kwam dinsdag pas na de vergadering van het kabinet."),
]

BIOS: list[tuple[str, str, str]] = []

CHAINS: list[tuple[str, str, str, str]] = []
