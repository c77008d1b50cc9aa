"""A peer whose supervisord is gone is declared SILENT as soon as its port refuses the reconnection
(connwatch.py); a connection dropped by a live peer, or no event at all (a freeze), changes nothing."""

from __future__ import annotations

import struct

import zmq

from supvisors._generated.enums import AddressStates
from supvisors.connwatch import ConnectionWatch, endpoint_host, parse

from .test_fsm import NODES, make_operational

D, C, X = zmq.EVENT_DISCONNECTED, zmq.EVENT_CONNECTED, zmq.EVENT_CLOSED


def test_the_host_of_an_endpoint():
    assert endpoint_host(b"tcp://127.0.0.70:0;127.0.0.71:57311") == "127.0.0.71"  # with a source address
    assert endpoint_host("tcp://127.0.0.71:57311") == "127.0.0.71"
    assert endpoint_host(b"tcp://[::1]:6000") == "::1"
    assert endpoint_host(b"tcp://node-a:6000") == "node-a"


def test_a_monitor_message_is_parsed_or_refused():
    assert parse([struct.pack("=Hi", int(D), 12), b"tcp://a:1"]) == (int(D), b"tcp://a:1")
    assert parse([b"\x00" * 5, b"tcp://a:1"]) is None
    assert parse([struct.pack("=Hi", int(D), 12)]) is None


def test_gone_only_when_a_dropped_connection_cannot_be_made_again():
    watch = ConnectionWatch(["127.0.0.2", "127.0.0.3"])
    first = b"tcp://127.0.0.1:0;127.0.0.2:6000"
    again = b"tcp://127.0.0.2:6000"  # libzmq names the reconnections without the source address
    assert watch.event(X, again) is None  # not up yet (at start): refusals are not a loss
    assert watch.event(C, first) is None
    assert watch.event(D, first) is None
    assert watch.event(C, again) is None  # a live peer that closed the connection: reconnected
    assert watch.event(X, again) is None
    assert watch.event(D, again) is None
    assert watch.event(X, again) == "127.0.0.2"  # dropped, then refused: gone
    assert watch.event(X, again) is None  # told once
    assert watch.event(D, b"tcp://127.0.0.9:6000") is None  # not a peer
    assert watch.event(X, b"tcp://127.0.0.9:6000") is None


def test_a_peer_given_by_name_is_known_by_its_address():
    watch = ConnectionWatch(["localhost"])
    assert watch.event(D, b"tcp://localhost:6000") is None
    assert watch.event(X, b"tcp://127.0.0.1:6000") == "localhost"


def test_the_cluster_declares_a_gone_peer_silent_at_once():
    cluster, clock = make_operational()
    cluster.inbox.put(("gone", NODES[2]))
    cluster.inbox.put(("gone", "nobody"))  # an unknown address is ignored
    cluster.drain_inbox()  # no time has passed: the silence threshold has nothing to do with it
    assert cluster.membership.nodes[NODES[2]].state == AddressStates.SILENT
    assert cluster.membership.nodes[NODES[1]].state == AddressStates.RUNNING
    cluster.inbox.put(("gone", NODES[2]))  # already SILENT: nothing more
    cluster.drain_inbox()
    assert cluster.membership.nodes[NODES[2]].state == AddressStates.SILENT
