package org.mizan.web.link;

import java.util.Locale;
import org.mizan.core.Claim;
import org.mizan.core.DateSource;
import org.mizan.core.Modality;
import org.mizan.core.Polarity;
import org.mizan.core.Proposition;
import org.mizan.core.Span;
import org.mizan.core.Speaker;
import org.mizan.core.SpeakerKind;
import org.mizan.core.link.LinkableClaim;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.claim.PropositionEmbeddable;

/** Stored claims back as the core's records, for the linker: the claim id is the database id. */
final class CoreClaims {

    private CoreClaims() {
    }

    static LinkableClaim linkable(ClaimEntity c) {
        return LinkableClaim.of(String.valueOf(c.id), String.valueOf(c.article.id), c.article.outlet, c.article.publishedOn, claim(c));
    }

    static Claim claim(ClaimEntity c) {
        String text = c.article.text;
        Span speakerSpan = c.speakerStart == null || c.speakerEnd == null ? null : span(text, c.speakerStart, c.speakerEnd);
        Speaker speaker = new Speaker(c.speaker.name, c.speakerMention, speakerSpan, value(SpeakerKind.class, c.speaker.kind, SpeakerKind.OTHER),
                c.speakerRole, c.speakerImplicit, c.speakerRule);
        return new Claim(String.valueOf(c.id), span(text, c.cueStart, c.cueEnd), speaker, span(text, c.contentStart, c.contentEnd),
                c.statedOn, c.statedOnText, value(DateSource.class, c.statedOnSource, DateSource.UNKNOWN),
                value(Polarity.class, c.polarity, Polarity.AFFIRMED),
                c.propositions.stream().map(p -> proposition(text, p)).toList());
    }

    private static Proposition proposition(String text, PropositionEmbeddable p) {
        Span evidence = p.evidenceStart == null || p.evidenceEnd == null ? null : span(text, p.evidenceStart, p.evidenceEnd);
        return new Proposition(p.subject, p.predicate, p.object, value(Polarity.class, p.polarity, Polarity.AFFIRMED),
                value(Modality.class, p.modality, Modality.ASSERTED), evidence);
    }

    private static Span span(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return Span.of(text, s, e);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String wire, E fallback) {
        if (wire == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, wire.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
