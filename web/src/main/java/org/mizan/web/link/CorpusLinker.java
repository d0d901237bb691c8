package org.mizan.web.link;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;
import org.mizan.core.link.ClaimLink;
import org.mizan.core.link.ClaimLinker;
import org.mizan.core.link.Evidence;
import org.mizan.core.link.LinkableClaim;
import org.mizan.core.link.Story;
import org.mizan.core.link.StoryClusterer;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.article.ArticleService.ArticleStored;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.story.StoryEntity;
import org.mizan.web.story.StoryService;

/**
 * Keeps the core's linker and story clusterer (in memory) in step with the database: loads every stored
 * claim at start-up, before the seeds; links and clusters each article as it is stored, in its storing
 * transaction, persisting the links and the stories it touched; forgets retired claims.
 */
@ApplicationScoped
public class CorpusLinker {

    private static final Logger LOG = Logger.getLogger(CorpusLinker.class);

    @Inject
    LinkService links;
    @Inject
    StoryService stories;

    private final ClaimLinker linker = ClaimLinker.standard();
    private final StoryClusterer clusterer = StoryClusterer.standard();

    /** One read of the whole corpus: the links in one query, so start-up stays linear in the corpus size. */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        Map<Long, List<ClaimLink>> linksByArticle = new HashMap<>();
        for (ClaimLinkEntity l : ClaimLinkEntity.<ClaimLinkEntity>listAll()) {
            ClaimLink link = core(l);
            linksByArticle.computeIfAbsent(l.fromClaim.article.id, k -> new ArrayList<>()).add(link);
            linksByArticle.computeIfAbsent(l.toClaim.article.id, k -> new ArrayList<>()).add(link);
        }
        int claims = 0;
        for (ArticleEntity a : ArticleEntity.<ArticleEntity>list("order by id")) {
            List<LinkableClaim> linkables = a.claims.stream().map(CoreClaims::linkable).toList();
            linker.add(linkables);
            clusterer.addArticle(info(a), linkables, linksByArticle.getOrDefault(a.id, List.of()));
            claims += linkables.size();
        }
        LOG.infof("linker: %d stored claims loaded", claims);
    }

    synchronized void onStored(@Observes ArticleStored event) {
        ArticleEntity article = event.article();
        ArticleEntity.getEntityManager().flush();
        List<LinkableClaim> linkables = article.claims.stream().map(CoreClaims::linkable).toList();
        clusterer.removeArticle(String.valueOf(article.id));
        linker.remove(String.valueOf(article.id));
        List<ClaimLink> found = linker.store(linkables);
        for (ClaimLink l : found) {
            ClaimEntity from = ClaimEntity.findById(Long.parseLong(l.from()));
            ClaimEntity to = ClaimEntity.findById(Long.parseLong(l.to()));
            if (from != null && to != null) {
                links.link(from, to, l.relation().wire(), l.confidence(), l.reason(), evidence(l));
            }
        }
        clusterer.addArticle(info(article), linkables, found);
        saveStories(article);
    }

    /** Called when an article's claims are retired (deleted or re-analysed). */
    synchronized void forget(long articleId) {
        linker.remove(String.valueOf(articleId));
        clusterer.removeArticle(String.valueOf(articleId));
    }

    private void saveStories(ArticleEntity article) {
        Set<String> live = new HashSet<>();
        for (Story s : clusterer.stories()) {
            live.add(s.id());
            if (s.articleIds().contains(String.valueOf(article.id))) {
                List<ClaimEntity> claims = s.claimIds().stream().map(id -> ClaimEntity.<ClaimEntity>findById(Long.parseLong(id)))
                        .filter(c -> c != null).toList();
                stories.save(s.id(), s.title(), claims);
            }
        }
        // Stories the clusterer merged away.
        for (StoryEntity stale : StoryEntity.<StoryEntity>list("clusterKey not in ?1", live.isEmpty() ? Set.of("") : live)) {
            stories.save(stale.clusterKey, stale.title, List.of());
        }
    }

    private static List<EvidenceEmbeddable> evidence(ClaimLink l) {
        return l.evidence().stream().map(e -> new EvidenceEmbeddable(e.side() == Evidence.Side.A ? "from" : "to",
                clip(e.span().text()), e.span().start(), e.span().end())).toList();
    }

    private static ClaimLink core(ClaimLinkEntity l) {
        return new ClaimLink(String.valueOf(l.fromClaim.id), String.valueOf(l.toClaim.id),
                org.mizan.core.link.Relation.valueOf(l.relation.toUpperCase(Locale.ROOT)), Math.max(0.01, l.confidence),
                l.reason == null ? "" : l.reason, List.of());
    }

    private static StoryClusterer.ArticleInfo info(ArticleEntity a) {
        return new StoryClusterer.ArticleInfo(String.valueOf(a.id), a.title, a.publishedOn, a.outlet);
    }

    private static String clip(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
