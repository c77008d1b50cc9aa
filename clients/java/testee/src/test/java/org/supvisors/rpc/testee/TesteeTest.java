package org.supvisors.rpc.testee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supvisors.rpc.FakeServer;
import org.supvisors.rpc.SupervisorXmlRpc;
import org.supvisors.rpc.SupervisorXmlRpcClient;
import org.supvisors.rpc.SupvisorsXmlRpc;
import org.supvisors.rpc.SystemXmlRpc;

/** The testee protocol: one JSON request in, one JSON response out, for each kind of outcome. */
class TesteeTest {
    private FakeServer server;
    private Testee testee;

    @BeforeEach
    void setUp() {
        server = new FakeServer();
        testee = new Testee(server.client());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    @Test
    void resultInTheWireShape() {
        server.replyRecorded("supvisors.get_all_process_info");
        JsonObject response = testee.handle("{\"id\": 7, \"method\": \"supvisors.get_all_process_info\", \"params\": []}");
        assertEquals(json("{\"id\": 7, \"result\": ["
                + "{\"application_name\": \"demo\", \"process_name\": \"sleeper\", \"statecode\": 0, \"statename\": \"STOPPED\", \"addresses\": []},"
                + "{\"application_name\": \"demo\", \"process_name\": \"ticker\", \"statecode\": 20, \"statename\": \"RUNNING\","
                + " \"addresses\": [\"127.0.0.1\", \"127.0.0.2\"], \"expected_exit\": true, \"last_event_time\": 1700000000}]}"),
                response);
    }

    @Test
    void timesAreIntSecondsInTheWireShape() {
        server.replyRecorded("supvisors.get_all_addresses_info");
        JsonObject response = testee.handle("{\"id\": 3, \"method\": \"supvisors.get_all_addresses_info\", \"params\": []}");
        JsonObject first = response.getAsJsonArray("result").get(0).getAsJsonObject();
        assertEquals(json("{\"address_name\": \"127.0.0.1\", \"statecode\": 2, \"statename\": \"RUNNING\","
                + " \"remote_time\": 1700000000, \"local_time\": 1700000003, \"loading\": 25}"), first);
        assertEquals("1700000000", first.get("remote_time").toString()); // an int, not 1.7E9
        assertEquals("0", response.getAsJsonArray("result").get(1).getAsJsonObject().get("remote_time").toString());
    }

    @Test
    void restartProcessTakesExtraArgs() {
        server.replyValue("<boolean>1</boolean>");
        JsonObject response = testee.handle("{\"id\": 2, \"method\": \"supvisors.restart_process\", \"params\": [0, \"demo:ticker\", \"-x\", false]}");
        assertEquals(json("{\"id\": 2, \"result\": true}"), response);
        assertTrue(server.lastRequest().contains("-x"), server.lastRequest());
    }

    @Test
    void positionalStructStaysAnArray() {
        server.replyRecorded("supervisor.tailProcessStdoutLog");
        JsonObject response = testee.handle("{\"id\": \"a\", \"method\": \"supervisor.tailProcessStdoutLog\", \"params\": [\"demo:ticker\", 0, 30]}");
        assertEquals(21, response.getAsJsonArray("result").get(1).getAsInt());
        assertEquals("a", response.get("id").getAsString());
    }

    @Test
    void paramsAreTypedAndDefaultsFilled() {
        server.replyValue("<boolean>1</boolean>");
        JsonObject response = testee.handle("{\"id\": 1, \"method\": \"supvisors.start_process\", \"params\": [1, \"demo:ticker\"]}");
        assertEquals(json("{\"id\": 1, \"result\": true}"), response);
        String request = server.lastRequest();
        assertTrue(request.contains("supvisors.start_process") && request.contains("demo:ticker"), request);
    }

    @Test
    void multicallParams() {
        server.replyRecorded("system.multicall");
        JsonObject response = testee.handle("{\"id\": 1, \"method\": \"system.multicall\", \"params\": [["
                + "{\"methodName\": \"supervisor.getState\", \"params\": []},"
                + "{\"methodName\": \"supervisor.getProcessInfo\", \"params\": [\"demo:nope\"]}]]}");
        assertEquals(10, response.getAsJsonArray("result").get(1).getAsJsonObject().get("faultCode").getAsInt());
    }

    @Test
    void fault() {
        server.replyFault(10, "BAD_NAME: demo:nope");
        JsonObject response = testee.handle("{\"id\": 2, \"method\": \"supervisor.getProcessInfo\", \"params\": [\"demo:nope\"]}");
        assertEquals(json("{\"id\": 2, \"fault\": {\"code\": 10, \"text\": \"BAD_NAME: demo:nope\", \"type\": \"BadNameException\"}}"), response);
    }

    @Test
    void decodeError() {
        server.replyRecorded("broken.unknown_code");
        JsonObject response = testee.handle("{\"id\": 3, \"method\": \"supvisors.get_supvisors_state\"}");
        assertEquals("decode", response.getAsJsonObject("error").get("kind").getAsString());
    }

    @Test
    void transportError() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Testee nowhere = new Testee(new SupervisorXmlRpcClient("127.0.0.1", port, "u", "p"));
        JsonObject response = nowhere.handle("{\"id\": 4, \"method\": \"supervisor.getState\", \"params\": []}");
        assertEquals("transport", response.getAsJsonObject("error").get("kind").getAsString());
    }

    @Test
    void requestErrors() {
        String[] requests = {
            "not json",
            "{\"id\": 5}",
            "{\"id\": 5, \"method\": \"supvisors.no_such_method\", \"params\": []}",
            "{\"id\": 5, \"method\": \"supervisor.getProcessInfo\", \"params\": []}",
            "{\"id\": 5, \"method\": \"supervisor.getProcessInfo\", \"params\": [1]}",
            "{\"id\": 5, \"method\": \"supvisors.start_process\", \"params\": [42, \"demo:ticker\"]}",
            "{\"id\": 5, \"method\": \"supervisor.readLog\", \"params\": [0, 1.5]}",
            "{\"id\": 5, \"method\": \"supervisor.readLog\", \"params\": [0, 4294967296]}",
            "{\"id\": 5, \"method\": \"supervisor.getProcessInfo\", \"params\": [null]}",
            "{\"id\": 5, \"method\": \"supervisor.getProcessInfo\", \"params\": \"x\"}",
        };
        for (String request : requests) {
            JsonObject response = testee.handle(request);
            assertEquals("request", response.getAsJsonObject("error").get("kind").getAsString(), request);
        }
        assertEquals("", server.lastRequest(), "nothing was sent");
    }

    @Test
    void everySpecMethodIsDispatched() {
        // One entry per method of the three namespace classes (overloads counted once).
        long methods = Stream.of(SystemXmlRpc.class, SupervisorXmlRpc.class, SupvisorsXmlRpc.class)
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()))
                        .map(m -> c.getSimpleName() + "." + m.getName()))
                .distinct().count();
        List<String> dispatched = new Dispatch(server.client()).methods();
        assertEquals(methods, dispatched.size());
        assertTrue(dispatched.contains("supvisors.get_all_process_info"));
        assertTrue(dispatched.contains("supervisor.getState"));
    }
}
