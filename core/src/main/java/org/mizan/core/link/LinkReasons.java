package org.mizan.core.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.core.Speaker;
import org.mizan.core.identity.ActorRef;
import org.mizan.core.identity.ActorRelation;
import org.mizan.core.identity.ActorResolver;
import org.mizan.core.semantics.PredicateLexicon;
import org.mizan.core.stance.PairAnalysis;
import org.mizan.core.text.LexiconFile;

/**
 * The sentences that tell a reader why two claims are linked, in Arabic and in English, built from the
 * act (the predicate's verbal noun or its label, and the object), the parties and the sources (speaker
 * and outlet): "تعارض — التوقيع على الاتفاق من جانب خليفة حفتر: نعم بحسب … (outlet)، ولا بحسب …".
 */
final class LinkReasons {

    /** One reason in both languages. */
    record Worded(String arabic, String english) {
    }

    private static final PredicateLexicon PREDICATES = PredicateLexicon.standard();

    private static final Map<String, String> CLASS_NAMES = classNames();
    private static final Set<String> PREPOSITIONS = LinkWord.PREDICATE_PREPOSITION.words();
    /** The dash between a reason's verdict and its explanation. */
    private static final String DASH = " — ";
    private static final String ACCORDING = " " + ReasonWord.ACCORDING_TO.word() + " ";
    private static final String ON_THE_PART_OF = " " + ReasonWord.ON_THE_PART_OF.word() + " ";
    private static final String AND = ReasonWord.AND.word();

    private LinkReasons() {
    }

    /** object-class-names.tsv: an object class and the Arabic noun that names it in a reason. */
    private static Map<String, String> classNames() {
        Map<String, String> out = new HashMap<>();
        for (String[] row : LexiconFile.rows(LinkReasons.class, "object-class-names.tsv", 2)) {
            out.put(row[0], row[1]);
        }
        return Map.copyOf(out);
    }

    /** "تطابق — X قال الشيء نفسه في خبرين (…): …": one statement reported in two articles. */
    static Worded sameStatement(ResolvedClaim ca, ResolvedClaim cb, PairAnalysis p) {
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < p.wordsA.size() && shared.size() < 5; i++) {
            if (p.matchA[i] >= 0) {
                shared.add(p.wordsA.get(i).token().text());
            }
        }
        int pct = (int) Math.round(100 * Math.min(p.coverageA(), p.coverageB()));
        boolean both = ca.claim().outlet() != null && cb.claim().outlet() != null;
        String outlets = both ? " (" + ca.claim().outlet() + "، " + cb.claim().outlet() + ")" : "";
        String outletsEn = both ? " (" + ca.claim().outlet() + ", " + cb.claim().outlet() + ")" : "";
        return new Worded(ReasonWord.SAME_STATEMENT.word() + DASH + speaker(ca) + " " + ReasonWord.SAYS_THE_SAME.word()
                + outlets + ": " + String.join("، ", shared) + " (" + pct + "% " + ReasonWord.WORDS_SHARED.word() + ")",
                "Same statement — " + speakerEn(ca) + " says the same in two reports" + outletsEn + ": "
                + String.join(", ", shared) + " (" + pct + "% of the words shared, no negation, nothing reversed)");
    }

    /** "تراجع — …": one speaker affirmed an act on one day and denied it on another. */
    static Worded reversal(Worded conflict, ResolvedClaim ca, ResolvedClaim cb) {
        String rest = after(conflict.arabic(), ReasonWord.CONFLICT.word() + DASH);
        String restEn = after(conflict.english(), "Conflict — ");
        return new Worded(ReasonWord.REVERSAL.word() + DASH + speaker(ca) + " " + ReasonWord.SAID_BOTH.word() + " ("
                + ca.claim().date() + "، " + cb.claim().date() + "): " + rest, "Reversal — " + speakerEn(ca) + " said one thing and its opposite (" + ca.claim().date()
                + ", " + cb.claim().date() + "): " + restEn);
    }

    /** The verbal noun of negation before an act ("not signing"). */
    private static String not() {
        return ReasonWord.NOT.word() + " ";
    }

    private static String yesNo(boolean yes) {
        return (yes ? ReasonWord.YES : ReasonWord.NO).word();
    }

    private static String after(String text, String prefix) {
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    static Worded explain(PredicateLexicon lexicon, Relation relation, ActorResolver.ActorMatch match,
                          ResolvedClaim ca, ResolvedProposition pa, ResolvedClaim cb, ResolvedProposition pb) {
        PredicateLexicon.Entry positive = namingPredicate(lexicon, pa, pb);
        String object = objectName(pa, pb);
        String question = withObject(positive.noun(), object);
        String speakerA = source(ca);
        String speakerB = source(cb);
        StringBuilder out = new StringBuilder();
        StringBuilder en = new StringBuilder();
        String act = englishAct(positive.predicate(), true, object);
        String party = party(match, pa, pb);
        if (relation != Relation.CONTRAST && pa.predicate() != pb.predicate()) {
            // Two different acts ("accepted the initiative" / "did not sign the agreement"): each side's own
            // proposition with its source, as reported, and no inference from one act to the other.
            boolean conflict = relation == Relation.CONFLICT;
            ResolvedProposition first = conflict && pa.stance() < 0 ? pb : pa;
            ResolvedProposition second = first == pa ? pb : pa;
            ResolvedClaim firstClaim = first == pa ? ca : cb;
            ResolvedClaim secondClaim = first == pa ? cb : ca;
            out.append((conflict ? ReasonWord.CONFLICT : ReasonWord.AGREEMENT).word()).append(DASH).append(party)
                    .append(": ").append(actOf(first)).append(ACCORDING).append(source(firstClaim)).append("، ").append(AND)
                    .append(actOf(second)).append(ACCORDING).append(source(secondClaim));
            en.append(conflict ? "Conflict — " : "Agreement — ").append(party).append(": ").append(actOfEn(first))
                    .append(" according to ").append(sourceEn(firstClaim)).append("; ").append(actOfEn(second))
                    .append(" according to ").append(sourceEn(secondClaim));
            return new Worded(out.toString(), en.toString());
        }
        switch (relation) {
            case AGREE -> en.append("Agreement — ").append(party).append(' ')
                    .append(englishAct(positive.predicate(), pa.stance() > 0, object))
                    .append(", according to ").append(sourceEn(ca)).append(" and ").append(sourceEn(cb));
            case CONFLICT -> en.append("Conflict — whether ").append(party).append(' ').append(act)
                    .append(": yes according to ").append(sourceEn(pa.stance() > 0 ? ca : cb))
                    .append(", no according to ").append(sourceEn(pa.stance() > 0 ? cb : ca));
            default -> {
                boolean aYes = pa.stance() > 0;
                en.append("Contrast — ").append(act).append(": yes for ").append((aYes ? pa : pb).subject().mention())
                        .append(" (according to ").append(sourceEn(aYes ? ca : cb)).append("), no for ")
                        .append((aYes ? pb : pa).subject().mention()).append(" (according to ")
                        .append(sourceEn(aYes ? cb : ca)).append(")");
                if (match.relation() == ActorRelation.ASSOCIATED) {
                    en.append("; two associated parties, not one");
                }
            }
        }
        switch (relation) {
            case AGREE -> out.append(ReasonWord.AGREEMENT.word()).append(DASH).append(pa.stance() < 0 ? not() : "")
                    .append(question).append(ON_THE_PART_OF).append(party)
                    .append("،").append(ACCORDING).append(speakerA).append(" ").append(AND).append(speakerB);
            case CONFLICT -> out.append(ReasonWord.CONFLICT.word()).append(DASH).append(question).append(ON_THE_PART_OF)
                    .append(party).append(": ").append(yesNo(pa.stance() > 0)).append(ACCORDING).append(speakerA)
                    .append("، ").append(AND).append(yesNo(pb.stance() > 0)).append(ACCORDING).append(speakerB);
            default -> {
                boolean aYes = pa.stance() > 0;
                out.append(ReasonWord.CONTRAST.word()).append(DASH).append(question)
                        .append(": ").append(yesNo(true)).append(ON_THE_PART_OF).append((aYes ? pa : pb).subject().mention())
                        .append(" (").append(ReasonWord.ACCORDING_TO.word()).append(" ")
                        .append(aYes ? speakerA : speakerB).append(")")
                        .append("، ").append(AND).append(yesNo(false)).append(ON_THE_PART_OF)
                        .append((aYes ? pb : pa).subject().mention())
                        .append(" (").append(ReasonWord.ACCORDING_TO.word()).append(" ")
                        .append(aYes ? speakerB : speakerA).append(")");
                if (match.relation() == ActorRelation.ASSOCIATED) {
                    out.append("؛ ").append(ReasonWord.ASSOCIATED_PARTIES.word());
                }
            }
        }
        return new Worded(out.toString(), en.toString());
    }

    /** "signed the deal" / "did not sign the deal": the predicate's label with the object. */
    private static String englishAct(String predicate, boolean affirmed, String object) {
        PredicateLexicon.Label label = PREDICATES.label(predicate);
        String verb = label != null ? label.in("en", affirmed) : (affirmed ? "" : "not ") + predicate.replace('_', ' ');
        return object == null || object.isEmpty() ? verb : verb + " «" + object + "»";
    }

    /**
     * One proposition's act as its claim reports it, negated only when the claim negates it (not when the
     * act merely answers its family's question no): "طلب مهلة …", "عدم التوقيع على الاتفاق".
     */
    static String actOf(ResolvedProposition p) {
        String object = p.object().mention() != null ? p.object().mention() : "";
        return (negated(p) ? not() : "") + withObject(p.predicate().noun(), object).strip();
    }

    private static String actOfEn(ResolvedProposition p) {
        return englishAct(p.predicate().predicate(), !negated(p), p.object().mention());
    }

    private static boolean negated(ResolvedProposition p) {
        return p.source().polarity() == org.mizan.core.Polarity.NEGATED;
    }

    private static String party(ActorResolver.ActorMatch match, ResolvedProposition pa, ResolvedProposition pb) {
        String a = pa.subject().mention();
        String b = pb.subject().mention();
        return switch (match.relation()) {
            case MEMBER -> {
                ActorRef group = pa.subject().kind() == ActorRef.Kind.GROUP ? pa.subject() : pb.subject();
                ActorRef member = pa.subject().kind() == ActorRef.Kind.GROUP ? pb.subject() : pa.subject();
                yield member.mention() + " (" + ReasonWord.WITHIN.word() + " «" + group.mention() + "»)";
            }
            case REPRESENTS -> a.length() <= b.length() ? a + " (" + b + ")" : b + " (" + a + ")";
            default -> a.length() >= b.length() ? a : b;
        };
    }

    /**
     * The predicate that names the question: an affirming one that takes its own object (sign, accept),
     * else the family's first affirming predicate.
     */
    private static PredicateLexicon.Entry namingPredicate(PredicateLexicon lexicon, ResolvedProposition pa,
                                                          ResolvedProposition pb) {
        for (ResolvedProposition p : List.of(pa, pb)) {
            if (p.predicate().sense() == PredicateLexicon.Sense.POSITIVE && p.predicate().defaultClass() == null) {
                return p.predicate();
            }
        }
        return lexicon.positiveOf(pa.family());
    }

    /**
     * The object as the reader knows it: the shorter wording among propositions whose predicate takes
     * the object itself (not request_time's "النظر في المقترح"), else the class's name.
     */
    private static String objectName(ResolvedProposition pa, ResolvedProposition pb) {
        String best = null;
        for (ResolvedProposition p : List.of(pa, pb)) {
            String m = p.object().mention();
            if (m != null && p.predicate().defaultClass() == null && (best == null || m.length() < best.length())) {
                best = m;
            }
        }
        if (best != null) {
            return best;
        }
        String cls = pa.object().objectClass();
        if (cls != null) {
            return CLASS_NAMES.getOrDefault(cls, "");
        }
        return pa.object().mention() != null ? pa.object().mention() : "";
    }

    /** "التوقيع على" + "الاتفاق"; "الالتزام بـ" + "الاتفاق" -> "الالتزام بالاتفاق". */
    static String withObject(String noun, String object) {
        if (object == null || object.isEmpty()) {
            return head(noun);
        }
        return noun.endsWith("ـ") ? noun.substring(0, noun.length() - 1) + object : noun + " " + object;
    }

    /** The noun without its trailing preposition: "التوقيع على" -> "التوقيع". */
    static String head(String noun) {
        int space = noun.lastIndexOf(' ');
        if (space > 0 && PREPOSITIONS.contains(noun.substring(space + 1))) {
            return noun.substring(0, space);
        }
        return noun.endsWith("ـ") && space > 0 ? noun.substring(0, space) : noun;
    }

    private static String speaker(ResolvedClaim c) {
        Speaker s = c.claim().claim().speaker();
        return s == null || s.name() == null ? ReasonWord.UNKNOWN_SOURCE.word() : s.name();
    }

    /** The source: the speaker and, when known, the outlet that reported it ("فلان (وكالة …)"). */
    private static String source(ResolvedClaim c) {
        return c.claim().outlet() == null ? speaker(c) : speaker(c) + " (" + c.claim().outlet() + ")";
    }

    private static String speakerEn(ResolvedClaim c) {
        Speaker s = c.claim().claim().speaker();
        return s == null || s.name() == null ? "an unnamed source" : s.name();
    }

    private static String sourceEn(ResolvedClaim c) {
        return c.claim().outlet() == null ? speakerEn(c) : speakerEn(c) + " (" + c.claim().outlet() + ")";
    }
}
