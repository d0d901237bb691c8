package org.mizan.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.bench.load.SyntheticCorpus.SyntheticArticle;

class LoadToolsTest {

    @Test
    void corpusIsDeterministicAndEveryArticleDistinct() {
        List<SyntheticArticle> a = SyntheticCorpus.generate(200, 7);
        assertThat(SyntheticCorpus.generate(200, 7)).isEqualTo(a);
        assertThat(new HashSet<>(a.stream().map(SyntheticArticle::text).toList())).hasSize(200);
    }

    @Test
    void everyArticleReportsAttributedStatementsWithASourceLine() {
        for (SyntheticArticle article : SyntheticCorpus.generate(50, 3)) {
            assertThat(article.text()).startsWith(article.title()).contains(" إن ").endsWith("المصدر: وكالات");
            assertThat(article.text().split(" يوم ").length - 1).isBetween(3, 6);
        }
    }

    @Test
    void percentilesAreNearestRank() {
        long[] ms = new long[100];
        for (int i = 0; i < 100; i++) {
            ms[i] = (100 - i) * 1_000_000L;
        }
        LatencyStats stats = new LatencyStats("t", ms, 0, 2.0);
        assertThat(stats.percentileMillis(50)).isEqualTo(50.0);
        assertThat(stats.percentileMillis(99)).isEqualTo(99.0);
        assertThat(stats.percentileMillis(100)).isEqualTo(100.0);
        assertThat(stats.throughput()).isEqualTo(50.0);
    }

    @ParameterizedTest
    @CsvSource({"http://127.0.0.1:8080", "http://localhost:9000/", "http://[::1]:8080"})
    void acceptsLoopbackServers(String base) {
        assertThat(Loopback.require(base).getHost()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"http://10.0.0.5:8080", "http://192.168.1.2", "https://127.0.0.1:8443", "ftp://127.0.0.1"})
    void refusesAnythingButLoopbackHttp(String base) {
        assertThatThrownBy(() -> Loopback.require(base)).isInstanceOf(IllegalArgumentException.class);
    }
}
