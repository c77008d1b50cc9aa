package org.supvisors.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Typed decoding of recorded XML-RPC replies (src/test/resources/replies, see
 * scripts/record_replies.py), through the whole client: HTTP, Apache's parser, the typed API.
 */
class RecordedRepliesTest {
    private FakeServer server;
    private SystemXmlRpc system;
    private SupervisorXmlRpc supervisor;
    private SupvisorsXmlRpc supvisors;

    @BeforeEach
    void setUp() {
        server = new FakeServer();
        SupervisorXmlRpcClient client = server.client();
        system = new SystemXmlRpc(client);
        supervisor = new SupervisorXmlRpc(client);
        supvisors = new SupvisorsXmlRpc(client);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void getState() {
        server.replyRecorded("supervisor.getState");
        assertEquals(new SupervisorState(SupervisorStates.RUNNING, "RUNNING"), supervisor.getState());
        assertTrue(server.lastRequest().contains("<methodName>supervisor.getState</methodName>"));
    }

    @Test
    void getProcessInfo() {
        server.replyRecorded("supervisor.getProcessInfo");
        ProcessInfo info = supervisor.getProcessInfo("demo:ticker");
        assertEquals("ticker", info.getName());
        assertEquals("demo", info.getGroup());
        assertEquals(ProcessStates.RUNNING, info.getState());
        assertEquals("RUNNING", info.getStatename());
        assertTrue(info.getPid() > 0);
        assertTrue(info.getStart() > 0);
        assertTrue(info.getDescription().startsWith("pid "));
        assertTrue(server.lastRequest().contains("<string>demo:ticker</string>")
                || server.lastRequest().contains("<value>demo:ticker</value>"));
    }

    @Test
    void getAllProcessInfo() {
        server.replyRecorded("supervisor.getAllProcessInfo");
        List<ProcessInfo> infos = supervisor.getAllProcessInfo();
        assertEquals(4, infos.size());
        assertEquals(List.of("ticker", "sleeper", "echo_args", "short").stream().sorted().toList(),
                infos.stream().map(ProcessInfo::getName).sorted().toList());
        assertThrows(UnsupportedOperationException.class, () -> infos.add(infos.get(0)));
    }

    @Test
    void getAllConfigInfo() {
        server.replyRecorded("supervisor.getAllConfigInfo");
        List<ConfigInfo> configs = supervisor.getAllConfigInfo();
        assertEquals(4, configs.size());
        ConfigInfo shortProgram = configs.stream().filter(c -> c.getName().equals("short")).findFirst().orElseThrow();
        assertEquals(List.of(0), shortProgram.getExitcodes());
        assertEquals("none", shortProgram.getUid()); // `any`: here the string 'none'
        assertFalse(shortProgram.getAutostart());
    }

    @Test
    void tailProcessStdoutLogIsAPositionalArray() {
        server.replyRecorded("supervisor.tailProcessStdoutLog");
        LogTail tail = supervisor.tailProcessStdoutLog("demo:ticker", 0, 30);
        assertTrue(tail.getBytes().startsWith("tick 0\n"));
        assertEquals(21, tail.getOffset());
        assertFalse(tail.getOverflow());
        assertEquals(List.of(tail.getBytes(), 21, false), tail.toWire());
    }

    @Test
    void reloadConfig() {
        server.replyRecorded("supervisor.reloadConfig");
        List<ConfigChanges> changes = supervisor.reloadConfig();
        assertEquals(List.of(new ConfigChanges(List.of(), List.of(), List.of())), changes);
    }

    @Test
    void startProcessGroup() {
        server.replyRecorded("supervisor.startProcessGroup");
        List<ProcessStatus> statuses = supervisor.startProcessGroup("demo");
        assertFalse(statuses.isEmpty());
        for (ProcessStatus status : statuses) {
            assertEquals("demo", status.getGroup());
        }
        assertTrue(server.lastRequest().contains("<boolean>1</boolean>"), "wait defaults to true");
    }

    @Test
    void multicallKeepsFaultStructsAsValues() {
        server.replyRecorded("system.multicall");
        List<Object> results = system.multicall(List.of(
                new MulticallRequest("supervisor.getState", List.of()),
                new MulticallRequest("supervisor.getProcessInfo", List.of("demo:nope"))));
        assertEquals(Map.of("statecode", 1, "statename", "RUNNING"), results.get(0));
        assertEquals(Map.of("faultCode", Faults.BAD_NAME, "faultString", "BAD_NAME: demo:nope"), results.get(1));
        String request = server.lastRequest();
        assertTrue(request.contains("<name>methodName</name>") && request.contains("supervisor.getProcessInfo"));
    }

    @Test
    void methodSignature() {
        server.replyRecorded("system.methodSignature");
        assertEquals(List.of("struct"), system.methodSignature("supervisor.getState"));
    }

    @Test
    void faultBecomesItsOwnException() {
        server.replyRecorded("fault.BAD_NAME");
        BadNameException e = assertThrows(BadNameException.class, () -> supervisor.getProcessInfo("demo:nope"));
        assertEquals(BadNameException.CODE, e.getCode());
        assertEquals("BAD_NAME: demo:nope", e.getFaultString());
    }

    // ---------------------------------------------------------------- supvisors (written from the spec)

    @Test
    void getAllAddressesInfoIgnoresUnknownMembers() {
        server.replyRecorded("supvisors.get_all_addresses_info");
        List<AddressInfo> infos = supvisors.getAllAddressesInfo();
        assertEquals(new AddressInfo("127.0.0.1", AddressStates.RUNNING, "RUNNING", Instant.ofEpochSecond(1_700_000_000),
                Instant.ofEpochSecond(1_700_000_003), 25), infos.get(0));
        assertEquals(AddressStates.SILENT, infos.get(1).getStatecode());
        assertEquals(Instant.EPOCH, infos.get(1).getRemoteTime()); // 0: no heartbeat received
    }

    @Test
    void getAllProcessInfoWithAndWithoutOptionalFields() {
        server.replyRecorded("supvisors.get_all_process_info");
        List<SupvisorsProcessInfo> infos = supvisors.getAllProcessInfo();
        SupvisorsProcessInfo sleeper = infos.get(0);
        assertEquals(Optional.empty(), sleeper.getExpectedExit());
        assertEquals(Optional.empty(), sleeper.getLastEventTime());
        assertEquals(List.of(), sleeper.getAddresses());
        SupvisorsProcessInfo ticker = infos.get(1);
        assertEquals(ProcessStates.RUNNING, ticker.getStatecode());
        assertEquals(List.of("127.0.0.1", "127.0.0.2"), ticker.getAddresses());
        assertEquals(Optional.of(true), ticker.getExpectedExit());
        assertEquals(Optional.of(Instant.parse("2023-11-14T22:13:20Z")), ticker.getLastEventTime());
        assertEquals(1_700_000_000, ticker.toWire().get("last_event_time"));
        assertFalse(ticker.toWire().containsKey("future_member"));
        assertFalse(sleeper.toWire().containsKey("expected_exit"));
    }

    @Test
    void getProcessRules() {
        server.replyRecorded("supvisors.get_process_rules");
        assertEquals(List.of(new ProcessRules("demo", "ticker", List.of("127.0.0.1", "127.0.0.2"), 1, 0, true, false, 5,
                5)), supvisors.getProcessRules("demo:ticker"));
    }

    @Test
    void getConflicts() {
        server.replyRecorded("supvisors.get_conflicts");
        assertEquals(List.of(new Conflict("demo:ticker", "RUNNING", List.of("127.0.0.1", "127.0.0.2"))),
                supvisors.getConflicts());
    }

    @Test
    void getAllApplicationsInfo() {
        server.replyRecorded("supvisors.get_all_applications_info");
        ApplicationInfo info = supvisors.getAllApplicationsInfo().get(0);
        assertEquals(ApplicationStates.RUNNING, info.getStatecode());
        assertFalse(info.getMajorFailure());
        assertTrue(info.getMinorFailure());
    }

    @Test
    void strategiesTravelAsInts() {
        server.replyValue("<boolean>1</boolean>");
        assertTrue(supvisors.startProcess(DeploymentStrategies.MOST_LOADED, "demo:ticker"));
        String request = server.lastRequest();
        assertTrue(request.contains("<i4>2</i4>") || request.contains("<int>2</int>"), request);
        assertTrue(request.contains("<boolean>1</boolean>"), "wait defaults to true");
    }

    @Test
    void restartProcessSendsExtraArgs() {
        server.replyValue("<boolean>1</boolean>");
        assertTrue(supvisors.restartProcess(DeploymentStrategies.CONFIG, "demo:ticker", "-x 1", false));
        String request = server.lastRequest();
        assertTrue(request.contains("<string>-x 1</string>") || request.contains("<value>-x 1</value>"), request);
        assertTrue(request.contains("<boolean>0</boolean>"), request);
        server.replyValue("<boolean>1</boolean>");
        assertTrue(supvisors.restartProcess(DeploymentStrategies.CONFIG, "demo:ticker"));
        assertTrue(server.lastRequest().contains("<boolean>1</boolean>"), "wait defaults to true");
    }

    // ---------------------------------------------------------------- broken replies

    @Test
    void missingFieldIsADecodeError() {
        server.replyRecorded("broken.missing_field");
        DecodeException e = assertThrows(DecodeException.class, () -> supvisors.getSupvisorsState());
        assertEquals("supvisors.get_supvisors_state: missing field 'statecode' of SupvisorsState", e.getMessage());
    }

    @Test
    void wrongTypeIsADecodeError() {
        server.replyRecorded("broken.wrong_type");
        DecodeException e = assertThrows(DecodeException.class, () -> supvisors.getSupvisorsState());
        assertEquals("supvisors.get_supvisors_state.statecode: expected int, got String 2", e.getMessage());
    }

    @Test
    void unknownEnumCodeIsADecodeError() {
        server.replyRecorded("broken.unknown_code");
        DecodeException e = assertThrows(DecodeException.class, () -> supvisors.getSupvisorsState());
        assertEquals("supvisors.get_supvisors_state.statecode: 42 is not a code of SupvisorsStates", e.getMessage());
    }

    @Test
    void arrayInsteadOfStructIsADecodeError() {
        server.replyRecorded("broken.not_a_struct");
        DecodeException e = assertThrows(DecodeException.class, () -> supvisors.getSupvisorsState());
        assertTrue(e.getMessage().startsWith("supvisors.get_supvisors_state: expected struct SupvisorsState, got Object[]"),
                e.getMessage());
    }

    @Test
    void groupAnswerToStartProcessIsADecodeError() {
        server.replyRecorded("supervisor.startProcessGroup");
        DecodeException e = assertThrows(DecodeException.class, () -> supervisor.startProcess("demo:*"));
        assertTrue(e.getMessage().startsWith("supervisor.startProcess: expected boolean"), e.getMessage());
    }
}
