package org.mizan.ingest.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mizan.core.Span;

/**
 * Finds reporting cues in one sentence: reporting verbs in every inflection (with the conjunctions و/ف
 * and the purpose ل), participial cues (مؤكدا، مشيرة), verbs with an object pronoun (وصفها), and
 * source phrases (وفقا لـ، بحسب، حسب، نقلا عن).
 *
 * <p>A token only counts when its form, after the clitic split, is exactly an entry of the inflection
 * table ("قالب" is no form of قال). Forms that are also nouns or have other senses (رأى/رأي، بين، عبر،
 * أشار) require their complement — أن/إن, a colon or quote, or their preposition — later in the clause.
 */
public final class CueFinder {

    /** How far (tokens) a required complement may stand from the cue: room for a long speaker mention. */
    private static final int COMPLEMENT_WINDOW = 30;
    /** Prepositional complements must be close: prepositions are everywhere. */
    private static final int PREPOSITION_WINDOW = 16;
    private static final Set<String> IMPERSONAL = Set.of("يذكر", "يشار", "يقال", "يتوقع");
    private static final CueForm PHRASE = new CueForm("وفقا", "", CueForm.Type.PHRASE, "-", Set.of());

    private final CueLexicon lexicon;
    private final Lexicons lexicons;

    CueFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.lexicon = lexicons.cues;
    }

    public static CueFinder standard() {
        return new CueFinder(Lexicons.get());
    }

    public List<Cue> find(String text, List<Token> sentence) {
        List<Cue> out = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            if (t.punctuation()) {
                continue;
            }
            Cue phrase = phrase(text, sentence, i);
            if (phrase != null) {
                out.add(phrase);
                i = phrase.last();
                continue;
            }
            Optional<CueForm> form = formOf(t);
            if (form.isEmpty() || (!form.get().complements().isEmpty() && !hasComplement(sentence, i, form.get()))) {
                continue;
            }
            if (impersonal(sentence, i, form.get())) {
                continue;
            }
            out.add(new Cue(i, i, Span.of(text, t.start(), t.end()), form.get()));
        }
        return out;
    }

    /** The inflection-table entry of a token, trying the bare form, then verb + object pronoun, then ل + present. */
    Optional<CueForm> formOf(Token t) {
        String bare = t.afterConjunction();
        Optional<CueForm> form = lexicon.lookup(bare);
        if (form.isPresent()) {
            return form;
        }
        if (!t.suffix().isEmpty() && t.prefix().isEmpty()) {
            form = lexicon.lookup(t.stem());
            if (form.isPresent() && form.get().type() != CueForm.Type.PARTICIPLE) {
                return form;
            }
        }
        if (bare.startsWith("ل") && bare.length() > 3) {
            form = lexicon.lookup(bare.substring(1));
            if (form.isPresent() && form.get().type() == CueForm.Type.PRESENT) {
                return form;
            }
        }
        return Optional.empty();
    }

    /** "يذكر أن ..." / "يعتقد أن ..." with nothing between: the passive "it is said that", no speaker. */
    private boolean impersonal(List<Token> s, int i, CueForm form) {
        if (!IMPERSONAL.contains(form.form()) || i + 1 >= s.size()) {
            return false;
        }
        Token next = s.get(i + 1);
        return isComplementiser(next) || next.afterConjunction().equals("الي");
    }

    private boolean hasComplement(List<Token> s, int cue, CueForm form) {
        for (int j = cue + 1; j < s.size() && j <= cue + COMPLEMENT_WINDOW; j++) {
            Token t = s.get(j);
            if (t.isSentenceEnd()) {
                return false;
            }
            if (j > cue + 1 && formOf(t).isPresent() && !t.punctuation()) {
                // Another reporting verb first: the complement belongs to it.
                return false;
            }
            for (String marker : form.complements()) {
                if (matches(marker, t, j - cue)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean matches(String marker, Token t, int distance) {
        switch (marker) {
            case "ان":
                return isComplementiser(t);
            case ":":
                return t.isColon() || t.isOpeningQuote();
            case "ب":
            case "ل":
                return distance <= PREPOSITION_WINDOW && !t.punctuation() && t.afterConjunction().startsWith(marker)
                        && (t.prefix().startsWith(marker) || t.afterConjunction().length() > 3);
            default:
                return (distance <= PREPOSITION_WINDOW || marker.equals("قائلا"))
                        && !t.punctuation() && (t.afterConjunction().equals(marker) || t.stem().equals(marker)
                        || (marker.equals("قائلا") && t.afterConjunction().startsWith("قائل")));
        }
    }

    boolean isComplementiser(Token t) {
        return !t.punctuation() && lexicons.boundaries.get(t.afterConjunction()) == Lexicons.Boundary.COMPLEMENTISER;
    }

    /** وفقا لـ / بحسب / حسب / نقلا عن / طبقا لـ, optionally with "ما أوردته": the source follows. */
    private Cue phrase(String text, List<Token> s, int i) {
        Token t = s.get(i);
        String w = t.afterConjunction();
        int last;
        if ((w.equals("وفقا") || w.equals("طبقا")) && i + 1 < s.size() && s.get(i + 1).afterConjunction().startsWith("ل")) {
            last = i;
            if (s.get(i + 1).afterConjunction().equals("لما") && i + 2 < s.size()) {
                last = i + 2; // وفقا لما أوردته / ذكرته
            }
        } else if (w.equals("بحسب") || w.equals("حسب")) {
            last = i;
            if (i + 2 < s.size() && s.get(i + 1).afterConjunction().equals("ما")) {
                last = i + 2; // بحسب ما ذكرت
            }
        } else if (w.equals("نقلا") && i + 1 < s.size() && s.get(i + 1).afterConjunction().equals("عن")) {
            last = i + 1;
        } else {
            return null;
        }
        if (last + 1 >= s.size() || s.get(last + 1).isSentenceEnd()) {
            return null;
        }
        return new Cue(i, last, Span.of(text, t.start(), s.get(last).end()), PHRASE);
    }
}
