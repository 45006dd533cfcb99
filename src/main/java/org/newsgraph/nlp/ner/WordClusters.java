package org.newsgraph.nlp.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Induces word clusters from unlabelled text, for the name finder's cluster features: words that occur in
 * the same contexts land in the same cluster, so a name the annotated corpus never saw still looks like the
 * names it did see ("Boehler" next to "Witkoff").
 *
 * <p>Technique: each word (case kept, seen at least {@code minCount} times) is described by its neighbours at
 * distance one and two on each side, restricted to the most frequent lower-cased words, weighted by positive
 * pointwise mutual information with smoothed context counts. Spherical k-means groups the word vectors into
 * {@code fine} clusters; the fine centroids are grouped again into {@code mid} and then {@code coarse}
 * clusters, giving each word a three-level path like the prefixes of a Brown cluster. Deterministic for a
 * given seed.
 */
final class WordClusters {

    /** The context words kept per side and distance. */
    static final int CONTEXTS = 1500;

    private final Map<String, int[]> paths;

    private WordClusters(Map<String, int[]> paths) {
        this.paths = paths;
    }

    /** Word to cluster id, at level 0 (fine), 1 (mid) or 2 (coarse). */
    Map<String, String> level(int level) {
        Map<String, String> out = new HashMap<>();
        paths.forEach((w, p) -> out.put(w, "c" + p[level]));
        return out;
    }

    int words() {
        return paths.size();
    }

    /** Writes {@code word fine mid coarse} lines. */
    void write(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(paths).forEach((w, p) ->
                sb.append(w).append(' ').append(p[0]).append(' ').append(p[1]).append(' ').append(p[2]).append('\n'));
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    /** Reads what {@link #write} wrote. */
    static WordClusters read(Path file) throws IOException {
        Map<String, int[]> paths = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split(" ");
            if (f.length == 4) {
                paths.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])});
            }
        }
        return new WordClusters(paths);
    }

    static WordClusters induce(List<String[]> sentences, int minCount, int maxWords, int fine, int mid, int coarse,
                               int iterations, long seed) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> lowerCounts = new HashMap<>();
        for (String[] s : sentences) {
            for (String w : s) {
                counts.merge(w, 1, Integer::sum);
                lowerCounts.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        List<String> vocab = counts.entrySet().stream().filter(e -> e.getValue() >= minCount)
                .sorted((a, b) -> b.getValue().equals(a.getValue()) ? a.getKey().compareTo(b.getKey())
                        : Integer.compare(b.getValue(), a.getValue()))
                .limit(maxWords).map(Map.Entry::getKey).toList();
        Map<String, Integer> wordId = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) {
            wordId.put(vocab.get(i), i);
        }
        List<String> contextWords = lowerCounts.entrySet().stream()
                .sorted((a, b) -> b.getValue().equals(a.getValue()) ? a.getKey().compareTo(b.getKey())
                        : Integer.compare(b.getValue(), a.getValue()))
                .limit(CONTEXTS - 1).map(Map.Entry::getKey).toList();
        Map<String, Integer> contextId = new HashMap<>();
        for (int i = 0; i < contextWords.size(); i++) {
            contextId.put(contextWords.get(i), i + 1); // 0 is the sentence edge
        }
        int features = 4 * CONTEXTS;

        // (word, feature) pairs, sorted and counted
        long[] pairs = new long[1 << 20];
        int n = 0;
        for (String[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                Integer w = wordId.get(s[i]);
                if (w == null) {
                    continue;
                }
                for (int d = 0; d < 4; d++) {
                    int offset = d == 0 ? -2 : d == 1 ? -1 : d == 2 ? 1 : 2;
                    int j = i + offset;
                    int c;
                    if (j < 0 || j >= s.length) {
                        c = 0;
                    } else {
                        Integer id = contextId.get(s[j].toLowerCase(Locale.ROOT));
                        if (id == null) {
                            continue;
                        }
                        c = id;
                    }
                    if (n == pairs.length) {
                        pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    }
                    pairs[n++] = (long) w * features + d * CONTEXTS + c;
                }
            }
        }
        Arrays.sort(pairs, 0, n);
        double[] featureTotal = new double[features];
        double[] wordTotal = new double[vocab.size()];
        for (int i = 0; i < n; i++) {
            featureTotal[(int) (pairs[i] % features)]++;
            wordTotal[(int) (pairs[i] / features)]++;
        }
        double smoothedTotal = 0;
        double[] smoothed = new double[features];
        for (int f = 0; f < features; f++) {
            smoothed[f] = Math.pow(featureTotal[f], 0.75);
            smoothedTotal += smoothed[f];
        }
        // sparse PPMI rows, L2-normalised
        int[][] rowFeatures = new int[vocab.size()][];
        float[][] rowValues = new float[vocab.size()][];
        int i = 0;
        while (i < n) {
            int w = (int) (pairs[i] / features);
            List<int[]> cells = new ArrayList<>();
            while (i < n && (int) (pairs[i] / features) == w) {
                long key = pairs[i];
                int count = 0;
                while (i < n && pairs[i] == key) {
                    count++;
                    i++;
                }
                cells.add(new int[] {(int) (key % features), count});
            }
            int[] fs = new int[cells.size()];
            float[] vs = new float[cells.size()];
            int m = 0;
            double norm = 0;
            for (int[] cell : cells) {
                double pmi = Math.log(cell[1] / wordTotal[w]) - Math.log(smoothed[cell[0]] / smoothedTotal);
                if (pmi > 0) {
                    fs[m] = cell[0];
                    vs[m] = (float) pmi;
                    norm += pmi * pmi;
                    m++;
                }
            }
            float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
            rowFeatures[w] = Arrays.copyOf(fs, m);
            rowValues[w] = Arrays.copyOf(vs, m);
            for (int k = 0; k < m; k++) {
                rowValues[w][k] *= inv;
            }
        }
        for (int w = 0; w < vocab.size(); w++) {
            if (rowFeatures[w] == null) {
                rowFeatures[w] = new int[0];
                rowValues[w] = new float[0];
            }
        }
        Random random = new Random(seed);
        int k1 = Math.min(fine, vocab.size());
        int[] fineOf = sparseKMeans(rowFeatures, rowValues, features, k1, iterations, random);
        float[][] centroids = centroids(rowFeatures, rowValues, features, fineOf, k1);
        int[] midOfFine = denseKMeans(centroids, Math.min(mid, k1), iterations * 2, random);
        int[] coarseOfFine = denseKMeans(centroids, Math.min(coarse, k1), iterations * 2, random);
        Map<String, int[]> paths = new HashMap<>();
        for (int w = 0; w < vocab.size(); w++) {
            int f = fineOf[w];
            paths.put(vocab.get(w), new int[] {f, midOfFine[f], coarseOfFine[f]});
        }
        return new WordClusters(paths);
    }

    /** Spherical k-means over sparse unit rows; centroids are kept transposed (feature-major) for speed. */
    private static int[] sparseKMeans(int[][] rf, float[][] rv, int features, int k, int iterations, Random random) {
        int n = rf.length;
        int[] assign = new int[n];
        // start from k distinct words drawn from the more frequent half (rows are in frequency order)
        int pool = Math.max(k, Math.min(n, n / 2));
        int[] order = new int[pool];
        for (int i = 0; i < pool; i++) {
            order[i] = i;
        }
        for (int i = pool - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        float[] ct = new float[features * k];
        for (int c = 0; c < k; c++) {
            int w = order[c];
            for (int m = 0; m < rf[w].length; m++) {
                ct[rf[w][m] * k + c] = rv[w][m];
            }
        }
        float[] scores = new float[k];
        for (int it = 0; it < iterations; it++) {
            for (int w = 0; w < n; w++) {
                Arrays.fill(scores, 0);
                int[] fs = rf[w];
                float[] vs = rv[w];
                for (int m = 0; m < fs.length; m++) {
                    int base = fs[m] * k;
                    float v = vs[m];
                    for (int c = 0; c < k; c++) {
                        scores[c] += v * ct[base + c];
                    }
                }
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (scores[c] > scores[best]) {
                        best = c;
                    }
                }
                assign[w] = best;
            }
            float[][] cent = centroids(rf, rv, features, assign, k);
            Arrays.fill(ct, 0);
            for (int c = 0; c < k; c++) {
                float[] row = cent[c];
                boolean empty = true;
                for (int f = 0; f < features; f++) {
                    if (row[f] != 0) {
                        empty = false;
                        ct[f * k + c] = row[f];
                    }
                }
                if (empty) { // re-seed an empty cluster with a random word
                    int w = random.nextInt(n);
                    for (int m = 0; m < rf[w].length; m++) {
                        ct[rf[w][m] * k + c] = rv[w][m];
                    }
                }
            }
        }
        return assign;
    }

    private static float[][] centroids(int[][] rf, float[][] rv, int features, int[] assign, int k) {
        float[][] cent = new float[k][features];
        for (int w = 0; w < rf.length; w++) {
            float[] row = cent[assign[w]];
            for (int m = 0; m < rf[w].length; m++) {
                row[rf[w][m]] += rv[w][m];
            }
        }
        for (float[] row : cent) {
            normalise(row);
        }
        return cent;
    }

    /** Spherical k-means over dense unit rows (the fine centroids). */
    private static int[] denseKMeans(float[][] rows, int k, int iterations, Random random) {
        int n = rows.length;
        int d = rows[0].length;
        float[][] cent = new float[k][];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int c = 0; c < k; c++) {
            cent[c] = rows[order[c]].clone();
        }
        int[] assign = new int[n];
        for (int it = 0; it < iterations; it++) {
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bestScore = -2;
                for (int c = 0; c < k; c++) {
                    double s = 0;
                    for (int f = 0; f < d; f++) {
                        s += rows[i][f] * cent[c][f];
                    }
                    if (s > bestScore) {
                        bestScore = s;
                        best = c;
                    }
                }
                assign[i] = best;
            }
            for (int c = 0; c < k; c++) {
                Arrays.fill(cent[c], 0);
            }
            int[] sizes = new int[k];
            for (int i = 0; i < n; i++) {
                sizes[assign[i]]++;
                for (int f = 0; f < d; f++) {
                    cent[assign[i]][f] += rows[i][f];
                }
            }
            for (int c = 0; c < k; c++) {
                if (sizes[c] == 0) {
                    cent[c] = rows[random.nextInt(n)].clone();
                }
                normalise(cent[c]);
            }
        }
        return assign;
    }

    private static void normalise(float[] row) {
        double norm = 0;
        for (float v : row) {
            norm += v * v;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int f = 0; f < row.length; f++) {
                row[f] *= inv;
            }
        }
    }
}
