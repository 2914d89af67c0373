package org.corridorgraph.support;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Signs in to a Bolt server the way a foreign web page or a bare client would, without a driver:
 * Bolt 4.4's handshake and one HELLO carrying the credentials, over TCP or over a WebSocket whose
 * upgrade request names an Origin. Enough to see whether the server lets it in.
 */
public final class BoltProbe {
    /** What the server answered to HELLO. */
    public record Answer(boolean upgraded, boolean success, String text) {
    }

    private static final byte SUCCESS = 0x70;
    private static final byte[] HANDSHAKE = {
            0x60, 0x60, (byte) 0xB0, 0x17, // Bolt's magic preamble
            0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}; // Bolt 4.4 only, so HELLO carries the credentials

    private BoltProbe() {
    }

    public static Map<String, String> anonymous() {
        return ordered("scheme", "none");
    }

    public static Map<String, String> basic(String user, String password) {
        return ordered("scheme", "basic", "principal", user, "credentials", password);
    }

    /** HELLO over a plain TCP connection. */
    public static Answer overTcp(int port, Map<String, String> auth) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(HANDSHAKE);
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] version = new byte[4];
            in.readFully(version);
            socket.getOutputStream().write(chunk(hello(auth)));
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            for (int size = in.readUnsignedShort(); size > 0; size = in.readUnsignedShort()) {
                byte[] part = new byte[size];
                in.readFully(part);
                message.write(part);
            }
            return answer(true, message.toByteArray());
        } catch (IOException e) {
            return new Answer(false, false, "connection failed: " + e.getMessage());
        }
    }

    /** HELLO over a WebSocket opened with this Origin, as a page from that origin would open it. */
    public static Answer overWebSocket(int port, String origin, Map<String, String> auth) {
        LinkedBlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
        WebSocket socket;
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", origin).connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(URI.create("ws://127.0.0.1:" + port), new Collector(received)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return new Answer(false, false, "upgrade refused: " + e.getMessage());
        }
        try {
            socket.sendBinary(ByteBuffer.wrap(HANDSHAKE), true).get(5, TimeUnit.SECONDS);
            byte[] version = received.poll(10, TimeUnit.SECONDS);
            if (version == null) {
                return new Answer(true, false, "no handshake answer");
            }
            socket.sendBinary(ByteBuffer.wrap(chunk(hello(auth))), true).get(5, TimeUnit.SECONDS);
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!endsMessage(stream.toByteArray()) && System.nanoTime() < deadline) {
                byte[] frame = received.poll(1, TimeUnit.SECONDS);
                if (frame != null) {
                    stream.write(frame);
                }
            }
            return answer(true, dechunk(stream.toByteArray()));
        } catch (Exception e) {
            return new Answer(true, false, "closed: " + e.getMessage());
        } finally {
            socket.abort();
        }
    }

    private static final class Collector implements WebSocket.Listener {
        private final LinkedBlockingQueue<byte[]> received;
        private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

        Collector(LinkedBlockingQueue<byte[]> received) {
            this.received = received;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            partial.write(bytes, 0, bytes.length);
            if (last) {
                received.add(partial.toByteArray());
                partial.reset();
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }

    /** HELLO {user_agent, and the auth fields}: a one-field structure with signature 0x01. */
    private static byte[] hello(Map<String, String> auth) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("user_agent", "corridor-graph-probe/1");
        extra.putAll(auth);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xB1);
        out.write(0x01);
        out.write(0xA0 | extra.size());
        extra.forEach((k, v) -> {
            string(out, k);
            string(out, v);
        });
        return out.toByteArray();
    }

    private static void string(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 16) {
            out.write(0x80 | bytes.length);
        } else {
            out.write(0xD0);
            out.write(bytes.length);
        }
        out.write(bytes, 0, bytes.length);
    }

    private static byte[] chunk(byte[] message) {
        ByteBuffer buffer = ByteBuffer.allocate(message.length + 4);
        buffer.putShort((short) message.length).put(message).putShort((short) 0);
        return buffer.array();
    }

    private static boolean endsMessage(byte[] stream) {
        int at = 0;
        while (at + 2 <= stream.length) {
            int size = ((stream[at] & 0xFF) << 8) | (stream[at + 1] & 0xFF);
            at += 2;
            if (size == 0) {
                return true;
            }
            at += size;
        }
        return false;
    }

    private static byte[] dechunk(byte[] stream) {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        int at = 0;
        while (at + 2 <= stream.length) {
            int size = ((stream[at] & 0xFF) << 8) | (stream[at + 1] & 0xFF);
            at += 2;
            if (size == 0) {
                break;
            }
            message.write(stream, at, Math.min(size, stream.length - at));
            at += size;
        }
        return message.toByteArray();
    }

    /** The answer's signature, and its printable text (FAILURE carries code and message). */
    private static Answer answer(boolean upgraded, byte[] message) {
        if (message.length < 2) {
            return new Answer(upgraded, false, "no answer to HELLO");
        }
        String text = new String(message, StandardCharsets.UTF_8).replaceAll("[^\\p{Print}]", " ").strip();
        return new Answer(upgraded, message[1] == SUCCESS, text);
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            map.put(kv[i], kv[i + 1]);
        }
        return map;
    }
}
