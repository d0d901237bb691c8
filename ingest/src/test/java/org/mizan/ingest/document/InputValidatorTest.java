package org.mizan.ingest.document;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.ingest.RejectedInputException;
import org.mizan.ingest.RejectedInputException.Reason;

class InputValidatorTest {

    private final InputValidator validator = new InputValidator();

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\t ", "\u00A0\u200F\u200B\n", "\uFEFF"})
    void rejectsEmptyAndBlankTextAsEmpty(String text) {
        assertRejected(text, Reason.EMPTY);
    }

    @Test
    void rejectsNullTextAsEmpty() {
        assertRejected(null, Reason.EMPTY);
    }

    @Test
    void rejectsTextOverTheSizeLimitAsTooLarge() {
        assertRejected("ب".repeat(InputValidator.MAX_CHARS + 1), Reason.TOO_LARGE);
    }

    @Test
    void acceptsTextAtTheSizeLimit() {
        assertThatCode(() -> validator.validate("ب".repeat(InputValidator.MAX_CHARS))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"قال الوزير\u0000 إن", "\u0000"})
    void rejectsANulCharacterAsBinary(String text) {
        assertRejected(text, Reason.BINARY);
    }

    @Test
    void rejectsBytesDecodedAsReplacementCharactersAsBinary() {
        assertRejected("PK\u0003\u0004\uFFFD\uFFFD\u0014\uFFFD\uFFFD\u0008word\uFFFD\uFFFD\uFFFD", Reason.BINARY);
    }

    @Test
    void rejectsAShareOfControlCharactersAsBinary() {
        assertRejected("نص " + "\u0001\u0002\u0003\u0007".repeat(5) + " قصير", Reason.BINARY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "قال وزير الخارجية إن المحادثات انتهت.",
            "The minister said the talks had ended.",
            "12345",
            "قال الوزير \uFFFD إن المحادثات التي جرت في العاصمة يوم الاثنين كانت مثمرة وبناءة جدا."})
    void acceptsTextWithOrWithoutArabicAndAStrayReplacementCharacter(String text) {
        assertThatCode(() -> validator.validate(text)).doesNotThrowAnyException();
    }

    private void assertRejected(String text, Reason reason) {
        assertThatThrownBy(() -> validator.validate(text))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> org.assertj.core.api.Assertions.assertThat(e.reason()).isEqualTo(reason));
    }
}
