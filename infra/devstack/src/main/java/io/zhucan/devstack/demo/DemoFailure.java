package io.zhucan.devstack.demo;

/** A step of the demo did not happen: the message says what was expected and what was seen. */
final class DemoFailure extends RuntimeException {

    DemoFailure(String message) {
        super(message);
    }
}
