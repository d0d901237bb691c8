package org.mizan.web.story;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;
import org.mizan.core.story.ArticleProfile;
import org.mizan.core.story.EventClusterer;
import org.mizan.core.story.EventProfile;
import org.mizan.core.story.TermRarity;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.article.SingleWriter;
import org.mizan.web.claim.ClaimRecords;

/**
 * The write path's "update stories" step: places a stored article in its event ({@code core.story}) and
 * writes the stories of the events that changed; takes a retired article out of its event the same way.
 * The events live in the database ({@link StoredEvents}), so nothing is replayed at start-up. A story is
 * an event whose articles hold two claims or more; its claims are every claim of its articles.
 */
@ApplicationScoped
public class StoryEvents {

    private static final Logger LOG = Logger.getLogger(StoryEvents.class);
    /** The story of event N: its cluster key. */
    static final String KEY_PREFIX = "event-";

    @Inject
    StoryService stories;

    private final EventClusterer clusterer = EventClusterer.standard();

    /** Inside the write, once the article and its claims are flushed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void update(ArticleEntity article) {
        StoredEvents events = new StoredEvents(em());
        write(clusterer.place(profile(article), events), events);
    }

    /** Inside the write, before an article's claims go (deleted or analysed again). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retire(long articleId, List<Long> claimIds) {
        stories.forgetClaims(claimIds);
        StoredEvents events = new StoredEvents(em());
        write(clusterer.remove(Long.toString(articleId), events), events);
    }

    /**
     * A database made before stories were events has stories but no events: place every article once.
     * Runs after the linker's start (priority 10) and before the seeds are loaded (default priority).
     */
    void start(@Observes @Priority(20) StartupEvent event) {
        QuarkusTransaction.requiringNew().timeout(SingleWriter.TIMEOUT_SECONDS).run(() -> {
            StoredEvents events = new StoredEvents(em());
            if (events.any() || ArticleEntity.count() == 0) {
                return;
            }
            LOG.info("stories: clustering the stored articles into events once");
            StoryEntity.<StoryEntity>listAll().forEach(s -> stories.saveMembers(s.clusterKey, s.title, List.of()));
            for (ArticleEntity a : ArticleEntity.<ArticleEntity>list("order by id")) {
                write(clusterer.place(profile(a), events), events);
            }
        });
    }

    private void write(EventClusterer.Change change, StoredEvents events) {
        change.removed().forEach(id -> stories.saveMembers(KEY_PREFIX + id, null, List.of()));
        for (String id : change.changed()) {
            EventProfile event = events.event(id).orElseThrow();
            List<Long> articles = events.articles(id);
            List<Long> claims = articles.isEmpty() ? List.of() : em()
                    .createNativeQuery("select id from claim where article_id in (?1) order by id")
                    .setFlushMode(FlushModeType.COMMIT).setParameter(1, articles).getResultList().stream()
                    .map(v -> ((Number) v).longValue()).toList();
            stories.saveMembers(KEY_PREFIX + id, event.title(), claims.size() >= 2 ? claims : List.of());
        }
    }

    private static ArticleProfile profile(ArticleEntity a) {
        return ArticleProfile.of(Long.toString(a.id), a.outlet, a.publishedOn, a.title, a.body(),
                a.claims.stream().map(ClaimRecords::toCore).toList(), TermRarity.standard());
    }

    private static EntityManager em() {
        return StoryEntity.getEntityManager();
    }
}
