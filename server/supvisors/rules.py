"""The deployment (rules) file: which node may run each process, in which order, with which weight.

Format (XML, validated by rules.xsd; full example in docs/rules.md):

    <root>
      <model name="m"> ...program rules... </model>
      <application name="app">
        <start_sequence>1</start_sequence> <stop_sequence>1</stop_sequence>
        <program name="p"> <addresses>n1 n2</addresses> <start_sequence>1</start_sequence>
                           <stop_sequence>1</stop_sequence> <required>true</required>
                           <wait_exit>false</wait_exit> <loading>10</loading> </program>
        <pattern name="worker_"> <reference>m</reference> </pattern>
      </application>
    </root>

Program rules: `addresses` is a space/comma separated list of addresses of address_list, `*` (any
node; the default) or `#` (the node whose index in address_list is the program's trailing number
modulo the list's length). A `<reference>` copies a model's rules; the program's own elements
override them. A `<pattern>` applies to every program of the application whose name contains it
(the first matching pattern wins; an exact `<program>` beats any pattern). Defaults: start_sequence
0, stop_sequence 0, required false, wait_exit false, loading 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

SCHEMA_PATH = Path(__file__).with_name("rules.xsd")


class RulesError(ValueError):
    """The rules file is wrong; the message names the file and the line."""


@dataclass(frozen=True)
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


@dataclass
class ApplicationRules:
    name: str
    start_sequence: int = 0
    stop_sequence: int = 0
    programs: dict[str, ProgramRules] = field(default_factory=dict)
    patterns: list[tuple[str, ProgramRules]] = field(default_factory=list)

    def program_rules(self, process_name: str) -> ProgramRules:
        if process_name in self.programs:
            return self.programs[process_name]
        for pattern, rules in self.patterns:
            if pattern in process_name:
                return rules
        return ProgramRules()


@dataclass
class Rules:
    applications: dict[str, ApplicationRules] = field(default_factory=dict)

    def application(self, name: str) -> ApplicationRules:
        return self.applications.get(name) or ApplicationRules(name)

    def program_rules(self, application: str, process: str) -> ProgramRules:
        return self.application(application).program_rules(process)


_FIELDS = ("addresses", "start_sequence", "stop_sequence", "required", "wait_exit", "loading")


def _parse_rules(elem, base: ProgramRules, address_list: list[str], where: str) -> ProgramRules:
    values = {}
    for child in elem:
        if not isinstance(child.tag, str):
            continue  # comments
        text = (child.text or "").strip()
        tag = "loading" if child.tag == "expected_loading" else child.tag
        if tag == "addresses":
            addrs = tuple(a for a in text.replace(",", " ").split() if a)
            if not addrs:
                raise RulesError(f"{where}, line {child.sourceline}: empty <addresses>")
            special = {"*", "#"} & set(addrs)
            if special and len(addrs) > 1:
                raise RulesError(f"{where}, line {child.sourceline}: '*' and '#' stand alone in <addresses>")
            unknown = [a for a in addrs if a not in ("*", "#") and a not in address_list]
            if unknown:
                raise RulesError(f"{where}, line {child.sourceline}: address(es) {unknown} not in "
                                 f"address_list {address_list}")
            values["addresses"] = addrs
        elif tag in ("required", "wait_exit"):
            values[tag] = text in ("true", "1")
        elif tag in ("start_sequence", "stop_sequence", "loading"):
            values[tag] = int(text)
    return replace(base, **values)


def parse_rules(path: Path, address_list: list[str]) -> Rules:
    """Parse and validate the rules file; raise RulesError naming the line of the first problem."""
    schema = etree.XMLSchema(etree.parse(str(SCHEMA_PATH)))
    try:
        doc = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    except OSError as exc:
        raise RulesError(f"{path}: cannot read: {exc}") from None
    except etree.XMLSyntaxError as exc:
        raise RulesError(f"{path}, line {exc.lineno}: not well-formed XML: {exc.msg}") from None
    if not schema.validate(doc):
        err = schema.error_log[0]
        raise RulesError(f"{path}, line {err.line}: {err.message}")
    root = doc.getroot()
    models: dict[str, ProgramRules] = {}
    for model in root.iterfind("model"):
        name = model.get("name")
        if name in models:
            raise RulesError(f"{path}, line {model.sourceline}: model {name!r} defined twice")
        if model.find("reference") is not None:
            raise RulesError(f"{path}, line {model.sourceline}: a model cannot reference another model")
        models[name] = _parse_rules(model, ProgramRules(), address_list, str(path))
    rules = Rules()
    for app in root.iterfind("application"):
        name = app.get("name")
        if name in rules.applications:
            raise RulesError(f"{path}, line {app.sourceline}: application {name!r} defined twice")
        ar = ApplicationRules(name)
        for tag in ("start_sequence", "stop_sequence"):
            elem = app.find(tag)
            if elem is not None:
                setattr(ar, tag, int(elem.text))
        for elem in app:
            if elem.tag not in ("program", "pattern"):
                continue
            base = ProgramRules()
            ref = elem.find("reference")
            if ref is not None:
                ref_name = (ref.text or "").strip()
                if ref_name not in models:
                    raise RulesError(f"{path}, line {ref.sourceline}: unknown model {ref_name!r}")
                base = models[ref_name]
            prules = _parse_rules(elem, base, address_list, str(path))
            pname = elem.get("name")
            if elem.tag == "program":
                if pname in ar.programs:
                    raise RulesError(f"{path}, line {elem.sourceline}: program {pname!r} defined twice in {name}")
                ar.programs[pname] = prules
            else:
                ar.patterns.append((pname, prules))
        rules.applications[name] = ar
    return rules
