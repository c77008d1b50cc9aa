package org.supvisors.rpc;

/**
 * The Java example of the API document (xml_rpc.rst, "JAVA Client"), as written there except for its
 * typo: the document builds the SupvisorsXmlRpc with {@code new SupervisorXmlRpc(client)}. It must
 * compile; {@link SeedExampleTest} runs the same statements against a fake server.
 */
final class SeedExample {
    private SeedExample() {
    }

    static void example() {
        // create proxy
        SupervisorXmlRpcClient client = new SupervisorXmlRpcClient("10.0.0.1", 60000, "toto", "p@$$w0rd");

        // Supervisor XML-RPC
        SupervisorXmlRpc supervisor = new SupervisorXmlRpc(client);
        System.out.println(supervisor.getState());

        // Supvisors XML-RPC
        SupvisorsXmlRpc supvisors = new SupvisorsXmlRpc(client);
        System.out.println(supvisors.getSupvisorsState());
    }
}
