package org.corridorgraph.cli;

import picocli.CommandLine;

/** The jar's Implementation-Version, or "dev" when running from classes; the harness reports the product's. */
public final class Version implements CommandLine.IVersionProvider {
    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"corridor-graph " + current()};
    }
}
