"""Copy the licence of every component the bundle carries into one folder.

Run with the build environment's Python: it walks the installed `kunnskapsapp` distribution's
requirements (markers and extras evaluated), copies each distribution's licence files from its
metadata into OUT/<name>/, adds Python's own licence, and writes OUT/README.txt listing each
component with its version and licence as the metadata states it.

    python packaging/collect_licenses.py OUT
"""

from __future__ import annotations

import re
import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)


def closure(root: str) -> list[metadata.Distribution]:
    """`root` and everything it needs, each once, sorted by name."""
    found: dict[str, metadata.Distribution] = {}
    done: set[tuple[str, frozenset[str]]] = set()
    todo: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    while todo:
        name, extras = todo.pop()
        if (_key(name), extras) in done:
            continue
        done.add((_key(name), extras))
        dist = found.setdefault(_key(name), metadata.distribution(name))
        environments: list[dict[str, str]] = [
            {**default_environment(), "extra": e}  # type: ignore[dict-item]
            for e in extras or {""}
        ]
        for text in dist.requires or []:
            req = Requirement(text)
            if req.marker is None or any(req.marker.evaluate(e) for e in environments):
                todo.append((req.name, frozenset(req.extras)))
    return [found[key] for key in sorted(found)]


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta["License-Expression"]
    if expression:
        return expression
    text = (meta["License"] or "").strip()
    if text and "\n" not in text and len(text) < 80:
        return text
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    return ", ".join(classifiers) or "se lisensfilen"


# Debian's copies of the common licences, for packages whose wheel carries no licence file
# (PySide6 and shiboken6 are LGPL-3.0, which adds to the GPL-3.0).
COMMON_LICENCES = Path("/usr/share/common-licenses")


def _common_licence(expression: str, folder: Path) -> int:
    copied = 0
    for spdx, names in (("LGPL-3.0", ("LGPL-3", "GPL-3")), ("MIT", ())):
        if spdx in expression:
            for file in names:
                if (COMMON_LICENCES / file).is_file():
                    folder.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(COMMON_LICENCES / file, folder / f"{file}.txt")
                    copied += 1
    return copied


def main(out: Path) -> int:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    lines = ["Komponenter i Kunnskapsapp og lisensene deres / bundled components and licences", ""]
    for dist in closure("kunnskapsapp"):
        name = dist.metadata["Name"]
        copied = 0
        for file in dist.files or []:
            parts = file.parts
            info = next((i for i, p in enumerate(parts) if p.endswith(".dist-info")), None)
            if info is None:
                continue
            inside = parts[info + 1 :]
            # PEP 639's .dist-info/licenses/**, or a LICENSE/COPYING file at the top of it.
            if inside[:1] == ("licenses",) and len(inside) > 1:
                relative = Path(*inside[1:])
            elif len(inside) == 1 and LICENCE_FILE.search(inside[0]):
                relative = Path(inside[0])
            else:
                continue
            target = out / name / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(str(dist.locate_file(file)), target)
            copied += 1
        if not copied:
            copied = _common_licence(licence_of(dist), out / name)
        lines.append(
            f"{name} {dist.version}: {licence_of(dist)}"
            + ("" if copied else "  (no licence file in its metadata)")
        )
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    debian_copyright = Path(
        f"/usr/share/doc/python{sys.version_info[0]}.{sys.version_info[1]}/copyright"
    )
    for source in (python_licence, debian_copyright):
        if source.is_file():
            (out / "Python").mkdir(exist_ok=True)
            shutil.copyfile(source, out / "Python" / "LICENSE.txt")
            break
    lines.append(f"Python {sys.version.split()[0]}: PSF-2.0")
    dejavu = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "LICENSE-DejaVu.txt"
    (out / "DejaVu").mkdir()
    shutil.copyfile(dejavu, out / "DejaVu" / "LICENSE-DejaVu.txt")
    lines.append("DejaVu fonts: Bitstream Vera / DejaVu licence")
    lucide = dejavu.parent.parent / "icons" / "ui" / "LICENSE"
    (out / "Lucide").mkdir()
    shutil.copyfile(lucide, out / "Lucide" / "LICENSE")
    lines.append("Lucide icons (resources/icons/ui/README.md names the version): ISC")
    (out / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[2:]))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
