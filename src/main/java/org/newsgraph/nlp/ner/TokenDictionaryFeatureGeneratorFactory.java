package org.newsgraph.nlp.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * {@code WordClusterFeatureGenerator} with a memory of the sentence's words ({@link Generator}) and a
 * different storage: OpenNLP 2.5's own serializer for these dictionaries closes the model's zip stream when
 * it writes or reads an entry, so a model with more than one such entry cannot be saved or loaded; this one
 * leaves the stream open and writes UTF-8.
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
        return new Generator(dictionary(resourceManager, name), name);
    }

    /**
     * Emits what OpenNLP's {@link WordClusterFeatureGenerator} emits (case-sensitive look-up, feature
     * {@code <dict><class>}), remembering each word's feature for the sentence: inside a window of seven words
     * every word is asked for seven times. The sentence is recognised by the identity of its token array, as
     * OpenNLP's own feature cache recognises it. Each finder has its own generators; should two threads share
     * one, they would at worst look a word up twice, each writing the same feature.
     */
    static final class Generator implements AdaptiveFeatureGenerator {
        private final WordClusterDictionary dictionary;
        private final String name;
        /** The sentence last asked about and its words' features, {@code ""} for a word with no class. */
        private Sentence last = new Sentence(new String[0]);

        Generator(WordClusterDictionary dictionary, String name) {
            this.dictionary = dictionary;
            this.name = name;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            Sentence sentence = last;
            if (sentence.tokens != tokens) {
                sentence = new Sentence(tokens);
                last = sentence;
            }
            String feature = sentence.features[index];
            if (feature == null) {
                String c = dictionary.lookupToken(tokens[index]);
                feature = c == null ? "" : name + c;
                sentence.features[index] = feature;
            }
            if (!feature.isEmpty()) {
                features.add(feature);
            }
        }

        private static final class Sentence {
            final String[] tokens;
            final String[] features;

            Sentence(String[] tokens) {
                this.tokens = tokens;
                this.features = new String[tokens.length];
            }
        }
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
