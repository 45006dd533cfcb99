package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.newsgraph.common.NewsGraphException.ConfigException;
import org.newsgraph.common.NewsGraphException.QueryException;
import org.newsgraph.rdf.NG;

/**
 * The SPARQL that ships in {@code queries/}: read from the jar (the build copies the folder in), so the
 * files users read and edit are the files the program runs.
 */
public final class Queries {

    private Queries() {
    }

    /** A bundled query by name ({@code "roles"} reads {@code /queries/roles.rq}). */
    public static Query bundled(String name) {
        return QueryFactory.create(bundledText(name));
    }

    /**
     * The variables a bundled query expects to be bound before it runs, as its comments say ("Bind ?entity to
     * the entity's IRI"), in the order they are named.
     */
    public static List<String> parameters(String name) {
        Set<String> vars = new LinkedHashSet<>();
        for (String line : bundledText(name).split("\n")) {
            if (line.startsWith("#")) {
                Matcher m = BIND.matcher(line);
                while (m.find()) {
                    vars.add(m.group(1));
                }
            }
        }
        return List.copyOf(vars);
    }

    private static final Pattern BIND = Pattern.compile("\\bBind \\?(\\w+)");

    private static String bundledText(String name) {
        String resource = "/queries/" + name + ".rq";
        try (InputStream in = Queries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigException("no bundled query " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + resource, e);
        }
    }

    /** The names of every bundled query, sorted ({@code "roles"} for {@code /queries/roles.rq}). */
    public static List<String> bundledNames() {
        try {
            URI roles = Queries.class.getResource("/queries/roles.rq").toURI();
            if ("jar".equals(roles.getScheme())) {
                // jar:file:/.../newsgraph.jar!/queries/roles.rq
                String jar = roles.toString();
                URI archive = URI.create(jar.substring(0, jar.indexOf("!/")));
                try (FileSystem fs = FileSystems.newFileSystem(archive, Map.of())) {
                    return names(fs.getPath("/queries"));
                } catch (FileSystemAlreadyExistsException open) {
                    return names(FileSystems.getFileSystem(archive).getPath("/queries"));
                }
            }
            return names(Path.of(roles).getParent());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new ConfigException("cannot list the bundled queries: " + e, e);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - ".rq".length())).sorted().toList();
        }
    }

    /**
     * A copy of {@code query} whose WHERE clause starts with {@code VALUES (vars) { rows }}: the pattern is then
     * matched once per row, with the row's values bound (index lookups), instead of in full and joined with
     * the rows at the end, as a trailing VALUES clause would be. A null in a row leaves its variable unbound.
     */
    public static Query withValues(Query query, List<String> vars, List<List<? extends RDFNode>> rows) {
        Query copy = query.cloneQuery();
        ElementData data = new ElementData();
        List<Var> vs = vars.stream().map(Var::alloc).toList();
        vs.forEach(data::add);
        for (List<? extends RDFNode> row : rows) {
            BindingBuilder b = BindingBuilder.create();
            for (int i = 0; i < vs.size(); i++) {
                if (row.get(i) != null) {
                    b.add(vs.get(i), row.get(i).asNode());
                }
            }
            data.add(b.build());
        }
        Element where = copy.getQueryPattern();
        ElementGroup group;
        if (where instanceof ElementGroup g) {
            group = g;
        } else {
            group = new ElementGroup();
            group.addElement(where);
            copy.setQueryPattern(group);
        }
        group.getElements().add(0, data);
        return copy;
    }

    /** A query from a file, with the file named in any syntax error. */
    public static Query fromFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new QueryException("no query file " + file, e);
        } catch (IOException e) {
            throw new QueryException("cannot read query file " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /**
     * Parses a SPARQL Update that a user sent; a syntax error becomes a {@link QueryException} in words, as
     * for {@link #parse}.
     */
    public static org.apache.jena.update.UpdateRequest parseUpdate(String sparql, String source) {
        try {
            return org.apache.jena.update.UpdateFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new QueryException(source + ": " + SparqlErrors.describe(e, sparql), e);
        } catch (org.apache.jena.query.QueryException e) {
            throw new QueryException(source + ": " + e.getMessage(), e);
        }
    }

    private static final Pattern PREFIXED_NAME = Pattern.compile("([A-Za-z][\\w.-]*)?:(\\S*)");
    private static final Pattern WEB_IRI = Pattern.compile("https?://\\S+");

    /**
     * A value for a query variable, as a user writes it on a command line ({@code --bind var=VALUE}):
     * <ul>
     *   <li>{@code <https://...>}, or a bare {@code http://} or {@code https://} address: that IRI;</li>
     *   <li>{@code person:marco-rubio}: a prefixed name, when the query or newsgraph ({@link NG#PREFIXES})
     *       declares its prefix;</li>
     *   <li>{@code "2025-03-10"^^xsd:date}, {@code "Rubio"@en}, {@code "5"^^xsd:integer}: a literal in SPARQL's
     *       syntax (the quotes are part of the value);</li>
     *   <li>anything else: the text as a plain string ({@code Marco Rubio}).</li>
     * </ul>
     * A value that starts like an IRI or a literal but is not a well-formed one is a {@link QueryException}.
     */
    public static RDFNode term(String text, PrefixMapping queryPrefixes) {
        PrefixMapping prefixes = new PrefixMappingImpl().setNsPrefixes(NG.PREFIXES).setNsPrefixes(queryPrefixes);
        String t = text.strip();
        Node node;
        if (t.startsWith("<") || t.startsWith("\"") || t.startsWith("'")) {
            try {
                node = NodeFactoryExtra.parseNode(t, PrefixMapFactory.create(prefixes));
            } catch (RuntimeException e) {
                throw new QueryException("'" + text + "' is not an IRI in <...> nor a literal in SPARQL syntax "
                        + "(e.g. \"2025-03-10\"^^xsd:date): " + e.getMessage(), e);
            }
        } else if (WEB_IRI.matcher(t).matches()) {
            node = NodeFactory.createURI(t);
        } else {
            Matcher m = PREFIXED_NAME.matcher(t);
            String ns = m.matches() ? prefixes.getNsPrefixURI(m.group(1) == null ? "" : m.group(1)) : null;
            node = ns != null ? NodeFactory.createURI(ns + m.group(2)) : NodeFactory.createLiteralString(text);
        }
        return ModelFactory.createDefaultModel().asRDFNode(node);
    }

    /** A query given as text on the command line. */
    public static Query fromText(String sparql) {
        return parse(sparql, "query");
    }

    /**
     * Parses a query that a user wrote. A syntax error becomes a {@link QueryException} that names
     * {@code source} and says where and what in words: line, column, the token met and what was expected.
     */
    public static Query parse(String sparql, String source) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new QueryException(source + ": " + SparqlErrors.describe(e, sparql), e);
        } catch (org.apache.jena.query.QueryException e) {
            throw new QueryException(source + ": " + e.getMessage(), e);
        }
    }
}
