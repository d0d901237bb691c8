package org.mizan.web.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.article.ArticleService.ArticleDeleted;

/**
 * Claim identities across re-analysis: a claim whose text the new analysis finds again keeps its row, so
 * its id, address, review and editor's corrections stay; it takes the new analysis' offsets, speaker,
 * date and propositions. A claim not found again leaves, and its address leads to its article from then on.
 */
@ApplicationScoped
public class StableClaims {

    /** The article's stored claims matched against a new analysis' claims (not yet stored). */
    public record Succession(Map<ClaimEntity, ClaimEntity> kept, List<ClaimEntity> leaving, List<ClaimEntity> added) {

        public List<Long> leavingIds() {
            return leaving.stream().map(c -> c.id).toList();
        }
    }

    /**
     * Pairs each fresh claim with a stored claim of exactly the same text, in article order (the n-th
     * repeat of a sentence with the n-th stored one): text is what a reader's link and an editor's review
     * are about, while offsets move whenever the text around it is read differently.
     */
    public static Succession match(List<ClaimEntity> stored, List<ClaimEntity> fresh) {
        Map<String, LinkedList<ClaimEntity>> byText = new HashMap<>();
        stored.stream().sorted(Comparator.comparingInt(c -> c.ordinal))
                .forEach(c -> byText.computeIfAbsent(c.contentText, t -> new LinkedList<>()).add(c));
        Map<ClaimEntity, ClaimEntity> kept = new IdentityHashMap<>();
        List<ClaimEntity> added = new ArrayList<>();
        for (ClaimEntity f : fresh) {
            LinkedList<ClaimEntity> same = byText.get(f.contentText);
            if (same == null || same.isEmpty()) {
                added.add(f);
            } else {
                kept.put(same.removeFirst(), f);
            }
        }
        List<ClaimEntity> leaving = stored.stream().filter(c -> !kept.containsKey(c)).toList();
        return new Succession(kept, leaving, added);
    }

    /**
     * Inside the re-analysing write, once the leaving claims are retired: the article holds the kept claims
     * (with the new analysis' fields) and the added ones; the leaving ones go, their addresses redirected.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void carryOver(ArticleEntity article, Succession s) {
        article.claims.removeAll(s.leaving());
        for (ClaimEntity gone : s.leaving()) {
            ClaimRedirectEntity redirect = new ClaimRedirectEntity();
            redirect.claimId = gone.id;
            redirect.articleId = article.id;
            redirect.persist();
        }
        s.kept().forEach(StableClaims::takeOver);
        for (ClaimEntity claim : s.added()) {
            claim.article = article;
            article.claims.add(claim);
        }
        article.claims.sort(Comparator.comparingInt(c -> c.ordinal));
    }

    /** Where the claim that re-analysis removed now lives: its article's id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> movedTo(long claimId) {
        return ClaimRedirectEntity.<ClaimRedirectEntity>findByIdOptional(claimId).map(r -> r.articleId);
    }

    /** Inside the deleting write: the article's old claim addresses lead nowhere any more. */
    void onDeleted(@Observes ArticleDeleted event) {
        ClaimRedirectEntity.delete("articleId", event.articleId());
    }

    /** The stored claim takes everything the new analysis says, except a speaker an editor set. */
    private static void takeOver(ClaimEntity stored, ClaimEntity fresh) {
        stored.ordinal = fresh.ordinal;
        stored.localId = fresh.localId;
        stored.cueText = fresh.cueText;
        stored.cueStart = fresh.cueStart;
        stored.cueEnd = fresh.cueEnd;
        if (stored.speakerSetBy == null) {
            stored.speaker = fresh.speaker;
            stored.speakerMention = fresh.speakerMention;
            stored.speakerStart = fresh.speakerStart;
            stored.speakerEnd = fresh.speakerEnd;
            stored.speakerRole = fresh.speakerRole;
            stored.speakerImplicit = fresh.speakerImplicit;
            stored.speakerRule = fresh.speakerRule;
        }
        stored.contentStart = fresh.contentStart;
        stored.contentEnd = fresh.contentEnd;
        stored.statedOn = fresh.statedOn;
        stored.statedOnText = fresh.statedOnText;
        stored.statedOnSource = fresh.statedOnSource;
        stored.polarity = fresh.polarity;
        stored.propositions.clear();
        stored.propositions.addAll(fresh.propositions);
    }
}
