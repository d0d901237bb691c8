package org.mizan.web.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.core.Article;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.article.ArticleWriter;

/** The linking index lives in tables: linked claims are filed, and a deleted article leaves no key row. */
@QuarkusTest
class LinkKeyTableTest {

    @Inject
    ArticleWriter writer;

    @Test
    void everyLinkedClaimIsFiledAndADeletedArticleLeavesNoKeyRow() {
        List<Long> linkedFrom = QuarkusTransaction.requiringNew().call(() -> ClaimLinkEntity.<ClaimLinkEntity>listAll().stream()
                .map(l -> l.fromClaim.id).distinct().toList());
        assertThat(linkedFrom).as("the seeds' links").isNotEmpty();
        for (long claim : linkedFrom) {
            assertThat(rows("link_key", "claimId", claim)).as("key rows of linked claim %d", claim).isPositive();
        }
        // A copy of a linked seed article (one more sentence of ours, so another text): filed, then deleted.
        Article copy = QuarkusTransaction.requiringNew().call(() -> {
            ArticleEntity seed = org.mizan.web.claim.ClaimEntity.<org.mizan.web.claim.ClaimEntity>findById(linkedFrom.get(0)).article;
            return new Article(seed.text + "\n\nوقال المتحدث إن الاجتماع سيعقد الأسبوع المقبل.", seed.title, seed.publishedOn, seed.outlet, null);
        });
        long article = writer.store(copy, null, s -> { }).article().id;
        assertThat(rows("link_key", "articleId", article)).isPositive();
        assertThat(rows("link_actor", "articleId", article)).isPositive();

        assertThat(writer.delete(article, a -> { })).isTrue();

        assertThat(rows("link_key", "articleId", article)).isZero();
        assertThat(rows("link_actor", "articleId", article)).isZero();
    }

    private static long rows(String table, String column, long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) ClaimLinkEntity.getEntityManager()
                .createNativeQuery("select count(*) from " + table + " where " + column + " = :id")
                .setParameter("id", id).getSingleResult()).longValue());
    }
}
