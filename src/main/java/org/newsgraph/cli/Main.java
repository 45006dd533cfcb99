package org.newsgraph.cli;

import java.io.PrintWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.common.NewsGraphException.QueryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code newsgraph} command line. Only this class calls {@code System.exit}. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a knowledge graph from news articles and serves it over SPARQL.",
        subcommands = {
            IngestCommand.class,
            ExtractCommand.class,
            LoadCommand.class,
            QueryCommand.class,
            ServeCommand.class,
            ExportCommand.class,
            StatsCommand.class,
            EntityCommand.class,
            RemoveCommand.class,
            CompactCommand.class,
            SummarizeCommand.class,
            DemoCommand.class,
            NerEvalCommand.class,
            TrainNerCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main {

    /**
     * Exit codes: 0 all went in, 1 some input was rejected (or the job failed), 2 usage error (a wrong option,
     * or a query that cannot be read: the command could not start).
     */
    public static final int OK = 0;
    public static final int REJECTED = 1;
    public static final int USAGE = 2;

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Log what happens (INFO level).")
    void verbose(boolean on) {
        if (on) {
            Configurator.setLevel("newsgraph", Level.INFO);
            Configurator.setLevel("org.newsgraph", Level.INFO);
            Configurator.setLevel("org.apache.jena.fuseki.Server", Level.INFO);
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (e instanceof NewsGraphException) {
                err.println("newsgraph: " + e.getMessage());
            } else {
                err.println("newsgraph: " + e);
            }
            err.flush();
            return e instanceof QueryException ? USAGE : REJECTED;
        });
        return cl;
    }

    /** The version of the build: the project version in {@code pom.xml}, written into the jar by Maven. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            java.util.Properties p = new java.util.Properties();
            try (var in = Main.class.getResourceAsStream("/newsgraph.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            String v = p.getProperty("version", "");
            return new String[] {"newsgraph " + (v.isEmpty() || v.startsWith("${") ? "(version unknown)" : v),
                    "Java " + System.getProperty("java.version") + ", Apache Jena " + org.apache.jena.Jena.VERSION
                            + ", Apache OpenNLP " + opennlp.tools.util.Version.currentVersion()};
        }
    }
}
