// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/**
 * How Supvisors chooses the node that starts a process.
 *
 * <p>On the wire: an int, the {@link #getCode() code} of the value.
 */
public enum DeploymentStrategies {
    /** The first RUNNING node of the process' address list, in rules order. Code 0. */
    CONFIG(0),
    /** The RUNNING node with the lowest load that can take the process. Code 1. */
    LESS_LOADED(1),
    /** The RUNNING node with the highest load that can still take the process. Code 2. */
    MOST_LOADED(2),
    /** Extension: the node that received the request, if the rules allow it. Code 3. */
    LOCAL(3);

    private final int code;

    DeploymentStrategies(int code) {
        this.code = code;
    }

    /** The wire code of this value. */
    public int getCode() {
        return code;
    }

    /**
     * The value of a wire code.
     *
     * @throws IllegalArgumentException if no value has that code
     */
    public static DeploymentStrategies fromCode(int code) {
        for (DeploymentStrategies value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        throw new IllegalArgumentException(code + " is not a code of DeploymentStrategies");
    }

    /**
     * The value of a name, e.g. "CONFIG".
     *
     * @throws IllegalArgumentException if no value has that name
     */
    public static DeploymentStrategies fromName(String name) {
        for (DeploymentStrategies value : values()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a name of DeploymentStrategies");
    }

    /**
     * Decodes a wire value found at where.
     *
     * @throws DecodeException if the value is not an int or not a code of DeploymentStrategies
     */
    public static DeploymentStrategies fromWire(Object value, String where) {
        int code = Wire.toInt(value, where);
        for (DeploymentStrategies candidate : values()) {
            if (candidate.code == code) {
                return candidate;
            }
        }
        throw new DecodeException(where + ": " + code + " is not a code of DeploymentStrategies");
    }
}
