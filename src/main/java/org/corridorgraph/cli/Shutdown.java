package org.corridorgraph.cli;

import java.util.concurrent.CountDownLatch;

/** Blocks a long-running command until Ctrl-C or SIGTERM, then runs its clean-up once. */
final class Shutdown {
    private Shutdown() {
    }

    static void awaitSignal(Runnable cleanUp) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cleanUp.run();
            } finally {
                stopped.countDown();
            }
        }, "corridor-graph-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
