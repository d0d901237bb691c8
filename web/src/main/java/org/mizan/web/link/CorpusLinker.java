package org.mizan.web.link;

import static org.mizan.web.Columns.clip;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.mizan.core.ArticleAnalysis;
import org.mizan.core.Claim;
import org.mizan.core.link.ClaimLink;
import org.mizan.core.link.ClaimLinker;
import org.mizan.core.link.Evidence;
import org.mizan.core.link.LinkableClaim;
import org.mizan.core.link.ClaimComparator;
import org.mizan.core.link.Relation;
import org.mizan.core.stance.PairAnalysis;
import org.mizan.web.MizanConfig;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.article.CorpusVersion;
import org.mizan.web.article.SingleWriter;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.claim.ClaimRecords;
import org.mizan.web.review.LinkDecisionEntity;

/**
 * Links stored claims, for the write path ({@code ArticleWriter}), inside its transaction (stories are
 * the next step, {@code StoryEvents}). Core's {@link ClaimLinker} files claims in, and finds candidates
 * through, the tables of {@link LinkKeyTable}, written in the same transaction: nothing about linking is replayed at start, and
 * a write by another process is seen as soon as it commits. What the linker's actor resolver learns is
 * kept in {@link ActorLessons}; the resolver in memory is trusted only at the corpus version it was taught
 * at: a write that rolls back makes the next write build it again from the stored lessons, and a write by
 * another process (PostgreSQL) teaches it that process's new lessons first.
 */
@ApplicationScoped
public class CorpusLinker {

    private static final Logger LOG = Logger.getLogger(CorpusLinker.class);
    /** The transaction's resource key marking that a rollback must make the next write rebuild the index. */
    private static final Object ROLLBACK_WATCH = new Object();

    @Inject
    LinkService links;
    @Inject
    CorpusVersion version;
    @Inject
    MizanConfig config;
    @Inject
    TransactionSynchronizationRegistry transactions;

    // Guarded by the single writer (SingleWriter): only a write's transaction touches them.
    private final ActorLessons lessons = new ActorLessons();
    private ClaimComparator comparator;
    private ClaimLinker linker;
    /** The corpus version the in-memory index reflects; -1 while a write that changed it is not committed. */
    private long memoryVersion = -1;

    /**
     * A data directory from before the linking tables is filed at start, before {@code SeedLoader}
     * (default priority) writes. Reading the whole corpus takes longer than the default transaction timeout
     * (60 s) on a few thousand articles on a busy machine, and the timeout's interrupt would close H2's file:
     * allow it an hour. Otherwise the first write builds the linker ({@link #ensureCurrent}): its lexicons
     * and model take about a second to load, which start-up need not wait for.
     */
    void start(@Observes @Priority(10) StartupEvent event) {
        QuarkusTransaction.requiringNew().timeout(SingleWriter.TIMEOUT_SECONDS).run(() -> {
            if (!LinkKeyTable.empty("claim") && LinkKeyTable.empty("link_key")) {
                newLinker();
                memoryVersion = version.current();
            }
        });
    }

    /**
     * Before the write, outside the lock, in parallel: reads each new claim's text alone as comparing it
     * will (core's {@code PairAnalysis} keeps the texts it read last), so the single writer only aligns
     * pairs. A pure function of the texts: it changes no link.
     */
    public void prepare(ArticleAnalysis analysis) {
        for (Claim c : analysis.claims()) {
            if (c.content() != null && !c.content().text().isBlank()) {
                PairAnalysis.prepare(c.content().text());
            }
        }
    }

    /**
     * Inside the write: links a new article's claims to the corpus and among themselves. Its claims are
     * new rows, so no editor's decision can name them yet: none is looked up.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void linkNew(ArticleEntity article) {
        link(article, false);
    }

    /**
     * Inside a re-analysis: links the article's claims again; those that kept their ids keep what editors
     * decided about their links (a rejected link is not made again, a confirmed one stays confirmed).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void linkAgain(ArticleEntity article) {
        link(article, true);
    }

    private void link(ArticleEntity article, boolean mayBeDecided) {
        ensureCurrent();
        List<LinkableClaim> linkable = linkable(article);
        lessons.record(linkable);
        List<ClaimLink> found = linker.store(linkable);
        Map<Long, ClaimEntity> claims = new HashMap<>();
        article.claims.forEach(c -> claims.put(c.id, c));
        Map<String, LinkDecisionEntity> decided = mayBeDecided ? LinkDecisionEntity.touching(claims.keySet()) : Map.of();
        for (ClaimLink l : found) {
            if (l.relation() == Relation.UNRELATED) {
                continue;
            }
            // Editor review (web.review): a rejected link is never made again; a confirmed one stays confirmed.
            LinkDecisionEntity decision = decided.get(LinkDecisionEntity.key(Long.parseLong(l.from()), Long.parseLong(l.to()), l.relation().wire()));
            if (decision != null && LinkDecisionEntity.REJECTED.equals(decision.decision)) {
                continue;
            }
            ClaimEntity from = claims.computeIfAbsent(Long.parseLong(l.from()), id -> ClaimEntity.getEntityManager().getReference(ClaimEntity.class, id));
            ClaimEntity to = claims.computeIfAbsent(Long.parseLong(l.to()), id -> ClaimEntity.getEntityManager().getReference(ClaimEntity.class, id));
            ClaimLinkEntity stored = links.record(from, to, l.relation().wire(), l.confidence(), l.reason(), evidence(l));
            stored.reasonEnglish = l.reasonEnglish().isEmpty() ? null : clip(l.reasonEnglish(), 2000);
            stored.confirmedBy = decision == null ? null : decision.decidedBy;
        }
    }

    /** Inside the write, before an article's claims are removed: their links go and they leave the index. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retire(long articleId, List<Long> claimIds) {
        ensureCurrent();
        links.forgetClaims(claimIds);
        linker.remove(Long.toString(articleId));
    }

    /**
     * Inside the write, once it has moved the corpus to {@code committedVersion}: the in-memory index is
     * that version's, for the next write of the same transaction (group commit) and after it if the
     * transaction commits (if it rolls back, see {@link #ensureCurrent}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void expectVersion(long committedVersion) {
        memoryVersion = committedVersion;
    }

    private void ensureCurrent() {
        long current = version.current();
        if (current != memoryVersion) {
            if (memoryVersion == -1) {
                // Not built yet, or a write of ours rolled back (its lessons may have been learnt in memory only).
                newLinker();
            } else {
                lessons.teachNew(comparator.resolver().actors());
            }
            memoryVersion = current;
        }
        // Whatever this transaction teaches the index in memory is trusted only if it commits.
        if (transactions.getResource(ROLLBACK_WATCH) == null) {
            transactions.putResource(ROLLBACK_WATCH, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        memoryVersion = -1;
                    }
                }
            });
        }
    }

    /**
     * A linker over the tables, its actor resolver taught every stored lesson. A data directory from
     * before the tables (claims stored, nothing filed) is filed once, in article order.
     */
    private void newLinker() {
        ClaimLinker.Settings d = ClaimLinker.Settings.DEFAULT;
        comparator = ClaimComparator.standard();
        linker = new ClaimLinker(new ClaimLinker.Settings(config.linkWindowDays(), d.agreeCap(), d.conflictCap(),
                d.contrastCap(), d.candidatesPerClaim(), d.linksPerRelation()), comparator, new LinkKeyTable(comparator.resolver()));
        lessons.forget();
        lessons.teachNew(comparator.resolver().actors());
        if (lessons.none() && !LinkKeyTable.empty("claim") && LinkKeyTable.empty("link_key")) {
            int filed = 0;
            for (ArticleEntity a : ArticleEntity.<ArticleEntity>list("order by id")) {
                List<LinkableClaim> linkable = linkable(a);
                lessons.record(linkable);
                linker.add(linkable);
                filed += linkable.size();
            }
            LOG.infof("linker: %d claims stored before the linking tables filed in them", filed);
        }
    }

    private static List<LinkableClaim> linkable(ArticleEntity a) {
        return a.claims.stream().map(CorpusLinker::linkable).toList();
    }

    static LinkableClaim linkable(ClaimEntity c) {
        return LinkableClaim.of(Long.toString(c.id), Long.toString(c.article.id), c.article.outlet, c.article.publishedOn,
                ClaimRecords.toCore(c));
    }

    private static List<EvidenceEmbeddable> evidence(ClaimLink l) {
        return l.evidence().stream()
                .map(e -> new EvidenceEmbeddable(e.side() == Evidence.Side.A ? "from" : "to", clip(e.span().text(), 1000),
                        e.span().start(), e.span().end()))
                .toList();
    }
}
