package org.mizan.web.claim;

import java.util.List;
import java.util.Locale;
import org.mizan.core.Claim;
import org.mizan.core.DateSource;
import org.mizan.core.Modality;
import org.mizan.core.Polarity;
import org.mizan.core.Proposition;
import org.mizan.core.Span;
import org.mizan.core.Speaker;
import org.mizan.core.SpeakerKind;

/** Stored claims back into core records, for the linker: the one place that maps that direction. */
public final class ClaimRecords {

    private ClaimRecords() {
    }

    public static Claim toCore(ClaimEntity c) {
        String text = c.article.text;
        Speaker speaker = new Speaker(c.speaker.name, c.speakerMention,
                c.speakerStart == null ? null : span(text, c.speakerStart, c.speakerEnd),
                kind(c.speaker.kind), c.speakerRole, c.speakerImplicit, c.speakerRule);
        List<Proposition> propositions = c.propositions.stream().map(p -> new Proposition(p.subject, p.predicate, p.object,
                polarity(p.polarity), modality(p.modality),
                p.evidenceStart == null ? null : span(text, p.evidenceStart, p.evidenceEnd))).toList();
        return new Claim(c.localId, span(text, c.cueStart, c.cueEnd), speaker, span(text, c.contentStart, c.contentEnd),
                c.statedOn, c.statedOnText, c.statedOnSource == null ? DateSource.UNKNOWN : DateSource.valueOf(c.statedOnSource.toUpperCase(Locale.ROOT)),
                polarity(c.polarity), propositions);
    }

    private static Span span(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        return Span.of(text, s, Math.max(s, Math.min(end, text.length())));
    }

    private static SpeakerKind kind(String wire) {
        try {
            return wire == null ? SpeakerKind.OTHER : SpeakerKind.valueOf(wire.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return SpeakerKind.OTHER;
        }
    }

    private static Polarity polarity(String wire) {
        return "negated".equals(wire) ? Polarity.NEGATED : Polarity.AFFIRMED;
    }

    private static Modality modality(String wire) {
        return wire == null ? Modality.ASSERTED : Modality.valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
