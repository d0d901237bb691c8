package org.mizan.web.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mizan.core.Article;
import org.mizan.core.ArticleAnalysis;
import org.mizan.core.Claim;
import org.mizan.core.Proposition;
import org.mizan.core.TimeExpression;
import org.mizan.ingest.IngestPipeline;
import org.mizan.ingest.RejectedInputException;
import org.mizan.web.MizanConfig;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.claim.PropositionEmbeddable;
import org.mizan.web.speaker.SpeakerDirectory;

/** Stores articles: analyse, persist with claims and speakers, announce — one transaction per article. */
@ApplicationScoped
public class ArticleService {

    /** The outcome of a store: the article, and whether it was new or already there. */
    public record Stored(ArticleEntity article, boolean created) {
    }

    /** Fired inside the storing transaction once an article and its claims are persisted. */
    public record ArticleStored(ArticleEntity article) {
    }

    @Inject
    IngestPipeline pipeline;
    @Inject
    SpeakerDirectory speakers;
    @Inject
    MizanConfig config;
    @Inject
    Event<ArticleStored> stored;

    /** The pipeline's analysis, nothing stored. */
    public ArticleAnalysis analyze(Article article) {
        checkSize(article.text());
        return pipeline.analyze(article);
    }

    @Transactional
    public Stored store(Article article) {
        checkSize(article.text());
        String hash = ContentHash.of(article.text());
        Optional<ArticleEntity> existing = ArticleEntity.findByHash(hash);
        if (existing.isPresent()) {
            return new Stored(existing.get(), false);
        }
        ArticleAnalysis analysis = pipeline.analyze(article);
        ArticleEntity entity = toEntity(analysis, article, hash);
        entity.persist();
        stored.fire(new ArticleStored(entity));
        return new Stored(entity, true);
    }

    public Optional<ArticleEntity> find(long id) {
        return ArticleEntity.findByIdOptional(id);
    }

    /** Newest first by publication date, then by storing time. */
    public List<ArticleEntity> latest(int max) {
        return ArticleEntity.<ArticleEntity>find("order by publishedOn desc nulls last, storedAt desc")
                .page(0, max).list();
    }

    private void checkSize(String text) {
        if (text != null && text.length() > config.maxArticleChars()) {
            throw new RejectedInputException(RejectedInputException.Reason.TOO_LARGE,
                    "The article has " + text.length() + " characters; the limit is " + config.maxArticleChars() + ".");
        }
    }

    private ArticleEntity toEntity(ArticleAnalysis analysis, Article article, String hash) {
        ArticleEntity a = new ArticleEntity();
        a.contentHash = hash;
        a.title = clip(analysis.title(), 1000);
        a.outlet = clip(article.outlet(), 300);
        a.url = clip(article.url(), 2000);
        a.language = analysis.language();
        a.publishedOn = analysis.publishedOn();
        a.publishedOnSource = analysis.publishedOnSource().wire();
        a.text = analysis.text();
        a.bodyStart = analysis.body().start();
        a.bodyEnd = analysis.body().end();
        a.provenance = analysis.provenance() == null ? null : clip(analysis.provenance().text(), 1000);
        a.storedAt = Instant.now();
        int ordinal = 0;
        for (Claim claim : analysis.claims()) {
            a.claims.add(toEntity(claim, a, ordinal++));
        }
        for (TimeExpression t : analysis.timex()) {
            TimexEmbeddable e = new TimexEmbeddable();
            e.text = clip(t.span().text(), 200);
            e.startOffset = t.span().start();
            e.endOffset = t.span().end();
            e.value = t.value();
            a.timex.add(e);
        }
        return a;
    }

    private ClaimEntity toEntity(Claim c, ArticleEntity article, int ordinal) {
        ClaimEntity e = new ClaimEntity();
        e.article = article;
        e.ordinal = ordinal;
        e.localId = c.id();
        e.cueText = clip(c.cue().text(), 200);
        e.cueStart = c.cue().start();
        e.cueEnd = c.cue().end();
        e.speaker = speakers.identify(c.speaker());
        e.speakerMention = clip(c.speaker().mention(), 1000);
        e.speakerStart = c.speaker().span() == null ? null : c.speaker().span().start();
        e.speakerEnd = c.speaker().span() == null ? null : c.speaker().span().end();
        e.speakerRole = clip(c.speaker().role(), 500);
        e.speakerImplicit = c.speaker().implicit();
        e.speakerRule = clip(c.speaker().rule(), 64);
        e.contentText = clip(c.content().text(), 20000);
        e.contentStart = c.content().start();
        e.contentEnd = c.content().end();
        e.statedOn = c.statedOn();
        e.statedOnText = clip(c.statedOnText(), 200);
        e.statedOnSource = c.statedOnSource().wire();
        e.polarity = c.polarity().wire();
        for (Proposition p : c.propositions()) {
            PropositionEmbeddable pe = new PropositionEmbeddable();
            pe.subject = clip(p.subject(), 1000);
            pe.predicate = clip(p.predicate(), 64);
            pe.object = clip(p.object(), 1000);
            pe.polarity = p.polarity().wire();
            pe.modality = p.modality().wire();
            pe.evidenceStart = p.evidence() == null ? null : p.evidence().start();
            pe.evidenceEnd = p.evidence() == null ? null : p.evidence().end();
            e.propositions.add(pe);
        }
        return e;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
