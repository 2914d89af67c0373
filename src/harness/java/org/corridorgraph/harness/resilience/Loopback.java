package org.corridorgraph.harness.resilience;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Who listens where, read from the kernel (/proc/net/tcp and tcp6), and whether a port answers on
 * this machine's own non-loopback addresses. Nothing is sent to any other host.
 */
public final class Loopback {
    /** A listening socket: its local address and port. */
    public record Listener(InetAddress address, int port) {
        public boolean loopback() {
            return address.isLoopbackAddress();
        }

        @Override
        public String toString() {
            return address.getHostAddress() + ":" + port;
        }
    }

    private Loopback() {
    }

    /** Every TCP socket in LISTEN state on PORT, IPv4 and IPv6; empty when /proc is not readable. */
    public static List<Listener> listeners(int port) {
        List<Listener> out = new ArrayList<>();
        for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(file);
            if (!Files.isReadable(path)) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(path)) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length < 4 || !f[3].equals("0A") || !f[1].contains(":")) {
                        continue;
                    }
                    String[] local = f[1].split(":");
                    if (Integer.parseInt(local[1], 16) == port) {
                        out.add(new Listener(address(local[0]), port));
                    }
                }
            } catch (IOException | RuntimeException ignored) {
                // unreadable: the connect check still applies
            }
        }
        return out;
    }

    /** /proc/net/tcp writes addresses as 32-bit words in host (little-endian) order. */
    static InetAddress address(String hex) throws UnknownHostException {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int b = 0; b < 4; b++) {
                int at = (word * 4 + (3 - b)) * 2;
                bytes[word * 4 + b] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        return InetAddress.getByAddress(bytes);
    }

    /** This machine's own addresses other than loopback (the ones `hostname -I` lists), link-local IPv6 left out. */
    public static List<InetAddress> ownNonLoopbackAddresses() {
        List<InetAddress> out = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (!a.isLoopbackAddress() && !(a instanceof Inet6Address && a.isLinkLocalAddress())) {
                        out.add(a);
                    }
                }
            }
        } catch (SocketException ignored) {
            // no interfaces to list
        }
        return out;
    }

    /** True when a TCP connection to ADDRESS:PORT (one of this machine's own addresses) is accepted. Sends nothing. */
    public static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
