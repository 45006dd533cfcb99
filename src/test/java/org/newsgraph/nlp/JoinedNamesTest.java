package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinedNamesTest {

    private final JoinedNames joined = new JoinedNames(Set.of("Zenda Mobile")::contains,
            Set.of("Committee", "Department")::contains);

    private static Mention at(String text, EntityType type, String name, int from) {
        int begin = text.indexOf(name, from);
        return new Mention(type, name, begin, begin + name.length(), 0, 0.9);
    }

    @Test
    void twoNamesReadAsOneAcrossAndArePartedWhereTheArticleKnowsAPart() {
        String text = "The Acme Party and Jane Doe spoke. Jane Doe agreed. Rupert Telecom and Zenda Mobile "
                + "compete.";
        List<Mention> in = List.of(at(text, EntityType.ORGANIZATION, "Acme Party and Jane Doe", 0),
                at(text, EntityType.PERSON, "Jane Doe", 30),
                at(text, EntityType.ORGANIZATION, "Rupert Telecom and Zenda Mobile", 0));
        List<Mention> out = joined.split(in);
        assertEquals(List.of("Acme Party", "Jane Doe", "Jane Doe", "Rupert Telecom", "Zenda Mobile"),
                out.stream().map(Mention::text).toList());
        assertEquals(List.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PERSON, EntityType.ORGANIZATION,
                EntityType.ORGANIZATION), out.stream().map(Mention::type).toList());
        assertEquals(text.indexOf("Zenda Mobile"), out.get(4).begin());
    }

    @Test
    void aBodysNameWithAndOrAnUnknownPairStaysWhole() {
        String text = "The Ways and Means Committee met. Standard and Poor's rated it. Jane Doe and Mary Major came.";
        List<Mention> in = List.of(at(text, EntityType.ORGANIZATION, "Ways and Means Committee", 0),
                at(text, EntityType.ORGANIZATION, "Standard and Poor's", 0),
                at(text, EntityType.PERSON, "Jane Doe and Mary Major", 0));
        assertEquals(in, joined.split(in));
    }

    @Test
    void twoNamesWhoseFirstIsABodysWholeNameAreParted() {
        String text = "The Acme National Committee and Jane Doe spoke, and the State Department and Treasury "
                + "Department agreed with the Ways and Means Committee.";
        List<Mention> in = List.of(at(text, EntityType.ORGANIZATION, "Acme National Committee and Jane Doe", 0),
                at(text, EntityType.ORGANIZATION, "State Department and Treasury Department", 0),
                at(text, EntityType.ORGANIZATION, "Ways and Means Committee", 0));
        List<Mention> out = joined.split(in);
        assertEquals(List.of("Acme National Committee", "Jane Doe", "State Department", "Treasury Department",
                "Ways and Means Committee"), out.stream().map(Mention::text).toList());
        assertEquals(EntityType.ORGANIZATION, out.get(0).type());
    }
}
