// DO NOT EDIT: generated from spec/ by `make generate (python -m codegen)`.
package org.supvisors.rpc;

/**
 * Receives the events of an {@link EventSubscriber}: one method per topic, each doing nothing by
 * default, so that a listener overrides only the topics it wants.
 */
public interface EventListener {

    /**
     * Topic {@code supvisors}: The Supvisors state or the master of the publishing node changed.
     *
     * @param event the event
     */
    default void onSupvisors(SupvisorsEvent event) {
    }

    /**
     * Topic {@code address}: A node changed state (e.g. RUNNING, then SILENT when it stops answering).
     *
     * @param event the event
     */
    default void onAddress(AddressEvent event) {
    }

    /**
     * Topic {@code application}: An application changed: published after the process events that changed it. An application that left the view (its last process was removed) is published once more, UNKNOWN, with `removed` true.
     *
     * @param event the event
     */
    default void onApplication(ApplicationEvent event) {
    }

    /**
     * Topic {@code process}: A process changed state, or where it runs, on any node of the cluster. `address` names the node where the change happened (`addresses` is empty once the process is stopped, so it is the only way to tell which node stopped). A process that left the view (no node reports it any more) is published once more, UNKNOWN, with no address in `addresses` and `removed` true.
     *
     * @param event the event
     */
    default void onProcess(ProcessEvent event) {
    }
}
