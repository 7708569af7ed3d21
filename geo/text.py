"""Text folding shared by every search that must ignore case, accents and punctuation.

The embedded PostgreSQL has no ``unaccent`` extension, so folding happens in Python,
once on the stored text (kept in a column of its own) and once on the query.
"""

import re

from anyascii import anyascii

_NON_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Fold ``text`` for matching: "Saint-Étienne" and "saint etienne" fold alike.

    Transliterated to ASCII (œ gives "oe", ÿ gives "y"), lower-cased, every run of
    characters other than letters and digits (hyphens, apostrophes, punctuation,
    spaces) turned into one space, no space at either end.
    """
    return _NON_ALPHANUMERIC.sub(" ", anyascii(text).lower()).strip()
