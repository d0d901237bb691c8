package org.mizan.web.article;

import static org.mizan.web.Columns.clip;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.mizan.core.Article;
import org.mizan.core.ArticleAnalysis;
import org.mizan.core.Claim;
import org.mizan.core.Proposition;
import org.mizan.core.PublishedOnSource;
import org.mizan.core.TimeExpression;
import org.mizan.ingest.IngestPipeline;
import org.mizan.ingest.RejectedInputException;
import org.mizan.web.MizanConfig;
import org.mizan.web.article.ArticleService.ArticleDeleted;
import org.mizan.web.article.ArticleService.ArticleStored;
import org.mizan.web.article.ArticleService.ClaimsRetired;
import org.mizan.web.article.ArticleService.Stored;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.claim.PropositionEmbeddable;
import org.mizan.web.claim.StableClaims;
import org.mizan.web.link.CorpusLinker;
import org.mizan.web.story.StoryEvents;
import org.mizan.web.search.SearchFollower;
import org.mizan.web.speaker.SpeakerDirectory;
import org.mizan.web.speaker.SpeakerEntity;

/**
 * The corpus's one write path. Every store, delete and re-analysis runs in this order, and nothing else
 * writes articles, claims, links or stories:
 * <ol>
 *   <li>analyse the text, outside any transaction and lock (the slow part, run in parallel), and read its
 *       claims' texts as linking will compare them ({@link CorpusLinker#prepare});</li>
 *   <li>alone ({@link SingleWriter}), in one transaction: check the text is not stored yet, store the
 *       article and its claims with their speakers and search keys, link the claims, update the stories,
 *       move the corpus version on, and whatever the caller adds (the admin's audit entry);</li>
 *   <li>commit; only then do caches learn of it (observers of {@link ArticleStored} and
 *       {@link ArticleDeleted} with {@code during = AFTER_SUCCESS}), and {@link CorpusLinker} trusts the
 *       in-memory index it changed on the way only if the commit succeeded.</li>
 * </ol>
 * Readers never see half an article: the article, its claims, links and stories commit together.
 */
@ApplicationScoped
public class ArticleWriter {

    private static final Logger LOG = Logger.getLogger(ArticleWriter.class);

    /**
     * Analyses at once, at most one per core: sixteen uploads analysed together on two cores would only
     * share them sixteen ways, and starve the single writer, whose turn every upload then waits for. In
     * arrival order: a client sending its next upload at once would otherwise overtake the ones waiting.
     */
    private final Semaphore analysing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    @Inject
    IngestPipeline pipeline;
    @Inject
    SingleWriter single;
    @Inject
    CorpusLinker linker;
    @Inject
    StoryEvents stories;
    @Inject
    CorpusVersion version;
    @Inject
    SpeakerDirectory speakers;
    @Inject
    SearchFollower search;
    @Inject
    MizanConfig config;
    @Inject
    StableClaims stableClaims;
    @Inject
    Event<ArticleStored> stored;
    @Inject
    Event<ClaimsRetired> retired;
    @Inject
    Event<ArticleDeleted> deleted;

    /**
     * Stores the article unless its text is stored already (then returns that one, {@code created} false,
     * however many requests send it at once). {@code analysis} is the pipeline's result for this article
     * (an admin's preview), or null to analyse now. {@code alsoInTransaction} runs in the storing
     * transaction (or, for a text already stored, in one of its own).
     */
    public Stored store(Article article, ArticleAnalysis analysis, Consumer<Stored> alsoInTransaction) {
        single.requireNoTransaction();
        checkSize(article.text());
        String hash = ContentHash.of(article.text());
        Optional<Stored> known = existing(hash, alsoInTransaction);
        if (known.isPresent()) {
            return known.get();
        }
        // One deadline for the wait to analyse and the wait to write: the client is answered before its
        // connection's idle timeout, with 503 when the server is too busy (back-pressure).
        long deadline = single.deadline();
        ArticleAnalysis analysed = analysis != null ? analysis : analyse(article, deadline);
        linker.prepare(analysed);
        try {
            return single.write(() -> {
                Optional<ArticleEntity> again = ArticleEntity.findByHash(hash);
                if (again.isPresent()) {
                    return done(new Stored(again.get(), false), alsoInTransaction);
                }
                ArticleEntity entity = toEntity(analysed, article, hash);
                entity.persist();
                // Ids for the linker; a copy stored by another process fails here, before any linking.
                ArticleEntity.getEntityManager().flush();
                linker.linkNew(entity);
                stories.update(entity);
                finish(entity);
                return done(new Stored(entity, true), alsoInTransaction);
            }, deadline);
        } catch (WriterBusyException e) {
            throw e;
        } catch (RuntimeException e) {
            // Another process stored the same text between our check and our commit (the unique content
            // hash refused ours, at the flush or at the commit): that one is the article.
            Optional<Stored> winner = existing(hash, alsoInTransaction);
            if (winner.isPresent()) {
                LOG.debugf("article %s stored concurrently elsewhere; answering the stored one", hash);
                return winner.get();
            }
            throw e;
        }
    }

    /**
     * Removes an article, its claims, their links and their places in stories (speakers stay). False if
     * there was none. {@code alsoInTransaction} sees the article before it goes.
     */
    public boolean delete(long id, Consumer<ArticleEntity> alsoInTransaction) {
        return single.write(() -> {
            Optional<ArticleEntity> found = ArticleEntity.findByIdOptional(id);
            if (found.isEmpty()) {
                return false;
            }
            ArticleEntity article = found.get();
            alsoInTransaction.accept(article);
            retire(article, article.claims.stream().map(c -> c.id).toList());
            String title = article.title;
            article.delete();
            ArticleEntity.getEntityManager().flush();
            linker.expectVersion(version.bump());
            search.noteChanged(id);
            deleted.fire(new ArticleDeleted(id, title));
            return true;
        });
    }

    /**
     * Runs the current pipeline again over a stored article's text and replaces its claims, their links
     * and their places in stories; a claim read again with the same text keeps its id ({@link StableClaims}).
     * The text, its hash and the metadata the sender gave stay.
     */
    public Optional<ArticleEntity> reanalyse(long id, Consumer<ArticleEntity> alsoInTransaction) {
        single.requireNoTransaction();
        Optional<Article> source = QuarkusTransaction.requiringNew().call(() -> ArticleEntity.<ArticleEntity>findByIdOptional(id).map(e -> {
            // A date the pipeline found in the text is found again; only a date the sender gave is passed on.
            LocalDate given = PublishedOnSource.GIVEN.wire().equals(e.publishedOnSource) ? e.publishedOn : null;
            return new Article(e.text, e.title, given, e.outlet, e.url);
        }));
        if (source.isEmpty()) {
            return Optional.empty();
        }
        long deadline = single.deadline();
        ArticleAnalysis analysis = analyse(source.get(), deadline);
        linker.prepare(analysis);
        return single.write(() -> {
            Optional<ArticleEntity> found = ArticleEntity.findByIdOptional(id);
            if (found.isEmpty()) {
                return Optional.<ArticleEntity>empty();
            }
            ArticleEntity entity = found.get();
            ArticleEntity fresh = toEntity(analysis, source.get(), entity.contentHash);
            // Claims read again with the same text keep their ids (StableClaims); only the others retire.
            StableClaims.Succession succession = StableClaims.match(entity.claims, fresh.claims);
            retire(entity, succession.leavingIds());
            stableClaims.carryOver(entity, succession);
            entity.timex.clear();
            ArticleEntity.getEntityManager().flush();
            entity.title = fresh.title;
            entity.language = fresh.language;
            entity.publishedOn = fresh.publishedOn;
            entity.publishedOnSource = fresh.publishedOnSource;
            entity.bodyStart = fresh.bodyStart;
            entity.bodyEnd = fresh.bodyEnd;
            entity.provenance = fresh.provenance;
            entity.relays.clear();
            entity.relays.addAll(fresh.relays);
            entity.timex.addAll(fresh.timex);
            ArticleEntity.getEntityManager().flush();
            linker.linkAgain(entity);
            stories.update(entity);
            finish(entity);
            alsoInTransaction.accept(entity);
            return Optional.of(entity);
        }, deadline);
    }

    private ArticleAnalysis analyse(Article article, long deadline) {
        try {
            if (!analysing.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new WriterBusyException("The server is busy analysing other articles.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriterBusyException("Interrupted while waiting to analyse.");
        }
        try {
            return pipeline.analyze(article);
        } finally {
            analysing.release();
        }
    }

    /** Refuses a text longer than {@code mizan.max-article-chars} (413), before any work on it. */
    void checkSize(String text) {
        if (text != null && text.length() > config.maxArticleChars()) {
            throw new RejectedInputException(RejectedInputException.Reason.TOO_LARGE,
                    "The article has " + text.length() + " characters; the limit is " + config.maxArticleChars() + ".");
        }
    }

    /**
     * Takes the article's current claims out of links, stories and the linking index (linking and
     * clustering file them in again if they stay), and lets other features drop their rows of the
     * {@code leaving} claims, which go.
     */
    private void retire(ArticleEntity article, List<Long> leaving) {
        List<Long> claimIds = article.claims.stream().map(c -> c.id).toList();
        // Rows of other features that refer to the leaving claims are removed by their owners here.
        retired.fire(new ClaimsRetired(article.id, leaving));
        linker.retire(article.id, claimIds);
        stories.retire(article.id, claimIds);
    }

    private void finish(ArticleEntity entity) {
        linker.expectVersion(version.bump());
        search.noteChanged(entity.id);
        stored.fire(new ArticleStored(entity));
    }

    private Optional<Stored> existing(String hash, Consumer<Stored> alsoInTransaction) {
        return QuarkusTransaction.requiringNew().call(() ->
                ArticleEntity.findByHash(hash).map(a -> done(new Stored(a, false), alsoInTransaction)));
    }

    private static Stored done(Stored stored, Consumer<Stored> alsoInTransaction) {
        alsoInTransaction.accept(stored);
        return stored;
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
        Map<String, SpeakerEntity> speakersSeen = new HashMap<>();
        for (Claim claim : analysis.claims()) {
            a.claims.add(toEntity(claim, a, ordinal++, speakersSeen));
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

    private ClaimEntity toEntity(Claim c, ArticleEntity article, int ordinal, Map<String, SpeakerEntity> speakersSeen) {
        ClaimEntity e = new ClaimEntity();
        e.article = article;
        e.ordinal = ordinal;
        e.localId = c.id();
        e.cueText = clip(c.cue().text(), 200);
        e.cueStart = c.cue().start();
        e.cueEnd = c.cue().end();
        e.speaker = speakers.identify(c.speaker(), speakersSeen);
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
