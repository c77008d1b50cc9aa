package org.supvisors.rpc.testee;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.supvisors.rpc.DecodeException;
import org.supvisors.rpc.SupervisorXmlRpcClient;
import org.supvisors.rpc.SupvisorsFaultException;
import org.supvisors.rpc.TransportException;

/**
 * The Java testee of the cross-language suite: {@code java -jar supvisors-client-testee.jar URL USER PASSWORD}.
 *
 * <p>Reads one JSON request per line on stdin,
 * {@code {"id": .., "method": "supvisors.get_all_process_info", "params": [..]}}, calls the method
 * through the typed API (see {@link Dispatch}), and writes one JSON response per line on stdout:
 * <ul>
 *   <li>{@code {"id": .., "result": value}}: the typed result in the spec's wire shape (struct field
 *       names, enums as int codes);</li>
 *   <li>{@code {"id": .., "fault": {"code": N, "text": "..", "type": "BadNameException"}}}: the server
 *       answered a fault (type: the class of the typed exception thrown);</li>
 *   <li>{@code {"id": .., "error": {"kind": "transport"|"decode"|"request", "text": ".."}}}: no usable
 *       answer, an answer that does not fit the spec, or an unusable request.</li>
 * </ul>
 * Logs go to stderr; the exit code is 0 at the end of stdin (2 for bad command-line arguments).
 */
public final class Testee {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final PrintStream LOG = System.err;

    private final Dispatch dispatch;
    private final EventCalls events = new EventCalls();

    Testee(SupervisorXmlRpcClient client) {
        dispatch = new Dispatch(client);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            LOG.println("usage: java -jar supvisors-client-testee.jar URL USER PASSWORD");
            System.exit(2);
        }
        SupervisorXmlRpcClient client;
        try {
            client = new SupervisorXmlRpcClient(args[0], args[1], args[2]);
        } catch (IllegalArgumentException e) {
            LOG.println("testee: " + e.getMessage());
            System.exit(2);
            return;
        }
        LOG.println("testee: serving " + client.getUrl());
        Testee testee = new Testee(client);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            out.write(GSON.toJson(testee.handle(line)));
            out.newLine();
            out.flush();
        }
        testee.events.close();
        LOG.println("testee: end of input");
    }

    /** One request line -> one response object. */
    JsonObject handle(String line) {
        JsonObject response = new JsonObject();
        JsonElement id = null;
        String method = "?";
        try {
            JsonObject request;
            try {
                request = JsonParser.parseString(line).getAsJsonObject();
            } catch (JsonParseException | IllegalStateException e) {
                throw new RequestException("not a JSON object: " + e.getMessage());
            }
            id = request.get("id");
            JsonElement methodJson = request.get("method");
            if (methodJson == null || !methodJson.isJsonPrimitive() || !methodJson.getAsJsonPrimitive().isString()) {
                throw new RequestException("the request has no string 'method'");
            }
            method = methodJson.getAsString();
            if (EventCalls.handles(method)) {
                Object result = events.invoke(method, params(request.get("params"), method));
                response.add("id", id);
                response.add("result", JsonWire.toJson(result));
                return response;
            }
            Dispatch.Call call = dispatch.get(method);
            if (call == null) {
                throw new RequestException("unknown method " + method);
            }
            Object[] params = params(request.get("params"), method);
            LOG.println("testee: " + method);
            Object result = call.invoke(new Args(method, params));
            response.add("id", id);
            response.add("result", JsonWire.toJson(result));
            return response;
        } catch (SupvisorsFaultException e) {
            JsonObject fault = new JsonObject();
            fault.addProperty("code", e.getCode());
            fault.addProperty("text", e.getFaultString());
            // the typed exception's class, so that the suite checks the type and not only the code
            fault.addProperty("type", e.getClass().getSimpleName());
            response.add("id", id);
            response.add("fault", fault);
            return response;
        } catch (TransportException e) {
            return error(response, id, "transport", e.getMessage());
        } catch (DecodeException e) {
            return error(response, id, "decode", e.getMessage());
        } catch (RequestException | IllegalArgumentException | NullPointerException e) {
            return error(response, id, "request", String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.println("testee: unexpected error in " + method);
            e.printStackTrace(LOG);
            return error(response, id, "request", e.getClass().getName() + ": " + e.getMessage());
        }
    }

    private static Object[] params(JsonElement json, String method) {
        if (json == null || json.isJsonNull()) {
            return new Object[0];
        }
        if (!json.isJsonArray()) {
            throw new RequestException(method + ": 'params' is not an array");
        }
        JsonArray array = json.getAsJsonArray();
        Object[] params = new Object[array.size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = JsonWire.toWire(array.get(i), method + ": params[" + i + "]");
        }
        return params;
    }

    private static JsonObject error(JsonObject response, JsonElement id, String kind, String text) {
        LOG.println("testee: " + kind + " error: " + text);
        JsonObject error = new JsonObject();
        error.addProperty("kind", kind);
        error.addProperty("text", text);
        response.add("id", id);
        response.add("error", error);
        return response;
    }
}
