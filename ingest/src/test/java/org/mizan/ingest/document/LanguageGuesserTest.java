package org.mizan.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.core.Span;

class LanguageGuesserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قال الوزير إن الاتفاق صامد | ar",
            "قال الوزير (CNN) إن الاتفاق صامد | ar",
            "The minister said the truce holds | en",
            "Министр сказал | und",
            "12345 ... 678 | und",
            "AFP: قال مسؤول | ar"})
    void namesTheScriptThatDominates(String text, String language) {
        assertThat(new LanguageGuesser().guess(text, Span.of(text, 0, text.length()))).isEqualTo(language);
    }
}
