package org.newsgraph.nlp.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorResourceProvider;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.featuregen.WordClusterFeatureGenerator;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Feature generator for the name-finder descriptor: looks each token up in a token dictionary stored in
 * the model (gazetteer classes, word clusters) and emits {@code <dict><class>}. It is OpenNLP's
 * {@code WordClusterFeatureGenerator} with a different storage: OpenNLP 2.5's own serializer for these
 * dictionaries closes the model's zip stream when it writes or reads an entry, so a model with more than one
 * such entry cannot be saved or loaded; this one leaves the stream open and writes UTF-8.
 *
 * <p>Descriptor: {@code <generator class="org.newsgraph.nlp.ner.TokenDictionaryFeatureGeneratorFactory">
 * <str name="dict">NAME</str></generator>}. Lookups are case-sensitive.
 */
public final class TokenDictionaryFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    /** OpenNLP instantiates the factory by reflection. */
    public TokenDictionaryFeatureGeneratorFactory() {
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (resourceManager == null) {
            return null;
        }
        String name = getStr("dict");
        return new WordClusterFeatureGenerator(dictionary(resourceManager, name), name, false);
    }

    /** The model's token dictionary of that name; a model without it is not one these features were made for. */
    static WordClusterDictionary dictionary(FeatureGeneratorResourceProvider resources, String name)
            throws InvalidFormatException {
        if (!(resources.getResource(name) instanceof WordClusterDictionary dictionary)) {
            throw new InvalidFormatException("no token dictionary named " + name + " in the model");
        }
        return dictionary;
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new Serializer());
    }

    /** A token dictionary that keeps its text form, so it can be stored as it was read. */
    static final class TokenDictionary extends WordClusterDictionary {
        private final byte[] text;

        private TokenDictionary(byte[] text) throws IOException {
            super(new ByteArrayInputStream(text));
            this.text = text;
        }

        /** Token to class; tokens with spaces and empty classes are left out. */
        static TokenDictionary of(Map<String, String> entries) {
            StringBuilder sb = new StringBuilder();
            new TreeMap<>(entries).forEach((k, v) -> {
                if (!k.isEmpty() && k.indexOf(' ') < 0 && !v.isEmpty() && v.indexOf(' ') < 0) {
                    sb.append(k).append(' ').append(v).append('\n');
                }
            });
            try {
                return new TokenDictionary(sb.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("reading from memory failed", e);
            }
        }

        @Override
        public void serialize(OutputStream out) throws IOException {
            out.write(text);
            out.flush();
        }

        /** The model's manifest names this serializer, and the model reader uses it. */
        @Override
        public Class<?> getArtifactSerializerClass() {
            return Serializer.class;
        }
    }

    /** Reads and writes token dictionaries inside a model without closing the model's stream. */
    public static final class Serializer implements ArtifactSerializer<WordClusterDictionary> {

        /** OpenNLP instantiates serializers named in a model's manifest by reflection. */
        public Serializer() {
        }

        @Override
        public WordClusterDictionary create(InputStream in) throws IOException {
            return new TokenDictionary(in.readAllBytes());
        }

        @Override
        public void serialize(WordClusterDictionary artifact, OutputStream out) throws IOException {
            artifact.serialize(out);
        }
    }
}
