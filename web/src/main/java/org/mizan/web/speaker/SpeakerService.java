package org.mizan.web.speaker;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.mizan.web.claim.ClaimCard;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.claim.ClaimViews.ClaimSummary;

/** Reads a speaker's identity and statements for its page and the API. */
@ApplicationScoped
public class SpeakerService {

    public static final int MAX_CLAIMS = 500;

    /** The speaker page: identity, how it is written and titled, its claims oldest first. */
    public record SpeakerPage(long id, String name, String kind, List<String> aliases, List<String> roles,
                              List<ClaimCard> claims) {
    }

    /** GET /api/speakers/{id}. */
    public record SpeakerDetail(long id, String name, String kind, List<String> aliases, List<String> roles,
                                List<ClaimSummary> claims) {
    }

    @Transactional
    public Optional<SpeakerPage> page(long id) {
        return SpeakerEntity.<SpeakerEntity>findByIdOptional(id).map(s -> new SpeakerPage(s.id, s.name, s.kind,
                List.copyOf(s.aliases), List.copyOf(s.roles), claimsOf(id).stream().map(ClaimCard::of).toList()));
    }

    @Transactional
    public Optional<SpeakerDetail> detail(long id) {
        return SpeakerEntity.<SpeakerEntity>findByIdOptional(id).map(s -> new SpeakerDetail(s.id, s.name, s.kind,
                List.copyOf(s.aliases), List.copyOf(s.roles), claimsOf(id).stream().map(ClaimSummary::of).toList()));
    }

    /** Over time: by statement date, undated ones by their article's date, oldest first. */
    private static List<ClaimEntity> claimsOf(long speakerId) {
        return ClaimEntity.<ClaimEntity>find(
                "speaker.id = ?1 order by coalesce(statedOn, article.publishedOn) asc nulls last, id asc", speakerId)
                .page(Page.ofSize(MAX_CLAIMS)).list();
    }
}
