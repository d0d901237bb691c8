package org.mizan.web.speaker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mizan.web.claim.ClaimCard;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.claim.ClaimViews.ClaimSummary;
import org.mizan.web.paging.Cursor;
import org.mizan.web.paging.DateKeyset;
import org.mizan.web.paging.Slice;

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

    @Transactional
    public Optional<SpeakerPage> page(long id, Cursor cursor) {
        return SpeakerEntity.<SpeakerEntity>findByIdOptional(id).map(s -> new SpeakerPage(s.id, s.name, s.kind,
                names(s.aliases), names(s.roles), claims(id, cursor, PAGE).map(ClaimCard::of)));
    }

    @Transactional
    public Optional<SpeakerDetail> detail(long id) {
        return SpeakerEntity.<SpeakerEntity>findByIdOptional(id).map(s -> {
            Slice<ClaimEntity> claims = claims(id, null, API_CLAIMS);
            return new SpeakerDetail(s.id, s.name, s.kind, List.copyOf(s.aliases), List.copyOf(s.roles), claims.total(),
                    claims.items().stream().map(ClaimSummary::of).toList());
        });
    }

    private static Slice<ClaimEntity> claims(long speakerId, Cursor cursor, int limit) {
        Map<String, Object> owner = Map.of("owner", speakerId);
        List<ClaimEntity> rows = CLAIMS.fetch(ClaimEntity.class, owner, cursor, limit + 1);
        return Slice.of(rows, limit, cursor, CLAIMS.count(owner), c -> DateKeyset.key(c.statedOn, c.id));
    }

    /** A bounded list of names for the page: a much-quoted speaker gathers hundreds of spellings. */
    private static List<String> names(java.util.Set<String> names) {
        return names.stream().limit(MAX_NAMES).toList();
    }
}
