package org.mizan.core.link;

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
 * scores on the training data instead (for choosing features without looking at dev), and with a
 * fourth argument writes the misjudged pairs to that file.
 */
public final class StanceTrainer {

    static final int MIN_COUNT = 3;
    static final double L2 = 0.002;
    static final int ITERATIONS = 400;
    static final double RATE = 0.3;

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

    /** K-fold cross-validation of the whole comparator (model and its decisive findings) on train. */
    private static void crossValidate(List<StanceCsv.Row> rows, List<StanceModel.Example> data, int folds,
                                      java.io.PrintStream errors) {
        List<Relation> gold = new ArrayList<>();
        List<Relation> pred = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<StanceModel.Example> tr = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (i % folds != f) {
                    tr.add(data.get(i));
                }
            }
            ClaimComparator comparator = new ClaimComparator(train(tr));
            for (int i = 0; i < data.size(); i++) {
                if (i % folds != f) {
                    continue;
                }
                StanceModel.Example ex = data.get(i);
                gold.add(ex.label());
                Comparison c = comparator.compare(rows.get(i).s1(), rows.get(i).s2());
                pred.add(c.relation());
                if (errors != null && c.relation() != ex.label()) {
                    errors.println(ex.label() + "\t" + c.relation() + "\t" + rows.get(i).s1() + "\t" + rows.get(i).s2()
                            + "\t" + c.explanation());
                }
            }
        }
        double fa = f1(gold, pred, Relation.AGREE);
        double fc = f1(gold, pred, Relation.CONFLICT);
        double fu = f1(gold, pred, Relation.UNRELATED);
        long ok = 0;
        for (int i = 0; i < gold.size(); i++) {
            ok += gold.get(i) == pred.get(i) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "cv%d f1_agree=%.4f f1_conflict=%.4f f1_unrelated=%.4f macro2=%.4f macro3=%.4f acc=%.4f%n",
                folds, fa, fc, fu, (fa + fc) / 2, (fa + fc + fu) / 3, ok / (double) gold.size());
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
