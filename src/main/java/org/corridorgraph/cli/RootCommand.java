package org.corridorgraph.cli;

import picocli.CommandLine.Command;

@Command(name = "corridor-graph", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns articles about Eurasian states, blocs and corridors into a cited Neo4j graph.",
        subcommands = {ServeCommand.class, Neo4jCommand.class, ImportCommand.class, CheckCommand.class,
                ExportCommand.class, SchemaCommand.class, QueryCommand.class, AskCommand.class, ReportCommand.class,
                ExtractCommand.class, AcceptCommand.class})
final class RootCommand {
}
