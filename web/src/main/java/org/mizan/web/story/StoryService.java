package org.mizan.web.story;

import static org.mizan.web.Columns.clip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mizan.web.paging.ReadOnlyReads;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.link.ClaimLinkEntity;
import org.mizan.web.link.LinkService;
import org.mizan.web.paging.Cursor;
import org.mizan.web.paging.DateKeyset;
import org.mizan.web.paging.Slice;

/** Stores stories (the events of {@link StoryEvents}, in the write path) and reads them for pages and the API. */
@ApplicationScoped
public class StoryService {

    @Inject
    LinkService links;
    @Inject
    Event<CorpusChanged> changed;

    /** {@link #saveMembers} for claim entities (fixtures and tools). */
    @Transactional
    public Optional<StoryEntity> save(String clusterKey, String title, Collection<ClaimEntity> claims) {
        ClaimEntity.getEntityManager().flush();
        changed.fire(new CorpusChanged("story"));
        return saveMembers(clusterKey, title, claims.stream().map(c -> c.id).toList());
    }

    /**
     * Makes the story with this cluster key hold exactly these claims (taking them from any other story
     * that held them: a claim is in one story at most); title, dates, actors and sources follow from them.
     * No claims remove the story, and so does a story left with none by the move.
     * The membership is changed row by row in {@code story_claim}, so the cost follows the change, not
     * the story's size.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<StoryEntity> saveMembers(String clusterKey, String title, List<Long> claimIds) {
        String key = clip(clusterKey, 200);
        Optional<StoryEntity> existing = StoryEntity.findByKey(key);
        Set<Long> wanted = new LinkedHashSet<>(claimIds);
        if (wanted.isEmpty()) {
            existing.ifPresent(StoryService::remove);
            return Optional.empty();
        }
        StoryEntity story = existing.orElseGet(() -> {
            StoryEntity created = new StoryEntity();
            created.clusterKey = key;
            created.updatedAt = Instant.now();
            created.persist();
            return created;
        });
        if (story.titleSetBy == null) {
            story.title = clip(title, 1000);
        }
        story.updatedAt = Instant.now();
        EntityManager em = StoryEntity.getEntityManager();
        if (existing.isEmpty()) {
            // The membership rows below refer to the story's row: a new one must be written first. (A flush
            // checks every entity of the write's session; a stored story's own changes can wait for the next.)
            em.flush();
        }
        Set<Long> held = new HashSet<>(longs(sql(em, "select claims_id from story_claim where StoryEntity_id = ?1")
                .setParameter(1, story.id).getResultList()));
        List<Long> adding = wanted.stream().filter(id -> !held.contains(id)).toList();
        List<Long> dropping = held.stream().filter(id -> !wanted.contains(id)).toList();
        if (!dropping.isEmpty()) {
            sql(em, "delete from story_claim where StoryEntity_id = ?1 and claims_id in (?2)")
                    .setParameter(1, story.id).setParameter(2, dropping).executeUpdate();
        }
        if (!adding.isEmpty()) {
            List<Long> losers = longs(sql(em,
                            "select distinct StoryEntity_id from story_claim where claims_id in (?1) and StoryEntity_id <> ?2")
                    .setParameter(1, adding).setParameter(2, story.id).getResultList());
            if (!losers.isEmpty()) {
                sql(em, "delete from story_claim where claims_id in (?1) and StoryEntity_id <> ?2")
                        .setParameter(1, adding).setParameter(2, story.id).executeUpdate();
            }
            // The claim's date goes with the row: the story page reads its claims in date order by this index.
            // One statement for all of them (one per claim was a round of statement overhead each).
            sql(em, "insert into story_claim (StoryEntity_id, claims_id, claimDay) select ?1, c.id, coalesce(c.statedOn, a.publishedOn)"
                    + " from claim c join article a on a.id = c.article_id where c.id in (?2)")
                    .setParameter(1, story.id).setParameter(2, adding).executeUpdate();
            for (Long loser : losers) {
                StoryEntity.<StoryEntity>findByIdOptional(loser).ifPresent(StoryService::refreshOrRemove);
            }
        }
        refresh(story);
        return Optional.of(story);
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

    /** How many actors or sources the API's story detail lists at most (a story of a long-running event gathers hundreds). */
    static final int MAX_API_NAMES = 200;

    /** A story's claims, newest statement first: a range read on story_claim(story, claimDay, claim). */
    static final DateKeyset MEMBERS = new DateKeyset("StoryMember m", "", "m.storyId = :owner", "m.claimDay", "m.claimId");

    /**
     * One page of a story's comparison, built inside one transaction so the page renders from plain data:
     * {@link StoryComparison#PAGE} of its claims from the cursor (the newest first when none), with their
     * articles and speakers in one read and the links among them in another. What a page reads and shows is
     * bounded whatever the story's size; the total is the story's {@code claimCount} column.
     */
    @Transactional
    public Optional<StoryComparison> comparison(long id, Cursor cursor) {
        ReadOnlyReads.apply();
        return StoryEntity.<StoryEntity>findByIdOptional(id).map(story -> {
            MemberPage page = members(story, cursor, StoryComparison.PAGE);
            return StoryComparison.of(story, page.claims(), page.links(), page.ids(),
                    firstOf("story_actor", "actor", id), firstOf("story_source", "source", id));
        });
    }

    /** One page of a story's claims with their articles and speakers, and the links among them. */
    private record MemberPage(Slice<Long> ids, List<ClaimEntity> claims, List<ClaimLinkEntity> links) {
    }

    /**
     * {@code limit} of a story's claims from the cursor, newest statement first (a range read on
     * story_claim), read with their articles and speakers in one statement and the links among them in
     * another; the total is the story's {@code claimCount} column. The claims come in page order.
     */
    private MemberPage members(StoryEntity story, Cursor cursor, int limit) {
        List<StoryMember> rows = MEMBERS.fetch(StoryMember.class, Map.of("owner", story.id), cursor, limit + 1);
        Slice<StoryMember> page = Slice.of(rows, limit, cursor, Math.max(story.claimCount, rows.size()),
                m -> DateKeyset.key(m.claimDay, m.claimId));
        List<Long> ids = page.items().stream().map(m -> m.claimId).toList();
        if (ids.isEmpty()) {
            return new MemberPage(page.withItems(ids), List.of(), List.of());
        }
        Map<Long, ClaimEntity> byId = ClaimEntity.withArticleAndSpeaker(ids);
        // A claim removed since the membership row was read is left out (the page is read in one transaction).
        List<ClaimEntity> claims = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        return new MemberPage(page.withItems(ids), claims, links.linksAmong(ids));
    }

    /** At most {@link StoryComparison#MAX_NAMES} + 1 of a story's actors or sources (the extra one says there are more). */
    private static List<String> firstOf(String table, String column, long storyId) {
        return firstOf(table, column, storyId, StoryComparison.MAX_NAMES + 1);
    }

    private static List<String> firstOf(String table, String column, long storyId, int max) {
        return sql(StoryEntity.getEntityManager(), "select " + column + " from " + table + " where StoryEntity_id = ?1")
                .setParameter(1, storyId).setMaxResults(max).getResultList().stream()
                .map(String.class::cast).toList();
    }

    @Transactional
    public List<StoryViews.StorySummary> summaries(int max) {
        return latest(max).stream().map(StoryViews.StorySummary::of).toList();
    }

    /** The story for the API with one page of its claims (as {@link #comparison} reads them) and the links among those. */
    @Transactional
    public Optional<StoryViews.StoryDetail> detail(long id, Cursor cursor, int limit) {
        ReadOnlyReads.apply();
        return StoryEntity.<StoryEntity>findByIdOptional(id).map(s -> {
            MemberPage page = members(s, cursor, limit);
            StoryReports reports = StoryReports.of(page.claims(), page.links());
            return new StoryViews.StoryDetail(s.id, s.title, s.firstDate, s.lastDate,
                    firstOf("story_actor", "actor", id, MAX_API_NAMES), firstOf("story_source", "source", id, MAX_API_NAMES),
                    page.claims().stream().map(org.mizan.web.claim.ClaimViews.ClaimSummary::of).toList(),
                    page.ids().total(), page.ids().next(), page.ids().previous(),
                    page.links().stream().map(StoryViews.StoryLink::of).toList(), reports.reprinted(), reports.byOutlet());
        });
    }

    /**
     * Drops these claims from every story (they are being removed); a story left empty goes. Call inside the removing transaction, before they go.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetClaims(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return;
        }
        EntityManager em = StoryEntity.getEntityManager();
        em.flush();
        List<Long> touched = longs(sql(em, "select distinct StoryEntity_id from story_claim where claims_id in (?1)")
                .setParameter(1, claimIds).getResultList());
        sql(em, "delete from story_claim where claims_id in (?1)").setParameter(1, claimIds).executeUpdate();
        for (Long id : touched) {
            StoryEntity.<StoryEntity>findByIdOptional(id).ifPresent(StoryService::refreshOrRemove);
        }
    }

    /**
     * Brings the stored actor names of every story holding the speaker's claims to the claims as they are
     * now: after a merge moved another speaker's claims to this one, no story keeps the merged-away name.
     * Call inside the merging transaction, after the claims moved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void speakerChanged(long speakerId) {
        EntityManager em = StoryEntity.getEntityManager();
        em.flush();
        List<Long> touched = longs(sql(em, "select distinct sc.StoryEntity_id from story_claim sc join claim c on c.id = sc.claims_id"
                + " where c.speaker_id = ?1").setParameter(1, speakerId).getResultList());
        for (Long id : touched) {
            StoryEntity.<StoryEntity>findByIdOptional(id).ifPresent(StoryService::refresh);
        }
    }

    private static void refreshOrRemove(StoryEntity story) {
        long members = ((Number) sql(StoryEntity.getEntityManager(), "select count(*) from story_claim where StoryEntity_id = ?1")
                .setParameter(1, story.id).getSingleResult()).longValue();
        if (members == 0) {
            remove(story);
        } else {
            refresh(story);
        }
    }

    private static void remove(StoryEntity story) {
        // Hibernate removes the membership and the element collections by the story's key, without loading them.
        story.delete();
    }

    /** Dates, actors, sources and the claim count from the story's claims as stored now, computed by the database. */
    private static void refresh(StoryEntity story) {
        EntityManager em = StoryEntity.getEntityManager();
        Object[] dates = (Object[]) sql(em,
                        "select min(coalesce(c.statedOn, a.publishedOn)), max(coalesce(c.statedOn, a.publishedOn)) from story_claim sc"
                                + " join claim c on c.id = sc.claims_id join article a on a.id = c.article_id where sc.StoryEntity_id = ?1")
                .setParameter(1, story.id).getSingleResult();
        story.firstDate = localDate(dates[0]);
        story.lastDate = localDate(dates[1]);
        Set<String> actors = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        List<?> rows = sql(em,
                        "select sp.name, a.outlet, p.subject, c.id from story_claim sc join claim c on c.id = sc.claims_id"
                                + " join speaker sp on sp.id = c.speaker_id join article a on a.id = c.article_id"
                                + " left join claim_proposition p on p.ClaimEntity_id = c.id"
                                + " where sc.StoryEntity_id = ?1 order by c.id, p.position")
                .setParameter(1, story.id).getResultList();
        Set<Long> members = new HashSet<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            members.add(((Number) r[3]).longValue());
            actors.add(clip((String) r[0], 500));
            String subject = (String) r[2];
            if (subject != null && !subject.isBlank()) {
                actors.add(clip(subject, 500));
            }
            String outlet = (String) r[1];
            if (outlet != null && !outlet.isBlank()) {
                sources.add(clip(outlet, 300));
            }
        }
        story.claimCount = members.size();
        if (!story.actors.equals(actors)) {
            story.actors.clear();
            story.actors.addAll(actors);
        }
        if (!story.sources.equals(sources)) {
            story.sources.clear();
            story.sources.addAll(sources);
        }
    }

    /**
     * A native statement on the story tables, without the flush Hibernate would otherwise do before each
     * (of every entity in the write's session): the methods here flush once, where it matters.
     */
    private static Query sql(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    private static List<Long> longs(List<?> values) {
        return values.stream().map(v -> ((Number) v).longValue()).toList();
    }

}
