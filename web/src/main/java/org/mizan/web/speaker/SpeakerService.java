package org.mizan.web.speaker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mizan.web.paging.ReadOnlyReads;
import org.mizan.web.claim.ClaimCard;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.claim.ClaimViews.ClaimSummary;
import org.mizan.web.paging.Cursor;
import org.mizan.web.paging.DateKeyset;
import org.mizan.web.paging.Slice;
import org.mizan.web.search.SearchRequest;
import org.mizan.web.search.SearchService;
import org.mizan.web.search.SearchType;

/** Reads a speaker's identity and statements for its page and the API. */
@ApplicationScoped
public class SpeakerService {

    public static final int PAGE = 20;
    /** The API's speaker carries its newest claims; /api/claims?speaker= pages through all of them. */
    public static final int API_CLAIMS = 100;
    static final int MAX_NAMES = 30;

    /** A speaker's claims, newest statement first: a range read on claim(speaker_id, statedOn, id). */
    static final DateKeyset CLAIMS = new DateKeyset("ClaimEntity c", " join fetch c.article join fetch c.speaker",
            "c.speaker.id = :owner", "c.statedOn", "c.id");

    /** The speaker page: identity, how it is written and titled, a page of its claims. */
    public record SpeakerPage(long id, String name, String kind, List<String> aliases, List<String> roles,
                              Slice<ClaimCard> claims) {
    }

    /** GET /api/speakers/{id}: the identity, how many claims, and the newest of them. */
    public record SpeakerDetail(long id, String name, String kind, List<String> aliases, List<String> roles,
                                long claimCount, List<ClaimSummary> claims) {
    }

    @Inject
    SearchService search;

    @Transactional
    public Optional<SpeakerPage> page(long id, Cursor cursor) {
        ReadOnlyReads.apply();
        return SpeakerEntity.<SpeakerEntity>findByIdOptional(id).map(s -> new SpeakerPage(s.id, s.name, s.kind,
                names("speaker_alias", "alias", id), names("speaker_role", "role", id), claims(id, cursor, PAGE).map(ClaimCard::of)));
    }

    @Transactional
    public Optional<SpeakerDetail> detail(long id) {
        ReadOnlyReads.apply();
        return SpeakerEntity.<SpeakerEntity>findByIdOptional(id).map(s -> {
            Slice<ClaimEntity> claims = claims(id, null, API_CLAIMS);
            return new SpeakerDetail(s.id, s.name, s.kind, List.copyOf(s.aliases), List.copyOf(s.roles), claims.total(),
                    claims.items().stream().map(ClaimSummary::of).toList());
        });
    }

    /** A page of the speaker's claims from the database; the total from the search index (see {@link SearchService#count}). */
    private Slice<ClaimEntity> claims(long speakerId, Cursor cursor, int limit) {
        List<ClaimEntity> rows = CLAIMS.fetch(ClaimEntity.class, Map.of("owner", speakerId), cursor, limit + 1);
        long total = search.count(new SearchRequest(null, SearchType.CLAIM, null, List.of(speakerId), null, null, null, null, 0, true));
        return Slice.of(rows, limit, cursor, Math.max(total, rows.size()), c -> DateKeyset.key(c.statedOn, c.id));
    }

    /**
     * A bounded list of names for the page, read as such: a much-quoted speaker gathers hundreds of
     * spellings, and loading the whole collection to show thirty would cost as much as the page.
     */
    private static List<String> names(String table, String column, long speakerId) {
        return SpeakerEntity.getEntityManager().createNativeQuery("select " + column + " from " + table
                        + " where SpeakerEntity_id = ?1 order by " + column, String.class)
                .setParameter(1, speakerId).setMaxResults(MAX_NAMES).getResultList();
    }
}
