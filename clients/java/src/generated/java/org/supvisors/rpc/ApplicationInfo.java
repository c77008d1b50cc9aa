// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Information about one application.
 *
 * <p>On the wire: a struct. Unknown members are ignored when decoding; a missing required member or
 * a member of the wrong type is a {@link DecodeException}.
 */
public final class ApplicationInfo {
    private final String applicationName;
    private final ApplicationStates statecode;
    private final String statename;
    private final boolean majorFailure;
    private final boolean minorFailure;

    /**
     * Builds a value.
     *
     * @param applicationName Name of the application.
     * @param statecode State of the application.
     * @param statename State of the application as a string.
     * @param majorFailure True if at least one required process is not started.
     * @param minorFailure True if at least one optional process could not be started.
     */
    public ApplicationInfo(String applicationName, ApplicationStates statecode, String statename, boolean majorFailure, boolean minorFailure) {
        this.applicationName = Objects.requireNonNull(applicationName, "applicationName");
        this.statecode = Objects.requireNonNull(statecode, "statecode");
        this.statename = Objects.requireNonNull(statename, "statename");
        this.majorFailure = majorFailure;
        this.minorFailure = minorFailure;
    }

    /**
     * Name of the application.
     * <p>Wire name: {@code application_name}.
     */
    public String getApplicationName() {
        return applicationName;
    }

    /**
     * State of the application. Range: [0;4].
     * <p>Wire name: {@code statecode}.
     */
    public ApplicationStates getStatecode() {
        return statecode;
    }

    /**
     * State of the application as a string.
     * <p>Wire name: {@code statename}.
     */
    public String getStatename() {
        return statename;
    }

    /**
     * True if at least one required process is not started.
     * <p>Wire name: {@code major_failure}.
     */
    public boolean getMajorFailure() {
        return majorFailure;
    }

    /**
     * True if at least one optional process could not be started.
     * <p>Wire name: {@code minor_failure}.
     */
    public boolean getMinorFailure() {
        return minorFailure;
    }

    /**
     * Decodes a wire value found at where (e.g. "supervisor.getState").
     *
     * @throws DecodeException if the value does not have the shape of ApplicationInfo
     */
    public static ApplicationInfo fromWire(Object value, String where) {
        Map<?, ?> struct = Wire.toStruct(value, where, "ApplicationInfo");
        return new ApplicationInfo(
                Wire.field(struct, "application_name", where, "ApplicationInfo", Wire::toStr),
                Wire.field(struct, "statecode", where, "ApplicationInfo", ApplicationStates::fromWire),
                Wire.field(struct, "statename", where, "ApplicationInfo", Wire::toStr),
                Wire.field(struct, "major_failure", where, "ApplicationInfo", Wire::toBoolean),
                Wire.field(struct, "minor_failure", where, "ApplicationInfo", Wire::toBoolean));
    }

    /** Encodes as the wire value: a struct (absent optional fields are left out). */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("application_name", applicationName);
        wire.put("statecode", statecode.getCode());
        wire.put("statename", statename);
        wire.put("major_failure", majorFailure);
        wire.put("minor_failure", minorFailure);
        return Collections.unmodifiableMap(wire);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ApplicationInfo)) {
            return false;
        }
        ApplicationInfo that = (ApplicationInfo) other;
        return Objects.equals(applicationName, that.applicationName)
                && Objects.equals(statecode, that.statecode)
                && Objects.equals(statename, that.statename)
                && Objects.equals(majorFailure, that.majorFailure)
                && Objects.equals(minorFailure, that.minorFailure);
    }

    @Override
    public int hashCode() {
        return Objects.hash(applicationName, statecode, statename, majorFailure, minorFailure);
    }

    @Override
    public String toString() {
        return "ApplicationInfo{"
                + "applicationName=" + applicationName
                + ", statecode=" + statecode
                + ", statename=" + statename
                + ", majorFailure=" + majorFailure
                + ", minorFailure=" + minorFailure
                + "}";
    }
}
