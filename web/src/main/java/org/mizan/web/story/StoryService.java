package org.mizan.web.story;

import static org.mizan.web.Columns.clip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.claim.PropositionEmbeddable;
import org.mizan.web.link.ClaimLinkEntity;
import org.mizan.web.link.LinkService;

/** Stores stories (from the clusterer) and reads them for pages and the API. */
@ApplicationScoped
public class StoryService {

    @Inject
    LinkService links;
    @Inject
    Event<CorpusChanged> changed;

    /**
     * Creates or updates the story with this cluster key so that it holds exactly these claims; title,
     * dates, actors and sources follow from them. An empty claim set removes the story.
     */
    @Transactional
    public Optional<StoryEntity> save(String clusterKey, String title, Collection<ClaimEntity> claims) {
        Optional<StoryEntity> existing = StoryEntity.findByKey(clusterKey);
        changed.fire(new CorpusChanged("story"));
        if (claims.isEmpty()) {
            existing.ifPresent(StoryEntity::delete);
            return Optional.empty();
        }
        StoryEntity story = existing.orElseGet(StoryEntity::new);
        story.clusterKey = clip(clusterKey, 200);
        story.title = clip(title, 1000);
        story.claims.clear();
        story.claims.addAll(claims);
        story.firstDate = claims.stream().map(StoryService::dateOf).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        story.lastDate = claims.stream().map(StoryService::dateOf).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        story.actors.clear();
        story.sources.clear();
        for (ClaimEntity c : claims) {
            story.actors.add(clip(c.speaker.name, 500));
            for (PropositionEmbeddable p : c.propositions) {
                if (p.subject != null && !p.subject.isBlank()) {
                    story.actors.add(clip(p.subject, 500));
                }
            }
            if (c.article.outlet != null && !c.article.outlet.isBlank()) {
                story.sources.add(clip(c.article.outlet, 300));
            }
        }
        story.updatedAt = Instant.now();
        if (!story.isPersistent()) {
            story.persist();
        }
        releaseFromOthers(story);
        return Optional.of(story);
    }

    /**
     * A claim is in one story: when stories merge (or a story's key changes because an earlier claim
     * joined it), the stories that held its claims before lose them, and go when left empty — no ghost
     * of a merged story stays behind.
     */
    private void releaseFromOthers(StoryEntity story) {
        List<Long> ids = story.claims.stream().map(c -> c.id).filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return;
        }
        List<StoryEntity> others = StoryEntity.list(
                "select distinct s from StoryEntity s join s.claims c where c.id in ?1 and s.id <> ?2", ids, story.id);
        for (StoryEntity other : others) {
            other.claims.removeIf(c -> ids.contains(c.id));
            if (other.claims.isEmpty()) {
                other.delete();
            }
        }
    }

    /** Newest first: by the date of the latest statement, then by last update. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoryEntity> latest(int max) {
        return StoryEntity.<StoryEntity>find("order by lastDate desc nulls last, updatedAt desc").page(0, max).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoryEntity> find(long id) {
        return StoryEntity.findByIdOptional(id);
    }

    /** The stories a claim belongs to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoryEntity> storiesOf(long claimId) {
        return StoryEntity.list("select s from StoryEntity s join s.claims c where c.id = ?1", claimId);
    }

    /** A story's comparison, built inside one transaction so the page renders from plain data. */
    @Transactional
    public Optional<StoryComparison> comparison(long id) {
        return find(id).map(story -> {
            List<Long> ids = story.claims.stream().map(c -> c.id).toList();
            List<ClaimLinkEntity> among = links.linksAmong(ids);
            return StoryComparison.of(story, among);
        });
    }

    @Transactional
    public List<StoryViews.StorySummary> summaries(int max) {
        return latest(max).stream().map(StoryViews.StorySummary::of).toList();
    }

    @Transactional
    public Optional<StoryViews.StoryDetail> detail(long id) {
        return find(id).map(s -> new StoryViews.StoryDetail(s.id, s.title, s.firstDate, s.lastDate,
                List.copyOf(s.actors), List.copyOf(s.sources),
                s.claims.stream().map(org.mizan.web.claim.ClaimViews.ClaimSummary::of).toList(),
                links.linksAmong(s.claims.stream().map(c -> c.id).toList()).stream().map(StoryViews.StoryLink::of).toList()));
    }

    /**
     * Drops these claims from every story (they are being removed); a story left empty goes. Call inside
     * the removing transaction, before they go.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetClaims(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return;
        }
        List<StoryEntity> touched = StoryEntity.list("select distinct s from StoryEntity s join s.claims c where c.id in ?1", claimIds);
        for (StoryEntity s : touched) {
            List<ClaimEntity> kept = s.claims.stream().filter(c -> !claimIds.contains(c.id)).toList();
            save(s.clusterKey, s.title, kept);
        }
    }

    private static LocalDate dateOf(ClaimEntity c) {
        return c.statedOn != null ? c.statedOn : c.article.publishedOn;
    }
}
