package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.Extraction;
import org.newsgraph.IngestReport;
import org.newsgraph.rdf.ArticleGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts facts and writes RDF, without a store: the graphs an ingest of the same input into "
                + "a fresh dataset would hold, short names linked across the articles included.",
                "Two passes over the articles: the first reads them (kept in a scratch folder beside the output), the "
                        + "second links their short names to the people all of them name in full. "
                        + "'newsgraph load' puts the N-Quads into a dataset."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article went through", "1:some input was rejected", "2:usage error"})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, directories, or - for stdin.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "turtle, trig or nquads (default: ${DEFAULT-VALUE}; nquads when --output ends in .nq); "
                    + "trig and nquads keep one graph per article.")
    RdfFormats format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    int threads = IngestRunner.threads();

    @picocli.CommandLine.Mixin
    ExtractorsOption extractors;

    @picocli.CommandLine.Mixin
    TextRootOption textRoots;

    @Override
    public Integer call() throws IOException {
        RdfFormats f = format;
        if (output != null && output.getFileName().toString().endsWith(".nq")
                && spec.commandLine().getParseResult().matchedOption("--format") == null) {
            f = RdfFormats.NQUADS;
        }
        if (f == RdfFormats.JSONLD) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "extract writes turtle, trig or nquads; use export for JSON-LD");
        }
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be positive");
        }
        Path where = output == null ? Path.of(System.getProperty("java.io.tmpdir"))
                : output.toAbsolutePath().getParent();
        Path scratch = Files.createTempDirectory(where, ".newsgraph-extract-");
        IngestReport report;
        try (OutputStream out = output == null ? new BufferedOutputStream(System.out, 1 << 16)
                : new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            RdfFormats chosen = f;
            report = Extraction.standard(extractors.names()).run(textRoots.reader().read(inputs),
                    g -> write(out, g, chosen), threads, scratch);
        }
        var err = spec.commandLine().getErr();
        report.warnings().forEach(w -> err.println("warning: " + w));
        report.rejected().forEach(r -> err.println("rejected: " + r));
        err.flush();
        return report.allAccepted() ? Main.OK : Main.REJECTED;
    }

    private static void write(OutputStream out, ArticleGraph g, RdfFormats f) {
        if (f.quads) {
            DatasetGraph ds = DatasetGraphFactory.create();
            ds.prefixes().putAll(g.model().getNsPrefixMap());
            ds.addGraph(NodeFactory.createURI(g.graphIri()), g.model().getGraph());
            RDFDataMgr.write(out, ds, f.format);
        } else {
            RDFDataMgr.write(out, g.model(), f.format);
        }
    }
}
