package org.mizan.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Accept|text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8",
            "Accept|application/json",
            "Accept|*/*",
            "Accept|text/html; level=1; q=1.000",
            "Accept|application/ld+json;profile=\"https://schema.org\"",
            "Accept-Language|ar,en-US;q=0.7,en;q=0.3",
            "Accept-Language|*",
            "Accept-Language|zh-Hant-TW;q=0",
            "Content-Type|anything at all"})
    void wellFormedHeadersPass(String name, String value) {
        assertThat(HeaderRules.problem(name, value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Accept|text/html;q=abc",
            "Accept|text/html;q=1.5",
            "Accept|text/html;q=0.12345",
            "Accept|text/html;q=",
            "Accept|garbage",
            "Accept|text/html;;",
            "Accept-Language|en;q=abc",
            "Accept-Language|en;q=2",
            "Accept-Language|en_US",
            "Accept-Language|<script>"})
    void malformedHeadersAreRefused(String name, String value) {
        assertThat(HeaderRules.problem(name, value)).isPresent();
    }
}
