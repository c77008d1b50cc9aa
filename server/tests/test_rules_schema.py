"""The plugin's rules checks (expat + Python) accept and refuse exactly what rules.xsd does.

lxml is a test-only dependency here: the XSD is the published schema; the daemon does not load lxml.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from supvisors.rules import SCHEMA_PATH, RulesError, parse_rules

ROOT = Path(__file__).resolve().parents[2]
ADDRESSES = ["127.0.0.1", "127.0.0.2", "127.0.0.3"]

ORIGINAL = ROOT / "tests" / "compat" / "original_rules.xml"

GOOD = [
    (ROOT / "demo" / "rules.xml").read_text(),
    ORIGINAL.read_text(),
    "<root><application name='a'><start_sequence>1</start_sequence><starting_failure_strategy>STOP"
    "</starting_failure_strategy><running_failure_strategy>CONTINUE</running_failure_strategy>"
    "<program name='p'><running_failure_strategy>CONTINUE</running_failure_strategy></program></application></root>",
    "<root><model name='b'><reference>a</reference></model><model name='a'><loading>5</loading></model>"
    "<application name='x'><starting_failure_strategy>CONTINUE</starting_failure_strategy></application></root>",
    "<root/>",
    "<root><application name='a'/></root>",
    "<root><model name='m'><loading>0</loading></model><application name='a'><stop_sequence>3</stop_sequence>"
    "<pattern name='x y'><reference>m</reference><expected_loading>100</expected_loading></pattern></application></root>",
    "<root><application name='a'><program name='p'><required>1</required><wait_exit>false</wait_exit>"
    "<start_sequence> 127 </start_sequence></program></application></root>",
]
BAD = [
    "<root><application name='a'><program name='p'><loading>101</loading></program></application></root>",
    "<root><application name='a'><program name='p'><loading>-1</loading></program></application></root>",
    "<root><application name='a'><program name='p'><start_sequence>128</start_sequence></program></application></root>",
    "<root><application name='a'><program name='p'><start_sequence>x</start_sequence></program></application></root>",
    "<root><application name='a'><program name='p'><required>yes</required></program></application></root>",
    "<root><application name='a'><program name='p'><colour>red</colour></program></application></root>",
    "<root><application name='a'><program name='p'><loading>1</loading><loading>2</loading></program></application></root>",
    "<root><application name='a'><program/></application></root>",
    "<root><application name='a:b'/></root>",
    "<root><application/></root>",
    "<root><application name='a' colour='red'/></root>",
    "<root><application name='a'><program name='p'/><start_sequence>1</start_sequence></application></root>",
    "<root><application name='a'><stop_sequence>1</stop_sequence><start_sequence>1</start_sequence></application></root>",
    "<root><application name='a'><start_sequence>1</start_sequence><start_sequence>1</start_sequence></application></root>",
    "<root><program name='p'/></root>",
    "<root><application name='a'><starting_failure_strategy>abort</starting_failure_strategy></application></root>",
    "<root><application name='a'><starting_failure_strategy>STOP</starting_failure_strategy>"
    "<stop_sequence>1</stop_sequence></application></root>",
    "<root><application name='a'><running_failure_strategy>CONTINUE</running_failure_strategy>"
    "<starting_failure_strategy>STOP</starting_failure_strategy></application></root>",
    "<root><application name='a'><program name='p'><starting_failure_strategy>STOP</starting_failure_strategy>"
    "</program></application></root>",
    "<rules/>",
]


def _xsd_accepts(text: str) -> bool:
    schema = etree.XMLSchema(etree.parse(str(SCHEMA_PATH)))
    return schema.validate(etree.fromstring(text.encode()))


def _plugin_accepts(tmp_path: Path, text: str) -> bool:
    path = tmp_path / "rules.xml"
    path.write_text(text)
    try:
        parse_rules(path, ADDRESSES)
    except RulesError:
        return False
    return True


@pytest.mark.parametrize("text", GOOD)
def test_both_accept(tmp_path, text):
    assert _xsd_accepts(text)
    assert _plugin_accepts(tmp_path, text)


@pytest.mark.parametrize("text", BAD)
def test_both_refuse(tmp_path, text):
    assert not _xsd_accepts(text)
    assert not _plugin_accepts(tmp_path, text)


def test_entities_are_refused(tmp_path):
    text = '<?xml version="1.0"?><!DOCTYPE root [<!ENTITY a "aaaa">]><root/>'
    assert not _plugin_accepts(tmp_path, text)


def _rules(tmp_path: Path, text: str):
    path = tmp_path / "rules.xml"
    path.write_text(text)
    return parse_rules(path, ADDRESSES)


def test_the_original_format_means_what_it_says(tmp_path):
    rules = parse_rules(ORIGINAL, ADDRESSES)
    assert rules.application("import_database").starting_failure_strategy == "STOP"
    assert rules.application("movies").starting_failure_strategy == "CONTINUE"
    assert rules.application("player").starting_failure_strategy == "ABORT"
    assert rules.application("unknown").starting_failure_strategy == "ABORT"  # the original's default
    # expected_loading is loading; a model reached through another model; '#' and '*'
    assert rules.program_rules("movies", "disk_02_b").loading == 7
    assert rules.program_rules("movies", "disk_02_b").addresses == ("127.0.0.2",)
    assert rules.program_rules("database", "movie_server_02").resolve_addresses("movie_server_02", ADDRESSES) == \
        ["127.0.0.3"]
    assert rules.program_rules("movies", "converter_9").addresses == ("*",)


def test_the_longest_matching_pattern_wins(tmp_path):
    rules = _rules(tmp_path, "<root><application name='a'>"
                             "<pattern name='prg'><loading>1</loading></pattern>"
                             "<pattern name='prg_'><loading>2</loading></pattern>"
                             "<pattern name='_0'><loading>3</loading></pattern>"
                             "<program name='prg_00'><loading>4</loading></program></application></root>")
    app = rules.application("a")
    assert app.program_rules("prg_00").loading == 4      # an exact program beats any pattern
    assert app.program_rules("prg_01").loading == 2      # 'prg_' is longer than 'prg' and '_0'
    assert app.program_rules("x_0").loading == 3
    assert app.program_rules("other").loading == 1 and app.program_rules("other") is not app.patterns[0][1]


def test_model_chains_resolve_and_cycles_are_refused(tmp_path):
    rules = _rules(tmp_path, "<root><model name='c'><reference>b</reference><required>true</required></model>"
                             "<model name='b'><reference>a</reference><loading>9</loading></model>"
                             "<model name='a'><addresses>127.0.0.3</addresses><loading>5</loading></model>"
                             "<application name='x'><program name='p'><reference>c</reference></program>"
                             "</application></root>")
    p = rules.program_rules("x", "p")
    assert (p.addresses, p.loading, p.required) == (("127.0.0.3",), 9, True)
    with pytest.raises(RulesError, match=r"model 'a' references itself through a -> b -> a"):
        _rules(tmp_path, "<root><model name='a'><reference>b</reference></model>"
                         "<model name='b'><reference>a</reference></model></root>")
    with pytest.raises(RulesError, match=r"line 1: <running_failure_strategy> 'RESTART_PROCESS' is not one of "
                                         r"CONTINUE \(the other values of the original format are not implemented"):
        _rules(tmp_path, "<root><application name='a'><running_failure_strategy>RESTART_PROCESS"
                         "</running_failure_strategy></application></root>")
