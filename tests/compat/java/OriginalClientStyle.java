/*
 * A program written the way programs built on the original Supvisors Java client (early 2017) talk to a
 * Supvisors node: raw Apache XML-RPC 3.1.3 `XmlRpcClient.execute`, structs cast to HashMap, arrays to
 * Object[], every int field to Integer, every boolean to Boolean, strategies sent as Integer, and
 * `restart_process(strategy, namespec, extra_args, wait)` with four arguments, as the original client sends it.
 *
 * Usage: java OriginalClientStyle URL USER PASSWORD ADDRESS
 *   ADDRESS: the node's address in address_list. The cluster runs tests/compat/original_rules.xml with
 *   the programs of tests/compat/test_original_live.py (application `movies`, program `hmi`, ...).
 * Prints one line per step ("ok <step>" or "FAIL <step>: <why>") and exits with the number of failures.
 */

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;

public final class OriginalClientStyle {

    interface Step {
        void run() throws Exception;
    }

    private final XmlRpcClient client = new XmlRpcClient();
    private int failures = 0;

    private OriginalClientStyle(String url, String user, String password) throws Exception {
        XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();
        config.setServerURL(new URL(url + "/RPC2"));
        config.setBasicUserName(user);
        config.setBasicPassword(password);
        client.setConfig(config);
    }

    private Object call(String method, Object... params) throws XmlRpcException {
        return client.execute("supvisors." + method, params);
    }

    private void step(String name, Step step) {
        try {
            step.run();
            System.out.println("ok " + name);
        } catch (Throwable exc) {
            failures++;
            System.out.println("FAIL " + name + ": " + exc);
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    /** An epoch time in seconds, as the original client reads it: an Integer. */
    private static void checkTime(Map<?, ?> struct, String key) {
        Integer seconds = (Integer) struct.get(key);
        long now = System.currentTimeMillis() / 1000;
        check(seconds != null && Math.abs(now - seconds) < 120, key + " = " + seconds + " is not near " + now);
    }

    private static void checkAddress(HashMap<?, ?> info) {
        String name = (String) info.get("address_name");
        String state = (String) info.get("statename");
        Integer code = (Integer) info.get("statecode");
        Integer loading = (Integer) info.get("loading");
        check(name != null && "RUNNING".equals(state) && code == 2, "address " + info);
        check(loading >= 0 && loading <= 100, "loading " + loading);
        checkTime(info, "remote_time");
        checkTime(info, "local_time");
    }

    private static void checkProcess(HashMap<?, ?> info) {
        String application = (String) info.get("application_name");
        String name = (String) info.get("process_name");
        String state = (String) info.get("statename");
        Integer code = (Integer) info.get("statecode");
        Object[] addresses = (Object[]) info.get("addresses");
        check(application != null && name != null && state != null && code != null && addresses != null,
              "process " + info);
        for (Object address : addresses) {
            check(address instanceof String, "address " + address);
        }
        if (info.containsKey("expected_exit")) {
            Boolean expected = (Boolean) info.get("expected_exit");
            check(expected != null, "expected_exit");
        }
        if (info.containsKey("last_event_time")) {
            Integer when = (Integer) info.get("last_event_time");
            check(when != null && when >= 0, "last_event_time " + when);
        }
    }

    private void run(String address) {
        step("get_api_version", () -> check(((String) call("get_api_version")).length() > 0, "empty"));
        step("get_supvisors_state", () -> {
            HashMap<?, ?> state = (HashMap<?, ?>) call("get_supvisors_state");
            check((Integer) state.get("statecode") == 2 && "OPERATION".equals(state.get("statename")),
                  "state " + state);
        });
        step("get_master_address", () -> check(((String) call("get_master_address")).length() > 0, "no master"));
        step("get_address_info", () -> checkAddress((HashMap<?, ?>) call("get_address_info", address)));
        step("get_all_addresses_info", () -> {
            Object[] infos = (Object[]) call("get_all_addresses_info");
            check(infos.length == 3, infos.length + " addresses");
            for (Object info : infos) {
                checkAddress((HashMap<?, ?>) info);
            }
        });
        step("get_application_info", () -> {
            HashMap<?, ?> info = (HashMap<?, ?>) call("get_application_info", "movies");
            check("movies".equals(info.get("application_name")), "name");
            Integer code = (Integer) info.get("statecode");
            Boolean major = (Boolean) info.get("major_failure");
            Boolean minor = (Boolean) info.get("minor_failure");
            check(code != null && major != null && minor != null && info.get("statename") instanceof String,
                  "application " + info);
        });
        step("get_all_applications_info", () -> {
            Object[] infos = (Object[]) call("get_all_applications_info");
            check(infos.length >= 4, infos.length + " applications");
            for (Object info : infos) {
                check(((HashMap<?, ?>) info).get("application_name") instanceof String, "application " + info);
            }
        });
        step("get_all_process_info", () -> {
            Object[] infos = (Object[]) call("get_all_process_info");
            check(infos.length >= 10, infos.length + " processes");
            for (Object info : infos) {
                checkProcess((HashMap<?, ?>) info);
            }
        });
        step("get_process_info", () -> {
            Object[] infos = (Object[]) call("get_process_info", "movies:*");
            check(infos.length >= 3, infos.length + " processes of movies");
            for (Object info : infos) {
                checkProcess((HashMap<?, ?>) info);
            }
        });
        step("get_process_rules", () -> {
            Object[] rules = (Object[]) call("get_process_rules", "movies:hmi");
            HashMap<?, ?> hmi = (HashMap<?, ?>) rules[0];
            Object[] addresses = (Object[]) hmi.get("addresses");
            Integer start = (Integer) hmi.get("start_sequence");
            Integer stop = (Integer) hmi.get("stop_sequence");
            Boolean required = (Boolean) hmi.get("required");
            Boolean waitExit = (Boolean) hmi.get("wait_exit");
            Integer loading = (Integer) hmi.get("expected_loading");
            check(addresses.length == 2 && start == 3 && stop == 1 && !required && !waitExit && loading == 10,
                  "rules " + hmi);
        });
        step("get_conflicts", () -> check(((Object[]) call("get_conflicts")).length == 0, "conflicts"));
        step("start_process", () -> check((Boolean) call("start_process", 0, "movies:hmi", "", true), "false"));
        step("get_process_info running", () -> {
            HashMap<?, ?> hmi = (HashMap<?, ?>) ((Object[]) call("get_process_info", "movies:hmi"))[0];
            check("RUNNING".equals(hmi.get("statename")) && ((Object[]) hmi.get("addresses")).length == 1,
                  "hmi " + hmi);
        });
        step("restart_process with extra_args", () ->
            check((Boolean) call("restart_process", 1, "movies:hmi", "", true), "false"));
        step("stop_process", () -> check((Boolean) call("stop_process", "movies:hmi", true), "false"));
        step("start_application", () -> check((Boolean) call("start_application", 0, "database", true), "false"));
        step("restart_application", () ->
            check((Boolean) call("restart_application", 1, "database", true), "false"));
        step("stop_application", () -> check((Boolean) call("stop_application", "database", true), "false"));
        step("fault codes", () -> {
            try {
                call("get_application_info", "no_such_application");
                check(false, "no fault");
            } catch (XmlRpcException exc) {
                check(exc.code == 10, "code " + exc.code + " (BAD_NAME is 10)");
            }
        });
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: OriginalClientStyle URL USER PASSWORD ADDRESS");
            System.exit(2);
        }
        OriginalClientStyle program = new OriginalClientStyle(args[0], args[1], args[2]);
        program.run(args[3]);
        System.out.println(program.failures + " failure(s)");
        System.exit(program.failures);
    }
}
