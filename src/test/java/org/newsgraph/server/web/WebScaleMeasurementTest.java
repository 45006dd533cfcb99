package org.newsgraph.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.VocabularyMapper;

/**
 * Measures the pages, above all the name search (a scan over every label and alias), over a store of
 * many articles. Off by default; run with
 * {@code mvn -o test -Dtest=WebScaleMeasurementTest -Dnewsgraph.web.scale=3000}.
 */
@EnabledIfSystemProperty(named = "newsgraph.web.scale", matches = "\\d+")
class WebScaleMeasurementTest {

    private static final String[] GIVEN = ("Ana Ben Carla David Elif Farid Greta Hugo Ines Jonas Kira Luis Maya Nils "
            + "Omar Paula Quinn Rosa Samir Tara Umar Vera Wim Xena Yusuf Zoe Marta Mark Maria Mario Leon Lena Ivan "
            + "Irene Hana Hans Gil Gina Femi Faye").split(" ");
    private static final String[] FAMILY = ("Abbott Berg Costa Dahl Ekwueme Fischer Garcia Haddad Ito Jensen Kowalski "
            + "Lind Moreau Novak Okafor Petrov Quist Rossi Silva Tanaka Urban Varga Weber Xu Yilmaz Zhou Marsh Martin "
            + "Mendes Nagy Olsen Park Reyes Sato Smith Stone Torres Walsh Young Kim").split(" ");
    private static final String[] BODY = "Institute Council Bank Ministry Agency Party Union Commission Court Fund"
            .split(" ");
    private static final Pattern PAGE = Pattern.compile("page;dur=([0-9.]+), cpu;dur=([0-9.]+)");

    @TempDir
    Path dir;

    @Test
    void measuresSearchAndPagesOverManyArticles() {
        int articles = Integer.parseInt(System.getProperty("newsgraph.web.scale"));
        Random random = new Random(42);
        List<ArticleGraph> graphs = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            StringBuilder text = new StringBuilder();
            List<String[]> names = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                String person = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
                String org = FAMILY[random.nextInt(FAMILY.length)] + " " + BODY[random.nextInt(BODY.length)];
                String place = "Port " + FAMILY[random.nextInt(FAMILY.length)];
                text.append(person).append(" of the ").append(org).append(" spoke in ").append(place).append(".\n");
                names.add(new String[] {person, org, place});
            }
            DocBuilder d = new DocBuilder("scale-" + a, "Article " + a,
                    java.time.LocalDate.of(2020, 1, 1).plusDays(a % 1500).toString(), text.toString());
            int from = 0;
            for (String[] n : names) {
                String family = n[0].substring(n[0].indexOf(' ') + 1);
                var person = d.entity(EntityType.PERSON, n[0], family);
                d.mentionFrom(person, n[0], from);
                d.mentionFrom(d.entity(EntityType.ORGANIZATION, n[1]), n[1], from);
                d.mentionFrom(d.entity(EntityType.PLACE, n[2]), n[2], from);
                from = text.indexOf("\n", from) + 1;
            }
            graphs.add(new VocabularyMapper().map(d.build()));
        }
        long loadStart = System.nanoTime();
        try (PageServer pages = new PageServer(dir, graphs)) {
            System.out.printf(Locale.ROOT, "web scale: %d articles, %d quads, loaded in %.1f s%n", articles,
                    pages.store.size(), (System.nanoTime() - loadStart) / 1e9);
            for (String path : List.of("/search?q=ma", "/search?q=mar", "/search?q=smith", "/search?q=institute",
                    "/search?q=zz", "/", "/entity/person/maria-smith", "/article/scale-7")) {
                measure(pages, path);
            }
        }
    }

    private static void measure(PageServer pages, String path) {
        String p = path.contains("?q=") ? path.substring(0, path.indexOf("?q=") + 3)
                + URLEncoder.encode(path.substring(path.indexOf("?q=") + 3), StandardCharsets.UTF_8) : path;
        HttpResponse<String> first = pages.get(p);
        System.out.println("web scale: " + path + " first answer Server-Timing: "
                + first.headers().firstValue("Server-Timing").orElse(""));
        for (int i = 0; i < 2; i++) {
            pages.get(p);
        }
        List<Double> server = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        int size = 0;
        String timing = "";
        for (int i = 0; i < 9; i++) {
            HttpResponse<String> r = pages.get(p);
            assertEquals(200, r.statusCode(), p);
            timing = r.headers().firstValue("Server-Timing").orElseThrow();
            Matcher m = PAGE.matcher(timing);
            m.find();
            server.add(Double.parseDouble(m.group(1)));
            cpu.add(Double.parseDouble(m.group(2)));
            size = r.body().length();
        }
        server.sort(null);
        cpu.sort(null);
        System.out.printf(Locale.ROOT, "web scale: %-30s server median %7.1f ms, max %7.1f ms, cpu median %7.1f ms,"
                + " %7d chars%n", path, server.get(4), server.get(8), cpu.get(4), size);
        System.out.println("web scale:     last Server-Timing: " + timing);
    }
}
