"""Write (or, with --check, verify) the tables of ARCHITECTURE.md that come from the server's code.

    python scripts/doc_tables.py [--check]

Each table sits between `<!-- BEGIN name ... -->` and `<!-- END name -->`: `states` from
supvisors.statemachine.TRANSITIONS, `wire` from supvisors.messages. `make generate` writes them,
`make check-generated` fails when ARCHITECTURE.md is not what the code gives.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from supvisors import messages, statemachine

DOC = Path(__file__).resolve().parents[1] / "ARCHITECTURE.md"
TABLES = {"states": statemachine.markdown_table, "wire": messages.markdown_table}


def render(text: str) -> str:
    for name, table in TABLES.items():
        pattern = re.compile(rf"(<!-- BEGIN {name} [^\n]*-->\n).*?(<!-- END {name} -->)", re.S)
        if not pattern.search(text):
            raise SystemExit(f"{DOC.name}: no <!-- BEGIN {name} --> ... <!-- END {name} --> markers")
        rendered = table()
        text = pattern.sub(lambda m, rendered=rendered: m.group(1) + rendered + "\n" + m.group(2), text)
    return text


def main(argv: list[str]) -> int:
    text = DOC.read_text()
    new = render(text)
    if "--check" in argv:
        if new != text:
            print(f"{DOC.name}: its generated tables are out of date: run make generate and commit")
            return 1
        print(f"{DOC.name}: generated tables up to date ({', '.join(TABLES)})")
        return 0
    if new != text:
        DOC.write_text(new)
        print(f"wrote the tables of {DOC.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
