package org.mizan.core.link;

import org.mizan.core.identity.ActorRelation;
import org.mizan.core.identity.ActorResolver;
import org.mizan.core.identity.Places;
import org.mizan.core.semantics.ArabicTokenizer;
import org.mizan.core.semantics.Token;
import org.mizan.core.stance.PairAnalysis;
import org.mizan.core.stance.TextStance;

import org.mizan.core.Claim;
import org.mizan.core.Modality;
import org.mizan.core.Span;
import org.mizan.core.Speaker;
import org.mizan.core.text.ArabicFolding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Decides how two claims relate from their propositions. Two propositions are about one question when
 * their predicates are in one family (sign ~ accept ~ agree; request_time answers "not yet") and their
 * objects share a key (every agreement-type object is one object inside the linker's time window).
 * Then, with their subjects resolved ({@link ActorResolver}):
 * <ul>
 *   <li>one party (same actor, a body and its leader, a group and its member) and the same answer:
 *       AGREE; opposite answers: CONFLICT (not when either is only an intention or expectation: "X
 *       wants to sign" does not contradict "X has not signed");</li>
 *   <li>different or merely associated parties and opposite answers: CONTRAST ("Sarraj's government
 *       signed; Haftar did not"), provided the two claims share a context: the same article, or one
 *       article mentions the other's subject;</li>
 *   <li>different parties and the same answer: no link (two signatories agree on nothing).</li>
 * </ul>
 * Requests ("called on X to sign") are not claims about X's acts and are never compared. A claim pair
 * can yield several relations, each from its own pair of propositions; the surest one per relation is kept
 * (agree about one party beside contrast about two), but never agree and conflict together.
 */
public final class ClaimComparator {

    private final PropositionResolver resolver;

    private final TextStance text;

    public ClaimComparator(PropositionResolver resolver) {
        this.resolver = resolver;
        this.text = TextStance.standard();
    }

    /**
     * Compares two claim texts when nothing is known of who said them or of their parties (the
     * {@code /api/compare} contract): the text stance decides alone — the same model that, between two
     * stored claims, tells one statement reported twice from two statements.
     */
    public Comparison compare(String a, String b) {
        return text.compare(a, b);
    }

    public static ClaimComparator standard() {
        return new ClaimComparator(PropositionResolver.standard());
    }

    public PropositionResolver resolver() {
        return resolver;
    }

    /** Compares two claims out of any corpus context (as if from one article). */
    public List<Comparison> compare(Claim a, Claim b) {
        ResolvedClaim ra = resolver.resolve(new LinkableClaim("a", "article", null, a.statedOn(), a), Set.of());
        ResolvedClaim rb = resolver.resolve(new LinkableClaim("b", "article", null, b.statedOn(), b), Set.of());
        return compare(ra, rb);
    }

    /** Every relation the two claims bear, surest first; empty when they are unrelated. */
    public List<Comparison> compare(ResolvedClaim a, ResolvedClaim b) {
        List<Comparison> out = new ArrayList<>();
        for (Verdict v : verdicts(a, b)) {
            out.add(word(v));
        }
        return out;
    }

    /**
     * A relation decided between two propositions of two claims; its reason and evidence are worded
     * only for the links that are kept ({@link #word}), which is most of the cost.
     */
    record Verdict(Relation relation, double confidence, ActorResolver.ActorMatch match, ResolvedClaim a,
                   ResolvedProposition pa, ResolvedClaim b, ResolvedProposition pb, PairAnalysis text) {
        Verdict(Relation relation, double confidence, ActorResolver.ActorMatch match, ResolvedClaim a,
                ResolvedProposition pa, ResolvedClaim b, ResolvedProposition pb) {
            this(relation, confidence, match, a, pa, b, pb, null);
        }
    }

    /**
     * Least share of each side's content words the other side must have for one speaker's two claims to
     * be one statement (chosen on the tune half of the dev pairs, bench/links/score_halves.py).
     */
    static final double REPORT_COVERAGE = 0.35;

    /**
     * One statement reported twice: the same speaker (resolved as one party) in two articles, saying
     * what the other says — most of the content words of each side on the other, no word negated on one
     * side only, no opposite predicates, no other number. A reprint of a wire sentence and a close
     * paraphrase both pass; two statements of one minister on two topics do not.
     */
    /** The same for two claims whose speakers are not one party: a reprint (one side's speaker unknown)... */
    static final double REPRINT_COVERAGE = 0.8;
    /** ...or two named speakers whose attribution differs (the parser may have taken the wrong one). */
    static final double REPRINT_DISTINCT_COVERAGE = 0.8;

    /** Fewer shared content words than this are too thin to tell one statement from two. */
    static final int REPORT_MIN_WORDS = 4;

    private static int shared(PairAnalysis p) {
        int n = 0;
        for (int m : p.matchA) {
            if (m >= 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * One side's content wholly inside the other's (a reprint cut or extended by one outlet): this share
     * of the shorter side's words on the longer...
     */
    static final double CONTAINED = 0.9;
    /** ...with at least this many content words shared, so that a formula of condolence is not a reprint... */
    static final int CONTAINED_MIN_WORDS = 8;
    /** ...and this many without one speaker on both sides (a long passage is no formula). */
    static final int CONTAINED_DISTINCT_MIN_WORDS = 15;

    /**
     * Whether the content is the complement of an expression verb (أعرب/عبّر عن، شدد/أكد على) whose
     * noun carries the speaker's pronoun: his own feeling or position ("عن تضامنها مع …"), which every
     * government words alike — one statement only when the speaker is one party.
     */
    private static boolean ownStance(String content) {
        String[] words = content.strip().split("\\s+", 6);
        for (int i = 0; i + 1 < words.length && i < 4; i++) {
            String w = ArabicFolding.fold(words[i]);
            String next = ArabicFolding.fold(words[i + 1]);
            if ((w.equals("عن") || w.equals("علي")) && next.length() >= 5
                    && (next.endsWith("ها") || next.endsWith("هم") || next.endsWith("ه"))) {
                return true; // "عن تضامنها": the noun's pronoun is the speaker
            }
        }
        return false;
    }

    /**
     * Acts by which a speaker takes a position on what the content names ("أدانت الوزارة التفجير", "رحب
     * بالقرار", "دعا إلى …"): the content is the object of the speaker's own act, not a statement someone
     * else could reprint, so two parties performing it on one object make two statements (as two
     * governments condemning one attack do), however alike their words.
     */
    private static final Set<String> POSITION_ACTS = Set.of("condemn", "oppose", "support", "accept", "reject", "call");

    private boolean positionAct(ResolvedClaim c) {
        Span cue = c.claim().claim().cue();
        if (cue == null) {
            return false;
        }
        for (Token t : ArabicTokenizer.tokenize(cue.text())) {
            if (resolver.predicates().isVerbForm(t)
                    && resolver.predicates().keysOf(t).stream().anyMatch(POSITION_ACTS::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two speakers (name and role) name two different countries: two parties for certain. */
    private static boolean twoCountries(ResolvedClaim a, ResolvedClaim b) {
        Set<String> x = countries(a.claim().claim().speaker());
        Set<String> y = countries(b.claim().claim().speaker());
        return !x.isEmpty() && !y.isEmpty() && Collections.disjoint(x, y);
    }

    private static Set<String> countries(Speaker s) {
        if (s == null || s.name() == null) {
            return Set.of();
        }
        return Places.keysIn(s.role() == null ? s.name() : s.name() + " " + s.role());
    }

    private Verdict report(ResolvedClaim a, ResolvedClaim b) {
        Span ca = a.claim().claim().content();
        Span cb = b.claim().claim().content();
        if (ca == null || cb == null || ca.text().isBlank() || cb.text().isBlank()) {
            return null;
        }
        boolean oneArticle = a.articleId().equals(b.articleId());
        if (oneArticle && ca.start() < cb.end() && cb.start() < ca.end()) {
            return null; // one passage read twice (a claim nested in another), not a statement repeated
        }
        ActorResolver.ActorMatch match = resolver.actors().relate(a.speaker(), b.speaker());
        ActorRelation speakers = resolver.speakers(a, b);
        boolean oneSpeaker = speakers == ActorRelation.SAME || speakers == ActorRelation.REPRESENTS;
        boolean twoSpeakers = a.speaker() != null && b.speaker() != null && !oneSpeaker;
        // Without one speaker, only a reprint: nearly every word of each side on the other; two named
        // speakers using one formula (a condemnation) say more than it does, so they must match closer.
        double least = oneSpeaker ? REPORT_COVERAGE : twoSpeakers ? REPRINT_DISTINCT_COVERAGE : REPRINT_COVERAGE;
        PairAnalysis p = new PairAnalysis(ca.text(), cb.text());
        // The outlets' frames (when, on what occasion) are left out: reprints rewrite them.
        double coverageA = ReportFrame.coverage(p.wordsA, p.matchA);
        double coverageB = ReportFrame.coverage(p.wordsB, p.matchB);
        double coverage = Math.min(coverageA, coverageB);
        int shared = shared(p);
        // An article repeating a statement (lead and body) repeats it closely.
        boolean close = coverage >= (oneArticle ? REPRINT_COVERAGE : least)
                && shared >= (oneSpeaker && !oneArticle ? REPORT_MIN_WORDS : ReportKeys.MIN_WORDS);
        boolean contained = !oneArticle && Math.max(coverageA, coverageB) >= CONTAINED
                && shared >= (oneSpeaker ? CONTAINED_MIN_WORDS : CONTAINED_DISTINCT_MIN_WORDS);
        if (!close && !contained || TextStance.decisiveClash(p) || !oneSpeaker && (ownStance(ca.text()) || (positionAct(a) || positionAct(b)) && twoCountries(a, b))) {
            return null;
        }
        double confidence = Math.round((0.6 + 0.4 * coverage) * 100) / 100.0;
        return new Verdict(Relation.AGREE, confidence, match, a, null, b, null, p);
    }

    /** The surest verdict per relation, surest first. */
    List<Verdict> verdicts(ResolvedClaim a, ResolvedClaim b) {
        Verdict[] best = null;
        List<ResolvedProposition> propsA = a.propositions();
        List<ResolvedProposition> propsB = b.propositions();
        for (int i = 0; i < propsA.size(); i++) {
            for (int j = 0; j < propsB.size(); j++) {
                Verdict v = decide(a, propsA.get(i), b, propsB.get(j));
                if (v != null) {
                    if (best == null) {
                        best = new Verdict[Relation.values().length];
                    }
                    int r = v.relation().ordinal();
                    if (best[r] == null || v.confidence() > best[r].confidence()) {
                        best[r] = v;
                    }
                }
            }
        }
        Verdict report = report(a, b);
        if (report != null) {
            // One statement reported twice neither conflicts nor contrasts with itself.
            best = new Verdict[Relation.values().length];
            int r = Relation.AGREE.ordinal();
            if (best[r] == null || report.confidence() >= best[r].confidence()) {
                best[r] = report;
            }
        }
        if (best == null) {
            return List.of();
        }
        if (best[Relation.AGREE.ordinal()] != null && best[Relation.CONFLICT.ordinal()] != null) {
            return List.of(); // two claims that both agree and conflict were misread: no link at all
        }
        List<Verdict> out = new ArrayList<>(2);
        for (Verdict v : best) {
            if (v != null) {
                out.add(v);
            }
        }
        out.sort((x, y) -> Double.compare(y.confidence(), x.confidence()));
        return out;
    }

    Comparison word(Verdict v) {
        LinkReasons.Worded r = reason(v);
        return new Comparison(v.relation(), v.confidence(), r.arabic(), r.english(), evidence(v.a(), v.pa(), v.b(), v.pb()));
    }

    /** The verdict as a link from its side A to its side B, worded. */
    ClaimLink link(Verdict v) {
        LinkReasons.Worded r = reason(v);
        return new ClaimLink(v.a().id(), v.b().id(), v.relation(), v.confidence(), r.arabic(), r.english(),
                evidence(v.a(), v.pa(), v.b(), v.pb()));
    }

    private LinkReasons.Worded reason(Verdict v) {
        if (v.text() != null) {
            return LinkReasons.sameStatement(v.a(), v.b(), v.text());
        }
        if (v.relation() == Relation.CONFLICT && sameSpeaker(v.a(), v.b())) {
            return LinkReasons.reversal(LinkReasons.explain(resolver.predicates(), v.relation(), v.match(), v.a(),
                    v.pa(), v.b(), v.pb()), v.a(), v.b());
        }
        return LinkReasons.explain(resolver.predicates(), v.relation(), v.match(), v.a(), v.pa(), v.b(), v.pb());
    }

    /** The verdict on two claims as one comparison: the surest relation, or UNRELATED. */
    public Comparison best(ResolvedClaim a, ResolvedClaim b) {
        List<Comparison> all = compare(a, b);
        return all.isEmpty() ? new Comparison(Relation.UNRELATED, 0.0, "", "", List.of()) : all.get(0);
    }

    private Verdict decide(ResolvedClaim ca, ResolvedProposition pa, ResolvedClaim cb, ResolvedProposition pb) {
        if (!pa.family().equals(pb.family()) || !pa.object().key().equals(pb.object().key())
                || pa.object().key().isEmpty() && !pa.predicate().predicate().equals(pb.predicate().predicate())) {
            return null;
        }
        if (pa.stance() == 0 || pb.stance() == 0
                || pa.modality() == Modality.REQUESTED || pb.modality() == Modality.REQUESTED) {
            return null;
        }
        // Only acts of real parties on a named object are compared: a fragment of the sentence standing
        // as subject, or an act with nothing acted on ("stop"), answers no question a reader could check.
        ActorResolver.ActorMatch match = resolver.actors().relate(pa.subject(), pb.subject());
        boolean checkable = !pa.object().key().isEmpty() && resolver.actors().isEntity(pa.subject())
                && resolver.actors().isEntity(pb.subject());
        if (!checkable && pa.stance() != pb.stance()) {
            return null;
        }
        boolean oneParty = match.relation() == ActorRelation.SAME || match.relation() == ActorRelation.REPRESENTS
                || match.relation() == ActorRelation.MEMBER;
        boolean sameAnswer = pa.stance() == pb.stance();
        Relation relation;
        if (oneParty) {
            if (!sameAnswer && (tentative(pa) || tentative(pb) || !direct(pa) || !direct(pb))) {
                return null;
            }
            relation = sameAnswer ? Relation.AGREE : Relation.CONFLICT;
            if (sameAnswer && !oneAnswer(pa, pb)) {
                return null;
            }
            if (sameAnswer && sameSpeaker(ca, cb)) {
                return null; // a speaker agrees with himself only by repeating one statement (report)
            }
            if (!sameAnswer && sameSpeaker(ca, cb) && !reversal(ca, pa, cb, pb)) {
                return null;
            }
        } else {
            if (sameAnswer || tentative(pa) || tentative(pb) || !sharedContext(ca, pa, cb, pb) || !sameAct(pa, pb)) {
                return null;
            }
            relation = Relation.CONTRAST;
        }
        double confidence = 0.9 * pa.predicate().weight() * pb.predicate().weight()
                * actorFactor(match.relation()) * modalityFactor(pa) * modalityFactor(pb)
                * (sameObjectWording(pa, pb) ? 1.0 : 0.95);
        confidence = Math.round(confidence * 100) / 100.0;
        return new Verdict(relation, confidence, match, ca, pa, cb, pb);
    }

    /**
     * Two reports give one party the same answer only about one act: the same predicate ("intends to
     * sign" and "signed"), or both saying the act has not happened, whichever way (did not sign, asked
     * for time, refused: none of them has consented). A weaker act affirmed is not a stronger one:
     * "accepted the initiative" does not say "signed the agreement".
     */
    private static boolean oneAnswer(ResolvedProposition pa, ResolvedProposition pb) {
        return pa.predicate().predicate().equals(pb.predicate().predicate()) || pa.stance() < 0 && pb.stance() < 0;
    }

    /**
     * Two parties answered the same act: the same predicate, or a predicate and its opposite (accepted
     * / rejected) on an object worded alike. No chain of implications ("accepted, so signed") sets two
     * different parties side by side.
     */
    private static boolean sameAct(ResolvedProposition pa, ResolvedProposition pb) {
        if (!direct(pa) || !direct(pb)) {
            return false;
        }
        if (pa.predicate().predicate().equals(pb.predicate().predicate())) {
            return true;
        }
        return sameObjectWording(pa, pb);
    }

    /**
     * Whether the predicate answers its family's question itself, not only by implication: "asked for
     * time" implies "not yet" and "ceased fire" a truce, neither denies nor affirms an acceptance.
     */
    private static boolean direct(ResolvedProposition p) {
        return p.predicate().weight() >= 0.9;
    }

    private boolean sameSpeaker(ResolvedClaim ca, ResolvedClaim cb) {
        if (ca.speaker() == null || cb.speaker() == null) {
            return false;
        }
        ActorRelation r = resolver.speakers(ca, cb);
        return r == ActorRelation.SAME || r == ActorRelation.REPRESENTS;
    }

    /**
     * A speaker contradicting himself is a reversal only when he affirms and then denies the very same
     * act (same predicate) on different days; otherwise his two sentences are about two things.
     */
    private static boolean reversal(ResolvedClaim ca, ResolvedProposition pa, ResolvedClaim cb, ResolvedProposition pb) {
        return pa.predicate().predicate().equals(pb.predicate().predicate()) && ca.claim().date() != null
                && cb.claim().date() != null && !ca.claim().date().equals(cb.claim().date());
    }

    private static boolean tentative(ResolvedProposition p) {
        return p.modality() == Modality.INTENDED || p.modality() == Modality.EXPECTED;
    }

    private static boolean sharedContext(ResolvedClaim ca, ResolvedProposition pa, ResolvedClaim cb,
                                         ResolvedProposition pb) {
        if (ca.articleId().equals(cb.articleId())) {
            return true;
        }
        return !Collections.disjoint(cb.articleActors(), pa.subjectKeys())
                || !Collections.disjoint(ca.articleActors(), pb.subjectKeys());
    }

    private static double actorFactor(ActorRelation relation) {
        return switch (relation) {
            case SAME -> 1.0;
            case REPRESENTS -> 0.9;
            case MEMBER -> 0.85;
            case ASSOCIATED -> 0.8;
            case DISTINCT -> 0.85;
        };
    }

    private static double modalityFactor(ResolvedProposition p) {
        return switch (p.modality()) {
            case ASSERTED -> 1.0;
            case INTENDED -> 0.85;
            case EXPECTED -> 0.8;
            case REQUESTED -> 0.5;
        };
    }

    private static boolean sameObjectWording(ResolvedProposition pa, ResolvedProposition pb) {
        String a = pa.object().mention();
        String b = pb.object().mention();
        return a == null ? b == null : b != null && ArabicFolding.fold(a).equals(ArabicFolding.fold(b));
    }

    private static List<Evidence> evidence(ResolvedClaim ca, ResolvedProposition pa, ResolvedClaim cb,
                                           ResolvedProposition pb) {
        List<Evidence> out = new ArrayList<>(2);
        Span a = pa != null && pa.source().evidence() != null ? pa.source().evidence() : ca.claim().claim().content();
        Span b = pb != null && pb.source().evidence() != null ? pb.source().evidence() : cb.claim().claim().content();
        if (a != null) {
            out.add(new Evidence(Evidence.Side.A, a));
        }
        if (b != null) {
            out.add(new Evidence(Evidence.Side.B, b));
        }
        return out;
    }
}
