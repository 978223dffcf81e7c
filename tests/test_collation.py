"""Norwegian alphabetical order: one key, used by every sort."""

from __future__ import annotations

from kunnskapsapp.domain.collation import norwegian_key, sort_norwegian


def test_ae_oe_aa_come_after_z_in_that_order() -> None:
    names = ["Ålesund", "aker", "Zeta", "Ærø", "Ørsta"]
    assert sort_norwegian(names) == ["aker", "Zeta", "Ærø", "Ørsta", "Ålesund"]


def test_case_is_ignored_but_breaks_ties_with_lower_case_first() -> None:
    assert sort_norwegian(["NTNU", "nmbu", "Oslomet", "ntnu"]) == [
        "nmbu",
        "ntnu",
        "NTNU",
        "Oslomet",
    ]


def test_accents_are_ignored_at_first_and_only_break_ties() -> None:
    assert sort_norwegian(["Éva", "Erik", "Eva", "Emil"]) == ["Emil", "Erik", "Eva", "Éva"]
    assert norwegian_key("café")[0] == norwegian_key("cafe")[0]


def test_german_and_swedish_letters_sort_as_their_norwegian_counterparts() -> None:
    assert sort_norwegian(["Öberg", "Ørn", "Ødegård"]) == ["Öberg", "Ødegård", "Ørn"]
    assert sort_norwegian(["Ärlig", "Zulu", "Åmot"]) == ["Zulu", "Ärlig", "Åmot"]
    assert sort_norwegian(["Über", "Vik", "Zeta"]) == ["Vik", "Über", "Zeta"]


def test_the_order_is_total_for_any_mix() -> None:
    names = ["b", "B", "å", "Å", "a", "A", "é", "e", ""]
    assert sort_norwegian(names) == sort_norwegian(list(reversed(names)))
    assert sort_norwegian(names)[0] == ""
