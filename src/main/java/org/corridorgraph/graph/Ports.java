package org.corridorgraph.graph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks done before starting a server, so a taken port gives one clear line. */
public final class Ports {
    private Ports() {
    }

    /**
     * @param flag the option that changes this port, named in the error
     * @throws StartupException when the port is taken
     */
    public static void requireFree(String host, int port, String flag) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            throw new StartupException("port " + port + " is in use; pass " + flag,
                    "stop what listens there, or choose another port with " + flag, e);
        }
    }

    /** A port that was free a moment ago, on loopback. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StartupException("no free port on loopback: " + e.getMessage(), "check the machine's network settings", e);
        }
    }
}
