package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.newsgraph.extract.RoleGrammar.Candidate;
import org.newsgraph.extract.RoleGrammar.Span;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The persons an article names, read once for the role and quotation extractors: the last words of the name
 * finder's person names, and of the names written after a title anywhere in the article ("Trump's" is a
 * person's possessive when the article also writes "President Donald Trump"), with the titled persons
 * themselves and the article's sentences as {@link RoleSentence}s.
 */
final class KnownPersons {

    /** The last words of the article's person names, folded. */
    final Set<String> words;
    /** The article's sentences, a sentence cut after an initial joined to the next. */
    final List<RoleSentence> views;
    /** Every title before a name in the article. */
    final List<Candidate> titled;
    private final AnnotatedDocument doc;
    private final RoleRules rules;
    private final Supplier<Set<String>> surnames;
    private final Map<Integer, RoleSentence> single = new HashMap<>();

    private KnownPersons(AnnotatedDocument doc, RoleRules rules, Set<String> words, List<RoleSentence> views,
                         Supplier<Set<String>> surnames) {
        this.doc = doc;
        this.rules = rules;
        this.words = words;
        this.views = views;
        this.surnames = surnames;
        List<Candidate> all = new ArrayList<>();
        views.forEach(v -> all.addAll(v.titled()));
        this.titled = List.copyOf(all);
    }

    static KnownPersons read(AnnotatedDocument doc, RoleRules rules) {
        Set<String> words = personWords(doc, rules);
        Supplier<Set<String>> surnames = surnames(doc, words);
        List<RoleSentence> views = views(doc, words, surnames, rules);
        Set<String> more = new HashSet<>(words);
        for (RoleSentence v : views) {
            v.titled().forEach(c -> more.add(RoleGrammar.lastWord(c.person().text())));
        }
        if (more.size() > words.size()) {
            surnames = surnames(doc, more);
            views = views(doc, more, surnames, rules);
        }
        return new KnownPersons(doc, rules, Set.copyOf(more), views, surnames);
    }

    /** One sentence alone as a view, with the article's person words. */
    RoleSentence sentence(Sentence s) {
        return single.computeIfAbsent(s.index(), i -> new RoleSentence(doc, List.of(s), words, surnames, rules::titled));
    }

    /**
     * The article's sentences as views, with a sentence that the sentence detector ended after an initial or
     * an abbreviation ("F. Ross Johnson", "James O. Welch", "R.J. Reynolds", "U.S. President") joined to the
     * next one of the same paragraph.
     */
    private static List<RoleSentence> views(AnnotatedDocument doc, Set<String> personWords,
                                            Supplier<Set<String>> surnames, RoleRules rules) {
        List<RoleSentence> out = new ArrayList<>();
        List<Sentence> group = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (!group.isEmpty() && !endsWithInitial(doc, group.get(group.size() - 1), s, rules.grammar.lexicon)) {
                out.add(new RoleSentence(doc, group, personWords, surnames, rules::titled));
                group = new ArrayList<>();
            }
            group.add(s);
        }
        if (!group.isEmpty()) {
            out.add(new RoleSentence(doc, group, personWords, surnames, rules::titled));
        }
        return out;
    }

    private static boolean endsWithInitial(AnnotatedDocument doc, Sentence s, Sentence next, RoleLexicon lexicon) {
        List<Token> t = s.tokens();
        if (t.isEmpty() || next.tokens().isEmpty() || doc.text().substring(s.end(), next.begin()).contains("\n")
                || !next.tokens().get(0).isCapitalised()) {
            return false;
        }
        String last = t.get(t.size() - 1).text();
        if (last.equals(".") && t.size() >= 2) {
            String before = t.get(t.size() - 2).text();
            return before.length() == 1 && Character.isUpperCase(before.charAt(0))
                    || Words.HONORIFICS.contains(before.toLowerCase(Locale.ROOT) + ".")
                    || lexicon.abbreviation(before + ".") != null;
        }
        return last.matches("\\p{Lu}\\.(\\p{Lu}\\.)*") || Words.HONORIFICS.contains(last.toLowerCase(Locale.ROOT))
                && last.endsWith(".") || lexicon.abbreviation(last) != null && last.endsWith(".");
    }

    /**
     * Last words of the article's person names of two words or more (name finder's or written after a
     * title): "Trump's" is a person's possessive when the article names "Donald Trump". Computed once, when
     * first asked for.
     */
    private static Supplier<Set<String>> surnames(AnnotatedDocument doc, Set<String> personWords) {
        Set<String>[] memo = new Set[1];
        return () -> {
            if (memo[0] == null) {
                Set<String> out = new HashSet<>();
                for (Mention m : doc.mentions()) {
                    if (m.type() == EntityType.PERSON && m.text().strip().contains(" ")) {
                        out.add(RoleGrammar.lastWord(m.text()));
                    }
                }
                if (out.isEmpty()) {
                    out.addAll(personWords);
                }
                memo[0] = out;
            }
            return memo[0];
        };
    }

    /** The last words of the person names the name finder gives, folded: evidence that "Trump's" is a person. */
    private static Set<String> personWords(AnnotatedDocument doc, RoleRules rules) {
        Set<String> words = new HashSet<>();
        for (Mention m : doc.mentions()) {
            if (m.type() == EntityType.PERSON) {
                words.add(RoleGrammar.lastWord(m.text()));
            }
        }
        if (!words.isEmpty()) {
            return words;
        }
        // no name finder: a run of two to four proper nouns that is no known body nor organization name is
        // taken for a person's name ("Charles Hinckley" makes a later "Hinckley" a person)
        RoleGrammar g = rules.grammar;
        for (RoleSentence v : views(doc, Set.of(), surnames(doc, Set.of()), rules)) {
            for (int i = 0; i < v.size(); i++) {
                if (!v.propn(i) || !v.cap(i) || i > 0 && v.cap(i - 1) && g.body(v.word(i - 1)) == null) {
                    continue;
                }
                Span name = g.names.nameAt(v, i);
                if (name == null || name.to() - name.from() < 2 || name.to() - name.from() > 4) {
                    continue;
                }
                boolean proper = true;
                for (int k = name.from(); k < name.to(); k++) {
                    proper &= (v.propn(k) || v.word(k).endsWith(".")) && g.body(v.word(k)) == null
                            && !g.lexicon.isModifier(v.word(k)) && !g.lexicon.isOrgSuffix(v.word(k));
                }
                if (proper && (name.to() >= v.size() || !v.cap(name.to()))) {
                    words.add(RoleGrammar.lastWord(name.mention().text()));
                }
            }
        }
        return words;
    }
}
