package org.mizan.web.compare;

import java.util.List;
import java.util.Locale;
import org.mizan.core.link.Comparison;

/** The {@code POST /api/compare} response, field for field as design/API.md binds it. */
public record CompareView(String relation, double confidence, String explanation, List<EvidenceView> evidence) {

    public record EvidenceView(String side, String text, int start, int end) {
    }

    public static CompareView of(Comparison c) {
        return new CompareView(c.relation().wire(), Math.round(c.confidence() * 1000) / 1000.0, c.explanation(),
                c.evidence().stream()
                        .map(e -> new EvidenceView(e.side().name().toLowerCase(Locale.ROOT), e.span().text(),
                                e.span().start(), e.span().end()))
                        .toList());
    }
}
