"""The deployment (rules) file: which node may run each process, in which order, with which weight.

Format (XML, validated by rules.xsd; full example in docs/rules.md):

    <root>
      <model name="m"> ...program rules... </model>
      <application name="app">
        <start_sequence>1</start_sequence> <stop_sequence>1</stop_sequence>
        <starting_failure_strategy>ABORT</starting_failure_strategy>
        <program name="p"> <addresses>n1 n2</addresses> <start_sequence>1</start_sequence>
                           <stop_sequence>1</stop_sequence> <required>true</required>
                           <wait_exit>false</wait_exit> <loading>10</loading> </program>
        <pattern name="worker_"> <reference>m</reference> </pattern>
      </application>
    </root>

Program rules: `addresses` is a space/comma separated list of addresses of address_list, `*` (any
node; the default) or `#` (the node whose index in address_list is the program's trailing number
modulo the list's length). A `<reference>` copies a model's rules; the program's own elements
override them (a model may reference another model; no cycles). A `<pattern>` applies to every
program of the application whose name contains it (the longest matching pattern wins, the first of
equals; an exact `<program>` beats any pattern). Defaults: start_sequence 0, stop_sequence 0, required
false, wait_exit false, loading 1 (`<expected_loading>` is the original format's name of `<loading>`).

Application: `starting_failure_strategy` says what an application start does when a required process
fails to start: ABORT (the default: the next sequences are not started), STOP (and the application is
stopped), CONTINUE (the next sequences are started anyway). `running_failure_strategy` (original
format) is accepted with its default CONTINUE only: see docs/rules.md.

The schema is rules.xsd. The plugin validates with the standard library's expat parser and the
checks below, which implement rules.xsd (server/tests/test_rules_schema.py proves that both accept
and refuse the same files): lxml, the XSD engine, would cost the daemon ~5 MB of memory.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.parsers import expat

from .records import field, record, replace

SCHEMA_PATH = Path(__file__).with_name("rules.xsd")


class RulesError(ValueError):
    """The rules file is wrong; the message names the file and the line."""


@record(frozen=True)
class ProgramRules:
    addresses: tuple[str, ...] = ("*",)
    start_sequence: int = 0
    stop_sequence: int = 0
    required: bool = False
    wait_exit: bool = False
    loading: int = 1

    def resolve_addresses(self, process_name: str, address_list: list[str]) -> list[str]:
        """The concrete addresses where the process may run."""
        if "*" in self.addresses:
            return list(address_list)
        if "#" in self.addresses:
            match = re.search(r"(\d+)$", process_name)
            if not match or not address_list:
                return []
            return [address_list[int(match.group(1)) % len(address_list)]]
        return [a for a in self.addresses if a in address_list]


STARTING_FAILURE_STRATEGIES = ("ABORT", "STOP", "CONTINUE")
# The original format's running_failure_strategy: only its default is implemented (docs/rules.md).
RUNNING_FAILURE_STRATEGIES = ("CONTINUE",)


@record
class ApplicationRules:
    name: str
    start_sequence: int = 0
    stop_sequence: int = 0
    starting_failure_strategy: str = "ABORT"
    programs: dict[str, ProgramRules] = field(default_factory=dict)
    patterns: list[tuple[str, ProgramRules]] = field(default_factory=list)

    def program_rules(self, process_name: str) -> ProgramRules:
        if process_name in self.programs:
            return self.programs[process_name]
        best: tuple[str, ProgramRules] | None = None
        for pattern, rules in self.patterns:
            if pattern in process_name and (best is None or len(pattern) > len(best[0])):
                best = (pattern, rules)
        return best[1] if best else DEFAULT_PROGRAM_RULES


DEFAULT_PROGRAM_RULES = ProgramRules()


@record
class Rules:
    """The rules file, read once at start; lookups are remembered (the rules never change at run time)."""

    applications: dict[str, ApplicationRules] = field(default_factory=dict)
    _known: dict[tuple[str, str], ProgramRules] = field(default_factory=dict, repr=False, compare=False)

    def application(self, name: str) -> ApplicationRules:
        return self.applications.get(name) or ApplicationRules(name)

    def program_rules(self, application: str, process: str) -> ProgramRules:
        key = (application, process)
        rules = self._known.get(key)
        if rules is None:
            rules = self._known[key] = self.application(application).program_rules(process)
        return rules


# ---------------------------------------------------------------- parsing (expat) and the schema's checks
@record
class _Elem:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list[_Elem] = field(default_factory=list)
    text: str = ""


def _parse_xml(data: bytes, where: str) -> _Elem:
    parser = expat.ParserCreate()
    stack: list[_Elem] = []
    root: list[_Elem] = []

    def start(tag, attrs):
        elem = _Elem(tag, dict(attrs), parser.CurrentLineNumber)
        (stack[-1].children if stack else root).append(elem)
        stack.append(elem)

    def end(tag):
        stack.pop()

    def chars(text):
        if stack:
            stack[-1].text += text

    def no_entities(*args):  # no DTD entities (billion laughs, external entities)
        raise RulesError(f"{where}, line {parser.CurrentLineNumber}: entity declarations are not allowed")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.EntityDeclHandler = no_entities
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise RulesError(f"{where}, line {exc.lineno}: not well-formed XML: {expat.errors.messages[exc.code]}") from None
    return root[0]


def _int(elem: _Elem, low: int, high: int, where: str) -> int:
    text = elem.text.strip()
    if not re.fullmatch(r"[+-]?\d+", text):
        raise RulesError(f"{where}, line {elem.line}: <{elem.tag}> '{text}' is not an integer")
    value = int(text)
    if not low <= value <= high:
        raise RulesError(f"{where}, line {elem.line}: <{elem.tag}> {value} is not in [{low};{high}]")
    return value


def _bool(elem: _Elem, where: str) -> bool:
    text = elem.text.strip()
    if text not in ("true", "false", "1", "0"):
        raise RulesError(f"{where}, line {elem.line}: <{elem.tag}> '{text}' is not a boolean (true/false)")
    return text in ("true", "1")


def _check_attrs(elem: _Elem, where: str) -> str:
    extra = set(elem.attrs) - {"name"}
    if extra:
        raise RulesError(f"{where}, line {elem.line}: <{elem.tag}> has unknown attribute(s) {sorted(extra)}")
    name = elem.attrs.get("name")
    if name is None:
        raise RulesError(f"{where}, line {elem.line}: <{elem.tag}> needs a name attribute")
    if elem.tag != "pattern" and not re.fullmatch(r"[^:\s]+", name):
        raise RulesError(f"{where}, line {elem.line}: <{elem.tag}> name {name!r} is empty or has ':' or spaces")
    for child in elem.children if elem.tag != "application" else []:
        if child.children:
            raise RulesError(f"{where}, line {child.line}: <{child.tag}> cannot contain elements")
    return name


PROGRAM_TAGS = ("reference", "addresses", "start_sequence", "stop_sequence", "required", "wait_exit", "loading",
                "expected_loading", "running_failure_strategy")


def _choice(elem: _Elem, values: tuple[str, ...], where: str) -> str:
    text = elem.text.strip()
    if text not in values:
        hint = "" if elem.tag != "running_failure_strategy" else " (the other values of the original format are not implemented: docs/rules.md)"
        raise RulesError(f"{where}, line {elem.line}: <{elem.tag}> '{text}' is not one of {', '.join(values)}{hint}")
    return text


def _program_rules(elem: _Elem, base: ProgramRules, address_list: list[str], where: str) -> ProgramRules:
    values = {}
    seen = set()
    for child in elem.children:
        if child.tag not in PROGRAM_TAGS:
            raise RulesError(f"{where}, line {child.line}: unexpected <{child.tag}> in <{elem.tag}>; "
                             f"expected one of {', '.join(PROGRAM_TAGS)}")
        if child.tag in seen:
            raise RulesError(f"{where}, line {child.line}: <{child.tag}> given twice in <{elem.tag}>")
        seen.add(child.tag)
        if child.tag == "addresses":
            addrs = tuple(a for a in child.text.replace(",", " ").split() if a)
            if not addrs:
                raise RulesError(f"{where}, line {child.line}: empty <addresses>")
            if {"*", "#"} & set(addrs) and len(addrs) > 1:
                raise RulesError(f"{where}, line {child.line}: '*' and '#' stand alone in <addresses>")
            unknown = [a for a in addrs if a not in ("*", "#") and a not in address_list]
            if unknown:
                raise RulesError(f"{where}, line {child.line}: address(es) {unknown} not in "
                                 f"address_list {address_list}")
            values["addresses"] = addrs
        elif child.tag in ("required", "wait_exit"):
            values[child.tag] = _bool(child, where)
        elif child.tag in ("start_sequence", "stop_sequence"):
            values[child.tag] = _int(child, 0, 127, where)
        elif child.tag in ("loading", "expected_loading"):
            values["loading"] = _int(child, 0, 100, where)
        elif child.tag == "running_failure_strategy":
            _choice(child, RUNNING_FAILURE_STRATEGIES, where)
    return replace(base, **values)


def parse_rules(path: Path, address_list: list[str]) -> Rules:
    """Parse and validate the rules file; raise RulesError naming the line of the first problem."""
    where = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise RulesError(f"{where}: cannot read: {exc.strerror}") from None
    root = _parse_xml(data, where)
    if root.tag != "root" or root.attrs:
        raise RulesError(f"{where}, line {root.line}: the document element must be a plain <root>")
    model_elems: dict[str, _Elem] = {}
    for elem in root.children:
        if elem.tag not in ("model", "application"):
            raise RulesError(f"{where}, line {elem.line}: unexpected <{elem.tag}> in <root>; "
                             "expected <model> or <application>")
        if elem.tag == "model":
            name = _check_attrs(elem, where)
            if name in model_elems:
                raise RulesError(f"{where}, line {elem.line}: model {name!r} defined twice")
            model_elems[name] = elem
    # models first (a model may be used before it is defined, and may reference another model)
    models: dict[str, ProgramRules] = {}
    for name in model_elems:
        _model(name, model_elems, models, address_list, where, ())
    rules = Rules()
    for elem in root.children:
        if elem.tag == "application":
            _application(elem, models, rules, address_list, where)
    return rules


def _base(elem: _Elem, models: dict[str, ProgramRules], where: str, resolve=None) -> ProgramRules:
    """The rules of the model that elem references, or the defaults."""
    ref = next((c for c in elem.children if c.tag == "reference"), None)
    if ref is None:
        return ProgramRules()
    ref_name = ref.text.strip()
    if resolve is not None:
        resolve(ref_name, ref)
    if ref_name not in models:
        raise RulesError(f"{where}, line {ref.line}: unknown model {ref_name!r}")
    return models[ref_name]


def _model(name: str, elems: dict[str, _Elem], models: dict[str, ProgramRules], address_list: list[str],
           where: str, chain: tuple[str, ...]) -> None:
    if name in models:
        return
    elem = elems[name]
    if name in chain:
        raise RulesError(f"{where}, line {elem.line}: model {name!r} references itself through "
                         f"{' -> '.join((*chain, name))}")

    def resolve(ref_name: str, ref: _Elem) -> None:
        if ref_name in elems:
            _model(ref_name, elems, models, address_list, where, (*chain, name))

    models[name] = _program_rules(elem, _base(elem, models, where, resolve), address_list, where)


APPLICATION_ORDER = {"start_sequence": 0, "stop_sequence": 1, "starting_failure_strategy": 2,
                     "running_failure_strategy": 3, "program": 4, "pattern": 4}


def _application(elem: _Elem, models: dict[str, ProgramRules], rules: Rules, address_list: list[str],
                 where: str) -> None:
    name = _check_attrs(elem, where)
    if name in rules.applications:
        raise RulesError(f"{where}, line {elem.line}: application {name!r} defined twice")
    app = ApplicationRules(name)
    last = -1
    for child in elem.children:
        rank = APPLICATION_ORDER.get(child.tag)
        if rank is None:
            raise RulesError(f"{where}, line {child.line}: unexpected <{child.tag}> in <application>; "
                             f"expected one of {', '.join(APPLICATION_ORDER)}")
        if rank < last or (rank < 4 and rank == last):
            raise RulesError(f"{where}, line {child.line}: <{child.tag}> out of order in <application> "
                             "(start_sequence, stop_sequence, starting_failure_strategy, "
                             "running_failure_strategy, then programs and patterns)")
        last = rank
        if rank < 4:
            if child.children:
                raise RulesError(f"{where}, line {child.line}: <{child.tag}> cannot contain elements")
            if rank < 2:
                setattr(app, child.tag, _int(child, 0, 127, where))
            elif rank == 2:
                app.starting_failure_strategy = _choice(child, STARTING_FAILURE_STRATEGIES, where)
            else:
                _choice(child, RUNNING_FAILURE_STRATEGIES, where)
            continue
        pname = _check_attrs(child, where)
        prules = _program_rules(child, _base(child, models, where), address_list, where)
        if child.tag == "program":
            if pname in app.programs:
                raise RulesError(f"{where}, line {child.line}: program {pname!r} defined twice in {name}")
            app.programs[pname] = prules
        else:
            app.patterns.append((pname, prules))
    rules.applications[name] = app
