package org.mizan.web.link;

import static org.mizan.web.Columns.clip;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.mizan.core.link.ClaimLink;
import org.mizan.core.link.ClaimLinker;
import org.mizan.core.link.Evidence;
import org.mizan.core.link.LinkableClaim;
import org.mizan.core.link.Relation;
import org.mizan.core.link.Story;
import org.mizan.core.link.StoryClusterer;
import org.mizan.web.MizanConfig;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.article.ArticleService.ArticleStored;
import org.mizan.web.article.ArticleService.ClaimsRetired;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.claim.ClaimRecords;
import org.mizan.web.story.StoryService;

/**
 * Keeps the corpus linked: the core {@link ClaimLinker} index and {@link StoryClusterer} live in memory,
 * replayed from the database at start-up (before the seeds load), and every stored article is linked
 * inside its own storing transaction, its links and stories persisted with it.
 */
@ApplicationScoped
public class CorpusLinker {

    private static final Logger LOG = Logger.getLogger(CorpusLinker.class);

    @Inject
    LinkService links;
    @Inject
    StoryService stories;
    @Inject
    MizanConfig config;

    private ClaimLinker linker;
    private StoryClusterer clusterer;

    /** Runs before {@code SeedLoader} (default priority), so seeds are linked against a full index. */
    @Transactional
    void replay(@Observes @Priority(10) StartupEvent event) {
        ClaimLinker.Settings d = ClaimLinker.Settings.DEFAULT;
        linker = new ClaimLinker(new ClaimLinker.Settings(config.linkWindowDays(), d.agreeCap(), d.conflictCap(),
                d.contrastCap(), d.candidatesPerClaim(), d.linksPerRelation()), org.mizan.core.link.ClaimComparator.standard());
        clusterer = StoryClusterer.standard();
        List<ArticleEntity> all = ArticleEntity.listAll();
        Map<Long, List<ClaimLink>> storedLinks = new HashMap<>();
        for (ClaimLinkEntity l : ClaimLinkEntity.<ClaimLinkEntity>listAll()) {
            ClaimLink link = toCore(l);
            storedLinks.computeIfAbsent(l.fromClaim.id, k -> new ArrayList<>()).add(link);
            storedLinks.computeIfAbsent(l.toClaim.id, k -> new ArrayList<>()).add(link);
        }
        int claims = 0;
        for (ArticleEntity a : all) {
            List<LinkableClaim> linkable = linkable(a);
            linker.add(linkable);
            Set<ClaimLink> touching = new HashSet<>();
            a.claims.forEach(c -> touching.addAll(storedLinks.getOrDefault(c.id, List.of())));
            clusterer.addArticle(info(a), linkable, List.copyOf(touching));
            claims += linkable.size();
        }
        LOG.infof("linker: %d claims of %d articles indexed", claims, all.size());
    }

    /** Inside the storing transaction: link the new claims, persist links, refresh the stories they touch. */
    void onStored(@Observes ArticleStored event) {
        ArticleEntity article = event.article();
        List<LinkableClaim> linkable = linkable(article);
        List<ClaimLink> found = linker.store(linkable);
        for (ClaimLink l : found) {
            if (l.relation() == Relation.UNRELATED) {
                continue;
            }
            ClaimEntity from = ClaimEntity.findById(Long.parseLong(l.from()));
            ClaimEntity to = ClaimEntity.findById(Long.parseLong(l.to()));
            if (from != null && to != null) {
                links.link(from, to, l.relation().wire(), l.confidence(), l.reason(), evidence(l));
            }
        }
        clusterer.addArticle(info(article), linkable, found);
        Set<String> touched = new HashSet<>();
        for (LinkableClaim c : linkable) {
            clusterer.storyOf(c.claimId()).ifPresent(s -> {
                if (touched.add(s.id())) {
                    save(s);
                }
            });
        }
    }

    /** An article deleted or re-analysed: its claims leave the index and the stories are rebuilt. */
    void onRetired(@Observes ClaimsRetired event) {
        String articleId = Long.toString(event.articleId());
        Map<String, Story> before = new HashMap<>();
        clusterer.stories().forEach(s -> before.put(s.id(), s));
        linker.remove(articleId);
        clusterer.removeArticle(articleId);
        // Clustering is rebuilt in memory; only the stories whose members changed are written.
        for (Story s : clusterer.stories()) {
            Story old = before.remove(s.id());
            if (old == null || !old.claimIds().equals(s.claimIds()) || !java.util.Objects.equals(old.title(), s.title())) {
                save(s);
            }
        }
        before.values().forEach(gone -> stories.save(gone.id(), gone.title(), List.of()));
    }

    private void save(Story s) {
        List<ClaimEntity> members = s.claimIds().stream()
                .map(id -> ClaimEntity.<ClaimEntity>findById(Long.parseLong(id)))
                .filter(c -> c != null)
                .toList();
        stories.save(s.id(), s.title(), members);
    }

    private static List<LinkableClaim> linkable(ArticleEntity a) {
        return a.claims.stream()
                .map(c -> LinkableClaim.of(Long.toString(c.id), Long.toString(a.id), a.outlet, a.publishedOn, ClaimRecords.toCore(c)))
                .toList();
    }

    private static StoryClusterer.ArticleInfo info(ArticleEntity a) {
        return new StoryClusterer.ArticleInfo(Long.toString(a.id), a.title, a.publishedOn, a.outlet);
    }

    private static List<EvidenceEmbeddable> evidence(ClaimLink l) {
        return l.evidence().stream()
                .map(e -> new EvidenceEmbeddable(e.side() == Evidence.Side.A ? "from" : "to", clip(e.span().text(), 1000),
                        e.span().start(), e.span().end()))
                .toList();
    }

    private static ClaimLink toCore(ClaimLinkEntity l) {
        List<Evidence> evidence = l.evidence.stream()
                .map(e -> new Evidence(e.onFromSide() ? Evidence.Side.A : Evidence.Side.B,
                        new org.mizan.core.Span(e.text == null ? "" : e.text, e.startOffset,
                                e.startOffset + (e.text == null ? 0 : e.text.length()))))
                .toList();
        return new ClaimLink(Long.toString(l.fromClaim.id), Long.toString(l.toClaim.id),
                Relation.valueOf(l.relation.toUpperCase(Locale.ROOT)), l.confidence, l.reason, evidence);
    }
}
