package org.supvisors.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Struct mapping on values shaped as Apache XML-RPC decodes them (Map, Object[], Integer...). */
class StructsTest {
    private static Map<String, Object> addressInfo() {
        Map<String, Object> wire = new HashMap<>();
        wire.put("address_name", "10.0.0.1");
        wire.put("statecode", 2);
        wire.put("statename", "RUNNING");
        wire.put("remote_time", 1.5e12);
        wire.put("local_time", 1.6e12);
        wire.put("loading", 30);
        return wire;
    }

    @Test
    void decodesAndEncodesBack() {
        AddressInfo info = AddressInfo.fromWire(addressInfo(), "t");
        assertEquals("10.0.0.1", info.getAddressName());
        assertEquals(AddressStates.RUNNING, info.getStatecode());
        assertEquals(1.5e12, info.getRemoteTime());
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
        Map<String, Object> wire = addressInfo();
        wire.put("remote_time", 0);
        assertEquals(0.0, AddressInfo.fromWire(wire, "t").getRemoteTime());
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
