// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules used to deploy one process.
 *
 * <p>On the wire: a struct. Unknown members are ignored when decoding; a missing required member or
 * a member of the wrong type is a {@link DecodeException}.
 */
public final class ProcessRules {
    private final String applicationName;
    private final String processName;
    private final List<String> addresses;
    private final int startSequence;
    private final int stopSequence;
    private final boolean required;
    private final boolean waitExit;
    private final int loading;
    private final Integer expectedLoading;

    /**
     * Builds a value (optional fields may be null).
     *
     * @param applicationName Name of the process' application.
     * @param processName Name of the process.
     * @param addresses All addresses where the process can be started ('*' is expanded).
     * @param startSequence Starting order of the process when its application starts.
     * @param stopSequence Stopping order of the process when its application stops.
     * @param required Importance of the process in the application.
     * @param waitExit True if Supvisors waits for the process to exit before the next start sequence.
     * @param loading Expected loading of the process when RUNNING.
     * @param expectedLoading Extension: the same value as loading, under the name that the original Supvisors clients read (the original supervisorctl plugin fails without it). Optional: null if absent.
     */
    public ProcessRules(String applicationName, String processName, List<String> addresses, int startSequence, int stopSequence, boolean required, boolean waitExit, int loading, Integer expectedLoading) {
        this.applicationName = Objects.requireNonNull(applicationName, "applicationName");
        this.processName = Objects.requireNonNull(processName, "processName");
        this.addresses = Wire.immutableList(addresses, "addresses");
        this.startSequence = startSequence;
        this.stopSequence = stopSequence;
        this.required = required;
        this.waitExit = waitExit;
        this.loading = loading;
        this.expectedLoading = expectedLoading;
    }

    /**
     * Name of the process' application.
     * <p>Wire name: {@code application_name}.
     */
    public String getApplicationName() {
        return applicationName;
    }

    /**
     * Name of the process.
     * <p>Wire name: {@code process_name}.
     */
    public String getProcessName() {
        return processName;
    }

    /**
     * All addresses where the process can be started ('*' is expanded).
     * <p>Wire name: {@code addresses}.
     */
    public List<String> getAddresses() {
        return addresses;
    }

    /**
     * Starting order of the process when its application starts. Range: [0;127].
     * <p>Wire name: {@code start_sequence}.
     */
    public int getStartSequence() {
        return startSequence;
    }

    /**
     * Stopping order of the process when its application stops. Range: [0;127].
     * <p>Wire name: {@code stop_sequence}.
     */
    public int getStopSequence() {
        return stopSequence;
    }

    /**
     * Importance of the process in the application.
     * <p>Wire name: {@code required}.
     */
    public boolean getRequired() {
        return required;
    }

    /**
     * True if Supvisors waits for the process to exit before the next start sequence.
     * <p>Wire name: {@code wait_exit}.
     */
    public boolean getWaitExit() {
        return waitExit;
    }

    /**
     * Expected loading of the process when RUNNING. Unit: %. Range: [0;100].
     * <p>Wire name: {@code loading}.
     */
    public int getLoading() {
        return loading;
    }

    /**
     * Extension: the same value as loading, under the name that the original Supvisors clients read (the original supervisorctl plugin fails without it). Unit: %. Range: [0;100].
     * <p>Wire name: {@code expected_loading} (optional).
     */
    public Optional<Integer> getExpectedLoading() {
        return Optional.ofNullable(expectedLoading);
    }

    /**
     * Decodes a wire value found at where (e.g. "supervisor.getState").
     *
     * @throws DecodeException if the value does not have the shape of ProcessRules
     */
    public static ProcessRules fromWire(Object value, String where) {
        Map<?, ?> struct = Wire.toStruct(value, where, "ProcessRules");
        return new ProcessRules(
                Wire.field(struct, "application_name", where, "ProcessRules", Wire::toStr),
                Wire.field(struct, "process_name", where, "ProcessRules", Wire::toStr),
                Wire.field(struct, "addresses", where, "ProcessRules", (v0, w0) -> Wire.toList(v0, w0, Wire::toStr)),
                Wire.field(struct, "start_sequence", where, "ProcessRules", Wire::toInt),
                Wire.field(struct, "stop_sequence", where, "ProcessRules", Wire::toInt),
                Wire.field(struct, "required", where, "ProcessRules", Wire::toBoolean),
                Wire.field(struct, "wait_exit", where, "ProcessRules", Wire::toBoolean),
                Wire.field(struct, "loading", where, "ProcessRules", Wire::toInt),
                Wire.optionalField(struct, "expected_loading", where, Wire::toInt));
    }

    /** Encodes as the wire value: a struct (absent optional fields are left out). */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("application_name", applicationName);
        wire.put("process_name", processName);
        wire.put("addresses", Wire.encodeList(addresses, v0 -> v0));
        wire.put("start_sequence", startSequence);
        wire.put("stop_sequence", stopSequence);
        wire.put("required", required);
        wire.put("wait_exit", waitExit);
        wire.put("loading", loading);
        if (expectedLoading != null) {
            wire.put("expected_loading", expectedLoading);
        }
        return Collections.unmodifiableMap(wire);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProcessRules)) {
            return false;
        }
        ProcessRules that = (ProcessRules) other;
        return Objects.equals(applicationName, that.applicationName)
                && Objects.equals(processName, that.processName)
                && Objects.equals(addresses, that.addresses)
                && Objects.equals(startSequence, that.startSequence)
                && Objects.equals(stopSequence, that.stopSequence)
                && Objects.equals(required, that.required)
                && Objects.equals(waitExit, that.waitExit)
                && Objects.equals(loading, that.loading)
                && Objects.equals(expectedLoading, that.expectedLoading);
    }

    @Override
    public int hashCode() {
        return Objects.hash(applicationName, processName, addresses, startSequence, stopSequence, required, waitExit, loading, expectedLoading);
    }

    @Override
    public String toString() {
        return "ProcessRules{"
                + "applicationName=" + applicationName
                + ", processName=" + processName
                + ", addresses=" + addresses
                + ", startSequence=" + startSequence
                + ", stopSequence=" + stopSequence
                + ", required=" + required
                + ", waitExit=" + waitExit
                + ", loading=" + loading
                + ", expectedLoading=" + expectedLoading
                + "}";
    }
}
