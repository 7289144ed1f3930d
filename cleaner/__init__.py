"""cleaner: strip boilerplate from scraped news text, keeping the article body.

>>> from cleaner import clean
>>> clean("RSS Feed\\nLa semaine dernière, des unités de l’armée ont libéré la ville.\\n")
'La semaine dernière, des unités de l’armée ont libéré la ville.\\n'
"""

from cleaner.config import DEFAULT, Config
from cleaner.model import BlockResult, Decision, Result, RuleId
from cleaner.pipeline import clean, clean_and_explain

__all__ = ["DEFAULT", "BlockResult", "Config", "Decision", "Result", "RuleId", "clean", "clean_and_explain"]
__version__ = "0.1.0"
