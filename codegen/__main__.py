"""Command line of the generator.

    python -m codegen                      # regenerate every target into the repository
    python -m codegen --target python      # only some targets
    python -m codegen --check              # regenerate into a temp dir, fail on any difference
    python -m codegen --check-spec         # only validate the spec
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .model import SpecError, load_spec
from .plugins import PLUGINS
from .render import check, write

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=ROOT / "spec", help="spec directory")
    parser.add_argument("--root", type=Path, default=ROOT, help="repository root to write into")
    parser.add_argument("--target", action="append", choices=sorted(PLUGINS), help="target (repeatable)")
    parser.add_argument("--check", action="store_true", help="fail if the committed output differs")
    parser.add_argument("--check-spec", action="store_true", help="only validate the spec")
    args = parser.parse_args(argv)
    try:
        spec = load_spec(args.spec)
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 2
    if args.check_spec:
        print(f"spec OK: {len(spec.all_methods())} methods, {len(spec.structs)} structs, "
              f"{len(spec.enums)} enums, {len(spec.faults)} faults")
        return 0
    plugins = [PLUGINS[name] for name in (args.target or sorted(PLUGINS))]
    if args.check:
        problems = check(spec, plugins, args.root)
        for line in problems:
            print(line, file=sys.stderr)
        if problems:
            print("generated code is out of date: run `make generate` and commit", file=sys.stderr)
            return 1
        print(f"generated code is up to date ({', '.join(p.NAME for p in plugins)})")
        return 0
    for path in write(spec, plugins, args.root):
        print(f"wrote {path.relative_to(args.root)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
