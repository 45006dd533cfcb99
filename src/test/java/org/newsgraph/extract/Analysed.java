package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.Mention;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.ResolvedDocument;

/** A short text run through the standard pipeline, with its facts as readable rows. */
final class Analysed {

    final ResolvedDocument doc;

    private Analysed(ResolvedDocument doc) {
        this.doc = doc;
    }

    static Analysed text(String text) {
        return new Analysed(DevCorpus.pipeline().analyse(
                new Article("snippet", null, "2025-03-11", null, null, List.of(), text)));
    }

    String name(Mention m) {
        if (m == null) {
            return "";
        }
        Entity e = doc.entityOf(m);
        return e == null ? m.text() : e.label();
    }

    /** Each role as "person · role · organization". */
    List<String> roles() {
        return doc.extracted().facts(Fact.Role.class).stream()
                .map(r -> name(r.person()) + " · " + r.role() + " · " + name(r.organization())).toList();
    }

    List<Fact.Role> roleFacts() {
        return doc.extracted().facts(Fact.Role.class);
    }

    /** Each quotation as "speaker · verb · addressee · text". */
    List<String> quotes() {
        return doc.extracted().facts(Fact.Quote.class).stream()
                .map(q -> name(q.speaker()) + " · " + q.verb() + " · " + name(q.addressee()) + " · " + q.text())
                .toList();
    }
}
