package org.supvisors.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The wire codes of the enums (fixed by the API, see DESIGN.md), and their lookups. */
class EnumsTest {
    @Test
    void supvisorsStates() {
        assertEquals(7, SupvisorsStates.values().length);
        assertEquals(0, SupvisorsStates.INITIALIZATION.getCode());
        assertEquals(3, SupvisorsStates.CONCILIATION.getCode());
        assertEquals(6, SupvisorsStates.SHUTDOWN.getCode());
        assertEquals(SupvisorsStates.SHUTTING_DOWN, SupvisorsStates.fromCode(5));
    }

    @Test
    void addressAndApplicationStates() {
        assertEquals(5, AddressStates.ISOLATED.getCode());
        assertEquals(AddressStates.SILENT, AddressStates.fromName("SILENT"));
        assertEquals(4, ApplicationStates.RUNNING.getCode());
        assertEquals(ApplicationStates.UNKNOWN, ApplicationStates.fromCode(0));
    }

    @Test
    void processStatesUseSupervisorCodes() {
        int[] codes = {0, 10, 20, 30, 40, 100, 200, 1000};
        ProcessStates[] states = ProcessStates.values();
        assertEquals(codes.length, states.length);
        for (int i = 0; i < codes.length; i++) {
            assertEquals(states[i], ProcessStates.fromCode(codes[i]));
        }
        assertEquals(ProcessStates.UNKNOWN, ProcessStates.fromWire(1000, "here"));
    }

    @Test
    void supervisorStatesHaveANegativeCode() {
        assertEquals(SupervisorStates.SHUTDOWN, SupervisorStates.fromCode(-1));
        assertEquals(SupervisorStates.FATAL, SupervisorStates.fromWire(2, "here"));
    }

    @Test
    void strategies() {
        assertEquals(3, DeploymentStrategies.LOCAL.getCode());
        assertEquals(DeploymentStrategies.LESS_LOADED, DeploymentStrategies.fromName("LESS_LOADED"));
        assertEquals(4, ConciliationStrategies.RESTART.getCode());
        assertEquals(ConciliationStrategies.USER, ConciliationStrategies.fromCode(2));
    }

    @Test
    void unknownCodesAndNamesAreClearErrors() {
        IllegalArgumentException byCode = assertThrows(IllegalArgumentException.class, () -> ProcessStates.fromCode(50));
        assertEquals("50 is not a code of ProcessStates", byCode.getMessage());
        IllegalArgumentException byName = assertThrows(IllegalArgumentException.class,
                () -> ConciliationStrategies.fromName("senicide"));
        assertEquals("'senicide' is not a name of ConciliationStrategies", byName.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConciliationStrategies.fromName(null));
    }

    @Test
    void fromWireRejectsOtherTypes() {
        DecodeException e = assertThrows(DecodeException.class, () -> AddressStates.fromWire(2.0, "x.statecode"));
        assertEquals("x.statecode: expected int, got Double 2.0", e.getMessage());
        assertThrows(DecodeException.class, () -> AddressStates.fromWire(true, "x"));
        assertThrows(DecodeException.class, () -> AddressStates.fromWire(null, "x"));
        assertThrows(DecodeException.class, () -> AddressStates.fromWire(9, "x"));
    }
}
