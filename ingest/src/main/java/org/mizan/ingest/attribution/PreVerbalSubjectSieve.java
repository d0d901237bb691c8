package org.mizan.ingest.attribution;

import java.util.List;

/**
 * {@link AttributionRule#PRE_VERBAL_SUBJECT}: the noun phrase that ends right before a verb without و/ف.
 * Tried twice in the order: {@link #marked()} before the post-verbal reading, where the context demands a
 * subject first (after أن/إن, before a present verb, after قد or a known name); {@link #unmarked()} after
 * it, when nothing follows the verb.
 */
final class PreVerbalSubjectSieve implements SpeakerSieve {

    private final boolean marked;

    private PreVerbalSubjectSieve(boolean marked) {
        this.marked = marked;
    }

    static PreVerbalSubjectSieve marked() {
        return new PreVerbalSubjectSieve(true);
    }

    static PreVerbalSubjectSieve unmarked() {
        return new PreVerbalSubjectSieve(false);
    }

    @Override
    public boolean reads(Cue cue) {
        return SpeakerSieve.finiteVerb(cue);
    }

    @Override
    public SpeakerAttributor.Attribution decide(Input in) {
        if (!in.bare()) {
            return null;
        }
        Cue cue = in.cue();
        SpeakerAttributor slots = in.slots();
        if (!marked) {
            Mention m = slots.preVerbalSubject(in.text(), in.tokens(), cue.first(), in.discourse(), cue.form());
            return m == null ? null : slots.explicit(m, in.discourse(), AttributionRule.PRE_VERBAL_SUBJECT);
        }
        List<Token> s = in.tokens();
        Mention doer = slots.priorAspectSubject(in.text(), s, cue.first(), in.discourse());
        if (doer != null) {
            return slots.explicit(doer, in.discourse(), AttributionRule.PRE_VERBAL_SUBJECT);
        }
        Token before = cue.first() > 0 ? s.get(cue.first() - 1) : null;
        boolean subjectBefore = before != null && !before.punctuation()
                && (WordClass.AUXILIARY.has(before.afterConjunction()) || in.discourse().knowsNameWord(before.folded()));
        if (cue.first() > 0 && !subjectBefore) {
            // "أن رئيس الوزراء الهندي أخبر ضيفه": after أن/إن the subject must come first
            Mention pre = slots.preVerbalSubject(in.text(), s, cue.first(), in.discourse(), cue.form());
            if (pre != null && pre.first() > 0 && SpeakerAttributor.isComplementiser(s.get(pre.first() - 1))) {
                return slots.explicit(pre, in.discourse(), AttributionRule.PRE_VERBAL_SUBJECT);
            }
        }
        if (cue.form().type() == CueForm.Type.PRESENT || subjectBefore) {
            // "تقارير حديثة تشير", "كانت الحكومة قد طلبت": the subject stands before
            Mention pre = slots.preVerbalSubject(in.text(), s, cue.first(), in.discourse(), cue.form());
            if (pre != null) {
                return slots.explicit(pre, in.discourse(), AttributionRule.PRE_VERBAL_SUBJECT);
            }
        }
        return null;
    }
}
