package org.corridorgraph.harness.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corridorgraph.harness.Stats;

/**
 * Where a serving process's memory goes, read from outside with this JDK's jcmd: the heap's use and size (GC.heap_info),
 * and what native memory tracking counts (VM.native_memory summary, so the process must run with
 * -XX:NativeMemoryTracking=summary). Neo4j's page cache and Netty's buffers are memory the JVM counts as "Other".
 */
final class MemorySplit {
    private static final Duration JCMD_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern GENERATION = Pattern.compile("^\\s*(def new generation|tenured generation|garbage-first heap|PSYoungGen|ParOldGen)"
            + "\\s+total (\\d+)K, used (\\d+)K", Pattern.MULTILINE);
    private static final Pattern CATEGORY = Pattern.compile("^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)", Pattern.MULTILINE);
    private static final Pattern TOTAL = Pattern.compile("^Total: reserved=(\\d+)KB, committed=(\\d+)KB", Pattern.MULTILINE);
    /** Native memory tracking's categories as the results name them. */
    private static final Map<String, String> CATEGORIES = categories();

    private MemorySplit() {
    }

    /** @param status the process's /proc status (kB) read at the same moment */
    static Map<String, Object> read(long pid, Map<String, Long> status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rss_mb", mb(status.getOrDefault("VmRSS", 0L)));
        m.put("rss_anonymous_mb", mb(status.getOrDefault("RssAnon", 0L)));
        m.put("rss_file_mb", mb(status.getOrDefault("RssFile", 0L)));
        String heap = jcmd(pid, "GC.heap_info");
        long used = 0;
        long total = 0;
        for (Matcher g = GENERATION.matcher(heap); g.find(); ) {
            total += Long.parseLong(g.group(2));
            used += Long.parseLong(g.group(3));
        }
        m.put("heap_used_mb", mb(used));
        m.put("heap_committed_mb", mb(total));
        String nmt = jcmd(pid, "VM.native_memory", "summary");
        Matcher t = TOTAL.matcher(nmt);
        if (t.find()) {
            m.put("committed_total_mb", mb(Long.parseLong(t.group(2))));
        }
        Map<String, Object> committed = new LinkedHashMap<>();
        for (Matcher c = CATEGORY.matcher(nmt); c.find(); ) {
            String name = CATEGORIES.getOrDefault(c.group(1), c.group(1));
            committed.put(name, mb(Long.parseLong(c.group(3))));
        }
        m.put("committed_mb", committed);
        m.put("note", "committed is what the JVM has asked the OS for; RSS counts only the pages touched, and the class archive"
                + " (shared class space) is file-backed; Other holds Neo4j's page cache and Netty's direct buffers");
        return m;
    }

    private static Map<String, String> categories() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Java Heap", "heap");
        m.put("Class", "class metadata");
        m.put("Metaspace", "metaspace");
        m.put("Shared class space", "shared class space (class archive)");
        m.put("Code", "code cache");
        m.put("Thread", "thread stacks");
        m.put("GC", "gc");
        m.put("Other", "other (Neo4j page cache, direct buffers)");
        return m;
    }

    private static double mb(long kb) {
        return Stats.round(kb / 1024.0);
    }

    /** The output of jcmd PID COMMAND…, empty when it fails (no jcmd, or the process is gone). */
    private static String jcmd(long pid, String... command) {
        List<String> line = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid)));
        line.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            p.waitFor(JCMD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
