package example;

import org.supvisors.rpc.ProcessStates;
import org.supvisors.rpc.SupervisorXmlRpcClient;
import org.supvisors.rpc.SupvisorsStates;
import org.supvisors.rpc.SupvisorsXmlRpc;
import org.supvisors.rpc.TransportException;
import org.supvisors.rpc.Version;

/**
 * A user's program against the released Java client: {@code Consumer EXPECTED_VERSION}. Exit 0 when
 * everything holds; otherwise it says what does not, on stderr.
 */
public final class Consumer {
    private static int failures;

    private static void expect(boolean ok, String what) {
        if (!ok) {
            System.err.println("FAILED: " + what);
            failures++;
        }
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: Consumer EXPECTED_VERSION");
            System.exit(2);
        }
        String version = args[0];
        expect(Version.VERSION.equals(version), "Version.VERSION " + Version.VERSION + " == " + version);
        String manifest = Version.class.getPackage().getImplementationVersion();
        expect(version.equals(manifest), "the jar's Implementation-Version " + manifest + " == " + version);
        expect(SupvisorsStates.fromCode(3) == SupvisorsStates.CONCILIATION, "SupvisorsStates.fromCode(3)");
        expect(ProcessStates.fromName("FATAL").getCode() == 200, "ProcessStates.fromName(FATAL)");
        // Port 1 on the loopback: nobody listens, so the call must fail as a transport error: the
        // client's code and Apache XML-RPC (with its dependencies, less junit and xml-apis) ran.
        try {
            new SupvisorsXmlRpc(new SupervisorXmlRpcClient("127.0.0.1", 1, "user", "password")).getApiVersion();
            expect(false, "a call to a closed port raised nothing");
        } catch (TransportException expected) {
            // expected
        } catch (RuntimeException other) {
            expect(false, "a call to a closed port raised " + other);
        }
        if (failures == 0) {
            System.out.println("supvisors-client " + Version.VERSION + ": OK");
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
