package io.zhucan.subsidy.standard;

/** A standard was recorded (implemented by the entitlement feature: re-evaluate the county when it is due). */
public interface StandardActivation {

    void standardRecorded();
}
