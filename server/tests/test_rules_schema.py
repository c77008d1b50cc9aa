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

GOOD = [
    (ROOT / "demo" / "rules.xml").read_text(),
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
