"""Facts of the API document (xml_rpc.rst), kept in the repository as data.

    python -m codegen.apidoc [PATH]          # write spec/reference/xml_rpc_facts.json from the document
    python -m codegen.apidoc --check [PATH]  # fail if the facts file differs from the document

The document itself stays where the team keeps it (shared/reference/xml_rpc.rst beside the
repository, or $SUPVISORS_API_DOC); only its facts are stored here: for each of its methods, the
parameters with their defaults, the struct keys listed under it and the faults it names. The spec's
tests compare the spec against these facts, so they need no file outside the repository.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "spec" / "reference" / "xml_rpc_facts.json"
DEFAULT_DOC = Path(os.environ.get("SUPVISORS_API_DOC", ROOT.parent / "shared" / "reference" / "xml_rpc.rst"))


def extract(text: str) -> dict[str, dict]:
    """method name -> {"params": [[name, default or null]], "keys": [...], "faults": [...]}."""
    methods: dict[str, dict] = {}
    current = None
    for line in text.splitlines():
        head = re.match(r"^([a-z_]+)\((.*)\)\s*$", line)
        if head:
            params = []
            for raw in filter(None, (p.strip() for p in head.group(2).split(","))):
                name, _, default = raw.partition("=")
                params.append([name, default or None])
            current = methods.setdefault(head.group(1), {"params": params, "keys": [], "faults": []})
            continue
        if current is None or not line.startswith(" "):
            if line and not line.startswith(" "):
                current = None
            continue
        key = re.match(r"^\s+'(\w+)'(?:code)?\t(?:str|int|bool|list)", line)
        if key:
            current["keys"].append(key.group(1) if "'state'code" not in line else "statecode")
        current["faults"] += re.findall(r"Faults\.([A-Z_]+)", line)
    return methods


def render(facts: dict) -> str:
    return json.dumps(facts, indent=1, sort_keys=True) + "\n"


def load() -> dict[str, dict]:
    return json.loads(FACTS.read_text())


def main(argv: list[str]) -> int:
    check = "--check" in argv
    paths = [a for a in argv if not a.startswith("--")]
    doc = Path(paths[0]) if paths else DEFAULT_DOC
    if not doc.is_file():
        print(f"the API document {doc} is missing: put shared/ beside the repository or set SUPVISORS_API_DOC")
        return 2
    text = render(extract(doc.read_text()))
    if check:
        if not FACTS.is_file() or FACTS.read_text() != text:
            print(f"{FACTS.relative_to(ROOT)} differs from {doc}: run python -m codegen.apidoc and commit")
            return 1
        print(f"{FACTS.relative_to(ROOT)} matches {doc}")
        return 0
    FACTS.write_text(text)
    print(f"wrote {FACTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
