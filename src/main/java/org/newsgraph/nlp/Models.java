package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import org.newsgraph.common.NewsGraphException.ConfigException;

/**
 * Where the models live on the classpath. The four Universal Dependencies models come from Apache OpenNLP's
 * model jars ({@code org.apache.opennlp:opennlp-models-*-en:1.3.0}); their resource names carry the model
 * version and change with every models release, so they are spelled here and nowhere else.
 */
public final class Models {

    public static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    public static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    public static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    public static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private Models() {
    }

    /** Reads a model from the classpath with the given OpenNLP model constructor. */
    public static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = Models.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigException("model not on the classpath: " + resource);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new ConfigException("cannot read model " + resource + ": " + e.getMessage(), e);
        }
    }

    /** An OpenNLP model constructor that reads from a stream. */
    @FunctionalInterface
    public interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

}
