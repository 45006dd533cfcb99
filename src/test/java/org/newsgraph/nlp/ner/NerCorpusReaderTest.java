package org.newsgraph.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NerCorpusReaderTest {

    static Path shared() {
        return Path.of(System.getProperty("newsgraph.shared", "../shared"));
    }

    private static Map<String, Integer> counts(List<NerDocument> docs) {
        Map<String, Integer> counts = new TreeMap<>();
        for (NerDocument d : docs) {
            for (TaggedSentence s : d.sentences()) {
                s.names().forEach(n -> counts.merge(n.getType(), 1, Integer::sum));
            }
        }
        return counts;
    }

    @Test
    void readsConllIob1WithDocumentsAsThePublishedCounts() {
        List<NerDocument> docs = NerCorpusReader.read(shared().resolve("data/ner/conll2003/eng.testb"), NerFormat.AUTO);
        assertEquals(231, docs.size());
        assertEquals(3453, docs.stream().mapToInt(d -> d.sentences().size()).sum());
        assertEquals(Map.of("LOC", 1668, "MISC", 702, "ORG", 1661, "PER", 1617), counts(docs));
    }

    @Test
    void readsTwoColumnWikigold() {
        List<NerDocument> docs = NerCorpusReader.read(shared().resolve("data/ner/wikigold/wikigold.conll.txt"),
                NerFormat.AUTO);
        assertEquals(145, docs.size());
        assertEquals(Map.of("LOC", 1014, "MISC", 712, "ORG", 898, "PER", 934), counts(docs));
    }

    @Test
    void detectsAndReadsUnerIob2() {
        List<NerDocument> docs = NerCorpusReader.read(shared().resolve("data/ner/uner-en/en_pud-ud-test.iob2"),
                NerFormat.AUTO);
        assertEquals(1000, docs.stream().mapToInt(d -> d.sentences().size()).sum());
        assertEquals(Map.of("LOC", 426, "ORG", 235, "PER", 414), counts(docs));
    }

    @Test
    void mapsGmbTypesAndStripsTitlesFromPersonNames() {
        List<String> lines = List.of("Sentence #,Word,POS,Tag",
                "Sentence: 1,President,NNP,B-per", ",Bush,NNP,I-per", ",met,VBD,O", ",Iraqi,JJ,B-gpe",
                ",officials,NNS,O", ",in,IN,O", ",Baghdad,NNP,B-geo", ",on,IN,O", ",Monday,NNP,B-tim",
                ",\",\",\",\",O", ",Mr.,NNP,B-per");
        List<NerDocument> docs = NerCorpusReader.readGmb(lines, Gazetteers.titleWords());
        TaggedSentence s = docs.get(0).sentences().get(0);
        assertEquals(List.of("O", "B-PER", "O", "B-MISC", "O", "O", "B-LOC", "O", "O", "O", "O"),
                List.of(s.tags()));
        assertEquals(",", s.tokens()[9]);
    }
}
