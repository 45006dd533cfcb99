package org.newsgraph.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A sentence for the engine's tests, written "word/TAG word/TAG ..." (the tag defaults to X). */
record Toks(List<String> words, List<String> tags) implements TokenSequence {

    static Toks of(String text) {
        List<String> w = new ArrayList<>();
        List<String> t = new ArrayList<>();
        for (String item : text.strip().split("\\s+")) {
            int slash = item.lastIndexOf('/');
            w.add(slash > 0 ? item.substring(0, slash) : item);
            t.add(slash > 0 ? item.substring(slash + 1) : "X");
        }
        return new Toks(w, t);
    }

    @Override
    public int size() {
        return words.size();
    }

    @Override
    public String word(int i) {
        return words.get(i);
    }

    @Override
    public String lower(int i) {
        return PatternEnv.fold(words.get(i));
    }

    @Override
    public String lemma(int i) {
        String l = lower(i);
        return l.endsWith("s") && l.length() > 3 ? l.substring(0, l.length() - 1) : l;
    }

    @Override
    public String pos(int i) {
        return tags.get(i);
    }

    boolean capitalised(int i) {
        return Character.isUpperCase(words.get(i).charAt(0));
    }

    String text(int from, int to) {
        return String.join(" ", words.subList(from, to)).toLowerCase(Locale.ROOT);
    }
}
