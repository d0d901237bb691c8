package org.mizan.core.stance;

import org.mizan.core.link.Comparison;
import org.mizan.core.link.Relation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains the stance model from ANS train.csv. Run by core's build (exec-maven-plugin, process-classes):
 * {@code StanceTrainer <train.csv> <out.tsv>}; with {@code --cv K} it prints K-fold cross-validated
 * scores on the training data instead (folds split by groups of pairs that share a sentence) (for choosing features without looking at dev), and with a
 * fourth argument writes the misjudged pairs to that file.
 */
public final class StanceTrainer {

    static final int MIN_COUNT = 3;
    static final double L2 = 0.002;
    static final int ITERATIONS = 400;
    static final double RATE = 0.3;
    static final int CV_REPEATS = 3;

    private StanceTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path train = Path.of(args[0]);
        List<StanceCsv.Row> rows = StanceCsv.read(train);
        List<StanceModel.Example> data = examples(rows);
        if (args.length >= 3 && args[1].equals("--cv")) {
            try (java.io.PrintStream errors = args.length >= 4
                    ? new java.io.PrintStream(Files.newOutputStream(Path.of(args[3])), true, StandardCharsets.UTF_8) : null) {
                crossValidate(rows, data, Integer.parseInt(args[2]), errors);
            }
            return;
        }
        StanceModel model = train(data);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w);
        }
    }

    public static StanceModel train(List<StanceModel.Example> data) {
        return StanceModel.train(data, MIN_COUNT, L2, ITERATIONS, RATE);
    }

    public static List<StanceModel.Example> examples(List<StanceCsv.Row> rows) {
        List<StanceModel.Example> out = new ArrayList<>();
        for (StanceCsv.Row r : rows) {
            out.add(new StanceModel.Example(StanceFeatures.of(r.s1(), r.s2()), r.relation()));
        }
        return out;
    }

    /**
     * K-fold cross-validation of the whole comparator (model and its decisive findings) on train,
     * repeated over {@link #CV_REPEATS} different assignments of groups to folds: one split's score moves
     * by a point either way with the luck of the split, more than most single features are worth.
     */
    private static void crossValidate(List<StanceCsv.Row> rows, List<StanceModel.Example> data, int folds,
                                      java.io.PrintStream errors) {
        double[] sum = new double[6];
        for (int rep = 0; rep < CV_REPEATS; rep++) {
            List<Relation> gold = new ArrayList<>();
            List<Relation> pred = new ArrayList<>();
            int[] fold = folds(rows, folds, rep);
            for (int f = 0; f < folds; f++) {
                List<StanceModel.Example> tr = new ArrayList<>();
                for (int i = 0; i < data.size(); i++) {
                    if (fold[i] != f) {
                        tr.add(data.get(i));
                    }
                }
                TextStance comparator = new TextStance(train(tr));
                for (int i = 0; i < data.size(); i++) {
                    if (fold[i] != f) {
                        continue;
                    }
                    StanceModel.Example ex = data.get(i);
                    gold.add(ex.label());
                    Comparison c = comparator.compare(rows.get(i).s1(), rows.get(i).s2());
                    pred.add(c.relation());
                    if (errors != null && rep == 0 && c.relation() != ex.label()) {
                        errors.println(ex.label() + "\t" + c.relation() + "\t" + rows.get(i).s1() + "\t"
                                + rows.get(i).s2() + "\t" + c.explanation());
                    }
                }
            }
            double[] s = scores(gold, pred);
            for (int k = 0; k < s.length; k++) {
                sum[k] += s[k] / CV_REPEATS;
            }
            print("cv" + folds + " split " + rep, s);
        }
        print("cv" + folds + " mean of " + CV_REPEATS, sum);
    }

    /** {f1 agree, f1 conflict, f1 unrelated, macro-F1 over agree and conflict, over all three, accuracy}. */
    private static double[] scores(List<Relation> gold, List<Relation> pred) {
        double fa = f1(gold, pred, Relation.AGREE);
        double fc = f1(gold, pred, Relation.CONFLICT);
        double fu = f1(gold, pred, Relation.UNRELATED);
        long ok = 0;
        for (int i = 0; i < gold.size(); i++) {
            ok += gold.get(i) == pred.get(i) ? 1 : 0;
        }
        return new double[] {fa, fc, fu, (fa + fc) / 2, (fa + fc + fu) / 3, ok / (double) gold.size()};
    }

    private static void print(String label, double[] s) {
        System.out.printf(Locale.ROOT, "%s f1_agree=%.4f f1_conflict=%.4f f1_unrelated=%.4f macro2=%.4f macro3=%.4f acc=%.4f%n",
                label, s[0], s[1], s[2], s[3], s[4], s[5]);
    }

    /**
     * Fold of each row, whole groups at a time: ANS rewrote each headline several times and used some
     * rewrites as headlines of further pairs, so rows that share a sentence (directly or through a
     * chain) go to the same fold. Split row by row, a fold would hold out pairs whose sentences it
     * trained on, and the score would flatter the model against a truly held-out split.
     */
    static int[] folds(List<StanceCsv.Row> rows, int folds, long seed) {
        java.util.Map<String, Integer> sentenceGroup = new java.util.HashMap<>();
        int[] parent = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            parent[i] = i;
            for (String s : List.of(rows.get(i).s1().strip(), rows.get(i).s2().strip())) {
                Integer j = sentenceGroup.putIfAbsent(s, i);
                if (j != null) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        List<Integer> groups = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (root(parent, i) == i) {
                groups.add(i);
            }
        }
        java.util.Collections.shuffle(groups, new java.util.Random(seed));
        java.util.Map<Integer, Integer> groupFold = new java.util.HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            groupFold.put(groups.get(g), g % folds);
        }
        int[] out = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            out[i] = groupFold.get(root(parent, i));
        }
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static Relation argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return StanceModel.CLASSES[best];
    }

    private static double f1(List<Relation> gold, List<Relation> pred, Relation label) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < gold.size(); i++) {
            boolean g = gold.get(i) == label;
            boolean p = pred.get(i) == label;
            tp += g && p ? 1 : 0;
            fp += !g && p ? 1 : 0;
            fn += g && !p ? 1 : 0;
        }
        double prec = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double rec = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        return prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
    }
}
