package io.zhucan.platform.testing;

/** The PostgreSQL database the tests of one JVM share. */
public interface TestDatabase {

    String jdbcUrl();

    String username();

    String password();
}
