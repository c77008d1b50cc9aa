// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

import java.util.List;
import java.util.Objects;

/**
 * The {@code system} namespace: XML-RPC introspection and batching, served by supervisord for every namespace.
 *
 * <p>Every method sends one XML-RPC call through the {@link SupervisorXmlRpcClient} and decodes the
 * reply strictly. Errors are unchecked: {@link SupvisorsFaultException} (a subclass per fault code),
 * {@link TransportException}, {@link DecodeException}.
 */
public final class SystemXmlRpc {
    private final SupervisorXmlRpcClient client;

    public SystemXmlRpc(SupervisorXmlRpcClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Return the names of all methods of all namespaces, sorted.
     *
     * <p>Wire name: {@code system.listMethods}.
     *
     * @return The full method names.
     */
    public List<String> listMethods() {
        Object reply = client.call("system.listMethods");
        return Wire.toList(reply, "system.listMethods", Wire::toStr);
    }

    /**
     * Return the documentation of a method.
     *
     * <p>Wire name: {@code system.methodHelp}.
     *
     * @param name Full method name, e.g. 'supvisors.get_api_version'.
     * @return The method's docstring.
     * @throws SignatureUnsupportedException The method has no signature or help.
     */
    public String methodHelp(String name) {
        Objects.requireNonNull(name, "name");
        Object reply = client.call("system.methodHelp", name);
        return Wire.toStr(reply, "system.methodHelp");
    }

    /**
     * Return the signature of a method as [return type, parameter types...], read from the {@literal @}param and {@literal @}return tags of its docstring.
     *
     * <p>Wire name: {@code system.methodSignature}.
     *
     * @param name Full method name.
     * @return The return type, then the parameter types.
     * @throws SignatureUnsupportedException The method has no signature or help.
     */
    public List<String> methodSignature(String name) {
        Objects.requireNonNull(name, "name");
        Object reply = client.call("system.methodSignature", name);
        return Wire.toList(reply, "system.methodSignature", Wire::toStr);
    }

    /**
     * Run several calls in one request. Each result is the call's value, or a struct {faultCode, faultString} for a call that raised a fault. Nested multicalls are refused.
     *
     * <p>Wire name: {@code system.multicall}.
     *
     * @param calls The calls to run, in order.
     * @return One result per call, in order.
     */
    public List<Object> multicall(List<MulticallRequest> calls) {
        Objects.requireNonNull(calls, "calls");
        Object reply = client.call("system.multicall", Wire.encodeList(calls, MulticallRequest::toWire));
        return Wire.toList(reply, "system.multicall", Wire::toAny);
    }
}
