package org.supvisors.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Struct mapping on values shaped as Apache XML-RPC decodes them (Map, Object[], Integer...). */
class StructsTest {
    private static Map<String, Object> addressInfo() {
        Map<String, Object> wire = new HashMap<>();
        wire.put("address_name", "10.0.0.1");
        wire.put("statecode", 2);
        wire.put("statename", "RUNNING");
        wire.put("remote_time", 1_500_000_000);
        wire.put("local_time", 1_600_000_000);
        wire.put("loading", 30);
        return wire;
    }

    @Test
    void decodesAndEncodesBack() {
        AddressInfo info = AddressInfo.fromWire(addressInfo(), "t");
        assertEquals("10.0.0.1", info.getAddressName());
        assertEquals(AddressStates.RUNNING, info.getStatecode());
        assertEquals(Instant.parse("2017-07-14T02:40:00Z"), info.getRemoteTime());
        assertEquals(Instant.ofEpochSecond(1_600_000_000), info.getLocalTime());
        assertEquals(30, info.getLoading());
        assertEquals(addressInfo(), info.toWire());
        assertEquals(info, AddressInfo.fromWire(info.toWire(), "t"));
    }

    @Test
    void ignoresUnknownMembers() {
        Map<String, Object> wire = addressInfo();
        wire.put("new_member", new Object[] {1, "x"});
        assertEquals(AddressInfo.fromWire(addressInfo(), "t"), AddressInfo.fromWire(wire, "t"));
    }

    @Test
    void doubleAcceptsAnIntegralInt() {
        assertEquals(0.0, Wire.toDouble(0, "t"));
        assertEquals(1.5, Wire.toDouble(1.5, "t"));
        assertThrows(DecodeException.class, () -> Wire.toDouble(true, "t"));
    }

    // ---------------------------------------------------------------- time: int seconds since the epoch

    @Test
    void timeOfZeroIsTheEpoch() {
        Map<String, Object> wire = addressInfo();
        wire.put("remote_time", 0);
        AddressInfo info = AddressInfo.fromWire(wire, "t");
        assertEquals(Instant.EPOCH, info.getRemoteTime());
        assertEquals(0, info.toWire().get("remote_time"));
    }

    @Test
    void timeOfTheLargestInt() {
        Instant last = Wire.toTime(Integer.MAX_VALUE, "t");
        assertEquals(Instant.parse("2038-01-19T03:14:07Z"), last);
        assertEquals(Integer.MAX_VALUE, Wire.encodeTime(last));
    }

    @Test
    void timeRefusesADoubleAndABoolean() {
        for (Object value : new Object[] {1.5e9, 0.0, true, "1500000000"}) {
            Map<String, Object> wire = addressInfo();
            wire.put("remote_time", value);
            DecodeException e = assertThrows(DecodeException.class, () -> AddressInfo.fromWire(wire, "m"));
            assertTrue(e.getMessage().startsWith("m.remote_time: expected int (seconds since the epoch), got "),
                    e.getMessage());
        }
        assertThrows(DecodeException.class, () -> Wire.toTime(null, "t"));
    }

    @Test
    void timeEncodesWholeSecondsRoundedDown() {
        assertEquals(1_500_000_000, Wire.encodeTime(Instant.parse("2017-07-14T02:40:00.999Z")));
        assertEquals(-1, Wire.encodeTime(Instant.parse("1969-12-31T23:59:59.500Z")));
        assertThrows(IllegalArgumentException.class, () -> Wire.encodeTime(Instant.parse("2038-01-19T03:14:08Z")));
        assertThrows(NullPointerException.class, () -> Wire.encodeTime(null));
        assertThrows(NullPointerException.class, () -> new AddressInfo("a", AddressStates.RUNNING, "RUNNING", null,
                Instant.EPOCH, 0));
    }

    @Test
    void processRulesCarryExpectedLoading() {
        Map<String, Object> wire = new HashMap<>();
        wire.put("application_name", "a");
        wire.put("process_name", "p");
        wire.put("addresses", new Object[] {"*"});
        wire.put("start_sequence", 0);
        wire.put("stop_sequence", 0);
        wire.put("required", false);
        wire.put("wait_exit", false);
        wire.put("loading", 25);
        assertEquals(Optional.empty(), ProcessRules.fromWire(wire, "r").getExpectedLoading());
        wire.put("expected_loading", 25);
        assertEquals(Optional.of(25), ProcessRules.fromWire(wire, "r").getExpectedLoading());
    }

    @Test
    void missingRequiredMember() {
        Map<String, Object> wire = addressInfo();
        wire.remove("loading");
        DecodeException e = assertThrows(DecodeException.class, () -> AddressInfo.fromWire(wire, "m"));
        assertEquals("m: missing field 'loading' of AddressInfo", e.getMessage());
    }

    @Test
    void wrongMemberType() {
        Map<String, Object> wire = addressInfo();
        wire.put("loading", "30");
        DecodeException e = assertThrows(DecodeException.class, () -> AddressInfo.fromWire(wire, "m"));
        assertEquals("m.loading: expected int, got String 30", e.getMessage());
    }

    @Test
    void wrongItemTypeNamesTheIndex() {
        Map<String, Object> wire = new HashMap<>();
        wire.put("process_name", "demo:ticker");
        wire.put("state", "RUNNING");
        wire.put("address", new Object[] {"10.0.0.1", 7});
        DecodeException e = assertThrows(DecodeException.class, () -> Conflict.fromWire(wire, "c"));
        assertEquals("c.address[1]: expected string, got Integer 7", e.getMessage());
    }

    @Test
    void positionalStructChecksTheLength() {
        LogTail tail = LogTail.fromWire(new Object[] {"abc", 3, true}, "t");
        assertEquals(new LogTail("abc", 3, true), tail);
        DecodeException e = assertThrows(DecodeException.class, () -> LogTail.fromWire(new Object[] {"abc", 3}, "t"));
        assertEquals("t: expected an array of 3 items (LogTail), got 2 items", e.getMessage());
        assertThrows(DecodeException.class, () -> LogTail.fromWire(Map.of(), "t"));
    }

    @Test
    void nestedPositionalArrays() {
        Object[] wire = {new Object[] {"a"}, new Object[] {}, new Object[] {"b", "c"}};
        ConfigChanges changes = ConfigChanges.fromWire(wire, "r");
        assertEquals(List.of("b", "c"), changes.getRemoved());
        assertEquals(List.of(List.of("a"), List.of(), List.of("b", "c")), changes.toWire());
    }

    @Test
    void anyValuesAreNormalizedAndComparable() {
        Map<String, Object> wire = new HashMap<>();
        wire.put("methodName", "supervisor.getProcessInfo");
        wire.put("params", new Object[] {"demo:ticker", new Object[] {1, 2}, Map.of("k", new Object[] {true})});
        MulticallRequest request = MulticallRequest.fromWire(wire, "m");
        assertEquals(new MulticallRequest("supervisor.getProcessInfo",
                List.of("demo:ticker", List.of(1, 2), Map.of("k", List.of(true)))), request);
    }

    @Test
    void valuesAreImmutableCopies() {
        List<String> addresses = new ArrayList<>(List.of("a"));
        Conflict conflict = new Conflict("p", "RUNNING", addresses);
        addresses.add("b");
        assertEquals(List.of("a"), conflict.getAddress());
        assertThrows(UnsupportedOperationException.class, () -> conflict.getAddress().add("c"));
        assertThrows(UnsupportedOperationException.class, () -> conflict.toWire().put("x", 1));
    }

    @Test
    void constructorsRefuseNulls() {
        assertThrows(NullPointerException.class, () -> new Conflict(null, "RUNNING", List.of()));
        assertThrows(NullPointerException.class, () -> new Conflict("p", "RUNNING", null));
        assertThrows(NullPointerException.class, () -> new SupvisorsState(null, "OPERATION"));
    }

    @Test
    void equalsHashCodeToString() {
        SupvisorsState a = new SupvisorsState(SupvisorsStates.OPERATION, "OPERATION");
        SupvisorsState b = SupvisorsState.fromWire(Map.of("statecode", 2, "statename", "OPERATION"), "s");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new SupvisorsState(SupvisorsStates.CONCILIATION, "CONCILIATION"));
        assertEquals("SupvisorsState{statecode=OPERATION, statename=OPERATION}", a.toString());
        assertTrue(new LogTail("x", 1, false).toString().contains("offset=1"));
    }
}
