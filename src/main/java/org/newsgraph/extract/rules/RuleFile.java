package org.newsgraph.extract.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.common.NewsGraphException.ConfigException;

/**
 * A rule file as written: its settings, word lists, macros and rules, not yet compiled. The format, one
 * construction family a file ({@code docs/rules.md} has the whole story):
 *
 * <pre>
 * # comment
 * scan      first-skip                    how the rules are applied (all, first, first-skip, anchored)
 * published 2025-03-11                    the publication date the examples are read with
 * define    adverb also now still         a word list
 * define    $copula "is" | "was"          a macro: pattern text pasted where $copula stands
 *
 * rule title-name
 *   about    what the rule reads, in a sentence
 *   match    @(?&lt;title&gt; &lt;head&gt;) (?&lt;person&gt; &lt;name&gt;)
 *   where    determined                   named conditions the match must meet
 *   fact     role person=person title=title
 *   else     role ...                     a fact line that applies when the one before did not
 *   example  U.S. Secretary of State Marco Rubio arrived.
 *   =&gt;       Marco Rubio | Secretary of State | U.S.
 * </pre>
 *
 * A line indented under a key that starts with no key continues that key's value. A fact line may end in
 * {@code if GROUP} or {@code if GROUP has LIST}: it applies when the group took part in the match (and one of
 * its words is in the list).
 */
public record RuleFile(String family, String scan, String published, Map<String, Set<String>> lists,
                       Map<String, String> macros, List<RawRule> rules) {

    /** A rule as written, with the line it starts on. */
    public record RawRule(String name, int line, String about, String match, List<String> where,
                          List<RawFact> facts, List<Example> examples) {
    }

    /** A fact line: the fact's kind, its arguments, an optional condition, and whether it is an "else". */
    public record RawFact(String kind, Map<String, String> args, String ifGroup, String ifList, boolean negate,
                          boolean orElse, int line) {
    }

    /** An example sentence with the facts the rule must make from it (none for a negative example). */
    public record Example(String text, String published, List<String> expected, int line) {
        public boolean negative() {
            return expected.isEmpty();
        }
    }

    private static final Set<String> KEYS = Set.of("about", "match", "where", "fact", "else", "example", "=>");

    /** Reads a rule file from the classpath, e.g. {@code /rules/roles/title-before-name.rules}. */
    public static RuleFile resource(String resource) {
        try (InputStream in = RuleFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigException("rule file not on the classpath: " + resource);
            }
            String family = resource.replaceFirst("^/rules/", "").replaceFirst("\\.rules$", "");
            return parse(family, resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Parses rule-file text; errors name the file and line. */
    public static RuleFile parse(String family, String file, String text) {
        String scan = "all";
        String published = "2025-03-11";
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        Map<String, String> macros = new LinkedHashMap<>();
        List<RawRule> rules = new ArrayList<>();
        Builder rule = null;
        String[] lines = text.split("\n", -1);
        String lastKey = null;
        String lastDefine = null;
        for (int n = 0; n < lines.length; n++) {
            String raw = lines[n];
            int lineNo = n + 1;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean indented = Character.isWhitespace(raw.charAt(0));
            String key = line.split("\\s+", 2)[0];
            String value = line.length() > key.length() ? line.substring(key.length()).strip() : "";
            try {
                if (!indented) {
                    if (rule != null) {
                        rules.add(rule.build(file));
                        rule = null;
                    }
                    lastKey = key;
                    switch (key) {
                        case "scan" -> scan = value;
                        case "published" -> published = value;
                        case "define" -> lastDefine = define(value, lists, macros);
                        case "rule" -> {
                            rule = new Builder(value, lineNo);
                            lastKey = "rule";
                        }
                        default -> throw new IllegalArgumentException("unknown key '" + key + "'");
                    }
                    continue;
                }
                if (rule == null) {
                    if ("define".equals(lastKey)) {
                        continuation(lastDefine, lists, macros, line);
                        continue;
                    }
                    throw new IllegalArgumentException("an indented line outside a rule");
                }
                if (!KEYS.contains(key)) {
                    rule.continueLast(line);
                    continue;
                }
                rule.add(key, value, lineNo, published);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(file + ":" + lineNo + ": " + e.getMessage(), e);
            }
        }
        if (rule != null) {
            rules.add(rule.build(file));
        }
        if (!Set.of("all", "first", "first-skip", "anchored").contains(scan)) {
            throw new ConfigException(file + ": scan must be all, first, first-skip or anchored, not '" + scan + "'");
        }
        return new RuleFile(family, scan, published, lists, macros, rules);
    }

    /** Reads a list or macro definition; returns its name as written. */
    private static String define(String value, Map<String, Set<String>> lists, Map<String, String> macros) {
        String[] f = value.split("\\s+", 2);
        if (f.length < 2 || f[0].isEmpty()) {
            throw new IllegalArgumentException("define NAME words... or define $NAME pattern");
        }
        if (lists.containsKey(f[0].replace("$", "")) || macros.containsKey(f[0].replace("$", ""))) {
            throw new IllegalArgumentException("'" + f[0] + "' is defined twice");
        }
        if (f[0].startsWith("$")) {
            macros.put(f[0].substring(1), f[1]);
        } else {
            lists.put(f[0], new java.util.HashSet<>(List.of(f[1].split("\\s+"))));
        }
        return f[0];
    }

    private static void continuation(String lastDefine, Map<String, Set<String>> lists, Map<String, String> macros,
                                     String line) {
        if (lastDefine == null) {
            throw new IllegalArgumentException("an indented line outside a rule");
        }
        if (lastDefine.startsWith("$")) {
            macros.merge(lastDefine.substring(1), line, (a, b) -> a + " " + b);
        } else {
            lists.get(lastDefine).addAll(List.of(line.split("\\s+")));
        }
    }

    /** A rule being read. */
    private static final class Builder {
        final String name;
        final int line;
        String about = "";
        String match;
        final List<String> where = new ArrayList<>();
        final List<RawFact> facts = new ArrayList<>();
        final List<Example> examples = new ArrayList<>();
        String last;
        StringBuilder exampleText;
        String examplePublished;
        List<String> expected;
        int exampleLine;

        Builder(String name, int line) {
            if (!name.matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalArgumentException("a rule's name is lower case words joined by '-': '" + name + "'");
            }
            this.name = name;
            this.line = line;
        }

        void add(String key, String value, int lineNo, String published) {
            switch (key) {
                case "about" -> about = value;
                case "match" -> match = value;
                case "where" -> where.addAll(List.of(value.split("\\s+")));
                case "fact", "else" -> facts.add(fact(value, key.equals("else"), lineNo));
                case "example" -> {
                    closeExample();
                    String text = value;
                    examplePublished = published;
                    if (text.startsWith("[")) {
                        int close = text.indexOf(']');
                        examplePublished = text.substring(1, close).strip();
                        text = text.substring(close + 1).strip();
                    }
                    exampleText = new StringBuilder(text);
                    expected = new ArrayList<>();
                    exampleLine = lineNo;
                }
                case "=>" -> {
                    if (exampleText == null) {
                        throw new IllegalArgumentException("'=>' without an example");
                    }
                    if (!value.equals("nothing")) {
                        expected.add(value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown key '" + key + "'");
            }
            last = key;
        }

        void continueLast(String text) {
            switch (last == null ? "" : last) {
                case "about" -> about = about + " " + text;
                case "match" -> match = match + " " + text;
                case "example" -> exampleText.append(' ').append(text);
                default -> throw new IllegalArgumentException("a line without a key: '" + text + "'");
            }
        }

        private static RawFact fact(String value, boolean orElse, int lineNo) {
            String body = value;
            String ifGroup = null;
            String ifList = null;
            boolean negate = false;
            int at = (" " + body + " ").indexOf(" if ");
            if (at >= 0) {
                String[] cond = body.substring(at + 3).strip().split("\\s+");
                body = body.substring(0, at).strip();
                ifGroup = cond[0];
                if (ifGroup.startsWith("!")) {
                    negate = true;
                    ifGroup = ifGroup.substring(1);
                }
                if (cond.length == 3 && cond[1].equals("has")) {
                    ifList = cond[2];
                } else if (cond.length != 1) {
                    throw new IllegalArgumentException("a fact's condition is 'if GROUP' or 'if GROUP has LIST'");
                }
            }
            List<String> f = words(body);
            Map<String, String> args = new LinkedHashMap<>();
            for (int i = 1; i < f.size(); i++) {
                int eq = f.get(i).indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("a fact's argument is key=value: '" + f.get(i) + "'");
                }
                args.put(f.get(i).substring(0, eq), f.get(i).substring(eq + 1));
            }
            return new RawFact(f.get(0), args, ifGroup, ifList, negate, orElse, lineNo);
        }

        /** Words split at white space, a value in double quotes kept whole: verb="according to". */
        private static List<String> words(String text) {
            List<String> out = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            boolean quoted = false;
            for (char c : text.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (Character.isWhitespace(c) && !quoted) {
                    if (!word.isEmpty()) {
                        out.add(word.toString());
                        word.setLength(0);
                    }
                } else {
                    word.append(c);
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("a quote is not closed: " + text);
            }
            if (!word.isEmpty()) {
                out.add(word.toString());
            }
            return out;
        }

        private void closeExample() {
            if (exampleText != null) {
                examples.add(new Example(exampleText.toString(), examplePublished, List.copyOf(expected), exampleLine));
                exampleText = null;
            }
        }

        RawRule build(String file) {
            closeExample();
            if (match == null) {
                throw new ConfigException(file + ":" + line + ": rule " + name + " has no match");
            }
            if (facts.isEmpty()) {
                throw new ConfigException(file + ":" + line + ": rule " + name + " has no fact");
            }
            if (facts.get(0).orElse()) {
                throw new ConfigException(file + ":" + line + ": rule " + name + " starts with 'else'");
            }
            return new RawRule(name, line, about, match, List.copyOf(where), List.copyOf(facts), List.copyOf(examples));
        }
    }
}
