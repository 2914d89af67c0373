package org.corridorgraph.graph;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Which addresses keep a server on this machine. */
public final class Listen {
    private Listen() {
    }

    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new StartupException("--listen " + host + " is not an address of this machine", "use 127.0.0.1, or an address `hostname -I` lists", e);
        }
    }

    public static boolean isWildcard(String host) {
        return "0.0.0.0".equals(host) || "::".equals(host) || "[::]".equals(host);
    }
}
