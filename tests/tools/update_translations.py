"""Bring the app's translation catalogues up to date with the code, compile them, and say
what is left to translate.

    python tests/tools/update_translations.py            # lupdate, lrelease, report
    python tests/tools/update_translations.py --check    # exit 1 if anything is untranslated

1. `pyside6-lupdate` reads every user-visible string of the window and its command line
   (SOURCES: kunnskapsapp/ui and kunnskapsapp/cli.py) into resources/translations/
   kunnskapsapp_en.ts (the English translation) and kunnskapsapp_nb.ts (the Bokmål template:
   the source strings are Bokmål). Translations already in a .ts are kept; messages gone from
   the code are dropped; no source locations are written, so that a change of line numbers
   is not a change of the catalogue (merges stay small).
2. tests/tools/domain_catalogue.py writes the domain's catalogue, kunnskapsapp_domain_en.ts
   (enum labels, the entities' nouns and field labels, the services' messages: data that
   lupdate cannot see), keeping its translations.
3. `pyside6-lrelease` compiles every *_en.ts there (the app's and the domain's) to the .qm
   beside it, which is committed (tests/test_translation_en.py
   checks that each .qm is its compiled .ts).
4. Lists each message of the English catalogues without a translation, by context:
   translate them (Qt Linguist, or an editor) and run this again.

lupdate only reads literal strings: `self.tr("… %1 …").replace("%1", x)`, not
`self.tr(f"… {x} …")`; a text kept in a table is marked with QT_TRANSLATE_NOOP(context, text)
and translated where it is shown, with that context.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # the package of this checkout, for the domain's catalogue

import domain_catalogue  # noqa: E402  (beside this file)

FOLDER = ROOT / "resources" / "translations"
ENGLISH = FOLDER / "kunnskapsapp_en.ts"
TEMPLATE = FOLDER / "kunnskapsapp_nb.ts"


def sources() -> list[Path]:
    """The files whose strings the app's catalogue holds: the window and the command line."""
    files = sorted((ROOT / "kunnskapsapp" / "ui").rglob("*.py"))
    files.append(ROOT / "kunnskapsapp" / "cli.py")
    return files


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def lupdate(ts: Path, language: str) -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "nb_NO",
            "-target-language",
            language,
            *files,
            "-ts",
            str(ts.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of each message still without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = (
                [f.text for f in forms]
                if forms
                else [translation.text if translation is not None else None]
            )
            if kind == "unfinished" or not all(texts):
                missing.append((name, message.findtext("source") or ""))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a message lacks its translation"
    )
    args = parser.parse_args(argv)
    lupdate(ENGLISH, "en_GB")
    lupdate(TEMPLATE, "nb_NO")
    domain_catalogue.write()
    for ts in sorted(FOLDER.glob("*_en.ts")):
        print("compiled", lrelease(ts).relative_to(ROOT))
    missing = []
    for ts in (ENGLISH, domain_catalogue.CATALOGUE):
        left = untranslated(ts)
        for context, source in left:
            print(f"untranslated  {context}: {source!r}")
        total = sum(1 for _ in ET.parse(ts).getroot().iter("message"))
        print(f"{ts.relative_to(ROOT)}: {total} messages, {len(left)} untranslated")
        missing += left
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
