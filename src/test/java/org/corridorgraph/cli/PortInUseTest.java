package org.corridorgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.corridorgraph.support.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortInUseTest {
    @TempDir
    Path temp;

    @Test
    void aTakenBoltPortGivesOneClearLineAndExitCode4() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            CliRun run = CliRun.of("neo4j", "--data-dir", temp.toString(), "--bolt-port", "" + port, "--neo4j-http-port", "0");

            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(run.err().lines().findFirst()).hasValue("error: port " + port + " is in use; pass --bolt-port");
            assertThat(run.err()).doesNotContain("\tat ");
        }
    }

    @Test
    void aTakenApiPortIsReportedBeforeAnythingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            CliRun run = CliRun.of("serve", "--port", "" + port, "--data-dir", temp.toString(), "--no-corpus");

            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(run.err()).startsWith("error: port " + port + " is in use; pass --port");
        }
    }
}
