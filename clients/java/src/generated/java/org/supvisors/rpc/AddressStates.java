// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/**
 * State of one Supvisors node (one supervisord) in the cluster.
 *
 * <p>On the wire: an int, the {@link #getCode() code} of the value.
 */
public enum AddressStates {
    /** Nothing heard from the node yet. Code 0. */
    UNKNOWN(0),
    /** The node was heard and its snapshot is being checked. Code 1. */
    CHECKING(1),
    /** The node is an active member of the cluster. Code 2. */
    RUNNING(2),
    /** The node stopped sending heartbeats. Code 3. */
    SILENT(3),
    /** The silent node is being fenced (auto_fence). Code 4. */
    ISOLATING(4),
    /** The node is fenced until it restarts. Code 5. */
    ISOLATED(5);

    private final int code;

    AddressStates(int code) {
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
    public static AddressStates fromCode(int code) {
        for (AddressStates value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        throw new IllegalArgumentException(code + " is not a code of AddressStates");
    }

    /**
     * The value of a name, e.g. "UNKNOWN".
     *
     * @throws IllegalArgumentException if no value has that name
     */
    public static AddressStates fromName(String name) {
        for (AddressStates value : values()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a name of AddressStates");
    }

    /**
     * Decodes a wire value found at where.
     *
     * @throws DecodeException if the value is not an int or not a code of AddressStates
     */
    public static AddressStates fromWire(Object value, String where) {
        int code = Wire.toInt(value, where);
        for (AddressStates candidate : values()) {
            if (candidate.code == code) {
                return candidate;
            }
        }
        throw new DecodeException(where + ": " + code + " is not a code of AddressStates");
    }
}
