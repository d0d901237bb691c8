package org.mizan.core.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.core.link.ClaimFixtures.*;

class ClaimLinkerTest {

    private static final LocalDate DAY = LocalDate.of(2023, 3, 1);

    private static ClaimLinker linker(int windowDays, int cap) {
        return new ClaimLinker(new ClaimLinker.Settings(windowDays, cap, cap, cap, 1000, 100), ClaimComparator.standard());
    }

    @ParameterizedTest(name = "stored {0} days apart -> linked: {1}")
    @CsvSource({"0, true", "7, true", "14, true", "-14, true", "15, false", "-30, false", "400, false"})
    void linksOnlyInsideTheTimeWindow(int daysApart, boolean linked) {
        ClaimLinker linker = linker(14, 40);
        linker.store(List.of(linkable("old", "a1", DAY.plusDays(daysApart), "وكالة",
                yes("عبد الحميد الدبيبة", "sign", "اتفاق الطاقة"))));
        List<ClaimLink> links = linker.store(List.of(linkable("new", "a2", DAY, "صحيفة",
                no("الدبيبة", "sign", "الاتفاقية"))));
        assertThat(links.stream().anyMatch(l -> l.relation() == Relation.CONFLICT)).isEqualTo(linked);
    }

    @Test
    void findsTheStoredClaimAboutTheSameEventAmongUnrelatedOnes() {
        ClaimLinker linker = linker(14, 40);
        linker.store(List.of(
                linkable("x1", "a1", DAY, "وكالة", yes("وزير المالية", "rise", "الضرائب")),
                linkable("x2", "a1", DAY, "وكالة", yes("نادي الهلال", "win", "الدوري")),
                linkable("x3", "a1", DAY, "وكالة", yes("رئيس البلدية", "open", "الجسر الجديد"))));
        linker.store(List.of(linkable("hit", "a2", DAY.minusDays(3), "إذاعة",
                yes("الجنرال محمد حمدان دقلو", "accept", "الهدنة"))));
        long before = linker.comparisons();
        List<ClaimLink> links = linker.store(List.of(linkable("new", "a3", DAY, "صحيفة",
                no("دقلو", "sign", "اتفاق وقف إطلاق النار"))));
        assertThat(links).singleElement().satisfies(l -> {
            assertThat(l.from()).isEqualTo("hit");
            assertThat(l.to()).isEqualTo("new");
            assertThat(l.relation()).isEqualTo(Relation.CONFLICT);
        });
        assertThat(linker.comparisons() - before).isEqualTo(1);
    }

    @Test
    void neverComparesClaimsThatShareNoKey() {
        ClaimLinker linker = linker(14, 40);
        List<LinkableClaim> stored = new ArrayList<>();
        String[][] unrelated = {
                {"نادي الزمالك", "win", "الكأس"}, {"البنك المركزي", "rise", "سعر الفائدة"},
                {"وزارة الصحة", "open", "المستشفى الميداني"}, {"الشرطة", "arrest", "المتهمين"},
                {"نقابة المعلمين", "support", "الإضراب"}};
        for (int i = 0; i < unrelated.length; i++) {
            stored.add(linkable("u" + i, "a" + i, DAY, "وكالة", yes(unrelated[i][0], unrelated[i][1], unrelated[i][2])));
        }
        linker.store(stored);
        assertThat(linker.comparisons()).isZero();
        List<ClaimLink> links = linker.store(List.of(linkable("new", "b", DAY, "صحيفة",
                yes("سيرغي لافروف", "visit", "أنقرة"))));
        assertThat(links).isEmpty();
        assertThat(linker.comparisons()).isZero();
    }

    @Test
    void capsTheCandidatesPerKeyToTheNewest() {
        ClaimLinker linker = linker(30, 5);
        for (int i = 0; i < 50; i++) {
            linker.add(List.of(linkable("s" + i, "a" + i, DAY.minusDays(i % 20), "وكالة",
                    yes("حركة حماس", "accept", "المقترح"))));
        }
        long before = linker.comparisons();
        List<ClaimLink> links = linker.link(List.of(linkable("new", "b", DAY, "صحيفة", no("حركة حماس", "sign", "الصفقة"))));
        // Two lookups (the party's and the question's opposite stance), five candidates each: the same five.
        assertThat(linker.comparisons() - before).isEqualTo(5);
        assertThat(links).hasSize(5).allMatch(l -> l.relation() == Relation.CONFLICT);
        assertThat(links).extracting(ClaimLink::from).allMatch(id -> Integer.parseInt(id.substring(1)) % 20 <= 1);
    }

    @Test
    void neverLooksAtOtherPartiesSayingTheSameThing() {
        ClaimLinker linker = linker(14, 40);
        String[] parties = {"مصر", "قطر", "تركيا", "الأردن", "الجزائر", "تونس"};
        for (int i = 0; i < parties.length; i++) {
            linker.add(List.of(linkable("s" + i, "a" + i, DAY, "وكالة", yes(parties[i], "endorse", "المبادرة"))));
        }
        List<ClaimLink> links = linker.link(List.of(linkable("new", "b", DAY, "صحيفة", yes("المغرب", "endorse", "المبادرة"))));
        assertThat(links).isEmpty();
        assertThat(linker.comparisons()).isZero();
    }

    @Test
    void findsAnOlderConflictBehindManyNewerAgreements() {
        ClaimLinker linker = new ClaimLinker(new ClaimLinker.Settings(14, 3, 3, 3, 1000, 4), ClaimComparator.standard());
        linker.add(List.of(linkable("old", "a0", DAY.minusDays(10), "وكالة", no("البرلمان", "approve", "الاتفاقية"))));
        for (int i = 0; i < 20; i++) {
            linker.add(List.of(linkable("s" + i, "a" + (i + 1), DAY.minusDays(i % 5), "وكالة",
                    yes("البرلمان", "approve", "الاتفاقية"))));
        }
        List<ClaimLink> links = linker.link(List.of(linkable("new", "b", DAY, "صحيفة", yes("البرلمان", "approve", "الاتفاقية"))));
        assertThat(links).anySatisfy(l -> {
            assertThat(l.from()).isEqualTo("old");
            assertThat(l.relation()).isEqualTo(Relation.CONFLICT);
        });
        assertThat(links).filteredOn(l -> l.relation() == Relation.AGREE).hasSize(3);
    }

    @Test
    void comparesANewClaimWithAtMostItsBudgetConflictsFirst() {
        ClaimLinker linker = new ClaimLinker(new ClaimLinker.Settings(14, 10, 10, 10, 4, 10), ClaimComparator.standard());
        for (int i = 0; i < 10; i++) {
            linker.add(List.of(linkable("y" + i, "a" + i, DAY, "وكالة", yes("البرلمان", "approve", "الموازنة"))));
            linker.add(List.of(linkable("n" + i, "b" + i, DAY, "وكالة", no("البرلمان", "approve", "الموازنة"))));
        }
        List<ClaimLink> links = linker.link(List.of(linkable("new", "c", DAY, "صحيفة", yes("البرلمان", "approve", "الموازنة"))));
        assertThat(linker.comparisons()).isEqualTo(4);
        assertThat(links).hasSize(4).allMatch(l -> l.relation() == Relation.CONFLICT);
    }

    @Test
    void keepsTheSurestNearestLinksOfEachRelation() {
        ClaimLinker linker = new ClaimLinker(new ClaimLinker.Settings(30, 50, 50, 50, 1000, 3), ClaimComparator.standard());
        for (int i = 0; i < 20; i++) {
            linker.add(List.of(linkable("s" + i, "a" + i, DAY.minusDays(i), "وكالة", yes("حركة حماس", "accept", "المقترح"))));
        }
        List<ClaimLink> links = linker.link(List.of(linkable("new", "b", DAY, "صحيفة", no("حركة حماس", "accept", "المقترح"))));
        assertThat(links).hasSize(3).extracting(ClaimLink::from).containsExactly("s0", "s1", "s2");
        assertThat(linker.comparisons()).isEqualTo(20);
    }

    @Test
    void linksClaimsInsideTheNewArticle() {
        ClaimLinker linker = ClaimLinker.standard();
        List<ClaimLink> links = linker.store(List.of(lavrovSays(), ministrySays()));
        assertThat(links).extracting(ClaimLink::relation).containsExactlyInAnyOrder(Relation.CONTRAST, Relation.AGREE);
        assertThat(links).allMatch(l -> l.from().equals("003-c14") && l.to().equals("003-c15"));
    }

    @Test
    void forgetsARemovedArticle() {
        ClaimLinker linker = ClaimLinker.standard();
        linker.store(List.of(partiesAccept(), sarrajWillSign()));
        assertThat(linker.remove("000")).isEqualTo(2);
        assertThat(linker.size()).isZero();
        List<ClaimLink> links = linker.store(List.of(ministrySays()));
        assertThat(links).isEmpty();
    }

    @Test
    void linksWithoutStoringWhenAskedOnlyToLink() {
        ClaimLinker linker = ClaimLinker.standard();
        linker.store(List.of(partiesAccept()));
        assertThat(linker.link(List.of(ministrySays()))).isNotEmpty();
        assertThat(linker.size()).isEqualTo(1);
        assertThat(linker.link(List.of(ministrySays()))).hasSize(1);
    }

    @Test
    void linksAnUndatedClaimOnlyInsideItsArticle() {
        ClaimLinker linker = ClaimLinker.standard();
        linker.store(List.of(linkable("d1", "a1", DAY, "وكالة", yes("خليفة حفتر", "sign", "الاتفاق"))));
        List<ClaimLink> links = linker.store(List.of(
                linkable("u1", "a2", null, "وكالة", no("حفتر", "sign", "الاتفاق")),
                linkable("u2", "a2", null, "صحيفة", yes("حفتر", "sign", "الاتفاق"))));
        assertThat(links).singleElement().satisfies(l -> assertThat(l.from()).isEqualTo("u1"));
    }
}
