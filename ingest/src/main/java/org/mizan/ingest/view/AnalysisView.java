package org.mizan.ingest.view;

import java.time.LocalDate;
import java.util.List;
import org.mizan.core.ArticleAnalysis;
import org.mizan.core.Claim;
import org.mizan.core.Proposition;
import org.mizan.core.Span;
import org.mizan.core.Speaker;
import org.mizan.core.TimeExpression;

/**
 * The {@code POST /api/analyze} response, shaped field for field as design/API.md binds it. Plain
 * records, so any JSON mapper serialises them; the web layer returns them as they are and the
 * measurement tools write them.
 *
 * @param analyzedText the text all offsets point into, when it differs from the request text (HTML
 *                     input is analysed as the text its parser extracted); null for plain text
 */
public record AnalysisView(String language, String title, String publishedOn, String publishedOnSource,
                           BodyView body, SpanView provenance, List<ClaimView> claims, List<TimexView> timex,
                           String analyzedText) {

    public record BodyView(int start, int end) {
    }

    public record SpanView(String text, int start, int end) {
        static SpanView of(Span span) {
            return span == null ? null : new SpanView(span.text(), span.start(), span.end());
        }
    }

    public record SpeakerView(String name, String mention, Integer start, Integer end, String kind, String role,
                              boolean implicit, String rule) {
        static SpeakerView of(Speaker s) {
            Span span = s.span();
            return new SpeakerView(s.name(), s.mention(), span == null ? null : span.start(),
                    span == null ? null : span.end(), s.kind().wire(), s.role(), s.implicit(), s.rule());
        }
    }

    public record PropositionView(String subject, String predicate, String object, String polarity,
                                  String modality) {
        static PropositionView of(Proposition p) {
            return new PropositionView(p.subject(), p.predicate(), p.object(), p.polarity().wire(),
                    p.modality().wire());
        }
    }

    public record ClaimView(String id, SpanView cue, SpeakerView speaker, SpanView content, String statedOn,
                            String statedOnText, String statedOnSource, String polarity,
                            List<PropositionView> propositions) {
        static ClaimView of(Claim c) {
            return new ClaimView(c.id(), SpanView.of(c.cue()), SpeakerView.of(c.speaker()), SpanView.of(c.content()),
                    iso(c.statedOn()), c.statedOnText(), c.statedOnSource().wire(), c.polarity().wire(),
                    c.propositions().stream().map(PropositionView::of).toList());
        }
    }

    public record TimexView(String text, int start, int end, String value) {
        static TimexView of(TimeExpression t) {
            return new TimexView(t.span().text(), t.span().start(), t.span().end(), t.value());
        }
    }

    /** The view of an analysis of {@code requestText}. */
    public static AnalysisView of(ArticleAnalysis a, String requestText) {
        return new AnalysisView(a.language(), a.title(), iso(a.publishedOn()), a.publishedOnSource().wire(),
                new BodyView(a.body().start(), a.body().end()), SpanView.of(a.provenance()),
                a.claims().stream().map(ClaimView::of).toList(),
                a.timex().stream().map(TimexView::of).toList(),
                a.text().equals(requestText) ? null : a.text());
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
