package org.mizan.web.claim;

import io.quarkus.hibernate.orm.panache.Panache;
import org.mizan.web.paging.IdParameters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mizan.web.link.ClaimLinkEntity;
import org.mizan.web.paging.Cursor;
import org.mizan.web.paging.Slice;

/**
 * A claim's links a page at a time, in the order they were made (link id): a much-repeated claim may have
 * hundreds. Each page is two range reads of link ids, one on each end's index (claim_link_from,
 * claim_link_to), then the page's links and their claims (with articles and speakers) by id: short joins,
 * since H2 plans a query by trying every join order.
 */
final class ClaimLinksPage {

    static final int PAGE = 20;
    private static final String IDS = "select l.id from ClaimLinkEntity l where ";

    private ClaimLinksPage() {
    }

    static Slice<ClaimLinkEntity> of(long claimId, Cursor cursor) {
        boolean back = cursor != null && cursor.backward();
        String range = cursor == null ? "" : back ? " and l.id < :after" : " and l.id > :after";
        String order = back ? " order by l.id desc" : " order by l.id asc";
        List<Long> ids = new ArrayList<>();
        // On the first page, an end that returned fewer ids than asked holds just those: no need to count it.
        boolean allRead = cursor == null;
        for (String end : List.of("l.fromClaim.id = :claim", "l.toClaim.id = :claim")) {
            var q = Panache.getEntityManager().createQuery(IDS + end + range + order, Long.class)
                    .setParameter("claim", claimId).setMaxResults(PAGE + 1);
            if (cursor != null) {
                q.setParameter("after", cursor.number(0));
            }
            List<Long> found = q.getResultList();
            allRead &= found.size() <= PAGE;
            ids.addAll(found);
        }
        long read = ids.size();
        ids.sort(back ? Comparator.reverseOrder() : Comparator.naturalOrder());
        ids = ids.subList(0, Math.min(ids.size(), PAGE + 1));
        List<ClaimLinkEntity> rows = ids.isEmpty() ? new ArrayList<>() : new ArrayList<>(IdParameters.select(
                "select l from ClaimLinkEntity l join fetch l.fromClaim join fetch l.toClaim where l.id in :ids", ClaimLinkEntity.class, ids)
                .getResultList());
        List<Long> claims = new ArrayList<>();
        rows.forEach(l -> {
            claims.add(l.fromClaim.id);
            claims.add(l.toClaim.id);
        });
        if (!claims.isEmpty()) {
            // Into the session: the cards read each claim's article and speaker without a query apiece.
            ClaimEntity.withArticleAndSpeaker(claims);
        }
        Comparator<ClaimLinkEntity> byId = Comparator.comparing(l -> l.id);
        rows.sort(back ? byId.reversed() : byId);
        long total = allRead ? read : Panache.getEntityManager().createQuery(
                "select count(l) from ClaimLinkEntity l where l.fromClaim.id = :claim", Long.class).setParameter("claim", claimId).getSingleResult()
                + Panache.getEntityManager().createQuery(
                "select count(l) from ClaimLinkEntity l where l.toClaim.id = :claim", Long.class).setParameter("claim", claimId).getSingleResult();
        return Slice.of(rows, PAGE, cursor, total, l -> new String[] {l.id.toString()});
    }
}
