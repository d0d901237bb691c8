package org.mizan.ingest;

import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mizan.core.Article;
import org.mizan.core.ArticleAnalysis;
import org.mizan.core.Claim;
import org.mizan.core.PublishedOnSource;
import org.mizan.core.Span;
import org.mizan.core.TimeExpression;
import org.mizan.ingest.attribution.AttributedStatement;
import org.mizan.ingest.attribution.AttributionStage;
import org.mizan.ingest.document.Document;
import org.mizan.ingest.document.DocumentReader;
import org.mizan.ingest.proposition.PolarityDetector;
import org.mizan.ingest.proposition.PropositionExtractor;
import org.mizan.ingest.time.PublicationDateInference;
import org.mizan.ingest.time.StatementDater;
import org.mizan.ingest.time.TimexTagger;

/**
 * The article-to-claims pipeline. {@link #standard()} is the one place where the stages are chained.
 * Thread-safe: one instance serves every request.
 *
 * <pre>
 * DocumentReader      validate, read text or HTML, strip boilerplate, split sentences
 *  -> PublicationDateInference   only when no date was given or found in the page's metadata
 *  -> AttributionStage cues, speakers, contents over the body's and title's sentences
 *  -> TimexTagger      time expressions in the title and the body, anchored on the publication date
 *  -> ClaimAssembler   per statement: StatementDater, PolarityDetector, PropositionExtractor; ids c1..cn
 * </pre>
 */
public final class IngestPipeline {

    private static final System.Logger LOG = System.getLogger(IngestPipeline.class.getName());

    private final DocumentReader reader;
    private final PublicationDateInference publicationDateInference;
    private final AttributionStage attribution;
    private final TimexTagger timexTagger;
    private final ClaimAssembler assembler;

    IngestPipeline(DocumentReader reader, PublicationDateInference publicationDateInference,
                   AttributionStage attribution, TimexTagger timexTagger, ClaimAssembler assembler) {
        this.reader = reader;
        this.publicationDateInference = publicationDateInference;
        this.attribution = attribution;
        this.timexTagger = timexTagger;
        this.assembler = assembler;
    }

    public static IngestPipeline standard() {
        return new IngestPipeline(DocumentReader.standard(), new PublicationDateInference(),
                AttributionStage.standard(), TimexTagger.standard(),
                new ClaimAssembler(new StatementDater(), new PolarityDetector(), new PropositionExtractor()));
    }

    /**
     * Analyses one article. Never throws for odd but valid text; throws {@link RejectedInputException}
     * for input that is not an article at all (empty, binary, too large).
     */
    public ArticleAnalysis analyze(Article article) {
        // 1. Reading comes first: it rejects non-articles and fixes the text every offset points into.
        Document document = reader.read(article);

        // 2. The publication date before anything that resolves dates: it anchors relative expressions
        //    ("الاثنين", "أمس") and is the fallback date of statements. Inference looks at the body only,
        //    so dates in a scraped sidebar can never become the article's date.
        if (document.publishedOn() == null) {
            Optional<LocalDate> inferred = inferPublication(document);
            document = document.withPublishedOn(inferred.orElse(null),
                    inferred.isPresent() ? PublishedOnSource.INFERRED : PublishedOnSource.UNKNOWN);
        }
        LocalDate published = document.publishedOn();

        List<Claim> claims = List.of();
        List<TimeExpression> timex = List.of();
        // Mizan's stages read Arabic: text of another language gives a clean, empty analysis.
        if (analyses(document.language())) {
            // 3. Attribution before dating: the dater needs each statement's cue, content and sentence.
            List<AttributedStatement> statements = attribute(document);
            // 4. Time expressions of the title and body only, then those inside stripped stretches dropped.
            timex = timex(document, published);
            // 5. Assembly last: it dates, signs and numbers the statements in text order.
            claims = assembler.assemble(document, statements, timex, published);
        }
        return new ArticleAnalysis(document.text(), document.language(), document.title(), published,
                document.publishedOnSource(), document.body(), document.provenance(), document.stripped(), claims,
                timex);
    }

    /** Whether Mizan's stages read this language (an ISO 639-1 code): Arabic only. Others are stored unanalysed. */
    public static boolean analyses(String language) {
        return "ar".equals(language);
    }

    private Optional<LocalDate> inferPublication(Document document) {
        try {
            Optional<LocalDate> inferred = publicationDateInference.infer(document.text(), document.body());
            return inferred == null ? Optional.empty() : inferred;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "publication date inference failed", e);
            return Optional.empty();
        }
    }

    private List<AttributedStatement> attribute(Document document) {
        try {
            List<AttributedStatement> statements = attribution.attribute(document);
            return statements == null ? List.of() : statements;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "attribution failed", e);
            return List.of();
        }
    }

    private List<TimeExpression> timex(Document document, LocalDate anchor) {
        List<TimeExpression> all = new ArrayList<>();
        List<Span> regions = new ArrayList<>();
        if (document.titleSpan() != null) {
            regions.add(document.titleSpan());
        }
        regions.add(document.body());
        for (Span region : regions) {
            try {
                List<TimeExpression> found = timexTagger.tag(document.text(), region, anchor);
                if (found != null) {
                    all.addAll(found);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "timex tagger failed on " + region.start() + ".." + region.end(), e);
            }
        }
        List<TimeExpression> kept = new ArrayList<>();
        Set<Span> seen = new HashSet<>();
        for (TimeExpression t : all) {
            if (t != null && t.span() != null && document.analysed(t.span().start()) && seen.add(t.span())) {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt((TimeExpression t) -> t.span().start()).thenComparingInt(t -> t.span().end()));
        return kept;
    }
}
