package org.corridorgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.corridorgraph.ErrorKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/corridor-graph, the way the README runs the jar, on a stand-in java that writes down what it was given (and, as a
 * JVM does when it stops, the archive it was asked to write): the heap, and a class-data archive the first serve writes and
 * later starts use.
 */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("scripts", "corridor-graph").toAbsolutePath();

    @TempDir
    Path temp;
    private Path jar;
    private Path cache;
    private Path argsFile;

    record Run(int exitCode, List<String> javaArgs, String output) {
        String option(String prefix) {
            return javaArgs.stream().filter(a -> a.startsWith(prefix)).findFirst().orElse(null);
        }
    }

    @BeforeEach
    void standInJava() throws IOException {
        Path bin = Files.createDirectories(temp.resolve("jdk/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                printf '%s\\n' "$@" > "$ARGS_FILE"
                for a in "$@"; do
                    case "$a" in -XX:ArchiveClassesAtExit=*) echo archive > "${a#*=}" ;; esac
                done
                """, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        jar = Files.writeString(temp.resolve("corridor-graph.jar"), "a jar");
        cache = temp.resolve("cache");
        argsFile = temp.resolve("args.txt");
    }

    @Test
    void theFirstServeWritesAnArchiveAndTheNextStartUsesIt() throws Exception {
        Run first = run(Map.of(), "serve", "--port", "7071");

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.option("-XX:ArchiveClassesAtExit=")).startsWith("-XX:ArchiveClassesAtExit=" + cache);
        assertThat(first.option("-XX:SharedArchiveFile=")).isNull();
        assertThat(first.javaArgs()).containsSubsequence("-jar", jar.toString(), "serve", "--port", "7071");

        Run second = run(Map.of(), "serve");

        assertThat(second.option("-XX:ArchiveClassesAtExit=")).isNull();
        String archive = second.option("-XX:SharedArchiveFile=").substring("-XX:SharedArchiveFile=".length());
        assertThat(Path.of(archive)).exists().hasParent(cache);

        Run query = run(Map.of(), "query", "memberships");

        assertThat(query.option("-XX:SharedArchiveFile=")).isEqualTo("-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void onlyServeWritesAnArchive() throws Exception {
        Run query = run(Map.of(), "query", "memberships", "--param", "entity=Iran");

        assertThat(query.option("-XX:ArchiveClassesAtExit=")).isNull();
        assertThat(query.option("-XX:SharedArchiveFile=")).isNull();
        assertThat(query.javaArgs()).containsSubsequence("-jar", jar.toString(), "query", "memberships", "--param", "entity=Iran");
    }

    @Test
    void aRebuiltJarGetsAnArchiveOfItsOwn() throws Exception {
        run(Map.of(), "serve");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plus(Duration.ofMinutes(5))));

        Run rebuilt = run(Map.of(), "serve");

        assertThat(rebuilt.option("-XX:SharedArchiveFile=")).isNull();
        assertThat(rebuilt.option("-XX:ArchiveClassesAtExit=")).isNotNull();
    }

    @Test
    void theHeapIsBoundedAndTheUsersOptionsComeLast() throws Exception {
        Run defaults = run(Map.of(), "serve");

        assertThat(defaults.javaArgs()).contains("-Xmx512m", "-XX:+UseSerialGC");

        Run chosen = run(Map.of("CORRIDOR_GRAPH_HEAP", "2g", "CORRIDOR_GRAPH_JAVA_OPTS", "-XX:+UseG1GC -Dx=y", "CORRIDOR_GRAPH_CDS", "off"),
                "serve");

        assertThat(chosen.javaArgs()).contains("-Xmx2g").doesNotContain("-Xmx512m");
        assertThat(chosen.javaArgs()).containsSubsequence("-XX:+UseSerialGC", "-XX:+UseG1GC", "-Dx=y", "-jar");
        assertThat(chosen.option("-XX:ArchiveClassesAtExit=")).isNull();
    }

    @Test
    void aMissingJarIsOneMessageAndAHint() throws Exception {
        Files.delete(jar);

        Run run = run(Map.of(), "serve");

        assertThat(run.exitCode()).isEqualTo(ErrorKind.STARTUP_FAILED.exitCode());
        assertThat(run.output()).contains("error: no corridor-graph jar at " + jar, "hint: build it with");
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Files.deleteIfExists(argsFile);
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", temp.resolve("jdk").toString());
        builder.environment().put("CORRIDOR_GRAPH_JAR", jar.toString());
        builder.environment().put("CORRIDOR_GRAPH_CACHE", cache.toString());
        builder.environment().put("ARGS_FILE", argsFile.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> javaArgs = Files.exists(argsFile) ? Files.readAllLines(argsFile, StandardCharsets.UTF_8) : List.of();
        return new Run(process.exitValue(), javaArgs, output);
    }
}
