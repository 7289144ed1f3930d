"""Documents of one made-up site for corpus-pass tests: each its own article, all with
the same footer (lines the corpus pass must find), none from real pages."""

from __future__ import annotations

FOOTER = [
    "Copyright 2017 Example Media Group, all rights reserved.",
    "Subscribe to our newsletter for the daily briefing",
    "Follow Example Media on every network we use",
]
BODIES = [
    "The council approved the new budget on Monday after a long debate about schools and roads.",
    "Farmers in the valley said the late frost had damaged most of the apricot harvest this year.",
    "The museum will reopen its east wing in spring, after three years of careful restoration work.",
    "Engineers found that the bridge needs new cables, and the repairs will take about six months.",
    "A local team of students won the national robotics contest with a machine that sorts litter.",
]
