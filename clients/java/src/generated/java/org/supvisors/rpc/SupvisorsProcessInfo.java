// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a process runs in the cluster. A complement of supervisor's ProcessInfo. More than one address means that a conflict is in progress.
 *
 * <p>On the wire: a struct. Unknown members are ignored when decoding; a missing required member or
 * a member of the wrong type is a {@link DecodeException}.
 */
public final class SupvisorsProcessInfo {
    private final String applicationName;
    private final String processName;
    private final ProcessStates statecode;
    private final String statename;
    private final List<String> addresses;
    private final Boolean expectedExit;
    private final Instant lastEventTime;

    /**
     * Builds a value (optional fields may be null).
     *
     * @param applicationName Name of the process' application.
     * @param processName Name of the process.
     * @param statecode State of the process.
     * @param statename State of the process as a string.
     * @param addresses All addresses where the process is running.
     * @param expectedExit Extension: True if the last exit was expected. Optional: null if absent.
     * @param lastEventTime Extension: local time of the last event of the process (seconds since the epoch; 0 if none). Optional: null if absent.
     */
    public SupvisorsProcessInfo(String applicationName, String processName, ProcessStates statecode, String statename, List<String> addresses, Boolean expectedExit, Instant lastEventTime) {
        this.applicationName = Objects.requireNonNull(applicationName, "applicationName");
        this.processName = Objects.requireNonNull(processName, "processName");
        this.statecode = Objects.requireNonNull(statecode, "statecode");
        this.statename = Objects.requireNonNull(statename, "statename");
        this.addresses = Wire.immutableList(addresses, "addresses");
        this.expectedExit = expectedExit;
        this.lastEventTime = lastEventTime;
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
     * State of the process.
     * <p>Wire name: {@code statecode}.
     */
    public ProcessStates getStatecode() {
        return statecode;
    }

    /**
     * State of the process as a string.
     * <p>Wire name: {@code statename}.
     */
    public String getStatename() {
        return statename;
    }

    /**
     * All addresses where the process is running.
     * <p>Wire name: {@code addresses}.
     */
    public List<String> getAddresses() {
        return addresses;
    }

    /**
     * Extension: True if the last exit was expected.
     * <p>Wire name: {@code expected_exit} (optional).
     */
    public Optional<Boolean> getExpectedExit() {
        return Optional.ofNullable(expectedExit);
    }

    /**
     * Extension: local time of the last event of the process (seconds since the epoch; 0 if none).
     * <p>Wire name: {@code last_event_time} (optional).
     */
    public Optional<Instant> getLastEventTime() {
        return Optional.ofNullable(lastEventTime);
    }

    /**
     * Decodes a wire value found at where (e.g. "supervisor.getState").
     *
     * @throws DecodeException if the value does not have the shape of SupvisorsProcessInfo
     */
    public static SupvisorsProcessInfo fromWire(Object value, String where) {
        Map<?, ?> struct = Wire.toStruct(value, where, "SupvisorsProcessInfo");
        return new SupvisorsProcessInfo(
                Wire.field(struct, "application_name", where, "SupvisorsProcessInfo", Wire::toStr),
                Wire.field(struct, "process_name", where, "SupvisorsProcessInfo", Wire::toStr),
                Wire.field(struct, "statecode", where, "SupvisorsProcessInfo", ProcessStates::fromWire),
                Wire.field(struct, "statename", where, "SupvisorsProcessInfo", Wire::toStr),
                Wire.field(struct, "addresses", where, "SupvisorsProcessInfo", (v0, w0) -> Wire.toList(v0, w0, Wire::toStr)),
                Wire.optionalField(struct, "expected_exit", where, Wire::toBoolean),
                Wire.optionalField(struct, "last_event_time", where, Wire::toTime));
    }

    /** Encodes as the wire value: a struct (absent optional fields are left out). */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("application_name", applicationName);
        wire.put("process_name", processName);
        wire.put("statecode", statecode.getCode());
        wire.put("statename", statename);
        wire.put("addresses", Wire.encodeList(addresses, v0 -> v0));
        if (expectedExit != null) {
            wire.put("expected_exit", expectedExit);
        }
        if (lastEventTime != null) {
            wire.put("last_event_time", Wire.encodeTime(lastEventTime));
        }
        return Collections.unmodifiableMap(wire);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SupvisorsProcessInfo)) {
            return false;
        }
        SupvisorsProcessInfo that = (SupvisorsProcessInfo) other;
        return Objects.equals(applicationName, that.applicationName)
                && Objects.equals(processName, that.processName)
                && Objects.equals(statecode, that.statecode)
                && Objects.equals(statename, that.statename)
                && Objects.equals(addresses, that.addresses)
                && Objects.equals(expectedExit, that.expectedExit)
                && Objects.equals(lastEventTime, that.lastEventTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(applicationName, processName, statecode, statename, addresses, expectedExit, lastEventTime);
    }

    @Override
    public String toString() {
        return "SupvisorsProcessInfo{"
                + "applicationName=" + applicationName
                + ", processName=" + processName
                + ", statecode=" + statecode
                + ", statename=" + statename
                + ", addresses=" + addresses
                + ", expectedExit=" + expectedExit
                + ", lastEventTime=" + lastEventTime
                + "}";
    }
}
