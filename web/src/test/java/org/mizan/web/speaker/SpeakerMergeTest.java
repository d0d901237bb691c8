package org.mizan.web.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.core.Article;
import org.mizan.core.Speaker;
import org.mizan.core.SpeakerKind;
import org.mizan.web.article.ArticleService;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.story.StoryEntity;
import org.mizan.web.story.StoryService;

/** Two pages stored for one person before the identity service become one page, its claims moved along. */
@QuarkusTest
class SpeakerMergeTest {

    @Inject
    ArticleService articles;
    @Inject
    SpeakerDirectory directory;
    @Inject
    SpeakerMerge merge;
    @Inject
    StoryService stories;
    @Inject
    SpeakerMergeQueue queue;

    private static long oldRow(String name, String role) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SpeakerEntity e = new SpeakerEntity();
            e.name = name;
            e.matchKey = SpeakerDirectory.matchKey(name);
            e.kind = "person";
            if (role != null) {
                e.roles.add(role);
            }
            e.persist();
            return e.id;
        });
    }

    @Test
    void aSurnamePageAndAFullNamePageStoredBeforeTheServiceBecomeOneAndItsClaimsFollow() {
        long article = articles.store(new Article("""
                صحيفة الوادي

                قال وزير الري زياد القرعاوي إن السد الجديد سيمد المزارع الجنوبية بالمياه قبل نهاية الصيف المقبل.
                وأضاف القرعاوي أن الحكومة خصصت مبلغا إضافيا لصيانة القنوات القديمة في القرى الشرقية.
                """, "السد الجديد", LocalDate.of(2024, 5, 2), "صحيفة الوادي", null)).article().id;
        long fullRow = oldRow("عماد الزرنوقي", "وزير الري");
        long loneRow = oldRow("الزرنوقي", null);
        long russian = oldRow("سيرغي بافلينكو", "السفير الروسي");
        long ukrainian = oldRow("سيرجي بافلينكو", "الوزير الأوكراني");
        long spelt = oldRow("غريغوري ليونوفيتش", null);
        long respelt = oldRow("جريجوري ليونوفيتش", null);
        List<Long> claims = QuarkusTransaction.requiringNew().call(() ->
                ClaimEntity.<ClaimEntity>list("article.id = ?1 order by id", article).stream().map(c -> c.id).toList());
        assertThat(claims).hasSizeGreaterThanOrEqualTo(2);
        // As a database from before the service held them: one claim on each of the two rows.
        QuarkusTransaction.requiringNew().run(() -> {
            ClaimEntity.update("speaker.id = ?1 where id = ?2", fullRow, claims.get(0));
            ClaimEntity.update("speaker.id = ?1 where id = ?2", loneRow, claims.get(1));
        });
        while (directory.backfillBatch() > 0) {
            // lookup keys for the old rows
        }

        assertThat(merge.mergeAll()).isGreaterThanOrEqualTo(1);

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(SpeakerEntity.<SpeakerEntity>findById(loneRow)).isNull();
            SpeakerEntity page = SpeakerEntity.findById(fullRow);
            assertThat(page.aliases).contains("الزرنوقي");
            assertThat(ClaimEntity.<ClaimEntity>findById(claims.get(1)).speaker.id).isEqualTo(fullRow);
            assertThat(ClaimEntity.<ClaimEntity>findById(claims.get(0)).speaker.id).isEqualTo(fullRow);
            // Namesakes of two nationalities keep their pages; two spellings of one name become one.
            assertThat(SpeakerEntity.<SpeakerEntity>findById(russian)).isNotNull();
            assertThat(SpeakerEntity.<SpeakerEntity>findById(ukrainian)).isNotNull();
            assertThat(SpeakerEntity.<SpeakerEntity>findById(spelt)).isNotNull();
            assertThat(SpeakerEntity.<SpeakerEntity>findById(respelt)).isNull();
            // The merged-away page's address leads to the page it joined.
            assertThat(SpeakerRedirectEntity.intoOf(loneRow)).contains(fullRow);
            // The article's story names the merged identity, not the name merged away.
            List<StoryEntity> holding = stories.storiesOf(claims.get(1));
            assertThat(holding).hasSize(1);
            assertThat(holding.get(0).actors).contains("عماد الزرنوقي").doesNotContain("الزرنوقي");
        });
        // Idempotent: nothing left to merge.
        assertThat(merge.mergeAll()).isZero();
    }

    @Test
    void theStartUpMergeLooksOnlyAtKeysWhoseRowsChangedSinceItLastRan() {
        merge.mergeQueued();
        long fullRow = oldRow("نادر السلاوندي", null);
        long loneRow = oldRow("السلاوندي", null);
        while (directory.backfillBatch() > 0) {
            // lookup keys for the old rows, as the start-up backfill gives them (it queues nothing itself)
        }

        // No write touched the key since the last merge: the two rows are not looked at, both stay.
        assertThat(merge.mergeQueued()).isZero();
        QuarkusTransaction.requiringNew().run(() -> assertThat(SpeakerEntity.<SpeakerEntity>findById(loneRow)).isNotNull());

        // A write quotes the full name with a role the row did not have: its key is queued, the next merge joins them.
        QuarkusTransaction.requiringNew().run(() -> directory.identify(
                new Speaker("نادر السلاوندي", "نادر السلاوندي", null, SpeakerKind.PERSON, "محافظ الإقليم", false, "test")));
        assertThat(merge.mergeQueued()).isEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(SpeakerEntity.<SpeakerEntity>findById(loneRow)).isNull();
            assertThat(SpeakerEntity.<SpeakerEntity>findById(fullRow).aliases).contains("السلاوندي");
        });
        // Examined keys leave the queue.
        assertThat(queue.last()).isZero();
    }

    @Test
    void aNameMergedAwayByAnEditorLeadsLaterMentionsToTheEntityItJoined() {
        // A nickname and a full name have two lookup keys: only an editor's merge makes them one.
        long nickname = oldRow("أبو الفوارس", null);
        long fullName = oldRow("شاكر الدهماني", "قائد الحرس");
        QuarkusTransaction.requiringNew().run(() ->
                merge.absorb(SpeakerEntity.findById(nickname), SpeakerEntity.findById(fullName)));

        long found = QuarkusTransaction.requiringNew().call(() -> directory.identify(
                new Speaker("أبو الفوارس", "أبو الفوارس", null, SpeakerKind.PERSON, null, false, "test")).id);

        assertThat(found).isEqualTo(fullName);
        QuarkusTransaction.requiringNew().run(() -> assertThat(SpeakerEntity.findByKey(SpeakerDirectory.matchKey("أبو الفوارس"))).isEmpty());
    }
}
