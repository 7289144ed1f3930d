"""A function of a line's text, remembered for the lines met last.

A run meets the same lines again and again (the menus, footers and promos of one site,
a page and the article cropped from it), and each document is finished in several
passes over mostly the same lines.  Pure functions of a line's text alone can answer
those from memory.  Memory is bounded: each text held costs its length plus a fixed
overhead, texts longer than ``max_text`` are never held, and the oldest go first once
``budget`` is spent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

V = TypeVar("V")


class TextMemo(Generic[V]):
    """``func(text)``, from memory for the texts asked last (``func`` must be pure)."""

    def __init__(self, func: Callable[[str], V], budget: int = 1_000_000, max_text: int = 1_000,
                 overhead: int = 150) -> None:
        self.func = func
        self._known: dict[str, V] = {}
        self._budget, self._max_text, self._overhead = budget, max_text, overhead
        self._spent = 0

    def __call__(self, text: str) -> V:
        value = self._known.get(text)
        if value is not None:  # one lookup; a function answering None is asked again
            return value
        value = self.func(text)
        known = self._known
        if len(text) <= self._max_text:
            known[text] = value
            self._spent += len(text) + self._overhead
            while self._spent > self._budget:
                oldest = next(iter(known))
                del known[oldest]
                self._spent -= len(oldest) + self._overhead
        return value

    @property
    def spent(self) -> int:
        """The characters held, counted with the overhead of each text."""
        return self._spent
