"""Write the English catalogue of the domain's own words, resources/translations/
kunnskapsapp_domain_en.ts, and keep the translations already in it.

    python tests/tools/domain_catalogue.py     # write the .ts, compile it, list what is left

lupdate cannot see these words: they are data (enum labels, the entity declarations' nouns
and field labels) and messages raised in the services, not `tr()` calls. So this walks them
(kunnskapsapp.domain.i18n.catalogue, and each `ValidationError(field, "template", ...)` in
the domain and the services, read from the source) under the contexts the window asks for
them with, and each `Phrase("template", ...)` the services and the import make (with the
words of each `Count(n, "singular", "plural")` in them). Messages gone from the domain are
dropped;
new ones are written without a translation (`type="unfinished"`) for a translator to fill in.
tests/tools/update_translations.py runs this before it compiles every *_en.ts.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "kunnskapsapp_domain_en.ts"


# Where the messages and phrases the window shows are made: the domain, its services, the
# import (whose preview the window shows) and the reports (their progress).
MESSAGE_SOURCES = (
    "kunnskapsapp/domain",
    "kunnskapsapp/services",
    "kunnskapsapp/exchange",
    "kunnskapsapp/reports",
)
# The command line's own messages stay Norwegian: the window never shows them.
NOT_SHOWN = ("kunnskapsapp/exchange/cli.py", "kunnskapsapp/reports/cli.py")
DEFAULT_CONTEXT = "Validation"  # ValidationError's and Phrase's own default
SINGULAR, PLURAL = "Singular", "Plural"  # a Count's words, as kunnskapsapp.domain.i18n reads them


def entries() -> list[tuple[str, str]]:
    """(context, source) of every word the window may ask the domain to translate: the
    labels and nouns, then the messages' templates."""
    from kunnskapsapp.domain import i18n

    words = list(i18n.catalogue())
    for pair in messages():
        if pair not in words:
            words.append(pair)
    return words


def messages() -> list[tuple[str, str]]:
    """(context, template) of each `ValidationError(field, "template", ...)` raised and each
    `Phrase("template", ...)` made with a literal template, and the words of each
    `Count(n, "singular", "plural")`, file by file in name order, in the order of the source."""
    found = []
    for folder in MESSAGE_SOURCES:
        for path in _sources(folder):
            for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
                if _name(call) == "Count":
                    for context, arg in zip((SINGULAR, PLURAL), call.args[1:3], strict=False):
                        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                            found.append((context, arg.value))
                    continue
                template = _template(call)
                if isinstance(template, ast.Constant) and isinstance(template.value, str):
                    found.append((_context(call), template.value))
    return found


def formatted_messages() -> list[str]:
    """`path:line` of each ValidationError whose message is an f-string or built elsewhere,
    and of each ExchangeError (a file that cannot be read or written) whose message is a
    plain or formatted text rather than a `Phrase`: the window cannot translate them."""
    found = []
    for folder in MESSAGE_SOURCES:
        for path in _sources(folder):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for call in _calls(tree):
                if _name(call) != "ValidationError":
                    continue
                template = _template(call)
                if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
                    found.append(f"{path.relative_to(ROOT)}:{call.lineno}")
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and _name(node) == "ExchangeError"
                    and node.args
                    and isinstance(node.args[0], ast.Constant | ast.JoinedStr | ast.BinOp)
                ):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return sorted(found)


CALLS = ("ValidationError", "Phrase", "Count")


def _sources(folder: str) -> list[Path]:
    paths = sorted((ROOT / folder).rglob("*.py"))
    return [p for p in paths if str(p.relative_to(ROOT)) not in NOT_SHOWN]


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _template(call: ast.Call) -> ast.expr | None:
    """The template argument: a ValidationError's second, a Phrase's first."""
    at = 1 if _name(call) == "ValidationError" else 0
    return call.args[at] if len(call.args) > at else None


def _calls(tree: ast.AST) -> list[ast.Call]:
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and _name(node) in CALLS]
    return sorted(calls, key=lambda c: (c.lineno, c.col_offset))


def _context(call: ast.Call) -> str:
    for keyword in call.keywords:
        if keyword.arg == "context" and isinstance(keyword.value, ast.Constant):
            return str(keyword.value.value)
    return DEFAULT_CONTEXT


def translations(ts: Path = CATALOGUE) -> dict[tuple[str, str], str]:
    """(context, source) → finished translation, of the catalogue as it is."""
    if not ts.is_file():
        return {}
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue
            found[(name, message.findtext("source") or "")] = translation.text
    return found


def render(words: Iterable[tuple[str, str]], known: dict[tuple[str, str], str]) -> str:
    """The .ts text: contexts in the order first met, as lupdate writes them."""
    by_context: dict[str, list[str]] = {}
    for context, source in words:
        by_context.setdefault(context, []).append(source)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        '<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">',
    ]
    for context, sources in by_context.items():
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for source in sources:
            translation = known.get((context, source))
            lines += ["    <message>", f"        <source>{escape(source)}</source>"]
            if translation:
                lines.append(f"        <translation>{escape(translation)}</translation>")
            else:
                lines.append('        <translation type="unfinished"></translation>')
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def write(ts: Path = CATALOGUE) -> list[tuple[str, str]]:
    """Write the catalogue; the (context, source) still without a translation."""
    words, known = entries(), translations(ts)
    ts.write_text(render(words, known), encoding="utf-8")
    return [w for w in words if w not in known]


def main() -> int:
    missing = write()
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    qm = CATALOGUE.with_suffix(".qm")
    subprocess.run([str(lrelease), "-silent", str(CATALOGUE), "-qm", str(qm)], check=True)
    for context, source in missing:
        print(f"untranslated  {context}: {source!r}")
    print(f"{CATALOGUE.relative_to(ROOT)}: {len(entries())} messages, {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
