package org.mizan.core.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.core.Speaker;
import org.mizan.core.SpeakerKind;

import static org.assertj.core.api.Assertions.assertThat;

class ActorResolverTest {

    private final ActorResolver resolver = ActorResolver.standard();

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            حفتر                         | خليفة حفتر                        | SAME
            المشير خليفة حفتر            | حفتر                              | SAME
            الرئيس رجب طيب أردوغان       | أردوغان                           | SAME
            وزير الخارجية الروسي سيرغي لافروف | لافروف                        | SAME
            محمد بن سلمان               | محمد سلمان العتيبي                 | DISTINCT
            قوات حفتر                    | خليفة حفتر                        | ASSOCIATED
            قوات حفتر                    | ميليشيات حفتر                     | SAME
            حكومة فايز السراج            | فايز السراج                       | REPRESENTS
            حكومة فايز السراج            | السراج                            | REPRESENTS
            حكومة الوفاق                 | فايز السراج                       | REPRESENTS
            حكومة الوفاق                 | حكومة فايز السراج                 | REPRESENTS
            وزارة الخارجية الروسية       | وزارة الخارجية                    | SAME
            وزارة الخارجية الروسية       | وزارة الدفاع الروسية               | DISTINCT
            طرفا النزاع الليبي           | خليفة حفتر                        | MEMBER
            طرفا النزاع الليبي           | حكومة فايز السراج                 | MEMBER
            الطرفين في ليبيا وإدلب       | حفتر                              | MEMBER
            طرفا النزاع الليبي           | عبد الملك الحوثي                  | DISTINCT
            الطرفان (زيد وعمرو)          | عمرو                              | MEMBER
            طرفا النزاع في اليمن         | الطرفين اليمنيين (الحكومة اليمنية والحوثيين) | SAME
            فايز السراج                  | خليفة حفتر                        | DISTINCT
            الرئيس التركي                | وزير الدفاع التركي                 | DISTINCT
            الرئيس التركي                | الرئيس التركي                      | SAME
            """)
    void relatesMentionsFromDifferentArticles(String a, String b, ActorRelation expected) {
        ActorRef ra = resolver.resolve(a);
        ActorRef rb = resolver.resolve(b);
        assertThat(resolver.relate(ra, rb).relation()).isEqualTo(expected);
        assertThat(resolver.relate(rb, ra).relation()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            المشير خليفة حفتر                   | خليفه حفتر
            وزير الخارجية الروسي سيرغي لافروف   | سيرغي لافروف
            الدكتور عبد الله حمدوك              | عبد له حمدوك
            الرئيس                              | رئيس
            """)
    void stripsTitlesAndNationalityFromTheKey(String mention, String key) {
        assertThat(resolver.resolve(mention).key()).isEqualTo(org.mizan.core.text.ArabicFolding.fold(key));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            حكومة فايز السراج   | LED_BY
            حكومة الوفاق الوطني | ORGANIZATION
            قوات حفتر           | FORCES_OF
            قوات الدعم السريع   | ORGANIZATION
            وزارة الخارجية      | ORGANIZATION
            طرفا النزاع الليبي  | GROUP
            خلوصي آكار          | NAME
            """)
    void tellsTheKindOfMention(String mention, ActorRef.Kind kind) {
        assertThat(resolver.resolve(mention).kind()).isEqualTo(kind);
    }

    @Test
    void learnsLeadershipFromASpeakerRole() {
        ActorResolver fresh = ActorResolver.standard();
        assertThat(fresh.relate(fresh.resolve("حكومة الإنقاذ الوطني"), fresh.resolve("سالم الحداد")).relation())
                .isEqualTo(ActorRelation.DISTINCT);
        fresh.learnFromSpeaker(new Speaker("سالم الحداد", "سالم الحداد", null, SpeakerKind.PERSON,
                "رئيس المجلس الأعلى لحكومة الإنقاذ الوطني", false, "test"));
        assertThat(fresh.relate(fresh.resolve("حكومة الإنقاذ"), fresh.resolve("الحداد")).relation())
                .isEqualTo(ActorRelation.REPRESENTS);
        assertThat(fresh.relate(fresh.resolve("المجلس الأعلى"), fresh.resolve("سالم الحداد")).relation())
                .isEqualTo(ActorRelation.REPRESENTS);
    }

    @Test
    void resolvesAConjoinedSubjectOfKnownNamesAsAGroup() {
        ActorRef both = resolver.resolve("السراج وحفتر");
        assertThat(both.kind()).isEqualTo(ActorRef.Kind.GROUP);
        assertThat(resolver.relate(both, resolver.resolve("خليفة حفتر")).relation()).isEqualTo(ActorRelation.MEMBER);
    }

    @Test
    void blocksASurnameAndItsFullNameTogether() {
        assertThat(resolver.blockingKeys(resolver.resolve("حفتر")))
                .containsAnyElementsOf(resolver.blockingKeys(resolver.resolve("المشير خليفة حفتر")));
        assertThat(resolver.blockingKeys(resolver.resolve("طرفا النزاع الليبي")))
                .containsAll(resolver.blockingKeys(resolver.resolve("حكومة فايز السراج")));
        assertThat(resolver.blockingKeys(resolver.resolve("فايز السراج")))
                .doesNotContainAnyElementsOf(resolver.blockingKeys(resolver.resolve("خليفة حفتر")));
    }
}
