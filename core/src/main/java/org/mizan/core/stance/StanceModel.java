package org.mizan.core.stance;

import org.mizan.core.link.Relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Multinomial logistic regression over named features: one weight per feature and relation, read as
 * "this feature pushes towards conflict by w". Trained by full-batch gradient descent with L2, in a fixed
 * order, so the same data always gives the same weights.
 */
public final class StanceModel {

    static final Relation[] CLASSES = {Relation.AGREE, Relation.CONFLICT, Relation.UNRELATED};
    static final String RESOURCE = "stance-model.tsv";
    static final double CLASS_BALANCE = 0.5;

    private final Map<String, double[]> weights;

    StanceModel(Map<String, double[]> weights) {
        this.weights = weights;
    }

    public record Example(Map<String, Double> features, Relation label) {
    }

    /** Probabilities in the order of {@link #CLASSES}. */
    public double[] probabilities(Map<String, Double> features) {
        double[] z = new double[CLASSES.length];
        for (Map.Entry<String, Double> e : features.entrySet()) {
            double[] w = weights.get(e.getKey());
            if (w != null) {
                for (int c = 0; c < z.length; c++) {
                    z[c] += w[c] * e.getValue();
                }
            }
        }
        return softmax(z);
    }

    /** The contribution of one feature to one class (weight times value), for explanations. */
    public double contribution(String feature, double value, Relation relation) {
        double[] w = weights.get(feature);
        return w == null ? 0 : w[indexOf(relation)] * value;
    }

    static int indexOf(Relation r) {
        for (int i = 0; i < CLASSES.length; i++) {
            if (CLASSES[i] == r) {
                return i;
            }
        }
        throw new IllegalArgumentException("no stance class " + r);
    }

    /**
     * Fits the model. Symmetric lexical features ("only:") and root features ("b_adds_root:") seen
     * fewer than {@code minCount} times are dropped: too rare to mean anything beyond their own pair. "b_adds:" features are all kept (L2
     * keeps the rare ones small; cross-validation on train found them useful).
     */
    public static StanceModel train(List<Example> data, int minCount, double l2, int iterations, double rate) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example ex : data) {
            for (String k : ex.features().keySet()) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Example ex : data) {
            for (String k : ex.features().keySet()) {
                if (!index.containsKey(k) && (!isLexical(k) || counts.get(k) >= minCount)) {
                    index.put(k, index.size());
                }
            }
        }
        int n = data.size();
        int[][] idx = new int[n][];
        double[][] val = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            List<Integer> is = new ArrayList<>();
            List<Double> vs = new ArrayList<>();
            for (Map.Entry<String, Double> e : data.get(i).features().entrySet()) {
                Integer k = index.get(e.getKey());
                if (k != null && e.getValue() != 0) {
                    is.add(k);
                    vs.add(e.getValue());
                }
            }
            idx[i] = new int[is.size()];
            val[i] = new double[vs.size()];
            for (int j = 0; j < is.size(); j++) {
                idx[i][j] = is.get(j);
                val[i][j] = vs.get(j);
            }
            y[i] = indexOf(data.get(i).label());
        }
        // Classes weighted by the inverse square root of their frequency: the rarer agree and unrelated
        // pairs count for more, so the model does not settle for the majority class.
        double[] classWeight = new double[CLASSES.length];
        for (int i = 0; i < n; i++) {
            classWeight[y[i]]++;
        }
        for (int c = 0; c < classWeight.length; c++) {
            classWeight[c] = classWeight[c] == 0 ? 0 : Math.pow(n / (CLASSES.length * classWeight[c]), CLASS_BALANCE);
        }
        int dims = index.size();
        int k = CLASSES.length;
        double[][] w = new double[dims][k];
        double[][] g2 = new double[dims][k];
        for (int it = 0; it < iterations; it++) {
            double[][] grad = new double[dims][k];
            for (int i = 0; i < n; i++) {
                double[] z = new double[k];
                for (int j = 0; j < idx[i].length; j++) {
                    for (int c = 0; c < k; c++) {
                        z[c] += w[idx[i][j]][c] * val[i][j];
                    }
                }
                double[] p = softmax(z);
                for (int j = 0; j < idx[i].length; j++) {
                    for (int c = 0; c < k; c++) {
                        grad[idx[i][j]][c] += classWeight[y[i]] * (p[c] - (y[i] == c ? 1 : 0)) * val[i][j] / n;
                    }
                }
            }
            // AdaGrad steps: rare lexical features get larger steps than the dense ones.
            for (int d = 0; d < dims; d++) {
                for (int c = 0; c < k; c++) {
                    double g = grad[d][c] + l2 * w[d][c];
                    g2[d][c] += g * g;
                    w[d][c] -= rate * g / (Math.sqrt(g2[d][c]) + 1e-8);
                }
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            out.put(e.getKey(), w[e.getValue()]);
        }
        return new StanceModel(out);
    }

    private static boolean isLexical(String feature) {
        return feature.startsWith("only:") || feature.startsWith("b_adds_root:");
    }

    public void write(Writer out) throws IOException {
        out.write("# Stance model (multinomial logistic regression), trained from ANS train.csv by StanceTrainer.\n");
        out.write("# feature\tagree\tconflict\tunrelated\n");
        for (Map.Entry<String, double[]> e : weights.entrySet()) {
            double[] w = e.getValue();
            out.write(String.format(Locale.ROOT, "%s\t%.6f\t%.6f\t%.6f%n", e.getKey(), w[0], w[1], w[2]));
        }
    }

    public static StanceModel read(InputStream in) {
        Map<String, double[]> w = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                w.put(c[0], new double[] {Double.parseDouble(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StanceModel(w);
    }

    /** The model the build trained (see core's pom: StanceTrainer runs at process-classes). */
    public static StanceModel standard() {
        InputStream in = StanceModel.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("stance-model.tsv missing: the core build trains it (mvn process-classes)");
        }
        return read(in);
    }

    private static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = Math.exp(z[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < z.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
