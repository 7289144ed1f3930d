"""Answers remembered for the lines met last.

A run meets the same lines again and again (the menus, footers and promos of one site,
a page and the article cropped from it), and each document is finished in several
passes over mostly the same lines.  Pure functions of a line's text can answer those
from memory.  Memory is bounded: each entry costs the length of its text plus a fixed
overhead, texts longer than ``max_text`` are never held, and the oldest go first once
``budget`` is spent.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Recent(Generic[K, V]):
    """A bounded store of the entries put last; ``text_of(key)`` is the text a key
    stands for (its length is what an entry costs)."""

    def __init__(self, text_of: Callable[[K], str], budget: int, max_text: int, overhead: int) -> None:
        # ordered, so that the oldest entry goes in O(1): ``next(iter(dict))`` walks
        # past every slot freed at the front, which made eviction quadratic
        self._known: OrderedDict[K, V] = OrderedDict()
        self._text_of = text_of
        self._budget, self._max_text, self._overhead = budget, max_text, overhead
        self._spent = 0

    def get(self, key: K) -> V | None:
        return self._known.get(key)

    def put(self, key: K, value: V) -> None:
        size = len(self._text_of(key))
        if size > self._max_text or key in self._known:
            return
        known = self._known
        known[key] = value
        self._spent += size + self._overhead
        while self._spent > self._budget:
            oldest, _ = known.popitem(last=False)
            self._spent -= len(self._text_of(oldest)) + self._overhead

    @property
    def spent(self) -> int:
        """The characters held, counted with the overhead of each entry."""
        return self._spent


def _same(text: str) -> str:
    return text


class TextMemo(Generic[V]):
    """``func(text)``, from memory for the texts asked last (``func`` must be pure)."""

    def __init__(self, func: Callable[[str], V], budget: int = 1_000_000, max_text: int = 1_000,
                 overhead: int = 150) -> None:
        self.func = func
        self._recent: Recent[str, V] = Recent(_same, budget, max_text, overhead)

    def __call__(self, text: str) -> V:
        value = self._recent.get(text)
        if value is not None:  # one lookup; a function answering None is asked again
            return value
        value = self.func(text)
        self._recent.put(text, value)
        return value

    @property
    def spent(self) -> int:
        """The characters held, counted with the overhead of each text."""
        return self._recent.spent
