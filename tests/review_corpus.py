"""A small corpus for the review tests: news pages with the usual junk around them,
two copies of one article (a near-duplicate group) and a footer shared by the site."""

from __future__ import annotations

from pathlib import Path

_BODY_A = [
    "The city council voted on Tuesday to expand the night bus network after a year of complaints "
    "from shift workers who said they had no way to get home after midnight.",
    "The new lines will run every twenty minutes between the central station and the eastern "
    "districts, where most of the hospital and warehouse staff live, the council said.",
    "Opposition members argued that the plan was too expensive and that the money should have gone "
    "to repairing the roads, but the motion passed with a comfortable majority.",
    "The first buses are expected to start running in the spring, once the drivers have been hired "
    "and trained for the new routes.",
]
_BODY_B = [
    "Farmers in the valley have started the harvest two weeks early this year because of the long "
    "dry summer, which left the grapes small but unusually sweet.",
    "Several growers said they expected a smaller but better vintage, and that the prices paid by "
    "the cooperatives would have to reflect the lower volume.",
    "The regional agriculture office has asked for emergency funds to help the smallest farms, "
    "which have lost most of their crop to the drought.",
]
_BODY_C = [
    "La bibliothèque municipale rouvrira ses portes lundi après deux ans de travaux, a annoncé la "
    "mairie dans un communiqué publié jeudi.",
    "Les lecteurs pourront y trouver une nouvelle salle consacrée à la bande dessinée ainsi qu’un "
    "espace de travail ouvert le soir jusqu’à vingt-deux heures.",
    "Le chantier, qui a coûté plus que prévu, a été financé en grande partie par la région et par "
    "une souscription auprès des habitants du quartier.",
]
FOOTER = "© 2024 Valley Courier Media Group, all rights reserved"

DOCS: dict[str, str] = {
    "bus/article.txt": "\n".join(["Home", "News", "Share on Facebook", *_BODY_A,
                                  "Read also: Council approves new cycle lanes", FOOTER]) + "\n",
    "bus/page.txt": "\n".join(["Home", "Night buses for shift workers", "By Jane Miller",
                               *_BODY_A, "Subscribe to our newsletter for daily updates",
                               FOOTER]) + "\n",
    "harvest.txt": "\n".join(["News", "Early harvest in the valley", "image: http://example.org/vines.jpg",
                              *_BODY_B, "Source: Valley Courier", FOOTER]) + "\n",
    "library.txt": "\n".join(["Aller à…", "RSS Feed", *_BODY_C, _BODY_C[0],
                              "Lire aussi : La piscine fermée pour l’été", FOOTER]) + "\n",
    "quiet.txt": "\n".join(_BODY_B[:2]) + "\n",
}


def write_corpus(folder: Path) -> Path:
    for rel, text in DOCS.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder
