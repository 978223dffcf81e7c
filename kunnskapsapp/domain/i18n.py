"""The domain's own words as the window shows them: Norwegian Bokmål as written, or English
when the window runs in English.

The domain holds Norwegian words: the labels of the enums (`LabelledEnum.label`), the nouns
and field labels of the entity declarations, the services' validation messages. Reports,
exports, imports and the command line use them as they are, whatever the window's language:
they are documents for Norwegian meetings and files that must import again. So `.label`
stays Norwegian, and the window asks here instead:

    enum_label(ProjectStatus.ONGOING)     # "Pågående", or "Ongoing"
    label_of(m.Project, "start_date")     # "Startdato", or "Start date"
    singular(entity(m.Project))           # "prosjekt", or "project"
    message(error)                        # a ValidationError's template, translated and filled in

The window's start-up (ui.i18n.install_domain_hook) calls `install(translate)` with a
function (context, text) -> str: Qt's translators in English, the text as written in Bokmål.
This module never imports Qt. Until `install` is called every word is given back as written.

The English catalogue of these words (resources/translations/kunnskapsapp_domain_en.ts) is
written by tests/tools/domain_catalogue.py (run by tests/tools/update_translations.py) from
`catalogue()`, every label and noun this module can be asked for, and the messages it finds
in the services' source, each under the context it is asked with:
- an enum's labels: the enum's class name (`ProjectStatus`);
- an entity's field, link and derived labels, its form warnings and its naming's template:
  the model's class name (`Project`);
- the nouns: `Singular` and `Plural` (some nouns are the same in both, `årsbeløp`, and differ
  in English), and `Lists` for the «og» that ends a list of counts;
- messages: the context their ValidationError names (`Validation`, the default; `Records`
  for the checks every record gets in services/crud.py);
- the services' phrases (`errors.Phrase`: a warning, a holiday's name, what an import does
  with a row): the context they name (`Funding`, `Meeting`, `Holiday`, `Import`), and the
  words of a `Count` in them under `Singular` and `Plural`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from kunnskapsapp.domain.base import Base
from kunnskapsapp.domain.entities import ENTITIES, EntitySpec, FieldSpec, entity
from kunnskapsapp.domain.enums import LabelledEnum
from kunnskapsapp.domain.errors import Count, Lower, Number, Phrase, Plural, fill, norwegian
from kunnskapsapp.domain.translation import Translate, install, tr  # noqa: F401  (callers)

SINGULAR = "Singular"
PLURAL = "Plural"
LISTS = "Lists"
MONTH = "Month"
AND = "og"  # the last two of a list: «2 frister og 1 sak»


# --- Enums ----------------------------------------------------------------------------------


def enum_label(member: enum.Enum) -> str:
    """A choice's label in the window's language (context: the enum's class name)."""
    label = getattr(member, "label", None)
    if label is None:
        return str(member.value)
    return tr(type(member).__name__, label)


def enum_choices(cls: type[LabelledEnum]) -> list[tuple[str, str]]:
    """`cls.choices()` with the labels in the window's language."""
    return [(member.value, enum_label(member)) for member in cls]


# --- Entities -------------------------------------------------------------------------------


def _spec(model: type[Base] | str | EntitySpec) -> EntitySpec:
    return model if isinstance(model, EntitySpec) else entity(model)


def _context(spec: EntitySpec) -> str:
    return spec.model.__name__


def label_of(model: type[Base] | str | EntitySpec, name: str) -> str:
    """`EntitySpec.label_of` in the window's language: a field's, a link's or a derived
    value's label (context: the model's class name)."""
    spec = _spec(model)
    label = spec.label_of(name)
    return label if label == name else tr(_context(spec), label)


_OWNER: dict[int, EntitySpec] = {id(f): spec for spec in ENTITIES for f in spec.fields}


def field_label(field: FieldSpec) -> str:
    """A declared field's label in the window's language."""
    owner = _OWNER.get(id(field))
    return field.label if owner is None else tr(_context(owner), field.label)


def entity_text(model: type[Base] | str | EntitySpec, text: str) -> str:
    """A word of the entity's declaration given as written (a field's label read from a
    change log, a form warning's own message) in the window's language."""
    return tr(_context(_spec(model)), text)


def singular(model: type[Base] | str | EntitySpec) -> str:
    """`prosjekt`, or `project`."""
    return tr(SINGULAR, _spec(model).singular)


def plural(model: type[Base] | str | EntitySpec) -> str:
    """`prosjekter`, or `projects`."""
    return tr(PLURAL, _spec(model).plural)


def name_of(
    model: type[Base] | str | EntitySpec,
    values: Mapping[str, Any],
    value_text: Callable[[Any], str] | None = None,
) -> str:
    """A row's name (`EntitySpec.name_of`) in the window's language: a name with words of
    its own (`Finansiering 269866`, `Bevilgning til fondet 2027`) is its naming's template
    translated (context: the model's class name) and filled in, amounts and dates written
    by `value_text`; any other name is the row's own text."""
    spec = _spec(model)
    naming = spec.naming
    if naming.template is None:
        return naming.of(values)
    shown = value_text if value_text is not None else norwegian
    return fill(tr(_context(spec), naming.template), naming.values_of(values), shown).strip()


def counts_text(counts: Mapping[str, int]) -> str:
    """`crud.describe_counts` in the window's language: its counts are keyed by the noun as
    written, singular for one and plural for more (`{"prosjekter": 2, "frist": 1}`), and
    read `2 projects and 1 deadline`."""
    parts = [f"{n} {tr(SINGULAR if n == 1 else PLURAL, noun)}" for noun, n in counts.items()]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + f" {tr(LISTS, AND)} " + parts[-1]


# --- Messages -------------------------------------------------------------------------------


def message(error: Any, value_text: Callable[[Any], str] | None = None) -> str:
    """A domain error's message, or a service's `Phrase`, in the window's language.

    A `ValidationError`'s (or a `Phrase`'s) template is translated in its context and filled
    in: a field with its translated label, an entity with its translated noun, a choice with
    its translated label, a phrase translated in turn, a `Count`'s words as nouns, any other
    value with `value_text` (the window's dates, amounts and numbers; the Norwegian way when
    not given).
    Any other error (or text) gives its message as it is."""
    template = getattr(error, "template", None)
    if template is None:
        phrase = getattr(error, "phrase", None)  # a file's problem: where and why, as phrases
        if isinstance(phrase, Phrase):
            return message(phrase, value_text)
        return str(getattr(error, "message", error))

    def shown(value: Any) -> str:
        if isinstance(value, Phrase):
            return message(value, value_text)
        if isinstance(value, Lower):
            return shown(value.value).lower()
        if isinstance(value, Count):
            one = abs(value.n) == 1
            noun = tr(SINGULAR, value.singular) if one else tr(PLURAL, value.plural)
            return f"{shown(Number(value.n))} {noun}"
        if isinstance(value, FieldSpec):
            return field_label(value)
        if isinstance(value, EntitySpec):
            return singular(value)
        if isinstance(value, Plural):
            return plural(value.spec)
        if isinstance(value, enum.Enum):
            return enum_label(value)
        return value_text(value) if value_text is not None else norwegian(value)

    return fill(tr(error.context, template), error.values, shown)


# --- The catalogue --------------------------------------------------------------------------


def catalogue() -> Iterator[tuple[str, str]]:
    """Every label and noun (context, text) the window may ask this module to translate, once
    each, in a stable order: the enums', then the entities'. The messages' templates are
    found in the services' source by the catalogue's tool (tests/tools/domain_catalogue.py)."""
    seen: set[tuple[str, str]] = set()
    for pair in _all_words():
        if pair[1] and pair not in seen:
            seen.add(pair)
            yield pair


def _all_words() -> Iterator[tuple[str, str]]:
    for cls in _enums():
        for member in cls:
            yield cls.__name__, member.label
    for spec in ENTITIES:
        context = _context(spec)
        for f in spec.fields:
            yield context, f.label
        for link in spec.links:
            yield context, link.label
        for derived in spec.derived:
            yield context, derived.label
        for warning in spec.warnings:
            if warning.message:
                yield context, warning.message
        if spec.naming.template:
            yield context, spec.naming.template
    for spec in ENTITIES:
        yield SINGULAR, spec.singular
    for spec in ENTITIES:
        yield PLURAL, spec.plural
    yield LISTS, AND
    from kunnskapsapp.domain.language import MONTHS

    for month in MONTHS:  # in the import's date messages (context `Month`)
        yield MONTH, month


def _enums() -> list[type[LabelledEnum]]:
    from kunnskapsapp.domain import enums

    return [
        value
        for value in vars(enums).values()
        if isinstance(value, type) and issubclass(value, LabelledEnum) and value is not LabelledEnum
    ]
