"""Typed events: strict decoding of each topic (spec/events.yaml) and the EventSubscriber's plumbing,
against a local ZeroMQ PUB socket that stands for a node's event port (no daemon)."""

from __future__ import annotations

import datetime
import json
import time

import pytest
import zmq

from supvisors_client import (
    TOPICS,
    AddressEvent,
    AddressStates,
    ApplicationEvent,
    DecodeError,
    EventSubscriber,
    ProcessEvent,
    ProcessStates,
    SupvisorsEvent,
    SupvisorsProcessInfo,
    SupvisorsStates,
    decode_event,
)

PROCESS = {"application_name": "demo", "process_name": "ticker", "statecode": 0, "statename": "STOPPED",
           "addresses": [], "expected_exit": True, "last_event_time": 1_700_000_000, "address": "10.0.0.2"}
ADDRESS = {"address_name": "10.0.0.3", "statecode": 3, "statename": "SILENT", "remote_time": 1_700_000_000,
           "local_time": 1_700_000_001, "loading": 0}
APPLICATION = {"application_name": "demo", "statecode": 0, "statename": "UNKNOWN", "major_failure": False,
               "minor_failure": False, "removed": True}
SUPVISORS = {"statecode": 3, "statename": "CONCILIATION", "master": "10.0.0.1"}


def test_topics_are_the_spec_s():
    assert TOPICS == ("supvisors", "address", "application", "process")


def test_each_topic_decodes_into_its_typed_event():
    process = decode_event(b"process", json.dumps(PROCESS).encode())
    assert isinstance(process, ProcessEvent) and process.topic == "process"
    assert isinstance(process.body, SupvisorsProcessInfo)  # the same struct as get_process_info's
    assert process.body.statecode is ProcessStates.STOPPED and process.body.addresses == []
    assert process.address == "10.0.0.2" and process.removed is None
    assert process.body.last_event_time == datetime.datetime(2023, 11, 14, 22, 13, 20, tzinfo=datetime.UTC)
    assert process.to_wire() == PROCESS  # the wire shape survives typed decoding
    address = decode_event("address", json.dumps(ADDRESS))
    assert isinstance(address, AddressEvent) and address.body.statecode is AddressStates.SILENT
    assert address.to_wire() == ADDRESS
    application = decode_event(b"application", json.dumps(APPLICATION).encode())
    assert isinstance(application, ApplicationEvent) and application.removed is True
    assert application.to_wire() == APPLICATION
    state = decode_event(b"supvisors", json.dumps(SUPVISORS).encode())
    assert isinstance(state, SupvisorsEvent) and state.body.statecode is SupvisorsStates.CONCILIATION
    assert state.master == "10.0.0.1" and state.to_wire() == SUPVISORS


@pytest.mark.parametrize("topic, body, message", [
    (b"nope", json.dumps(SUPVISORS), "unknown event topic 'nope'"),
    (b"\xff", json.dumps(SUPVISORS), "event topic is not UTF-8"),
    (b"process", b"{not json", "event process: not JSON"),
    (b"process", b"\xff\xfe", "event process: not JSON"),
    (b"supvisors", b'{"statecode": NaN, "statename": "x", "master": ""}', "not JSON"),
    (b"process", json.dumps([PROCESS]), "expected struct SupvisorsProcessInfo"),
    (b"process", json.dumps({k: v for k, v in PROCESS.items() if k != "address"}),
     "missing field 'address' of ProcessEvent"),
    (b"process", json.dumps({**PROCESS, "address": 7}), "event process.address: expected string"),
    (b"process", json.dumps({**PROCESS, "removed": "yes"}), "event process.removed: expected boolean"),
    (b"process", json.dumps({**PROCESS, "statecode": 5}), "5 is not a code of ProcessStates"),
    (b"process", json.dumps({**PROCESS, "last_event_time": 1.5}), "last_event_time: expected int"),
    (b"supvisors", json.dumps({"statecode": 2, "statename": "OPERATION"}), "missing field 'master' of SupvisorsEvent"),
    (b"address", json.dumps({**ADDRESS, "loading": True}), "event address.loading: expected int"),
])
def test_a_malformed_event_is_a_decode_error(topic, body, message):
    with pytest.raises(DecodeError, match=message.replace("(", r"\(")):
        decode_event(topic, body)


# ---------------------------------------------------------------- the subscriber, on a local PUB socket
@pytest.fixture
def node():
    ctx = zmq.Context()
    pub = ctx.socket(zmq.PUB)
    pub.linger = 0
    port = pub.bind_to_random_port("tcp://127.0.0.1")
    yield pub, port
    pub.close(0)
    ctx.term()


def _until_received(sub, pub, frames, timeout=5.0):
    """Publish frames until the subscriber gets an event (its subscription may take a moment)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pub.send_multipart(frames)
        event = sub.next(0.05)
        if event is not None:
            return event
    raise AssertionError("no event came through")


def test_the_subscriber_gets_typed_events_of_its_topics(node):
    pub, port = node
    with EventSubscriber("127.0.0.1", port, topics=["process"]) as sub:
        assert sub.wait_connected(5.0)
        event = _until_received(sub, pub, [b"process", json.dumps(PROCESS).encode()])
        assert isinstance(event, ProcessEvent) and event.address == "10.0.0.2"
        while sub.next(0.05) is not None:  # drain the repeats
            pass
        pub.send_multipart([b"address", json.dumps(ADDRESS).encode()])  # not subscribed
        pub.send_multipart([b"process", json.dumps({**PROCESS, "statecode": 20, "statename": "RUNNING",
                                                     "addresses": ["10.0.0.2"]}).encode()])
        event = sub.next(5.0)
        assert event.body.statecode is ProcessStates.RUNNING  # the address event was filtered out
        assert sub.next(0.05) is None  # a timeout is None, not an error


def test_a_malformed_message_raises_and_the_subscriber_goes_on(node):
    pub, port = node
    with EventSubscriber("127.0.0.1", port) as sub:
        _until_received(sub, pub, [b"supvisors", json.dumps(SUPVISORS).encode()])
        while sub.next(0.05) is not None:
            pass
        pub.send_multipart([b"process", b"{broken"])
        with pytest.raises(DecodeError, match="not JSON"):
            sub.next(5.0)
        pub.send_multipart([b"process", b"{}", b"third frame"])
        with pytest.raises(DecodeError, match="3 frames, expected 2"):
            sub.next(5.0)
        pub.send_multipart([b"address", json.dumps(ADDRESS).encode()])
        assert isinstance(sub.next(5.0), AddressEvent)


def test_iterator_and_callback_forms(node):
    pub, port = node
    with EventSubscriber("127.0.0.1", port, topics=["supvisors", "address"]) as sub:
        _until_received(sub, pub, [b"supvisors", json.dumps(SUPVISORS).encode()])
        while sub.next(0.05) is not None:
            pass
        for _ in range(3):
            pub.send_multipart([b"address", json.dumps(ADDRESS).encode()])
        got = []
        for event in sub:
            got.append(event)
            if len(got) == 2:
                break
        assert [type(e) for e in got] == [AddressEvent, AddressEvent]
        seen = []
        assert sub.run(lambda e: seen.append(e) or False, timeout=5.0) == 1  # False stops the run
        start = time.monotonic()
        assert sub.run(seen.append, timeout=0.2) == 0  # nothing more: returns after the timeout
        assert 0.15 < time.monotonic() - start < 2.0


def test_bad_arguments_and_an_absent_node():
    with pytest.raises(ValueError, match="unknown event topics"):
        EventSubscriber("127.0.0.1", 65002, topics=["proc"])
    with pytest.raises(ValueError, match="port"):
        EventSubscriber("127.0.0.1", 0)
    with EventSubscriber("127.0.0.1", 9) as sub:  # nobody there: no connection, no event, no error
        assert not sub.wait_connected(0.2)
        assert sub.next(0.05) is None


def test_curve_with_the_node_s_public_key():
    """A node with event_curve: its PUB is a CURVE server; the subscriber needs its public key."""
    public, secret = zmq.curve_keypair()
    ctx = zmq.Context()
    pub = ctx.socket(zmq.PUB)
    pub.linger = 0
    pub.curve_server, pub.curve_secretkey = True, secret
    port = pub.bind_to_random_port("tcp://127.0.0.1")
    try:
        with EventSubscriber("127.0.0.1", port, server_key=public.decode()) as sub:
            assert sub.wait_connected(5.0)
            assert isinstance(_until_received(sub, pub, [b"supvisors", json.dumps(SUPVISORS).encode()]),
                              SupvisorsEvent)
        with EventSubscriber("127.0.0.1", port) as plain:  # no key: no handshake, no event
            assert not plain.wait_connected(0.5)
            pub.send_multipart([b"supvisors", json.dumps(SUPVISORS).encode()])
            assert plain.next(0.2) is None
    finally:
        pub.close(0)
        ctx.term()
