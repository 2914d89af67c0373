package org.corridorgraph.cli;

import java.util.concurrent.Callable;

import org.corridorgraph.app.SummaryText;
import org.corridorgraph.importer.PreparedImport;
import org.corridorgraph.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the seed data against the schema and the articles; touches no database.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PreparedImport prepared = PreparedImport.prepare(input.seedFolder(), input.corpusFolder(), Json.mapper());
        SummaryText.prepared(spec.commandLine().getOut(), prepared);
        spec.commandLine().getOut().println("check: the seed data is valid");
        return ExitCodes.OK;
    }
}
