package org.mizan.web.article;

import static org.mizan.web.Columns.clip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mizan.core.Article;
import org.mizan.core.ArticleAnalysis;
import org.mizan.core.Claim;
import org.mizan.core.Proposition;
import org.mizan.core.PublishedOnSource;
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

    /**
     * Fired inside the storing transaction once an article and its claims are persisted — for a new
     * article, and again after {@link #reanalyse} replaced an article's claims (so whoever links claims
     * recomputes the links the same way in both cases).
     */
    public record ArticleStored(ArticleEntity article) {
    }

    /**
     * Fired inside the transaction just BEFORE these claims of an article are removed (the article is
     * deleted, or re-analysed and its claims replaced). Owners of rows that refer to the claims (links,
     * stories) delete those rows here; if anything fails, the whole transaction rolls back.
     */
    public record ClaimsRetired(long articleId, List<Long> claimIds) {
    }

    /** Fired inside the deleting transaction after the article and its claims are gone. */
    public record ArticleDeleted(long articleId, String title) {
    }

    @Inject
    IngestPipeline pipeline;
    @Inject
    SpeakerDirectory speakers;
    @Inject
    MizanConfig config;
    @Inject
    Event<ArticleStored> stored;
    @Inject
    Event<ClaimsRetired> retired;
    @Inject
    Event<ArticleDeleted> deleted;

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

    /**
     * Stores an article already analysed (the admin previewed this very analysis); idempotent like
     * {@link #store(Article)}. The analysis must be the pipeline's result for this article.
     */
    @Transactional
    public Stored store(Article article, ArticleAnalysis analysis) {
        checkSize(article.text());
        String hash = ContentHash.of(article.text());
        Optional<ArticleEntity> existing = ArticleEntity.findByHash(hash);
        if (existing.isPresent()) {
            return new Stored(existing.get(), false);
        }
        ArticleEntity entity = toEntity(analysis, article, hash);
        entity.persist();
        stored.fire(new ArticleStored(entity));
        return new Stored(entity, true);
    }

    /**
     * Removes an article and its claims — nothing else: speakers stay, and rows of other features that
     * refer to the claims are removed by their owners on {@link ClaimsRetired}. False if there was none.
     */
    @Transactional
    public boolean delete(long id) {
        Optional<ArticleEntity> found = ArticleEntity.findByIdOptional(id);
        if (found.isEmpty()) {
            return false;
        }
        ArticleEntity article = found.get();
        retired.fire(new ClaimsRetired(id, claimIds(article)));
        String title = article.title;
        article.delete();
        ArticleEntity.getEntityManager().flush();
        deleted.fire(new ArticleDeleted(id, title));
        return true;
    }

    /**
     * Runs the current pipeline again over a stored article's text and replaces its claims and time
     * expressions (after the pipeline improved). The text, its hash and the given metadata stay.
     */
    @Transactional
    public Optional<ArticleEntity> reanalyse(long id) {
        Optional<ArticleEntity> found = ArticleEntity.findByIdOptional(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ArticleEntity entity = found.get();
        // A date the pipeline found in the text is found again; only a date the sender gave is passed on.
        LocalDate given = PublishedOnSource.GIVEN.wire().equals(entity.publishedOnSource) ? entity.publishedOn : null;
        Article article = new Article(entity.text, entity.title, given, entity.outlet, entity.url);
        ArticleAnalysis analysis = pipeline.analyze(article);
        retired.fire(new ClaimsRetired(id, claimIds(entity)));
        entity.claims.clear();
        entity.timex.clear();
        ArticleEntity.getEntityManager().flush();
        ArticleEntity fresh = toEntity(analysis, article, entity.contentHash);
        entity.title = fresh.title;
        entity.language = fresh.language;
        entity.publishedOn = fresh.publishedOn;
        entity.publishedOnSource = fresh.publishedOnSource;
        entity.bodyStart = fresh.bodyStart;
        entity.bodyEnd = fresh.bodyEnd;
        entity.provenance = fresh.provenance;
        entity.relays.clear();
        entity.relays.addAll(fresh.relays);
        for (ClaimEntity claim : fresh.claims) {
            claim.article = entity;
            entity.claims.add(claim);
        }
        entity.timex.addAll(fresh.timex);
        ArticleEntity.getEntityManager().flush();
        stored.fire(new ArticleStored(entity));
        return Optional.of(entity);
    }

    private static List<Long> claimIds(ArticleEntity article) {
        return article.claims.stream().map(c -> c.id).toList();
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
        a.relays.addAll(RelayEmbeddable.chainOf(analysis.text(), analysis.body(), analysis.provenance(), article.outlet()));
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
}
