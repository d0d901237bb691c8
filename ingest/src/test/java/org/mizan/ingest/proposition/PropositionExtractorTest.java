package org.mizan.ingest.proposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.core.Modality;
import org.mizan.core.Polarity;
import org.mizan.core.Proposition;
import org.mizan.core.Span;
import org.mizan.core.Speaker;
import org.mizan.core.SpeakerKind;

class PropositionExtractorTest {

    private static final Speaker SPEAKER = new Speaker("الناطق الرسمي", "الناطق الرسمي", null, SpeakerKind.PERSON,
            null, true, "test");

    private final PropositionExtractor extractor = new PropositionExtractor();

    private List<Proposition> extract(String content) {
        String text = "وقال المتحدث إن " + content + ".";
        int start = text.indexOf(content);
        List<Proposition> found = extractor.extract(text, Span.of(text, start, start + content.length()), SPEAKER);
        for (Proposition p : found) {
            assertThat(text.substring(p.evidence().start(), p.evidence().end())).isEqualTo(p.evidence().text());
        }
        return found;
    }

    @ParameterizedTest(name = "{0} -> {2}({1}, {3}) {4}")
    @CsvSource(delimiter = '|', value = {
            "القائد غادر موسكو دون توقيع الاتفاق | القائد | leave | موسكو | AFFIRMED",
            "القائد غادر موسكو دون توقيع الاتفاق | القائد | sign | الاتفاق | NEGATED",
            "الجيش لن ينسحب من أطراف المدينة | الجيش | withdraw | أطراف المدينة | NEGATED",
            "استجابت الحكومة للمبادرة | الحكومة | accept | المبادرة | AFFIRMED",
            "وزارة الداخلية، المسؤولة عن الأمن، وقعت على المذكرة | وزارة الداخلية | sign | المذكرة | AFFIRMED",
            "وقعت الحكومة على المذكرة أمس | الحكومة | sign | المذكرة | AFFIRMED",
            "المعارضة وقعت الوثيقة، لكن الرئيس طلب المزيد من الوقت للنظر في العرض | الرئيس | request_time | النظر في العرض | AFFIRMED",
            "رفضت النقابة توقيع العقد | النقابة | sign | العقد | NEGATED",
            "زار الرئيس باريس | الرئيس | visit | باريس | AFFIRMED",
            "أعلن الطرفان قبولهما لها | الطرفان | accept | | AFFIRMED",
    })
    void extractsSubjectPredicateObjectAndPolarity(String content, String subject, String predicate, String object,
                                                  Polarity polarity) {
        assertThat(extract(content))
                .filteredOn(p -> p.predicate().equals(predicate))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.subject()).isEqualTo(subject);
                    assertThat(p.object()).isEqualTo(object);
                    assertThat(p.polarity()).isEqualTo(polarity);
                });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "الحكومة وقعت الاتفاق | ASSERTED",
            "الحكومة تعتزم توقيع الاتفاق | INTENDED",
            "الجيش سينسحب من المدينة | INTENDED",
            "المعارضة تطالب بتوقيع الاتفاق | REQUESTED",
            "من المتوقع توقيع الاتفاق الأسبوع المقبل | EXPECTED",
    })
    void readsModalityFromMarkersBeforeThePredicate(String content, Modality expected) {
        assertThat(extract(content)).isNotEmpty();
        assertThat(extract(content).get(0).modality()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "توقيع الاتفاق خطوة مهمة",
            "سيتم توقيع الاتفاق قريبا",
            "استجابتهم للمبادرة",
    })
    void takesTheSpeakerAsSubjectWhenTheTextGivesNone(String content) {
        assertThat(extract(content)).extracting(Proposition::subject).contains(SPEAKER.name());
    }
}
