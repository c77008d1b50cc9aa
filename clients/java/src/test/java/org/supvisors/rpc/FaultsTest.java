package org.supvisors.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** One exception class per fault code of the spec, and the codes that the API fixes. */
class FaultsTest {
    @Test
    void supvisorsCodes() {
        assertEquals(100, SupvisorsConfErrorException.CODE);
        assertEquals(101, BadSupvisorsStateException.CODE);
        assertEquals(102, BadAddressException.CODE);
        assertEquals(103, BadStrategyException.CODE);
        assertEquals(104, BadExtraArgumentsException.CODE);
        assertEquals(104, Faults.BAD_EXTRA_ARGUMENTS);
    }

    @Test
    void supervisorCodes() {
        assertEquals(2, IncorrectParametersException.CODE);
        assertEquals(10, BadNameException.CODE);
        assertEquals(40, AbnormalTerminationException.CODE);
        assertEquals(60, AlreadyStartedException.CODE);
        assertEquals(70, NotRunningException.CODE);
    }

    @Test
    void ofBuildsTheSubclass() {
        SupvisorsFaultException e = Faults.of(101, "BAD_SUPVISORS_STATE: INITIALIZATION");
        assertInstanceOf(BadSupvisorsStateException.class, e);
        assertEquals(101, e.getCode());
        assertEquals("BAD_SUPVISORS_STATE: INITIALIZATION", e.getFaultString());
        assertEquals("[101] BAD_SUPVISORS_STATE: INITIALIZATION", e.getMessage());
        assertEquals("BAD_SUPVISORS_STATE", Faults.nameOf(101));
    }

    @Test
    void unknownCodeIsKept() {
        SupvisorsFaultException e = Faults.of(999, "new fault");
        assertSame(SupvisorsFaultException.class, e.getClass());
        assertEquals(999, e.getCode());
        assertNull(Faults.nameOf(999));
    }

    @Test
    void everyFaultIsASupvisorsRpcException() {
        assertInstanceOf(SupvisorsRpcException.class, new BadNameException("x"));
        assertInstanceOf(RuntimeException.class, new BadNameException("x"));
    }

    @Test
    void faultFromTheServer() {
        try (FakeServer server = new FakeServer()) {
            server.replyFault(101, "BAD_SUPVISORS_STATE: Supvisors is not in state OPERATION");
            SupvisorsXmlRpc supvisors = new SupvisorsXmlRpc(server.client());
            BadSupvisorsStateException e = assertThrows(BadSupvisorsStateException.class,
                    () -> supvisors.startApplication(DeploymentStrategies.CONFIG, "demo"));
            assertEquals("BAD_SUPVISORS_STATE: Supvisors is not in state OPERATION", e.getFaultString());

            server.replyFault(77, "a code unknown to the spec");
            SupvisorsFaultException unknown = assertThrows(SupvisorsFaultException.class, supvisors::getApiVersion);
            assertEquals(77, unknown.getCode());
        }
    }
}
