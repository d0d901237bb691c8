package org.mizan.core.link;

import org.mizan.core.identity.ActorRef;
import org.mizan.core.identity.ActorRelation;
import org.mizan.core.identity.ActorResolver;
import org.mizan.core.semantics.PredicateLexicon;
import org.mizan.core.stance.PairAnalysis;

import org.mizan.core.Speaker;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Arabic sentence that tells a reader why two claims are linked, built from the predicate's verbal
 * noun, the object and the parties: "تعارض — التوقيع على الاتفاق من جانب خليفة حفتر: نعم بحسب …، ولا بحسب …".
 */
final class LinkReasons {

    private static final Map<String, String> CLASS_NAMES = Map.of(
            "agreement", "الاتفاق", "talks", "المحادثات", "election", "الانتخابات", "sanctions", "العقوبات");
    private static final Set<String> PREPOSITIONS = Set.of("على", "في", "إلى", "من", "عن", "بشأن", "بـ", "لـ", "نحو");

    private LinkReasons() {
    }

    /** "تطابق — X قال الشيء نفسه في خبرين (…): …": one statement reported in two articles. */
    static String sameStatement(ResolvedClaim ca, ResolvedClaim cb, PairAnalysis p) {
        List<String> shared = new java.util.ArrayList<>();
        for (int i = 0; i < p.wordsA.size() && shared.size() < 5; i++) {
            if (p.matchA[i] >= 0) {
                shared.add(p.wordsA.get(i).token().text());
            }
        }
        int pct = (int) Math.round(100 * Math.min(p.coverageA(), p.coverageB()));
        String outlets = ca.claim().outlet() != null && cb.claim().outlet() != null
                ? " (" + ca.claim().outlet() + "، " + cb.claim().outlet() + ")" : "";
        return "تطابق — " + speaker(ca) + " يقول الشيء نفسه في خبرين" + outlets + ": "
                + String.join("، ", shared) + " (" + pct + "% من الكلمات مشتركة، بلا نفي ولا عكس)";
    }

    /** "تراجع — …": one speaker affirmed an act on one day and denied it on another. */
    static String reversal(String conflict, ResolvedClaim ca, ResolvedClaim cb) {
        String rest = conflict.startsWith("تعارض — ") ? conflict.substring("تعارض — ".length()) : conflict;
        return "تراجع — " + speaker(ca) + " قال الأمر ونقيضه (" + ca.claim().date() + "، " + cb.claim().date() + "): " + rest;
    }

    static String explain(PredicateLexicon lexicon, Relation relation, ActorResolver.ActorMatch match,
                          ResolvedClaim ca, ResolvedProposition pa, ResolvedClaim cb, ResolvedProposition pb) {
        PredicateLexicon.Entry positive = namingPredicate(lexicon, pa, pb);
        String question = withObject(positive.noun(), objectName(pa, pb));
        String speakerA = speaker(ca);
        String speakerB = speaker(cb);
        StringBuilder out = new StringBuilder();
        switch (relation) {
            case AGREE -> out.append("اتفاق — ").append(pa.stance() < 0 ? "عدم " : "").append(question)
                    .append(" من جانب ").append(party(match, pa, pb))
                    .append("، بحسب ").append(speakerA).append(" و").append(speakerB);
            case CONFLICT -> out.append("تعارض — ").append(question).append(" من جانب ").append(party(match, pa, pb))
                    .append(": ").append(pa.stance() > 0 ? "نعم" : "لا").append(" بحسب ").append(speakerA)
                    .append("، و").append(pb.stance() > 0 ? "نعم" : "لا").append(" بحسب ").append(speakerB);
            default -> {
                boolean aYes = pa.stance() > 0;
                out.append("مقارنة — ").append(question)
                        .append(": نعم من جانب ").append((aYes ? pa : pb).subject().mention())
                        .append(" (بحسب ").append(aYes ? speakerA : speakerB).append(")")
                        .append("، ولا من جانب ").append((aYes ? pb : pa).subject().mention())
                        .append(" (بحسب ").append(aYes ? speakerB : speakerA).append(")");
                if (match.relation() == ActorRelation.ASSOCIATED) {
                    out.append("؛ طرفان مرتبطان لا طرف واحد");
                }
            }
        }
        appendImplication(out, pa, positive);
        if (pb.predicate() != pa.predicate()) {
            appendImplication(out, pb, positive);
        }
        return out.toString();
    }

    /** "طلب مهلة بشأن النظر في المقترح يعني عدم التوقيع بعد": when a predicate only implies the answer. */
    private static void appendImplication(StringBuilder out, ResolvedProposition p, PredicateLexicon.Entry positive) {
        if (p.predicate().weight() >= 1.0 || p.predicate() == positive) {
            return;
        }
        String object = p.object().mention() != null ? p.object().mention() : "";
        out.append("؛ ").append(withObject(p.predicate().noun(), object).strip())
                .append(" يعني ضمنا ").append(p.stance() < 0 ? "عدم " : "").append(head(positive.noun()))
                .append(p.stance() < 0 ? " بعد" : "");
    }

    private static String party(ActorResolver.ActorMatch match, ResolvedProposition pa, ResolvedProposition pb) {
        String a = pa.subject().mention();
        String b = pb.subject().mention();
        return switch (match.relation()) {
            case MEMBER -> {
                ActorRef group = pa.subject().kind() == ActorRef.Kind.GROUP ? pa.subject() : pb.subject();
                ActorRef member = pa.subject().kind() == ActorRef.Kind.GROUP ? pb.subject() : pa.subject();
                yield member.mention() + " (ضمن «" + group.mention() + "»)";
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
        return s == null || s.name() == null ? "مصدر غير محدد" : s.name();
    }
}
