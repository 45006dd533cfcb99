package org.newsgraph.server.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.Fact;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.TemporalValue;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.VocabularyMapper;
import org.newsgraph.resolve.Entity;
import org.newsgraph.store.NewsStore;

/**
 * Articles written for the page tests (invented people and countries), mapped to RDF by the real
 * {@link VocabularyMapper} and stored in a real TDB2 dataset.
 */
final class WebFixtures {

    static final String TALKS = "estoria-talks-2025-03-11";
    static final String FOLLOW_UP = "estoria-follow-up-2025-04-02";
    static final String INJECTION = "injection-test";
    static final String ODD_ID = "reuters/2024/50% off.ttl";
    static final String VARGA = "person/elena-varga";
    static final String HOSTILE_TEXT = "<script>window.__pwned=1</script>";
    static final String HOSTILE_NAME = "Mallory \"><img src=x onerror=\"window.__pwned=2\"> Smith";

    private WebFixtures() {
    }

    static ArticleGraph talks() {
        String text = "Foreign Minister Elena Varga of Estoria met Prime Minister Tomas Berg of Norland in Lisbon "
                + "on Monday, officials said.\n"
                + "Varga told reporters: \"We agreed on a road map for the border.\" "
                + "The two ministers will meet again in Geneva next month, according to the Norland Foreign Office.\n"
                + "Berg, who became prime minister in 2023, called the talks constructive.";
        DocBuilder d = new DocBuilder(TALKS, "Estoria and Norland agree on border road map", "2025-03-11", text);
        Entity varga = d.entity(EntityType.PERSON, "Elena Varga", "Varga");
        Entity berg = d.entity(EntityType.PERSON, "Tomas Berg", "Berg");
        Entity estoria = d.entity(EntityType.PLACE, "Estoria");
        Entity norland = d.entity(EntityType.PLACE, "Norland");
        Entity lisbon = d.entity(EntityType.PLACE, "Lisbon");
        Entity geneva = d.entity(EntityType.PLACE, "Geneva");
        Entity office = d.entity(EntityType.ORGANIZATION, "Norland Foreign Office");
        Mention mVarga = d.mention(varga, "Elena Varga");
        Mention mEstoria = d.mention(estoria, "Estoria");
        Mention mBerg = d.mention(berg, "Tomas Berg");
        Mention mNorland = d.mention(norland, "Norland");
        Mention mLisbon = d.mention(lisbon, "Lisbon");
        Mention mVarga2 = d.mention(varga, "Varga", 1);
        Mention mGeneva = d.mention(geneva, "Geneva");
        d.mention(office, "Norland Foreign Office");
        Mention mBerg2 = d.mention(berg, "Berg", 1);
        var monday = d.date("Monday", TemporalValue.day(LocalDate.of(2025, 3, 10)));
        var nextMonth = d.date("next month", TemporalValue.month(YearMonth.of(2025, 4)));
        d.fact(new Fact.Role(mVarga, "Foreign Minister", mEstoria, Fact.Qualifier.CURRENT, d.evidence(mVarga, 0.92)));
        d.fact(new Fact.Role(mBerg, "Prime Minister", mNorland, Fact.Qualifier.CURRENT, d.evidence(mBerg, 0.88)));
        d.fact(new Fact.Meeting("met", List.of(mVarga, mBerg), mLisbon, monday, false, d.evidence(mVarga, 0.81)));
        d.fact(new Fact.Meeting("meet", List.of(mVarga2, mBerg), mGeneva, nextMonth, true, d.evidence(mGeneva, 0.64)));
        int q = text.indexOf("We agreed");
        d.fact(new Fact.Quote("We agreed on a road map for the border.", q, q + 39, mVarga2, "told", null,
                d.evidence(mVarga2, 0.77)));
        d.fact(new Fact.Role(mBerg2, "prime minister", null, Fact.Qualifier.CURRENT, d.evidence(mBerg2, 0.55)));
        return new VocabularyMapper().map(d.build());
    }

    static ArticleGraph followUp() {
        String text = "Former Foreign Minister Elena Varga of Estoria visited Oslo on Wednesday.\n"
                + "She held talks with Norland's trade envoy Ines Moreau.";
        DocBuilder d = new DocBuilder(FOLLOW_UP, "Varga in Oslo", "2025-04-02", text);
        Entity varga = d.entity(EntityType.PERSON, "Elena Varga");
        Entity estoria = d.entity(EntityType.PLACE, "Estoria");
        Entity oslo = d.entity(EntityType.PLACE, "Oslo");
        Entity moreau = d.entity(EntityType.PERSON, "Ines Moreau");
        Entity norland = d.entity(EntityType.PLACE, "Norland");
        Mention mVarga = d.mention(varga, "Elena Varga");
        Mention mEstoria = d.mention(estoria, "Estoria");
        Mention mOslo = d.mention(oslo, "Oslo");
        Mention mNorland = d.mention(norland, "Norland");
        Mention mMoreau = d.mention(moreau, "Ines Moreau");
        var wednesday = d.date("Wednesday", TemporalValue.day(LocalDate.of(2025, 4, 2)));
        d.fact(new Fact.Role(mVarga, "Foreign Minister", mEstoria, Fact.Qualifier.FORMER, d.evidence(mVarga, 0.9)));
        d.fact(new Fact.Role(mMoreau, "trade envoy", mNorland, Fact.Qualifier.CURRENT, d.evidence(mMoreau, 0.7)));
        d.fact(new Fact.Meeting("talks", List.of(mVarga, mMoreau), mOslo, wednesday, false, d.evidence(mMoreau, 0.6)));
        return new VocabularyMapper().map(d.build());
    }

    /** An article whose text and a name hold markup that must show as text, never run. */
    static ArticleGraph injection() {
        String text = "Security researcher " + HOSTILE_NAME + " said the page " + HOSTILE_TEXT
                + " must stay inert.\nHe met Elena Varga in Geneva.";
        DocBuilder d = new DocBuilder(INJECTION, "Markup <b>in</b> a \"headline\" <script>window.__pwned=3</script>",
                "2025-05-01", text);
        Entity mallory = d.entity(EntityType.PERSON, HOSTILE_NAME);
        Entity varga = d.entity(EntityType.PERSON, "Elena Varga");
        Entity geneva = d.entity(EntityType.PLACE, "Geneva");
        Mention m = d.mention(mallory, HOSTILE_NAME);
        Mention v = d.mention(varga, "Elena Varga");
        Mention g = d.mention(geneva, "Geneva");
        d.fact(new Fact.Role(m, "Security researcher <i>x</i>", null, Fact.Qualifier.CURRENT, d.evidence(m, 0.5)));
        d.fact(new Fact.Meeting("met", List.of(m, v), g, null, false, d.evidence(v, 0.5)));
        return new VocabularyMapper().map(d.build());
    }

    /** An article whose id holds a slash, a percent sign and a {@code .ttl} ending; published before the rest. */
    static ArticleGraph oddId() {
        DocBuilder d = new DocBuilder(ODD_ID, "Odd ids", "2020-01-01", "Odd ids must still have pages.");
        return new VocabularyMapper().map(d.build());
    }

    /**
     * {@code articles} articles about one person, Ada Quill, each with {@code perArticle} sentences that
     * state one role and one meeting: {@code 2 * articles * perArticle} facts about her.
     */
    static List<ArticleGraph> busyPerson(int articles, int perArticle) {
        List<ArticleGraph> graphs = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < perArticle; s++) {
                int n = a * perArticle + s;
                text.append("Ada Quill, envoy to Council ").append(n % 37).append(", held talks with Delegate ")
                        .append(n % 53).append(" Ross in Port ").append(n % 29).append(" Haven.\n");
            }
            String day = LocalDate.of(2024, 1, 1).plusDays(a).toString();
            DocBuilder d = new DocBuilder("busy-" + a, "Ada Quill, day " + a, day, text.toString());
            int lineStart = 0;
            for (int s = 0; s < perArticle; s++) {
                int n = a * perArticle + s;
                Entity ada = d.entity(EntityType.PERSON, "Ada Quill");
                Entity council = d.entity(EntityType.ORGANIZATION, "Council " + (n % 37));
                Entity delegate = d.entity(EntityType.PERSON, "Delegate " + (n % 53) + " Ross");
                Entity port = d.entity(EntityType.PLACE, "Port " + (n % 29) + " Haven");
                Mention mAda = d.mentionFrom(ada, "Ada Quill", lineStart);
                Mention mCouncil = d.mentionFrom(council, council.label(), lineStart);
                Mention mDelegate = d.mentionFrom(delegate, delegate.label(), lineStart);
                Mention mPort = d.mentionFrom(port, port.label(), lineStart);
                d.fact(new Fact.Role(mAda, "envoy", mCouncil, Fact.Qualifier.CURRENT, d.evidence(mAda, 0.8)));
                d.fact(new Fact.Meeting("talks", List.of(mAda, mDelegate), mPort, null, false, d.evidence(mAda, 0.7)));
                lineStart = text.indexOf("\n", lineStart) + 1;
            }
            graphs.add(new VocabularyMapper().map(d.build()));
        }
        return graphs;
    }

    static NewsStore storeWith(Path dir, List<ArticleGraph> graphs) {
        NewsStore store = NewsStore.open(dir);
        store.putAll(graphs);
        return store;
    }
}
