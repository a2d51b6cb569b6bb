package io.zhucan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void a_port_someone_listens_on_is_taken_and_the_message_names_the_process() throws Exception {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(Settings.HOST), 0));
            int port = socket.getLocalPort();
            assertThat(Ports.isFree(port)).isFalse();
            String message = Ports.describeTaken(port);
            assertThat(message).startsWith("port " + port + " is taken by");
            if (System.getProperty("os.name").toLowerCase().contains("linux")) {
                assertThat(message).contains("pid " + ProcessHandle.current().pid());
            }
        }
    }

    @Test
    void a_closed_port_is_free() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(Settings.HOST))) {
            port = socket.getLocalPort();
        }
        assertThat(Ports.isFree(port)).isTrue();
    }
}
