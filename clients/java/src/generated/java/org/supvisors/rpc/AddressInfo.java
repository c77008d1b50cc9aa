// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Information about one Supvisors node.
 *
 * <p>On the wire: a struct. Unknown members are ignored when decoding; a missing required member or
 * a member of the wrong type is a {@link DecodeException}.
 */
public final class AddressInfo {
    private final String addressName;
    private final AddressStates statecode;
    private final String statename;
    private final Instant remoteTime;
    private final Instant localTime;
    private final int loading;

    /**
     * Builds a value.
     *
     * @param addressName Address of the Supvisors node.
     * @param statecode State of the node.
     * @param statename State of the node as a string.
     * @param remoteTime Date of the last heartbeat received from the node, in the remote reference time (seconds since the epoch; 0 if none was received). In gossip mode (gossip_fanout &gt; 0), after news of the node relayed by a peer: its clock then, estimated with the offset seen at its last heartbeat received.
     * @param localTime Date of the last heartbeat received from the node, in the local reference time (seconds since the epoch; 0 if none was received). In gossip mode (gossip_fanout &gt; 0), the date of the last news that the node lives, received from it or relayed by a peer.
     * @param loading Sum of the expected loading of the processes running on the node.
     */
    public AddressInfo(String addressName, AddressStates statecode, String statename, Instant remoteTime, Instant localTime, int loading) {
        this.addressName = Objects.requireNonNull(addressName, "addressName");
        this.statecode = Objects.requireNonNull(statecode, "statecode");
        this.statename = Objects.requireNonNull(statename, "statename");
        this.remoteTime = Objects.requireNonNull(remoteTime, "remoteTime");
        this.localTime = Objects.requireNonNull(localTime, "localTime");
        this.loading = loading;
    }

    /**
     * Address of the Supvisors node.
     * <p>Wire name: {@code address_name}.
     */
    public String getAddressName() {
        return addressName;
    }

    /**
     * State of the node. Range: [0;5].
     * <p>Wire name: {@code statecode}.
     */
    public AddressStates getStatecode() {
        return statecode;
    }

    /**
     * State of the node as a string.
     * <p>Wire name: {@code statename}.
     */
    public String getStatename() {
        return statename;
    }

    /**
     * Date of the last heartbeat received from the node, in the remote reference time (seconds since the epoch; 0 if none was received). In gossip mode (gossip_fanout &gt; 0), after news of the node relayed by a peer: its clock then, estimated with the offset seen at its last heartbeat received.
     * <p>Wire name: {@code remote_time}.
     */
    public Instant getRemoteTime() {
        return remoteTime;
    }

    /**
     * Date of the last heartbeat received from the node, in the local reference time (seconds since the epoch; 0 if none was received). In gossip mode (gossip_fanout &gt; 0), the date of the last news that the node lives, received from it or relayed by a peer.
     * <p>Wire name: {@code local_time}.
     */
    public Instant getLocalTime() {
        return localTime;
    }

    /**
     * Sum of the expected loading of the processes running on the node. Unit: %. Range: [0;100].
     * <p>Wire name: {@code loading}.
     */
    public int getLoading() {
        return loading;
    }

    /**
     * Decodes a wire value found at where (e.g. "supervisor.getState").
     *
     * @throws DecodeException if the value does not have the shape of AddressInfo
     */
    public static AddressInfo fromWire(Object value, String where) {
        Map<?, ?> struct = Wire.toStruct(value, where, "AddressInfo");
        return new AddressInfo(
                Wire.field(struct, "address_name", where, "AddressInfo", Wire::toStr),
                Wire.field(struct, "statecode", where, "AddressInfo", AddressStates::fromWire),
                Wire.field(struct, "statename", where, "AddressInfo", Wire::toStr),
                Wire.field(struct, "remote_time", where, "AddressInfo", Wire::toTime),
                Wire.field(struct, "local_time", where, "AddressInfo", Wire::toTime),
                Wire.field(struct, "loading", where, "AddressInfo", Wire::toInt));
    }

    /** Encodes as the wire value: a struct (absent optional fields are left out). */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("address_name", addressName);
        wire.put("statecode", statecode.getCode());
        wire.put("statename", statename);
        wire.put("remote_time", Wire.encodeTime(remoteTime));
        wire.put("local_time", Wire.encodeTime(localTime));
        wire.put("loading", loading);
        return Collections.unmodifiableMap(wire);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AddressInfo)) {
            return false;
        }
        AddressInfo that = (AddressInfo) other;
        return Objects.equals(addressName, that.addressName)
                && Objects.equals(statecode, that.statecode)
                && Objects.equals(statename, that.statename)
                && Objects.equals(remoteTime, that.remoteTime)
                && Objects.equals(localTime, that.localTime)
                && Objects.equals(loading, that.loading);
    }

    @Override
    public int hashCode() {
        return Objects.hash(addressName, statecode, statename, remoteTime, localTime, loading);
    }

    @Override
    public String toString() {
        return "AddressInfo{"
                + "addressName=" + addressName
                + ", statecode=" + statecode
                + ", statename=" + statename
                + ", remoteTime=" + remoteTime
                + ", localTime=" + localTime
                + ", loading=" + loading
                + "}";
    }
}
