package org.supvisors.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The document's example, run against a fake server (its own address is not reachable here). */
class SeedExampleTest {
    @Test
    void exampleRunsAsWritten() {
        try (FakeServer server = new FakeServer()) {
            SupervisorXmlRpcClient client = new SupervisorXmlRpcClient("127.0.0.1", server.port(), "toto", "p@$$w0rd");

            SupervisorXmlRpc supervisor = new SupervisorXmlRpc(client);
            server.replyRecorded("supervisor.getState");
            System.out.println(supervisor.getState());
            assertEquals(SupervisorStates.RUNNING, supervisor.getState().getStatecode());

            SupvisorsXmlRpc supvisors = new SupvisorsXmlRpc(client);
            server.replyRecorded("supvisors.get_supvisors_state");
            System.out.println(supvisors.getSupvisorsState());
            assertEquals(new SupvisorsState(SupvisorsStates.OPERATION, "OPERATION"), supvisors.getSupvisorsState());
        }
    }
}
