"""Strict decoding and encoding of the generated structs, enums and faults (no server)."""

from __future__ import annotations

import datetime

import pytest

from supvisors_client import (
    AddressInfo,
    AddressStates,
    BadAddress,
    BadSupvisorsState,
    DecodeError,
    DeploymentStrategies,
    LogTail,
    ProcessRules,
    SupvisorsFault,
    SupvisorsNamespace,
    SupvisorsProcessInfo,
)
from supvisors_client import _wire as w
from supvisors_client._generated.faults import fault_from_code

UTC = datetime.UTC
ADDRESS = {"address_name": "127.0.0.1", "statecode": 2, "statename": "RUNNING", "remote_time": 1_500_000_000,
           "local_time": 1_500_000_003, "loading": 30}


def test_struct_decodes_and_ignores_unknown_keys():
    info = AddressInfo.from_wire(dict(ADDRESS, future_key=1))
    assert info.statecode is AddressStates.RUNNING and info.loading == 30


def test_missing_field_names_it():
    wire = dict(ADDRESS)
    del wire["loading"]
    with pytest.raises(DecodeError, match="missing field 'loading'"):
        AddressInfo.from_wire(wire)


def test_wrong_type_names_the_field():
    with pytest.raises(DecodeError, match=r"AddressInfo.loading: expected int"):
        AddressInfo.from_wire(dict(ADDRESS, loading="30"))
    with pytest.raises(DecodeError, match="expected int"):
        AddressInfo.from_wire(dict(ADDRESS, loading=True))


# ---------------------------------------------------------------- time: int seconds since the epoch
def test_time_decodes_to_an_aware_utc_datetime():
    info = AddressInfo.from_wire(ADDRESS)
    assert info.remote_time == datetime.datetime(2017, 7, 14, 2, 40, tzinfo=UTC)
    assert info.local_time - info.remote_time == datetime.timedelta(seconds=3)
    assert info.remote_time.tzinfo is not None and info.remote_time.utcoffset() == datetime.timedelta(0)
    assert info.to_wire() == ADDRESS  # back to the same ints


@pytest.mark.parametrize("seconds, expected", [
    (0, datetime.datetime(1970, 1, 1, tzinfo=UTC)),  # 0: never, the epoch itself
    (2**31 - 1, datetime.datetime(2038, 1, 19, 3, 14, 7, tzinfo=UTC)),  # the cap of the server
])
def test_time_bounds_round_trip(seconds, expected):
    assert w.dec_time(seconds, "t") == expected
    assert w.enc_time(expected, "t") == seconds
    assert type(w.enc_time(expected, "t")) is int


@pytest.mark.parametrize("value", [1.5e9, 0.0, True, False, "1500000000", None])
def test_time_refuses_a_double_a_boolean_and_others(value):
    with pytest.raises(DecodeError, match=r"AddressInfo.remote_time: expected int \(seconds since the epoch\)"):
        AddressInfo.from_wire(dict(ADDRESS, remote_time=value))


def test_time_encoding():
    paris = datetime.timezone(datetime.timedelta(hours=2))
    assert w.enc_time(datetime.datetime(2017, 7, 14, 4, 40, 0, 999_999, tzinfo=paris), "t") == 1_500_000_000
    assert w.enc_time(datetime.datetime(1969, 12, 31, 23, 59, 59, 500_000, tzinfo=UTC), "t") == -1  # rounded down
    with pytest.raises(ValueError, match="naive"):
        w.enc_time(datetime.datetime(2017, 7, 14), "t")
    with pytest.raises(TypeError, match="expected datetime"):
        w.enc_time(1_500_000_000, "t")
    with pytest.raises(ValueError, match="32-bit"):
        w.enc_time(datetime.datetime(2038, 1, 19, 3, 14, 8, tzinfo=UTC), "t")


def test_last_event_time_is_an_optional_time():
    wire = {"application_name": "a", "process_name": "p", "statecode": 20, "statename": "RUNNING",
            "addresses": ["n1"], "expected_exit": True, "last_event_time": 1_700_000_000}
    info = SupvisorsProcessInfo.from_wire(wire)
    assert info.last_event_time == datetime.datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    assert info.to_wire() == wire
    with pytest.raises(DecodeError, match="last_event_time: expected int"):
        SupvisorsProcessInfo.from_wire(dict(wire, last_event_time=1.7e12))


def test_process_rules_carry_expected_loading():
    wire = {"application_name": "a", "process_name": "p", "addresses": ["*"], "start_sequence": 0,
            "stop_sequence": 0, "required": False, "wait_exit": False, "loading": 25}
    assert ProcessRules.from_wire(wire).expected_loading is None  # optional: a server without it
    rules = ProcessRules.from_wire(dict(wire, expected_loading=25))
    assert rules.expected_loading == rules.loading == 25


def test_unknown_enum_code():
    with pytest.raises(DecodeError, match="9 is not a code of AddressStates"):
        AddressInfo.from_wire(dict(ADDRESS, statecode=9))


def test_optional_fields():
    wire = {"application_name": "a", "process_name": "p", "statecode": 20, "statename": "RUNNING",
            "addresses": ["n1"]}
    info = SupvisorsProcessInfo.from_wire(wire)
    assert info.expected_exit is None
    assert SupvisorsProcessInfo.from_wire(dict(wire, expected_exit=True)).expected_exit is True
    assert info.to_wire() == wire


def test_positional_struct():
    tail = LogTail.from_wire(["abc", 3, False])
    assert tail == LogTail("abc", 3, False)
    with pytest.raises(DecodeError):
        LogTail.from_wire(["abc", 3])


def test_fault_classes():
    assert isinstance(fault_from_code(101, "x"), BadSupvisorsState)
    assert isinstance(fault_from_code(102, "x"), BadAddress)
    unknown = fault_from_code(999, "y")
    assert type(unknown) is SupvisorsFault and unknown.code == 999


def test_strategy_param_accepts_enum_name_and_code():
    sent = []
    ns = SupvisorsNamespace(lambda method, params: sent.append((method, params)) or True)
    ns.start_application(DeploymentStrategies.LESS_LOADED, "app")
    ns.start_application("most_loaded", "app", False)
    ns.start_application(0, "app")
    assert [p[0] for _, p in sent] == [1, 2, 0]
    assert sent[1] == ("supvisors.start_application", [2, "app", False])
    with pytest.raises(ValueError, match="not a DeploymentStrategies"):
        ns.start_application("fastest", "app")


def test_defaults_are_sent():
    sent = []
    ns = SupvisorsNamespace(lambda method, params: sent.append(params) or True)
    ns.start_args("g:p")
    assert sent == [["g:p", "", True]]


def test_restart_process_sends_extra_args():
    sent = []
    ns = SupvisorsNamespace(lambda method, params: sent.append(params) or True)
    ns.restart_process(0, "g:p")
    ns.restart_process("less_loaded", "g:p", "-x 1", False)
    ns.restart_process(0, "g:p", wait=False)
    assert sent == [[0, "g:p", "", True], [1, "g:p", "-x 1", False], [0, "g:p", "", False]]
    with pytest.raises(TypeError, match="extra_args: expected str"):
        ns.restart_process(0, "g:p", True)  # the document's form is the server's to accept, not the typed API's


# ---------------------------------------------------------------- the transport's XML-RPC parser
def test_parser_agrees_with_stdlib():
    import xmlrpc.client

    from supvisors_client.transport import parse_response

    value = [{"s": "héllo <&>", "i": -5, "b": True, "f": 1.5e12, "a": [[], [1, "x"]], "e": "", "st": {}},
             "bare", 2**31 - 1]
    body = xmlrpc.client.dumps((value,), methodresponse=True).encode()
    assert parse_response(body) == (False, value)
    assert parse_response(b"<methodResponse><params><param><value>bare</value></param></params>"
                          b"</methodResponse>") == (False, "bare")
    fault = xmlrpc.client.dumps(xmlrpc.client.Fault(10, "BAD_NAME: x"), methodresponse=True).encode()
    assert parse_response(fault) == (True, {"faultCode": 10, "faultString": "BAD_NAME: x"})


@pytest.mark.parametrize("body", [
    b"<html>nope</html>",
    b"<methodResponse><params><param><value><nil/></value></param></params></methodResponse>",
    b"<methodResponse><params><param><value><boolean>2</boolean></value></param></params></methodResponse>",
    b"<methodResponse><params><param><value><int>x</int></value></param></params></methodResponse>",
    b"<methodResponse><params><param><value><struct><member><name>a</name></member></struct></value>"
    b"</param></params></methodResponse>",
    b"<methodResponse><params>",
])
def test_parser_refuses_malformed(body):
    import xml.etree.ElementTree as ET

    from supvisors_client.transport import parse_response

    with pytest.raises((ValueError, ET.ParseError, IndexError, TypeError)):
        parse_response(body)


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                     for i in range(1, 10))
          + b"]><methodResponse><params><param><value><string>&lol9;</string></value></param></params>"
            b"</methodResponse>")


def test_parser_refuses_entity_expansion_and_doctype():
    from supvisors_client.transport import parse_response

    with pytest.raises(ValueError, match="entity declarations are refused"):
        parse_response(LAUGHS)
    with pytest.raises(ValueError, match="refused"):
        parse_response(b'<?xml version="1.0"?><!DOCTYPE methodResponse SYSTEM "http://x/y.dtd">'
                       b"<methodResponse><params><param><value>v</value></param></params></methodResponse>")
    # the same text escaped inside a string is data, not markup
    assert parse_response(b"<methodResponse><params><param><value><string>&lt;!DOCTYPE x&gt;</string></value>"
                          b"</param></params></methodResponse>") == (False, "<!DOCTYPE x>")


def test_a_hostile_reply_is_a_decode_error_through_the_client(monkeypatch):
    import requests

    from supvisors_client import SupvisorsClient

    class Reply:
        status_code, reason, content = 200, "OK", LAUGHS

    monkeypatch.setattr(requests.Session, "post", lambda self, *a, **k: Reply())
    with pytest.raises(DecodeError, match="entity declarations are refused"):
        SupvisorsClient("http://127.0.0.1:9", "u", "p").supvisors.get_api_version()
