package org.mizan.ingest.attribution;

import java.util.List;
import org.mizan.core.SpeakerKind;

/**
 * {@link AttributionRule#POST_VERBAL_SUBJECT}: the subject after the verb (VSO, the dominant news order),
 * past an addressee ("قال لـ«الصحيفة» مسؤول"); never the addressee itself. "نقلت الوكالة عن فلان" gives
 * the one quoted ({@link AttributionRule#RELAYED_SOURCE}).
 */
final class PostVerbalSubjectSieve implements SpeakerSieve {

    @Override
    public boolean reads(Cue cue) {
        return SpeakerSieve.finiteVerb(cue);
    }

    @Override
    public SpeakerAttributor.Attribution decide(Input in) {
        List<Token> s = in.tokens();
        SpeakerAttributor.Discourse d = in.discourse();
        SpeakerAttributor slots = in.slots();
        int next = in.afterVerb();
        Mention m = SpeakerAttributor.complementFollows(s, in.cue(), next, d) ? null
                : slots.parser.parse(in.text(), s, next, d.resolver::knowsNameWord);
        if (!SpeakerAttributor.complementFollows(s, in.cue(), next, d)) {
            m = slots.parser.completeSubjectSlot(in.text(), s, next, m);
        }
        if (m == null || m.kind() == SpeakerKind.PERSON && m.role() == null && d.resolver.find(m) == null) {
            Mention subject = slots.afterAddressee(in.text(), s, next, d);
            m = subject != null ? subject : m;
        }
        if (m == null || SpeakerAttributor.addressee(s, m, d)) {
            return null; // "وقال لرويترز في مقابلة": the one spoken to, the subject is dropped
        }
        m = slots.trimToKnownName(in.text(), s, m, d);
        SpeakerAttributor.Attribution relayed = slots.relayedSource(in.text(), s, in.cue(), m, d);
        return relayed != null ? relayed : slots.explicit(m, d, AttributionRule.POST_VERBAL_SUBJECT);
    }
}
