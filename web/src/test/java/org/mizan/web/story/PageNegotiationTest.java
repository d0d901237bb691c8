package org.mizan.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Accept-Encoding and If-None-Match as browsers and plain clients send them. */
class PageNegotiationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "gzip, deflate, br, zstd | true",
            "GZIP                    | true",
            "deflate;q=1.0, gzip;q=0.5 | true",
            "x-gzip                  | true",
            "*                       | true",
            "gzip;q=0, *             | false",
            "gzip;q=0.000            | false",
            "*;q=0                   | false",
            "identity                | false",
            "deflate, br             | false",
            "''                      | false",
            "NULL                    | false",
    })
    void servesGzipOnlyToClientsThatAcceptIt(String acceptEncoding, boolean gzip) {
        assertThat(PageNegotiation.acceptsGzip(acceptEncoding)).isEqualTo(gzip);
    }

    @Test
    void readsEveryAcceptEncodingLineOfARequest() {
        assertThat(PageNegotiation.acceptsGzip(List.of("identity", "gzip, deflate"))).isTrue();
        assertThat(PageNegotiation.acceptsGzip(List.of("identity"))).isFalse();
        assertThat(PageNegotiation.acceptsGzip((List<String>) null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "W/\"abc\"           | true",
            "\"abc\"             | true",
            "\"old\", W/\"abc\"  | true",
            "*                   | true",
            "W/\"old\"           | false",
            "\"abcd\"            | false",
            "NULL                | false",
    })
    void answers304OnlyWhenTheBrowsersCopyIsCurrent(String ifNoneMatch, boolean current) {
        assertThat(PageNegotiation.stillCurrent(ifNoneMatch, "W/\"abc\"")).isEqualTo(current);
    }
}
