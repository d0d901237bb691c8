package org.mizan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.core.Article;
import org.mizan.core.Claim;
import org.mizan.core.DateSource;
import org.mizan.core.Span;
import org.mizan.core.Speaker;
import org.mizan.core.SpeakerKind;
import org.mizan.ingest.attribution.AttributedStatement;
import org.mizan.ingest.document.Document;
import org.mizan.ingest.document.DocumentReader;
import org.mizan.ingest.proposition.PolarityDetector;
import org.mizan.ingest.proposition.PropositionExtractor;
import org.mizan.ingest.time.StatementDater;

class ClaimAssemblerTest {

    private static final String TEXT = "الوزير يكشف خطته\n\n"
            + "قال الوزير إن الخطة جاهزة. وأكد المتحدث أن التنفيذ يبدأ غدا.\n\n"
            + "أخبار متعلقة:\nالوزير: قال إن الخطة جاهزة\n\n"
            + "وأوضح الوزير أن الميزانية كافية لتنفيذ الخطة كاملة خلال العام المقبل حسب الجدول المعلن سابقا.";

    private final ClaimAssembler assembler =
            new ClaimAssembler(new StatementDater(), new PolarityDetector(), new PropositionExtractor());
    private final Document document =
            DocumentReader.standard().read(new Article(TEXT, null, LocalDate.of(2024, 3, 5), null, null));

    private AttributedStatement statement(String cue, String content, int from) {
        int c = TEXT.indexOf(cue, from);
        int k = TEXT.indexOf(content, c);
        Span cueSpan = Span.of(TEXT, c, c + cue.length());
        Span sentence = document.sentences().stream().filter(s -> s.contains(cueSpan)).findFirst()
                .orElse(Span.of(TEXT, c, k + content.length()));
        Speaker speaker = new Speaker("الوزير", "الوزير", null, SpeakerKind.PERSON, null, true, "test");
        return new AttributedStatement(cueSpan, speaker, Span.of(TEXT, k, k + content.length()), sentence);
    }

    @Test
    void numbersClaimsInTextOrderWhateverOrderTheyCameIn() {
        AttributedStatement first = statement("قال", "الخطة جاهزة", 0);
        AttributedStatement second = statement("وأكد", "التنفيذ يبدأ غدا", 0);
        AttributedStatement third = statement("وأوضح", "الميزانية كافية", 0);
        List<Claim> claims = assembler.assemble(document, List.of(third, first, second), List.of(), LocalDate.of(2024, 3, 5));
        assertThat(claims).extracting(Claim::id).containsExactly("c1", "c2", "c3");
        assertThat(claims).extracting(c -> c.cue().text()).containsExactly("قال", "وأكد", "وأوضح");
    }

    @Test
    void dropsStatementsInTheTitleListOrOutsideTheBodyButKeepsTheTitle() {
        AttributedStatement inTitle = statement("يكشف", "خطته", 0);
        AttributedStatement inList = statement("قال", "الخطة جاهزة", TEXT.indexOf("أخبار متعلقة"));
        AttributedStatement inBody = statement("قال", "الخطة جاهزة", 0);
        List<Claim> claims = assembler.assemble(document, List.of(inList, inBody, inTitle), List.of(), null);
        assertThat(claims).extracting(c -> c.cue().start()).containsExactly(TEXT.indexOf("يكشف"), TEXT.indexOf("قال"));
    }

    @Test
    void keepsOneClaimPerCue() {
        AttributedStatement once = statement("قال", "الخطة جاهزة", 0);
        assertThat(assembler.assemble(document, List.of(once, once), List.of(), null)).hasSize(1);
    }

    @Test
    void namesTheDatingExpressionOnlyForExplicitDates() {
        List<Claim> claims = assembler.assemble(document, List.of(statement("قال", "الخطة جاهزة", 0)), List.of(),
                LocalDate.of(2024, 3, 5));
        Claim claim = claims.get(0);
        assertThat(claim.statedOnText() == null || claim.statedOnSource() == DateSource.EXPLICIT).isTrue();
        assertThat(claim.statedOnSource()).isNotNull();
        assertThat(claim.polarity()).isNotNull();
    }
}
