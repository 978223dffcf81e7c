"""Norwegian alphabetical order: … x y z æ ø å, with case and accents ignored.

`str.lower` sorts by code point, which puts Å (U+00C5) before Æ (U+00C6) and Ø (U+00D8) and
every accented letter after z. Norwegian order, as in CLDR's collation for nb, is
`a … z æ ø å`; ä sorts as æ, ö and ő as ø, ü as y; other accents (é, à, ç) are ignored at
the first level and only break ties. Case breaks ties last (lower case first).

PyICU gives the full CLDR collation, but it needs ICU's C++ library (a 30 MB wheel where one
exists, a compiler and libicu-dev where not); the portfolio's names need only the rules above.
"Aa" is left as two letters (CLDR sorts it as å), since in this domain it is more often an
abbreviation or a foreign name than an old spelling of å.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# The three letters after z, mapped to the code points right after "z", in their order.
_AFTER_Z = {"æ": "{", "ø": "|", "å": "}"}
# Letters that Norwegian sorts as another letter at the first level.
_SAME_AS = {"ä": "æ", "ö": "ø", "ő": "ø", "ü": "y", "ű": "y", "œ": "ø", "ǿ": "ø", "ǽ": "æ"}


def _primary(text: str) -> str:
    """The letters with case and accents removed, æ ø å mapped after z."""
    out: list[str] = []
    for char in text.casefold():
        char = _SAME_AS.get(char, char)
        if char in _AFTER_Z:
            out.append(_AFTER_Z[char])
            continue
        if char.isascii():
            out.append(char)
            continue
        # é → e + ◌́: keep the base letter, drop the marks; å itself is handled above.
        base = unicodedata.normalize("NFD", char)
        stripped = "".join(c for c in base if not unicodedata.combining(c))
        out.append(_AFTER_Z.get(stripped, stripped) or char)
    return "".join(out)


@lru_cache(maxsize=65536)
def norwegian_key(text: str) -> tuple[str, str, str]:
    """Sort key for Norwegian text: `sorted(names, key=norwegian_key)`.

    First the letters alone (case and accents ignored, æ ø å after z), then the accents
    (e before é), then case (lower before upper), so that the order is total and stable."""
    folded = text.casefold()
    return (_primary(text), folded, text.swapcase())


def sort_norwegian(items: list[str]) -> list[str]:
    return sorted(items, key=norwegian_key)
