package org.mizan.ingest.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    private static Mention mention(String sentence) {
        List<Token> tokens = Tokenizer.standard().tokenize(sentence);
        return MentionParser.standard().parse(sentence, tokens, 1);
    }

    @Test
    void aSurnameNamesTheEarlierFullName() {
        EntityResolver resolver = new EntityResolver();
        Entity full = resolver.resolve(mention("كشف وزير الدفاع التركي خلوصي آكار أن"));

        Entity later = resolver.resolve(mention("وقال آكار إن"));

        assertThat(later).isSameAs(full);
        assertThat(later.canonicalName()).isEqualTo("خلوصي آكار");
        assertThat(later.role()).isEqualTo("وزير الدفاع التركي");
    }

    @Test
    void theLongestNameBecomesCanonicalWhateverItsPlace() {
        EntityResolver resolver = new EntityResolver();
        Entity first = resolver.resolve(mention("وأكد السراج أن"));

        Entity second = resolver.resolve(mention("وقال رئيس المجلس الرئاسي فايز السراج إن"));

        assertThat(second).isSameAs(first);
        assertThat(first.canonicalName()).isEqualTo("فايز السراج");
    }

    @Test
    void aDefiniteDescriptionTakesTheLatestPersonWithThatTitle() {
        EntityResolver resolver = new EntityResolver();
        Entity minister = resolver.resolve(mention("قال وزير الصحة الروسي سيرغي بيتروف إن"));
        resolver.resolve(mention("وقال السفير يوسف الشرقاوي إن"));

        assertThat(resolver.resolve(mention("وجدد الوزير التأكيد على"))).isSameAs(minister);
    }

    @Test
    void differentPeopleStayApart() {
        EntityResolver resolver = new EntityResolver();
        Entity a = resolver.resolve(mention("قال وزير الصحة الروسي سيرغي بيتروف إن"));

        Entity b = resolver.resolve(mention("قال وزير النقل الروسي سيرغي إيفانوف إن"));

        assertThat(b).isNotSameAs(a);
    }

    @Test
    void aSurnameFindsItsPersonBeyondTheRecencyWindow() {
        EntityResolver resolver = new EntityResolver();
        Entity early = resolver.resolve(mention("كشف وزير الدفاع التركي خلوصي آكار أن"));
        for (int i = 0; i < EntityResolver.WINDOW + 20; i++) {
            resolver.resolve(new Mention(0, 0, org.mizan.core.Span.of("x", 0, 1), "شخص" + i + " مختلف", null, "x",
                    org.mizan.core.SpeakerKind.PERSON, false, false, false));
        }

        assertThat(resolver.resolve(mention("وقال آكار إن"))).isSameAs(early);
        assertThat(resolver.knowsNameWord("اكار")).isTrue();
    }
}
