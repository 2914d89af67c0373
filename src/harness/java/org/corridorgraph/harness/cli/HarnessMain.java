package org.corridorgraph.harness.cli;

/** Entry point of target/corridor-graph-harness.jar, whose manifest puts corridor-graph.jar beside it on the class path. */
public final class HarnessMain {
    private HarnessMain() {
    }

    public static void main(String[] args) {
        System.exit(HarnessCommand.commandLine().execute(args));
    }
}
