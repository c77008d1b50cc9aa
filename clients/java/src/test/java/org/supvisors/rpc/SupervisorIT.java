package org.supvisors.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The system and supervisor namespaces against a real supervisord, started by
 * {@code python -m harness.run_supervisord} (see the Makefile's test target), which passes
 * SUPVISORS_TEST_HOST/PORT/USER/PASSWORD. Without them the tests are skipped. The test programs
 * (tests/harness/programs.py): demo:ticker, demo:sleeper, echo_args, short (exits with code 3), all
 * stopped at the start of every test.
 */
class SupervisorIT {
    private static String host;
    private static int port;
    private static String user;
    private static String password;

    private SystemXmlRpc system;
    private SupervisorXmlRpc supervisor;

    @BeforeAll
    static void environment() {
        host = System.getenv("SUPVISORS_TEST_HOST");
        assumeTrue(host != null, "SUPVISORS_TEST_* not set: run through `make test` (harness.run_supervisord)");
        port = Integer.parseInt(System.getenv("SUPVISORS_TEST_PORT"));
        user = System.getenv("SUPVISORS_TEST_USER");
        password = System.getenv("SUPVISORS_TEST_PASSWORD");
    }

    @BeforeEach
    void connect() {
        SupervisorXmlRpcClient client = new SupervisorXmlRpcClient(host, port, user, password);
        system = new SystemXmlRpc(client);
        supervisor = new SupervisorXmlRpc(client);
        supervisor.stopAllProcesses();
    }

    @AfterEach
    void stopAll() {
        supervisor.stopAllProcesses(true);
    }

    /** Polls supplier until the value satisfies done (deadline 10 s), then returns it. */
    private static <T> T until(Supplier<T> supplier, Predicate<T> done, String what) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        T value = supplier.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " not reached; last value: " + value);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            value = supplier.get();
        }
        return value;
    }

    // ---------------------------------------------------------------- system

    @Test
    void introspection() {
        List<String> methods = system.listMethods();
        assertTrue(methods.contains("supervisor.getState"));
        assertTrue(methods.contains("system.multicall"));
        assertFalse(system.methodHelp("supervisor.getState").isEmpty());
        assertEquals(List.of("struct"), system.methodSignature("supervisor.getState"));
        assertThrows(SignatureUnsupportedException.class, () -> system.methodHelp("supervisor.noSuchMethod"));
    }

    @Test
    void multicall() {
        List<Object> results = system.multicall(List.of(
                new MulticallRequest("supervisor.getState", List.of()),
                new MulticallRequest("supervisor.getProcessInfo", List.of("demo:nope"))));
        assertEquals(Map.of("statecode", 1, "statename", "RUNNING"), results.get(0));
        Map<?, ?> fault = (Map<?, ?>) results.get(1);
        assertEquals(BadNameException.CODE, fault.get("faultCode"));
    }

    // ---------------------------------------------------------------- supervisor: daemon

    @Test
    void daemon() {
        assertEquals(new SupervisorState(SupervisorStates.RUNNING, "RUNNING"), supervisor.getState());
        assertEquals("3.0", supervisor.getAPIVersion());
        @SuppressWarnings("deprecation")
        String version = supervisor.getVersion();
        assertEquals("3.0", version);
        assertTrue(supervisor.getSupervisorVersion().startsWith("4."));
        assertEquals(host + ":" + port, supervisor.getIdentification());
        assertTrue(supervisor.getPID() > 0);
        assertTrue(supervisor.readLog(0, 0).contains("supervisord started"));
        assertTrue(supervisor.sendRemoteCommEvent("java", "hello"));
    }

    @Test
    void reloadConfigReportsNoChange() {
        assertEquals(List.of(new ConfigChanges(List.of(), List.of(), List.of())), supervisor.reloadConfig());
    }

    @Test
    void configuration() {
        List<ConfigInfo> configs = supervisor.getAllConfigInfo();
        assertEquals(4, configs.size());
        ConfigInfo ticker = configs.stream().filter(c -> c.getName().equals("ticker")).findFirst().orElseThrow();
        assertEquals("demo", ticker.getGroup());
        assertFalse(ticker.getAutostart());
        assertTrue(ticker.getCommand().contains("ticker.py"));
        assertEquals(4, supervisor.getAllProcessInfo().size());
    }

    @Test
    void groups() {
        assertTrue(supervisor.removeProcessGroup("demo"));
        assertThrows(BadNameException.class, () -> supervisor.getProcessInfo("demo:ticker"));
        assertTrue(supervisor.addProcessGroup("demo"));
        assertThrows(AlreadyAddedException.class, () -> supervisor.addProcessGroup("demo"));

        List<ProcessStatus> started = supervisor.startProcessGroup("demo");
        assertEquals(2, started.size());
        for (ProcessStatus status : started) {
            assertEquals(Faults.SUCCESS, status.getStatus());
            assertEquals("demo", status.getGroup());
        }
        assertThrows(StillRunningException.class, () -> supervisor.removeProcessGroup("demo"));
        assertEquals(2, supervisor.signalProcessGroup("demo", "CONT").size());
        assertEquals(2, supervisor.stopProcessGroup("demo", true).size());
    }

    // ---------------------------------------------------------------- supervisor: processes

    @Test
    void processLifecycle() {
        assertTrue(supervisor.startProcess("demo:ticker"));
        ProcessInfo info = supervisor.getProcessInfo("demo:ticker");
        assertEquals(ProcessStates.RUNNING, info.getState());
        assertTrue(info.getPid() > 0);
        assertThrows(AlreadyStartedException.class, () -> supervisor.startProcess("demo:ticker", true));

        LogTail tail = until(() -> supervisor.tailProcessStdoutLog("demo:ticker", 0, 1000),
                t -> t.getBytes().contains("tick 1"), "two ticks in the stdout log");
        assertTrue(tail.getOffset() >= tail.getBytes().length());
        until(() -> supervisor.readProcessStderrLog("demo:ticker", 0, 1000), s -> !s.isEmpty(), "stderr output");
        assertTrue(supervisor.readProcessStdoutLog("demo:ticker", 0, 6).startsWith("tick"));
        assertFalse(supervisor.tailProcessStderrLog("demo:ticker", 0, 100).getBytes().isEmpty());
        assertTrue(supervisor.clearProcessLogs("demo:ticker"));
        assertTrue(supervisor.signalProcess("demo:ticker", "CONT"));
        assertTrue(supervisor.sendProcessStdin("demo:ticker", "hello\n"));

        assertTrue(supervisor.stopProcess("demo:ticker"));
        assertEquals(ProcessStates.STOPPED, supervisor.getProcessInfo("demo:ticker").getState());
        assertThrows(NotRunningException.class, () -> supervisor.stopProcess("demo:ticker", true));
        assertThrows(NotRunningException.class, () -> supervisor.sendProcessStdin("demo:ticker", "x"));
    }

    @Test
    void exitStatus() {
        // `short` exits at once with 3, never reaching RUNNING (startsecs=1, startretries=0)
        SpawnErrorException error = assertThrows(SpawnErrorException.class, () -> supervisor.startProcess("short", true));
        assertEquals(50, error.getCode());
        ProcessInfo info = until(() -> supervisor.getProcessInfo("short"),
                i -> i.getState() == ProcessStates.FATAL, "short FATAL");
        assertEquals("FATAL", info.getStatename());
        assertFalse(info.getSpawnerr().isEmpty());
    }

    @Test
    void allProcesses() {
        List<ProcessStatus> started = supervisor.startAllProcesses(true);
        assertEquals(4, started.size());
        assertEquals(4, supervisor.clearAllProcessLogs().size());
        assertFalse(supervisor.signalAllProcesses("CONT").isEmpty());
        assertFalse(supervisor.stopAllProcesses(true).isEmpty());
    }

    @Test
    void faults() {
        BadNameException badName = assertThrows(BadNameException.class, () -> supervisor.getProcessInfo("demo:nope"));
        assertEquals(10, badName.getCode());
        assertThrows(BadNameException.class, () -> supervisor.startProcess("nope"));
        assertThrows(BadSignalException.class, () -> supervisor.signalProcess("demo:sleeper", "NOSIG"));
        assertThrows(NotRunningException.class, () -> supervisor.signalProcess("demo:sleeper", "HUP"));
    }

    // ---------------------------------------------------------------- transport

    @Test
    void wrongPasswordIsAnAuthenticationError() {
        SupervisorXmlRpc intruder = new SupervisorXmlRpc(new SupervisorXmlRpcClient(host, port, user, "wrong"));
        assertThrows(AuthenticationException.class, intruder::getState);
    }

    @Test
    void urlConstructor() {
        String url = System.getenv("SUPVISORS_TEST_URL");
        SupervisorXmlRpc viaUrl = new SupervisorXmlRpc(new SupervisorXmlRpcClient(url, user, password));
        assertEquals(SupervisorStates.RUNNING, viaUrl.getState().getStatecode());
    }
}
