package org.mizan.core.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.core.link.ClaimFixtures.*;

class StoryClustererTest {

    private static final LocalDate DAY = LocalDate.of(2022, 9, 5);

    private static StoryClusterer.ArticleInfo article(String id, String title, LocalDate publishedOn) {
        return new StoryClusterer.ArticleInfo(id, title, publishedOn, "منفذ " + id);
    }

    @Test
    void clustersTheSeedArticlesIntoOneStoryTitledByTheEarliestHeadline() {
        ClaimLinker linker = ClaimLinker.standard();
        StoryClusterer stories = StoryClusterer.standard();
        List<LinkableClaim> first = List.of(partiesAccept(), sarrajWillSign(), forcesStay());
        stories.addArticle(new StoryClusterer.ArticleInfo("000", "انتهاء مفاوضات موسكو حول ليبيا", JAN13, "تركيا الآن"),
                first, linker.store(first));
        List<LinkableClaim> second = List.of(akarSays(), lavrovSays(), ministrySays());
        stories.addArticle(new StoryClusterer.ArticleInfo("003", "وزير الدفاع التركي يكشف تفاصيل المحادثات", JAN14,
                "تركيا الآن"), second, linker.store(second));

        Story story = stories.storyOf("003-c15").orElseThrow();
        assertThat(story.title()).isEqualTo("انتهاء مفاوضات موسكو حول ليبيا");
        assertThat(story.claimIds()).contains("000-c2", "000-c3", "003-c8", "003-c14", "003-c15");
        assertThat(story.articleIds()).containsExactly("000", "003");
        assertThat(story.outlets()).containsExactly("تركيا الآن");
        assertThat(story.from()).isEqualTo(JAN13);
        assertThat(story.to()).isEqualTo(JAN14);
        assertThat(story.actors()).contains("خليفة حفتر");
        assertThat(story.claimIds()).doesNotContain("000-c5");
    }

    @ParameterizedTest(name = "second report {0} days later joins: {1}")
    @CsvSource({"3, true", "14, true", "15, false", "60, false"})
    void joinsReportsOnOneQuestionAndPartyWithinTheWindow(int daysLater, boolean joined) {
        StoryClusterer stories = StoryClusterer.standard();
        LinkableClaim a = linkable("a1", "A", DAY, "وكالة", yes("نقابة الأطباء", "announce", "الإضراب العام"));
        LinkableClaim b = linkable("b1", "B", DAY.plusDays(daysLater), "صحيفة",
                yes("نقابة الأطباء", "announce", "الإضراب العام"));
        LinkableClaim c = linkable("c1", "C", DAY.plusDays(daysLater), "صحيفة", yes("وزارة الصحة", "open", "المستشفى"));
        stories.addArticle(article("A", null, DAY), List.of(a), List.of());
        stories.addArticle(article("B", null, DAY.plusDays(daysLater)), List.of(b, c), List.of());
        assertThat(stories.storyOf("a1").isPresent()).isEqualTo(joined);
        assertThat(stories.storyOf("c1")).isEmpty();
    }

    @Test
    void boundsHowLongAChainOfTopicJoinsMayRun() {
        StoryClusterer stories = new StoryClusterer(PropositionResolver.standard(), 14, 30);
        for (int week = 0; week < 12; week++) {
            LinkableClaim c = linkable("w" + week, "W" + week, DAY.plusWeeks(week), "وكالة",
                    yes("البنك المركزي", "rise", "سعر الفائدة"));
            stories.addArticle(article("W" + week, null, DAY.plusWeeks(week)), List.of(c), List.of());
        }
        assertThat(stories.stories()).hasSizeGreaterThan(1)
                .allSatisfy(s -> assertThat(s.to().toEpochDay() - s.from().toEpochDay()).isLessThanOrEqualTo(30));
    }

    @Test
    void generatesATitleFromTheDominantPropositionWithoutAHeadline() {
        StoryClusterer stories = StoryClusterer.standard();
        LinkableClaim a = linkable("a1", "A", DAY, "وكالة", yes("فايز السراج", "sign", "الاتفاق"));
        LinkableClaim b = linkable("b1", "B", DAY, "وكالة", no("خليفة حفتر", "sign", "الاتفاق"));
        // Article B also reports on Sarraj: the shared context that lets its claim contrast with A's.
        LinkableClaim b2 = linkable("b2", "B", DAY, "وكالة", yes("فايز السراج", "meet", "المبعوث الأممي"));
        ClaimLinker linker = ClaimLinker.standard();
        stories.addArticle(article("A", null, DAY), List.of(a), linker.store(List.of(a)));
        stories.addArticle(article("B", " ", DAY), List.of(b, b2), linker.store(List.of(b, b2)));
        assertThat(stories.stories()).singleElement().satisfies(s ->
                assertThat(s.title()).isEqualTo("التوقيع على الاتفاق: فايز السراج، خليفة حفتر"));
    }

    @Test
    void joinsALinkWhoseOtherEndArrivesLater() {
        StoryClusterer stories = StoryClusterer.standard();
        LinkableClaim a = linkable("a1", "A", DAY, "وكالة", yes("نقابة المحامين", "support", "الإضراب"));
        LinkableClaim b = linkable("b1", "B", DAY.plusDays(40), "وكالة", no("نقابة المحامين", "support", "الإضراب"));
        ClaimLink stored = new ClaimLink("a1", "b1", Relation.CONFLICT, 0.9, "سبب", List.of());
        stories.addArticle(article("B", null, DAY.plusDays(40)), List.of(b), List.of(stored));
        assertThat(stories.storyOf("b1")).isEmpty();
        stories.addArticle(article("A", null, DAY), List.of(a), List.of());
        assertThat(stories.storyOf("b1").orElseThrow().claimIds()).containsExactlyInAnyOrder("a1", "b1");
    }

    @Test
    void splitsAStoryWhenTheArticleThatJoinedItIsRemoved() {
        StoryClusterer stories = StoryClusterer.standard();
        ClaimLinker linker = ClaimLinker.standard();
        LinkableClaim a = linkable("a1", "A", DAY, "وكالة", yes("حركة حماس", "accept", "المقترح"));
        LinkableClaim b = linkable("b1", "B", DAY, "وكالة", no("حركة حماس", "accept", "المقترح"),
                yes("إسرائيل", "attack", "رفح"));
        LinkableClaim c = linkable("c1", "C", DAY, "وكالة", yes("إسرائيل", "attack", "رفح"));
        for (LinkableClaim x : List.of(a, b, c)) {
            stories.addArticle(article(x.articleId(), null, DAY), List.of(x), linker.store(List.of(x)));
        }
        assertThat(stories.storyOf("a1").orElseThrow().claimIds()).containsExactlyInAnyOrder("a1", "b1", "c1");
        stories.removeArticle("B");
        assertThat(stories.storyOf("a1")).isEmpty();
        assertThat(stories.stories()).isEmpty();
    }
}
