"""Text every database can hold, cleaned the same way before it reaches either engine.

PostgreSQL refuses a NUL in text (SQLite keeps it), and neither driver can encode a lone
surrogate (what a broken paste or a bad file can leave in a Python string). What is removed
is what no user means to type: the control characters (C0 and C1) except tab and newline,
and lone surrogates. A Windows or old Mac line break (CR LF, CR) becomes a newline, so a
text pasted from anywhere reads back the same on both engines.
"""

from __future__ import annotations

import re

# C0 controls except tab (09) and newline (0A), DEL, C1 controls, and any surrogate code
# point (a str holding one is never valid Unicode text).
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(value: str) -> str:
    """`value` without what a database cannot hold or a user cannot see; CR LF -> LF."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _UNWANTED.sub("", value)
