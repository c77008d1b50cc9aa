"""Check the Python distributions in a directory (`make dist`): two wheels and two sdists of VERSION.

    python scripts/check_wheels.py DIST_DIR VERSION

For each of supvisors and supvisors-client: the wheel's metadata (license expression and files,
classifiers with "Typing :: Typed", project URLs, the README as a Markdown long description, the
dependencies' bounds), its files (py.typed, the generated version module, no test code: no testee,
no tests), and an sdist of the same version that carries LICENSE and the README. Exit 1 on the first
difference, naming it. (`twine check` is run beside it by scripts/dist.sh.)
"""

from __future__ import annotations

import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

PACKAGES = {
    # distribution name: (import name, required Requires-Dist lines)
    "supvisors": ("supvisors", ["supervisor<4.4,>=4.3.0", "supvisors-client"]),
    "supvisors-client": ("supvisors_client", ["requests>=2.28"]),
}
# data files the packages read at run time (the rules schema, the dashboard's assets)
DATA = {"supvisors": ["supvisors/rules.xsd", "supvisors/static/dashboard.css", "supvisors/static/dashboard.js"],
        "supvisors-client": []}


def check(dist: Path, version: str) -> list[str]:
    problems: list[str] = []
    for name, (module, requires) in PACKAGES.items():
        stem = f"{name.replace('-', '_')}-{version}"
        wheel = dist / f"{stem}-py3-none-any.whl"
        sdist = dist / f"{stem}.tar.gz"
        if not wheel.is_file() or not sdist.is_file():
            problems.append(f"{name}: missing {wheel.name} or {sdist.name} in {dist}")
            continue
        with zipfile.ZipFile(wheel) as zf:
            names = zf.namelist()
            meta = Parser().parsestr(zf.read(f"{stem}.dist-info/METADATA").decode())
            version_module = zf.read(f"{module}/_generated/version.py").decode()
        expect = {
            "Version": [version],
            "License-Expression": ["Apache-2.0"],
            "Description-Content-Type": ["text/markdown"],
        }
        for key, values in expect.items():
            if meta.get_all(key) != values:
                problems.append(f"{wheel.name}: {key} is {meta.get_all(key)}, expected {values}")
        classifiers = meta.get_all("Classifier") or []
        if "Typing :: Typed" not in classifiers:
            problems.append(f"{wheel.name}: no 'Typing :: Typed' classifier")
        urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [])
        for label in ("Homepage", "Source", "Issues", "API reference"):
            if not urls.get(label, "").startswith("https://"):
                problems.append(f"{wheel.name}: no Project-URL {label!r}")
        if not sorted(meta.get_all("License-File") or []) == ["LICENSE", "NOTICE"]:
            problems.append(f"{wheel.name}: License-File is {meta.get_all('License-File')}")
        if f"# {name}" not in meta.get_payload():
            problems.append(f"{wheel.name}: the long description is not the package's README.md")
        for line in requires:
            if line not in (meta.get_all("Requires-Dist") or []):
                problems.append(f"{wheel.name}: Requires-Dist lacks {line!r} (has {meta.get_all('Requires-Dist')})")
        for needed in (f"{module}/py.typed", f"{stem}.dist-info/licenses/LICENSE", f"{stem}.dist-info/licenses/NOTICE",
                       *DATA[name]):
            if needed not in names:
                problems.append(f"{wheel.name}: no {needed}")
        strays = [n for n in names if "testee" in n or "/tests/" in n or n.startswith("tests/")]
        if strays:
            problems.append(f"{wheel.name}: test code in the wheel: {strays}")
        if f'__version__ = "{version}"' not in version_module:
            problems.append(f"{wheel.name}: {module}/_generated/version.py does not say {version}")
        with tarfile.open(sdist) as tf:
            members = {m.name: m for m in tf.getmembers()}
        for needed in ("LICENSE", "NOTICE", "README.md", "pyproject.toml", "PKG-INFO"):
            member = members.get(f"{stem}/{needed}")
            if member is None or not member.isfile():
                problems.append(f"{sdist.name}: no regular file {stem}/{needed}")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = check(Path(argv[0]), argv[1])
    for problem in problems:
        print(f"check_wheels: {problem}", file=sys.stderr)
    if not problems:
        print(f"check_wheels: supvisors and supvisors-client {argv[1]}: wheels and sdists OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
