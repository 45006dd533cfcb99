package org.newsgraph.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.newsgraph.common.NewsGraphException;
import org.newsgraph.extract.ExtractedDocument;
import org.newsgraph.extract.Fact;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Sentence;

/**
 * Turns what the stages before resolution read from an article (an {@link ExtractedDocument}: the article,
 * its sentences, name mentions, date expressions and facts) into compressed bytes and back, so that it can be
 * resolved again later (when the names known from other articles change) without reading the text again.
 *
 * <p>The sentences keep their offsets but not their tokens: resolution and mapping read the sentence text from
 * the article, never the tokens, so a decoded document resolves and maps to the very graph the original does.
 * JSON (Jackson, reading the records' own components), deflated; a version number leads, and bytes of another
 * version are refused. Thread-safe.
 */
public final class AnalysisCodec {

    /** Bumped whenever the records' shape changes; bytes of another version decode to an error. */
    static final int VERSION = 1;

    private static final ObjectMapper JSON = mapper();

    private AnalysisCodec() {
    }

    /** The document as bytes, without its tokens. */
    public static byte[] encode(ExtractedDocument doc) {
        AnnotatedDocument a = doc.annotated();
        List<Sentence> sentences = new ArrayList<>(a.sentences().size());
        for (Sentence s : a.sentences()) {
            sentences.add(new Sentence(s.index(), s.begin(), s.end(), List.of()));
        }
        ExtractedDocument slim = new ExtractedDocument(
                new AnnotatedDocument(a.article(), sentences, a.mentions(), a.dates()), doc.facts());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        bytes.write(VERSION);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (OutputStream out = new DeflaterOutputStream(bytes, deflater, 8192)) {
            JSON.writeValue(out, slim);
        } catch (IOException e) {
            throw new NewsGraphException("cannot encode the analysis of article '" + a.article().id() + "': " + e, e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** The document the bytes hold (its sentences without tokens). */
    public static ExtractedDocument decode(byte[] bytes) {
        if (bytes.length == 0 || bytes[0] != VERSION) {
            throw new NewsGraphException("analysis of an unknown version: " + (bytes.length == 0 ? "empty" : bytes[0]));
        }
        try (InputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(bytes, 1, bytes.length - 1))) {
            return JSON.readValue(in, ExtractedDocument.class);
        } catch (IOException e) {
            throw new NewsGraphException("cannot decode an analysis: " + e, e);
        }
    }

    private static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule("newsgraph-dates");
        dates.addSerializer(LocalDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString());
            }
        });
        dates.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return LocalDate.parse(p.getValueAsString());
            }
        });
        return JsonMapper.builder()
                .addModule(dates)
                .addMixIn(Fact.class, FactKinds.class)
                // the records' components only: no derived values ("isLong", "isCapitalised") on the way out
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .build();
    }

    /** Which kind of fact a JSON object is. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Fact.Role.class, name = "role"),
        @JsonSubTypes.Type(value = Fact.Meeting.class, name = "meeting"),
        @JsonSubTypes.Type(value = Fact.Quote.class, name = "quote"),
        @JsonSubTypes.Type(value = Fact.Authorship.class, name = "authorship")
    })
    private interface FactKinds {
    }
}
