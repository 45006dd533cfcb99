package org.newsgraph.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders an article text as HTML with its spans marked at their character offsets: names and dates as
 * one element each ({@link Mark}), fact evidence as a background over the text it covers ({@link Evidence}).
 *
 * <p>Marks never overlap (the name finder keeps the leftmost-longest of overlapping names; here a mark
 * that overlaps an earlier one is dropped). Evidence spans may overlap each other and the marks, so the
 * text is cut at every span boundary and each piece carries the evidence that covers it: the elements
 * nest properly whatever the offsets. Offsets outside the text are clipped; all text is escaped.
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

    static String render(String text, List<Mark> marks, List<Evidence> evidence) {
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

        StringBuilder out = new StringBuilder(length * 2);
        Set<String> anchored = new java.util.HashSet<>();
        int markIndex = 0;
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            for (Evidence x : ev) {
                String id = Html.evidenceId(x.begin(), x.end());
                if (x.begin() == from && anchored.add(id)) {
                    out.append("<span class=\"anchor\" id=\"").append(id).append("\"></span>");
                }
            }
            Mark open = markIndex < kept.size() && kept.get(markIndex).begin() == from ? kept.get(markIndex) : null;
            if (open != null) {
                openMark(out, open);
            }
            Set<String> kinds = new LinkedHashSet<>();
            Set<String> ids = new LinkedHashSet<>();
            for (Evidence x : ev) {
                if (x.begin() <= from && x.end() >= to) {
                    kinds.add("k-" + x.kind());
                    ids.add(Html.evidenceId(x.begin(), x.end()));
                }
            }
            String piece = Html.esc(text.substring(from, to));
            if (kinds.isEmpty()) {
                out.append(piece);
            } else {
                out.append("<span class=\"ev ").append(Html.esc(String.join(" ", kinds)))
                        .append("\" data-ev=\"").append(String.join(" ", ids)).append("\">")
                        .append(piece).append("</span>");
            }
            if (markIndex < kept.size() && kept.get(markIndex).end() == to && kept.get(markIndex).begin() < to) {
                out.append(kept.get(markIndex).href() != null ? "</a>" : "</span>");
                markIndex++;
            }
            from = to;
        }
        return out.toString();
    }

    private static void openMark(StringBuilder out, Mark m) {
        out.append(m.href() != null ? "<a" : "<span")
                .append(" class=\"").append(Html.esc(m.cssClass())).append('"')
                .append(" data-begin=\"").append(m.begin()).append("\" data-end=\"").append(m.end()).append('"');
        if (m.href() != null) {
            out.append(" href=\"").append(Html.esc(m.href())).append('"');
        }
        if (m.title() != null) {
            out.append(" title=\"").append(Html.esc(m.title())).append('"');
        }
        out.append('>');
    }
}
