package org.newsgraph.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.IngestReport;
import org.newsgraph.Pipeline;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.rdf.ArticleGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts facts and writes RDF to standard output, without a store.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article went through", "1:some input was rejected", "2:usage error"})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, directories, or - for stdin.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "turtle, trig or nquads (default: ${DEFAULT-VALUE}); trig and nquads keep one graph per article.")
    RdfFormats format;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    int threads = IngestRunner.threads();

    @picocli.CommandLine.Mixin
    ExtractorsOption extractors;

    @Override
    public Integer call() {
        RdfFormats f = format;
        if (f == RdfFormats.JSONLD) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "extract writes turtle, trig or nquads; use export for JSON-LD");
        }
        OutputStream out = new PrintStream(System.out, false);
        Pipeline pipeline = Pipeline.standard().withExtractors(extractors.names());
        IngestReport report = pipeline.run(new ArticleReader().read(inputs), graphs -> {
            for (ArticleGraph g : graphs) {
                if (f.quads) {
                    DatasetGraph ds = DatasetGraphFactory.create();
                    ds.prefixes().putAll(g.model().getNsPrefixMap());
                    ds.addGraph(NodeFactory.createURI(g.graphIri()), g.model().getGraph());
                    RDFDataMgr.write(out, ds, f.format);
                } else {
                    RDFDataMgr.write(out, g.model(), f.format);
                }
            }
        }, threads, org.newsgraph.Ingestor.BATCH, Pipeline.Progress.NONE);
        System.out.flush();
        var err = spec.commandLine().getErr();
        report.warnings().forEach(w -> err.println("warning: " + w));
        report.rejected().forEach(r -> err.println("rejected: " + r));
        err.flush();
        return report.allAccepted() ? Main.OK : Main.REJECTED;
    }
}
