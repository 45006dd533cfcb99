package org.newsgraph.nlp.ner;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.model.ArtifactSerializer;
import org.newsgraph.nlp.Truecaser;

/**
 * Feature generator for the name-finder descriptor: looks the lower-cased token up in a token dictionary built
 * from {@link CaseEvidence} (how the word is usually written, or the cluster of its usual written form) and
 * emits {@code <dict>=<class>}.
 *
 * <p>Descriptor: {@code <generator class="org.newsgraph.nlp.ner.CaseFeatureGeneratorFactory">
 * <str name="dict">NAME</str></generator>}, with optional
 * <ul>
 *   <li>{@code <bool name="hiddenCaseOnly">true</bool>}: only for tokens whose case says nothing, those opening
 *       the sentence or written in capitals;</li>
 *   <li>{@code <bool name="withShape">true</bool>}: also the class joined with how the token is written here
 *       (capitalised, capitals, lower-case) and whether it opens the sentence;</li>
 *   <li>{@code <str name="unknown">X</str>}: the class of words the dictionary lacks (none by default).</li>
 * </ul>
 */
public final class CaseFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    /** OpenNLP instantiates the factory by reflection. */
    public CaseFeatureGeneratorFactory() {
    }

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (resourceManager == null) {
            return null;
        }
        String name = getStr("dict");
        return new Generator(TokenDictionaryFeatureGeneratorFactory.dictionary(resourceManager, name), name,
                getBool("hiddenCaseOnly", false), getBool("withShape", false), getStr("unknown", null));
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new TokenDictionaryFeatureGeneratorFactory.Serializer());
    }

    private record Generator(WordClusterDictionary dictionary, String name, boolean hiddenCaseOnly,
                             boolean withShape, String unknown) implements AdaptiveFeatureGenerator {

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String token = tokens[index];
            int kind = Truecaser.kind(token);
            boolean hidden = index == 0 || kind == 2;
            if (hiddenCaseOnly && !hidden) {
                return;
            }
            String c = dictionary.lookupToken(token.toLowerCase(Locale.ROOT));
            if (c == null) {
                if (unknown == null) {
                    return;
                }
                c = unknown;
            }
            features.add(name + "=" + c);
            if (withShape) {
                String shape = kind == 0 ? "C" : kind == 1 ? "l" : kind == 2 ? "U" : "o";
                features.add(name + "=" + c + "," + shape + (index == 0 ? ",s" : ""));
            }
        }
    }
}
