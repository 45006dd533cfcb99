package org.newsgraph.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Element;

/**
 * Renders an article text as HTML with its spans marked at their character offsets: names and dates as
 * one element each ({@link Mark}), fact evidence as a background over the text it covers ({@link Evidence}).
 *
 * <p>Marks never overlap (the name finder keeps the leftmost-longest of overlapping names; here a mark
 * that overlaps an earlier one is dropped). Evidence spans may overlap each other and the marks, so the
 * text is cut at every span boundary and each piece carries the evidence that covers it: the elements
 * nest properly whatever the offsets. Offsets outside the text are clipped; the text goes in as text nodes, which
 * jsoup escapes when it writes the page.
 */
final class Highlighter {

    /**
     * A name or date span, rendered as a link (or a plain element when {@code href} is null).
     *
     * @param cssClass e.g. {@code mention t-person}
     * @param title    a tooltip (the entity's canonical name, a date's value), or null
     */
    record Mark(int begin, int end, String cssClass, String href, String title) {
    }

    /**
     * The evidence of a fact.
     *
     * @param kind e.g. {@code role}, {@code meeting}, {@code quote}: the piece gets the class {@code k-KIND}
     */
    record Evidence(int begin, int end, String kind) {
    }

    private Highlighter() {
    }

    /** The marked-up text as HTML, for a caller that wants a string (tests). */
    static String render(String text, List<Mark> marks, List<Evidence> evidence) {
        Element holder = new Element("div");
        renderInto(holder, text, marks, evidence);
        return holder.html();
    }

    /** Appends the text to {@code into}, with its marks and evidence, as elements and text nodes. */
    static void renderInto(Element into, String text, List<Mark> marks, List<Evidence> evidence) {
        int length = text.length();
        List<Mark> kept = new ArrayList<>();
        int last = 0;
        for (Mark m : marks.stream().sorted(Comparator.comparingInt(Mark::begin)).toList()) {
            int b = Math.max(0, m.begin());
            int e = Math.min(length, m.end());
            if (e <= b || b < last) {
                continue;
            }
            kept.add(new Mark(b, e, m.cssClass(), m.href(), m.title()));
            last = e;
        }
        List<Evidence> ev = new ArrayList<>();
        for (Evidence x : evidence) {
            int b = Math.max(0, x.begin());
            int e = Math.min(length, x.end());
            if (e > b) {
                ev.add(new Evidence(b, e, x.kind()));
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        kept.forEach(m -> {
            cuts.add(m.begin());
            cuts.add(m.end());
        });
        ev.forEach(x -> {
            cuts.add(x.begin());
            cuts.add(x.end());
        });

        Set<String> anchored = new java.util.HashSet<>();
        int markIndex = 0;
        Element target = into;
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            for (Evidence x : ev) {
                String id = Html.evidenceId(x.begin(), x.end());
                if (x.begin() == from && anchored.add(id)) {
                    target.appendElement("span").addClass("anchor").id(id);
                }
            }
            Mark open = markIndex < kept.size() && kept.get(markIndex).begin() == from ? kept.get(markIndex) : null;
            if (open != null) {
                target = openMark(into, open);
            }
            Set<String> kinds = new LinkedHashSet<>();
            Set<String> ids = new LinkedHashSet<>();
            for (Evidence x : ev) {
                if (x.begin() <= from && x.end() >= to) {
                    kinds.add("k-" + x.kind());
                    ids.add(Html.evidenceId(x.begin(), x.end()));
                }
            }
            String piece = text.substring(from, to);
            if (kinds.isEmpty()) {
                target.appendText(piece);
            } else {
                Element span = target.appendElement("span").addClass("ev").attr("data-ev", String.join(" ", ids))
                        .text(piece);
                kinds.forEach(span::addClass);
            }
            if (markIndex < kept.size() && kept.get(markIndex).end() == to && kept.get(markIndex).begin() < to) {
                target = into;
                markIndex++;
            }
            from = to;
        }
    }

    private static Element openMark(Element into, Mark m) {
        Element mark = into.appendElement(m.href() != null ? "a" : "span");
        for (String c : m.cssClass().split("\\s+")) {
            if (!c.isEmpty()) {
                mark.addClass(c);
            }
        }
        mark.attr("data-begin", Integer.toString(m.begin())).attr("data-end", Integer.toString(m.end()));
        if (m.href() != null) {
            mark.attr("href", m.href());
        }
        if (m.title() != null) {
            mark.attr("title", m.title());
        }
        return mark;
    }
}
