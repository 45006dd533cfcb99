package org.newsgraph.cli;

import java.util.List;
import org.newsgraph.extract.Extractors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --extractors roles,meetings}: which extractors run, shared by the commands that run the pipeline. */
final class ExtractorsOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private List<String> names;

    @Option(names = "--extractors", split = ",", paramLabel = "NAME",
            description = "The extractors to run, comma-separated, of: roles, bylines, quotes, meetings (default: all).")
    void names(List<String> names) {
        for (String n : names) {
            if (!Extractors.NAMES.contains(n.strip())) {
                throw new ParameterException(spec.commandLine(), "no extractor '" + n + "'; the extractors are "
                        + String.join(", ", Extractors.NAMES));
            }
        }
        this.names = List.copyOf(names);
    }

    /** The extractors named, or null for all of them. */
    List<String> names() {
        return names;
    }
}
