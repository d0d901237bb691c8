package org.mizan.web.claim;

import java.time.LocalDate;
import java.util.List;

/** JSON shapes of stored claims. Offsets point into the claim's article text. */
public final class ClaimViews {

    private ClaimViews() {
    }

    public record SpanView(String text, int start, int end) {
    }

    public record SpeakerRef(long id, String name, String mention, String role, String kind, boolean implicit, String rule) {
    }

    public record PropositionView(String subject, String predicate, String object, String polarity, String modality) {
        public static PropositionView of(PropositionEmbeddable p) {
            return new PropositionView(p.subject, p.predicate, p.object, p.polarity, p.modality);
        }
    }

    public record ClaimSummary(long id, String localId, long articleId, SpanView cue, SpeakerRef speaker,
                               SpanView content, LocalDate statedOn, String statedOnText, String statedOnSource,
                               String polarity, List<PropositionView> propositions) {
        public static ClaimSummary of(ClaimEntity c) {
            return new ClaimSummary(c.id, c.localId, c.article.id, new SpanView(c.cueText, c.cueStart, c.cueEnd),
                    new SpeakerRef(c.speaker.id, c.speaker.name, c.speakerMention, c.speakerRole, c.speaker.kind,
                            c.speakerImplicit, c.speakerRule),
                    new SpanView(c.contentText, c.contentStart, c.contentEnd), c.statedOn, c.statedOnText,
                    c.statedOnSource, c.polarity, c.propositions.stream().map(PropositionView::of).toList());
        }
    }
}
