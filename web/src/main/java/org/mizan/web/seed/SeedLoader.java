package org.mizan.web.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import org.mizan.core.Article;
import org.mizan.web.article.ArticleService;

/**
 * Loads the seed articles (module {@code seeds}) at start-up through the real pipeline. Idempotent:
 * storing is keyed by content hash, so a restart on the same data directory adds nothing twice.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    private static final String SEEDS = "/seeds/";

    @Inject
    ArticleService articles;
    @Inject
    ObjectMapper json;
    @Inject
    org.mizan.web.MizanConfig config;

    void onStart(@Observes StartupEvent event) {
        if (!config.loadSeeds()) {
            LOG.info("seeds: not loaded (mizan.load-seeds=false)");
            return;
        }
        loadSeeds();
    }

    /** Stores every seed article not stored yet; returns how many were new. */
    public int loadSeeds() {
        JsonNode metadata = read("metadata.json", in -> json.readTree(in));
        int added = 0;
        for (JsonNode seed : metadata.path("articles")) {
            String text = read("articles/" + seed.path("file").asText(), in -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Article article = new Article(text, null, LocalDate.parse(seed.path("publishedOn").asText()),
                    seed.path("outlet").asText(null), null);
            if (articles.store(article).created()) {
                added++;
            }
        }
        LOG.infof("seeds: %d new of %d", added, metadata.path("articles").size());
        return added;
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(String resource, Reader<T> reader) {
        try (InputStream in = SeedLoader.class.getResourceAsStream(SEEDS + resource)) {
            if (in == null) {
                throw new IllegalStateException("seed resource missing: " + SEEDS + resource);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
