package org.mizan.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which language a page speaks: the switch first, then the remembered choice, Arabic otherwise. */
class UiLanguageTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "en,   NULL, en",
            "NULL, en,   en",
            "ar,   en,   ar",
            "en,   ar,   en",
            "NULL, NULL, ar",
            "fr,   en,   ar",
            "NULL, EN,   ar",
    })
    void theSwitchWinsOverTheCookieAndArabicIsTheDefault(String asked, String remembered, String lang) {
        assertThat(UiLanguage.choose(asked, remembered)).isEqualTo(lang);
    }
}
