package org.mizan.core.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.core.Claim;
import org.mizan.core.DateSource;
import org.mizan.core.Polarity;
import org.mizan.core.Span;
import org.mizan.core.Speaker;
import org.mizan.core.SpeakerKind;

class EventClustererTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 10);
    private final EventClusterer clusterer = EventClusterer.standard();

    private static Claim said(String name, SpeakerKind kind) {
        return new Claim("c1", new Span("قال", 0, 3), new Speaker(name, name, null, kind, null, false, "test"),
                new Span("كلام", 4, 8), null, null, DateSource.UNKNOWN, Polarity.AFFIRMED, List.of());
    }

    private static ArticleProfile article(String id, LocalDate day, String title, String body, String speaker) {
        return ArticleProfile.of(id, "منفذ " + id, day, title, body, List.of(said(speaker, SpeakerKind.PERSON)),
                TermRarity.standard());
    }

    private static ArticleProfile strike(String id, LocalDate day, String title) {
        return article(id, day, title, "توقفت حركة الشحن في ميناء الرمال بعد أن بدأ عمال الميناء إضرابا مفتوحا"
                + " احتجاجا على تدني الأجور، وطالبت النقابة بتحسين شروط السلامة.", "سامر الخطيب");
    }

    @Test
    void articlesOnOneHappeningFromSeveralOutletsAreOneEventAndAnUnrelatedOneStaysOut() {
        MemoryEvents events = new MemoryEvents();
        clusterer.place(strike("1", DAY, "إضراب عمال ميناء الرمال يوقف حركة الشحن"), events);
        clusterer.place(strike("2", DAY, "عمال ميناء الرمال يضربون والسفن تنتظر"), events);
        clusterer.place(strike("3", DAY.plusDays(1), "إدارة ميناء الرمال تدعو نقابة العمال إلى الحوار"), events);
        // Same day, same town, but another happening and another speaker.
        clusterer.place(article("4", DAY, "افتتاح معرض الكتاب في مدينة الرمال",
                "افتتح وزير الثقافة معرض الكتاب السنوي في مدينة الرمال بمشاركة مئتي دار نشر.", "كريم الحداد"), events);

        List<EventProfile> all = events.events();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).members()).extracting(ArticleProfile::articleId).containsExactly("1", "2", "3");
        assertThat(all.get(0).title()).contains("ميناء الرمال");
        assertThat(all.get(1).members()).extracting(ArticleProfile::articleId).containsExactly("4");
    }

    @Test
    void theSameWordsOutsideTheDateWindowAreAnotherEvent() {
        MemoryEvents events = new MemoryEvents();
        clusterer.place(strike("1", DAY, "إضراب عمال ميناء الرمال يوقف حركة الشحن"), events);
        clusterer.place(strike("2", DAY.plusDays(10), "إضراب عمال ميناء الرمال يوقف حركة الشحن"), events);
        assertThat(events.events()).hasSize(2);
    }

    @Test
    void aSharedNameAloneDoesNotJoin() {
        MemoryEvents events = new MemoryEvents();
        clusterer.place(strike("1", DAY, "إضراب عمال ميناء الرمال يوقف حركة الشحن"), events);
        clusterer.place(article("2", DAY, "الخطيب يفوز ببطولة الشطرنج للهواة",
                "فاز لاعب الشطرنج في البطولة السنوية للهواة بعد مباراة نهائية طويلة.", "سامر الخطيب"), events);
        assertThat(events.events()).hasSize(2);
    }

    private static ArticleProfile vector(String id, Map<String, Double> terms) {
        return new ArticleProfile(id, "منفذ", DAY, "عنوان " + id, terms, Set.of("شخص"));
    }

    @Test
    void anArticleThatShowsTwoEventsAreOneMergesThemAndItsRemovalSplitsThemWithNoGhostLeft() {
        MemoryEvents events = new MemoryEvents();
        clusterer.place(vector("a", Map.of("س", 1.0, "ص", 1.0)), events);
        clusterer.place(vector("b", Map.of("ع", 1.0, "ف", 1.0)), events);
        assertThat(events.events()).hasSize(2);

        EventClusterer.Change merge = clusterer.place(vector("bridge", Map.of("س", 1.0, "ص", 1.0, "ع", 1.0, "ف", 1.0)), events);
        assertThat(merge.removed()).hasSize(1);
        assertThat(events.events()).hasSize(1);
        assertThat(events.event(merge.removed().iterator().next())).isEmpty();
        assertThat(events.events().get(0).members()).extracting(ArticleProfile::articleId).containsExactlyInAnyOrder("a", "b", "bridge");

        EventClusterer.Change split = clusterer.remove("bridge", events);
        assertThat(split.changed()).hasSize(2);
        assertThat(events.events()).hasSize(2).allSatisfy(e -> assertThat(e.members()).hasSize(1));
        // The merged-away event is gone from the keys too: a new article finds only live events.
        assertThat(events.candidates(EventKeys.of(vector("x", Map.of("س", 1.0))), DAY, DAY))
                .allSatisfy(e -> assertThat(e.members()).isNotEmpty());

        EventClusterer.Change last = clusterer.remove("a", events);
        assertThat(last.removed()).hasSize(1);
        assertThat(events.events()).hasSize(1);
    }

    @Test
    void aPrepositionLeftOnAWordIsSplitOffOnlyWhenTheBareWordIsTheCommonerOne() {
        TermRarity rarity = TermRarity.standard();
        // «بمسجد» and «لافتتاح» are «مسجد» and «افتتاح» with a preposition: one word of the event, not a rarer one.
        assertThat(EventTerms.stems("صلاة بمسجد القرية", rarity)).isEqualTo(EventTerms.stems("صلاة مسجد القرية", rarity));
        assertThat(EventTerms.stems("استعدادات لافتتاح الجسر", rarity)).contains("افتتاح");
        // A name whose first letter is a باء or a لام keeps it: the bare rest is no commoner word.
        assertThat(EventTerms.stems("وفد لبنان وبريطانيا", rarity)).isEqualTo(EventTerms.stems("وفد لبنان وبريطانيا"))
                .noneMatch(s -> s.startsWith("بنا") || s.startsWith("ريط"));
        assertThat(EventTerms.stems("بمسجد")).isNotEqualTo(EventTerms.stems("مسجد"));
    }

    private static ArticleProfile quoting(String id, Map<String, Double> terms, Set<String> entities) {
        return new ArticleProfile(id, "منفذ", DAY, "عنوان " + id, terms, entities);
    }

    @Test
    void aRoleWordQuotedAloneOnBothSidesIsNoSharedName() {
        // Cosine 0.30: enough with a name in common (0.25), not without one (0.40).
        Map<String, Double> one = Map.of("س", 0.5, "ص", Math.sqrt(0.75));
        Map<String, Double> other = Map.of("س", 0.6, "ع", 0.8);
        EventMatcher m = EventMatcher.STANDARD;
        EventProfile event = EventProfile.of("e", List.of(quoting("a", one, Set.of("المتحدث"))));
        assertThat(m.score(quoting("b", other, Set.of("المتحدث")), event)).isNegative();
        EventProfile named = EventProfile.of("e", List.of(quoting("a", one, Set.of("سامر الخطيب", "الخطيب"))));
        assertThat(m.score(quoting("b", other, Set.of("سامر الخطيب")), named)).isGreaterThan(0.29);
        // A surname quoted alone meets the full name the other side quotes.
        assertThat(m.score(quoting("b", other, Set.of("الخطيب")), named)).isGreaterThan(0.29);
    }

    @Test
    void aProfileReadBackFromItsStoredFormIsTheSame() {
        ArticleProfile a = strike("7", DAY, "إضراب عمال ميناء الرمال يوقف حركة الشحن");
        ArticleProfile back = ArticleProfile.stored("7", a.outlet(), DAY, a.title(), a.termsText(), a.entitiesText());
        assertThat(back.entities()).isEqualTo(a.entities()).contains("سامر الخطيب", "الخطيب");
        assertThat(EventProfile.cosine(back.terms(), a.terms())).isGreaterThan(0.999);
        assertThat(a.terms().keySet()).contains("رمال").doesNotContain("قال");
    }

    /** The same happening reported every other day for three months, as a weekly generator's copies chain. */
    private static List<ArticleProfile> everyOtherDay(int n) {
        List<ArticleProfile> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(strike(Integer.toString(i), DAY.plusDays(2L * i), "إضراب عمال ميناء الرمال يوقف حركة الشحن"));
        }
        return out;
    }

    @Test
    void anEventDoesNotChainOnPastItsSpanSoEachPlacementComparesABoundedNeighbourhood() {
        int[] largest = {0};
        MemoryEvents memory = new MemoryEvents();
        EventStore counting = new EventStore() {
            @Override
            public List<EventProfile> candidates(java.util.Collection<String> keys, LocalDate from, LocalDate to) {
                List<EventProfile> near = memory.candidates(keys, from, to);
                largest[0] = Math.max(largest[0], near.stream().mapToInt(e -> e.members().size()).sum());
                return near;
            }

            @Override
            public java.util.Optional<EventProfile> event(String eventId) {
                return memory.event(eventId);
            }

            @Override
            public String create() {
                return memory.create();
            }

            @Override
            public void add(String eventId, ArticleProfile article, java.util.Collection<String> keys) {
                memory.add(eventId, article, keys);
            }

            @Override
            public java.util.Optional<String> remove(String articleId) {
                return memory.remove(articleId);
            }

            @Override
            public void delete(String eventId) {
                memory.delete(eventId);
            }
        };
        everyOtherDay(45).forEach(a -> clusterer.place(a, counting));

        List<EventProfile> all = memory.events();
        assertThat(all).allSatisfy(e -> assertThat(e.spanDays()).isLessThanOrEqualTo(EventMatcher.MAX_SPAN_DAYS));
        assertThat(all.size()).isGreaterThanOrEqualTo(90 / (EventMatcher.MAX_SPAN_DAYS + 2));
        // The events within reach of one article: its own days and the window's, never the whole chain.
        assertThat(largest[0]).isLessThanOrEqualTo(2 * (EventMatcher.MAX_SPAN_DAYS + EventClusterer.LOOKUP_DAYS + 2));
    }
}
