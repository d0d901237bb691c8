package org.mizan.web.claim;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mizan.web.link.ClaimLinkEntity;
import org.mizan.web.paging.Cursor;
import org.mizan.web.paging.Slice;

/**
 * A claim's links a page at a time, in the order they were made (link id): a much-repeated claim may have
 * hundreds. Each page is two range reads, one on each end's index (claim_link_from, claim_link_to), with
 * both claims, their articles and speakers fetched in the same reads.
 */
final class ClaimLinksPage {

    static final int PAGE = 20;
    private static final String FETCH = "select l from ClaimLinkEntity l join fetch l.fromClaim f join fetch f.article"
            + " join fetch f.speaker join fetch l.toClaim t join fetch t.article join fetch t.speaker where ";

    private ClaimLinksPage() {
    }

    static Slice<ClaimLinkEntity> of(long claimId, Cursor cursor) {
        boolean back = cursor != null && cursor.backward();
        String range = cursor == null ? "" : back ? " and l.id < :after" : " and l.id > :after";
        String order = back ? " order by l.id desc" : " order by l.id asc";
        List<ClaimLinkEntity> rows = new ArrayList<>();
        for (String end : List.of("f.id = :claim", "t.id = :claim")) {
            var q = Panache.getEntityManager().createQuery(FETCH + end + range + order, ClaimLinkEntity.class)
                    .setParameter("claim", claimId).setMaxResults(PAGE + 1);
            if (cursor != null) {
                q.setParameter("after", cursor.number(0));
            }
            rows.addAll(q.getResultList());
        }
        Comparator<ClaimLinkEntity> byId = Comparator.comparing(l -> l.id);
        rows.sort(back ? byId.reversed() : byId);
        long total = Panache.getEntityManager().createQuery(
                "select count(l) from ClaimLinkEntity l where l.fromClaim.id = :claim", Long.class).setParameter("claim", claimId).getSingleResult()
                + Panache.getEntityManager().createQuery(
                "select count(l) from ClaimLinkEntity l where l.toClaim.id = :claim", Long.class).setParameter("claim", claimId).getSingleResult();
        return Slice.of(rows.subList(0, Math.min(rows.size(), PAGE + 1)), PAGE, cursor, total, l -> new String[] {l.id.toString()});
    }
}
