package org.mizan.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.core.Span;

class RelayChainReaderTest {

    private final RelayChainReader reader = RelayChainReader.standard();

    private static List<String> links(RelayChain chain) {
        return chain.links().stream().map(l -> l.role().wire() + ":" + l.key()).toList();
    }

    /** The body is the whole text before the source line; the source line is the last line. */
    private RelayChain read(String body, String sourceLine, String outlet) {
        String text = sourceLine == null ? body : body + "\n\n" + sourceLine;
        Span bodySpan = Span.of(text, 0, body.length());
        Span provenance = sourceLine == null ? null : Span.of(text, body.length() + 2, text.length());
        return reader.read(text, provenance, bodySpan, outlet);
    }

    @Test
    void aParenthesisedAgencyInTheDatelineIsTheWire() {
        RelayChain chain = read("عمّان (رويترز) - أعلنت الحكومة خطة جديدة للنقل العام في المدينة.", null, "صحيفة المساء");
        assertThat(links(chain)).containsExactly("agency:reuters", "outlet:صحيفه المساء");
        assertThat(chain.wires()).containsExactly("reuters");
    }

    @Test
    void initialsWithOrWithoutDotsNameOneAgency() {
        RelayChain dotted = read("بيروت - أ.ف.ب: افتتح المعرض أبوابه صباح اليوم.", null, null);
        RelayChain spaced = read("بيروت - أ ف ب: افتتح المعرض أبوابه صباح اليوم.", null, null);
        assertThat(dotted.wires()).containsExactly("afp");
        assertThat(dotted.sameWire(spaced)).isTrue();
    }

    @Test
    void anAgencyQuotedInsideTheBodyIsReportingNotRelay() {
        RelayChain chain = read("أعلنت الحكومة خطة جديدة للنقل العام. وقال مسؤول لرويترز إن الخطة تبدأ الشهر المقبل بعد إقرارها.",
                null, null);
        assertThat(chain.links()).isEmpty();
    }

    @Test
    void theSourceLineNamesAgenciesOutletsAndTheTranslationInChainOrder() {
        RelayChain chain = read("أعلنت الحكومة خطة جديدة للنقل العام.", "ترجمة: سلمى يوسف عن «ذا غارديان»", "موقع الضفة");
        assertThat(links(chain)).containsExactly("outlet:ذا غارديان", "outlet:موقع الضفه", "translation:سلمي يوسف");
        assertThat(chain.links().get(2).name()).isEqualTo("سلمى يوسف");
    }

    @Test
    void theGenericAgenciesLineIsAWireButNoParticularOne() {
        RelayChain a = read("أعلنت الحكومة خطة جديدة للنقل العام.", "المصدر: وكالات", null);
        RelayChain b = read("افتتحت البلدية حديقة عامة جديدة.", "المصدر: وكالات", null);
        assertThat(links(a)).containsExactly("agency:agencies");
        assertThat(a.wires()).isEmpty();
        assertThat(a.sameWire(b)).isFalse();
    }

    @Test
    void quotedFromSeveralSourcesKeepsEachAndTellsWiresFromOutlets() {
        RelayChain chain = read("أعلنت الحكومة خطة جديدة للنقل العام.", "نقلا عن رويترز، وصحيفة الأفق", null);
        assertThat(links(chain)).containsExactly("agency:reuters", "outlet:وصحيفه الافق");
    }

    @Test
    void twoOutletsCopyingOneWireAreNotIndependent() {
        RelayChain first = read("القاهرة (أ ش أ) - افتتح الوزير مصنعا جديدا للأسمدة.", null, "جريدة الصباح");
        RelayChain second = read("افتتح الوزير مصنعا جديدا للأسمدة في الدلتا.", "المصدر: وكالة أنباء الشرق الأوسط", "موقع النهار");
        RelayChain own = read("افتتح الوزير مصنعا جديدا للأسمدة، بحسب مراسلنا.", null, "موقع النهار");
        assertThat(first.sameWire(second)).isTrue();
        assertThat(first.sameWire(own)).isFalse();
    }

    @Test
    void aJournalistsCreditIsNoLinkAndCoordinatedMarkerWordsAreNoName() {
        RelayChain prepared = read("بيروت (رويترز) - ارتفعت أسعار الوقود للمرة الثانية هذا الشهر.", "(إعداد كريم نصار للخدمة العربية)", null);
        assertThat(links(prepared)).containsExactly("agency:reuters");
        RelayChain translated = read("تراجعت صادرات القمح هذا الموسم.", "ترجمة وتعليق: هالة منصور", null);
        assertThat(links(translated)).containsExactly("translation:هاله منصور");
    }
}
