package io.zhucan.subsidy.policy;

/**
 * Who brings a new version into force (port): the entitlement feature re-evaluates everyone it
 * touches. Policy announces, it does not know who reacts.
 */
public interface PolicyActivation {

    /** A version was committed; apply it (in the background) once it is in force. */
    void versionCreated(long version);
}
