package org.mizan.ingest;

import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.core.Claim;
import org.mizan.core.DateSource;
import org.mizan.core.Polarity;
import org.mizan.core.Proposition;
import org.mizan.core.TimeExpression;
import org.mizan.ingest.attribution.AttributedStatement;
import org.mizan.ingest.document.Document;
import org.mizan.ingest.proposition.PolarityDetector;
import org.mizan.ingest.proposition.PropositionExtractor;
import org.mizan.ingest.time.StatementDate;
import org.mizan.ingest.time.StatementDater;

/**
 * Turns attributed statements into core {@link Claim}s: dates each act of saying, decides its polarity,
 * extracts its propositions, and numbers the claims c1..cn in text order. Statements whose cue lies
 * outside the body and title (or inside a stripped list) are dropped: claims come from the article only.
 * A statement on which a later stage fails keeps its claim with the neutral value for that stage (date
 * unknown, affirmed, no propositions), so one odd sentence never costs the whole article.
 */
public final class ClaimAssembler {

    private static final System.Logger LOG = System.getLogger(ClaimAssembler.class.getName());

    private final StatementDater dater;
    private final PolarityDetector polarityDetector;
    private final PropositionExtractor propositionExtractor;

    public ClaimAssembler(StatementDater dater, PolarityDetector polarityDetector,
                          PropositionExtractor propositionExtractor) {
        this.dater = dater;
        this.polarityDetector = polarityDetector;
        this.propositionExtractor = propositionExtractor;
    }

    public List<Claim> assemble(Document document, List<AttributedStatement> statements, List<TimeExpression> timex,
                                LocalDate published) {
        String text = document.text();
        List<AttributedStatement> kept = new ArrayList<>();
        Set<Long> cues = new HashSet<>();
        for (AttributedStatement s : statements) {
            if (s == null || s.cue() == null || s.content() == null || s.speaker() == null
                    || !document.analysed(s.cue().start())) {
                continue;
            }
            if (cues.add(((long) s.cue().start() << 32) | s.cue().end())) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt((AttributedStatement s) -> s.cue().start()).thenComparingInt(s -> s.cue().end()));
        List<Claim> claims = new ArrayList<>(kept.size());
        for (AttributedStatement s : kept) {
            StatementDate date = date(text, s, timex, published);
            // one analysis of the content (words, negators, clauses) for both stages that read it
            org.mizan.ingest.proposition.ContentAnalysis content = org.mizan.ingest.proposition.ContentAnalysis.of(s.content());
            Polarity polarity = polarity(s, content);
            List<Proposition> propositions = propositions(text, s, content);
            String statedOnText = date.source() == DateSource.EXPLICIT ? date.expression() : null;
            claims.add(new Claim("c" + (claims.size() + 1), s.cue(), s.speaker(), s.content(), date.date(), statedOnText,
                    date.source(), polarity, propositions));
        }
        return claims;
    }

    private StatementDate date(String text, AttributedStatement s, List<TimeExpression> timex, LocalDate published) {
        try {
            StatementDate date = dater.date(text, s.sentence(), s.cue(), s.content(), timex, published);
            return date == null ? StatementDate.unknown() : date;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "statement dater failed at " + s.cue(), e);
            return StatementDate.unknown();
        }
    }

    private Polarity polarity(AttributedStatement s, org.mizan.ingest.proposition.ContentAnalysis content) {
        try {
            Polarity p = polarityDetector.polarity(s.cue(), content);
            return p == null ? Polarity.AFFIRMED : p;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "polarity detector failed at " + s.cue(), e);
            return Polarity.AFFIRMED;
        }
    }

    private List<Proposition> propositions(String text, AttributedStatement s,
                                           org.mizan.ingest.proposition.ContentAnalysis content) {
        try {
            List<Proposition> p = propositionExtractor.extract(text, content, s.speaker());
            return p == null ? List.of() : p;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "proposition extractor failed at " + s.cue(), e);
            return List.of();
        }
    }
}
