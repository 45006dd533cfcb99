package org.newsgraph.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TemporalExpression;
import org.newsgraph.nlp.TemporalValue;
import org.newsgraph.nlp.Token;

/**
 * Annotated articles kept on disk between runs of the developer tools, so that a tool that measures or
 * compares the extractors alone need not run the OpenNLP models again. Binary, gzipped; read back exactly.
 */
final class AnnotatedCache {

    private static final int VERSION = 1;

    private AnnotatedCache() {
    }

    static void write(Path file, List<AnnotatedDocument> docs) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(file))))) {
            out.writeInt(VERSION);
            out.writeInt(docs.size());
            for (AnnotatedDocument d : docs) {
                Article a = d.article();
                out.writeUTF(a.id());
                nullable(out, a.title());
                nullable(out, a.published());
                nullable(out, a.url());
                nullable(out, a.source());
                out.writeInt(a.authors().size());
                for (String s : a.authors()) {
                    out.writeUTF(s);
                }
                longString(out, a.text());
                out.writeInt(d.sentences().size());
                for (Sentence s : d.sentences()) {
                    out.writeInt(s.index());
                    out.writeInt(s.begin());
                    out.writeInt(s.end());
                    out.writeInt(s.tokens().size());
                    for (Token t : s.tokens()) {
                        out.writeUTF(t.text());
                        out.writeInt(t.begin());
                        out.writeInt(t.end());
                        out.writeUTF(t.pos());
                        out.writeUTF(t.lemma());
                    }
                }
                out.writeInt(d.mentions().size());
                for (Mention m : d.mentions()) {
                    out.writeUTF(m.type().name());
                    out.writeUTF(m.text());
                    out.writeInt(m.begin());
                    out.writeInt(m.end());
                    out.writeInt(m.sentence());
                    out.writeDouble(m.confidence());
                }
                out.writeInt(d.dates().size());
                for (TemporalExpression t : d.dates()) {
                    out.writeUTF(t.text());
                    out.writeInt(t.begin());
                    out.writeInt(t.end());
                    out.writeInt(t.sentence());
                    out.writeBoolean(t.value() != null);
                    if (t.value() != null) {
                        out.writeUTF(t.value().granularity().name());
                        out.writeUTF(t.value().start().toString());
                        out.writeUTF(t.value().end().toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<AnnotatedDocument> read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(file))))) {
            if (in.readInt() != VERSION) {
                throw new IllegalStateException(file + ": another version of the cache");
            }
            int n = in.readInt();
            List<AnnotatedDocument> out = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                String id = in.readUTF();
                String title = nullable(in);
                String published = nullable(in);
                String url = nullable(in);
                String source = nullable(in);
                List<String> authors = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    authors.add(in.readUTF());
                }
                String text = longString(in);
                Article article = new Article(id, title, published, url, source, authors, text);
                List<Sentence> sentences = new ArrayList<>();
                for (int s = in.readInt(); s > 0; s--) {
                    int index = in.readInt();
                    int begin = in.readInt();
                    int end = in.readInt();
                    List<Token> tokens = new ArrayList<>();
                    for (int t = in.readInt(); t > 0; t--) {
                        tokens.add(new Token(in.readUTF(), in.readInt(), in.readInt(), in.readUTF(), in.readUTF()));
                    }
                    sentences.add(new Sentence(index, begin, end, tokens));
                }
                List<Mention> mentions = new ArrayList<>();
                for (int m = in.readInt(); m > 0; m--) {
                    mentions.add(new Mention(EntityType.valueOf(in.readUTF()), in.readUTF(), in.readInt(),
                            in.readInt(), in.readInt(), in.readDouble()));
                }
                List<TemporalExpression> dates = new ArrayList<>();
                for (int m = in.readInt(); m > 0; m--) {
                    String t = in.readUTF();
                    int b = in.readInt();
                    int e = in.readInt();
                    int s = in.readInt();
                    TemporalValue v = in.readBoolean() ? new TemporalValue(
                            TemporalValue.Granularity.valueOf(in.readUTF()), LocalDate.parse(in.readUTF()),
                            LocalDate.parse(in.readUTF())) : null;
                    dates.add(new TemporalExpression(t, b, e, s, v));
                }
                out.add(new AnnotatedDocument(article, sentences, mentions, dates));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void nullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /** Text longer than {@code writeUTF} takes, as UTF-16 chars. */
    private static void longString(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static String longString(DataInputStream in) throws IOException {
        char[] c = new char[in.readInt()];
        for (int i = 0; i < c.length; i++) {
            c[i] = in.readChar();
        }
        return new String(c);
    }
}
