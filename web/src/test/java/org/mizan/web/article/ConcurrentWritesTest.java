package org.mizan.web.article;

import org.mizan.web.admin.AdminSession;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The write path under concurrency, through the HTTP API as clients use it: the same text sent at once
 * is stored once; uploads, deletes, re-analyses and story-page reads interleaved answer only 2xx/404 and
 * leave links and stories exactly as storing the surviving articles one by one gives; and the links and
 * stories of a corpus do not depend on the order or concurrency of its upload.
 */
@QuarkusTest
@TestProfile(WritePathProfile.class)
class ConcurrentWritesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(("admin:" + AdminSession.PASSWORD).getBytes(StandardCharsets.UTF_8));

    @TestHTTPResource("/")
    URL base;
    @Inject
    EntityManager em;
    @Inject
    ArticleService articles;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void emptyCorpus() throws Exception {
        deleteAll();
    }

    @Test
    void theSameTextSentTenTimesAtOnceIsStoredOnceAndEveryRequestGetsIt() throws Exception {
        WrittenCorpus.Item item = WrittenCorpus.items().get(4);
        List<HttpResponse<String>> answers = inParallel(10, i -> post(item));

        assertThat(answers).extracting(HttpResponse::statusCode).isSubsetOf(200, 201);
        assertThat(answers).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        Set<Long> ids = new HashSet<>();
        for (HttpResponse<String> r : answers) {
            ids.add(JSON.readTree(r.body()).path("id").asLong());
        }
        assertThat(ids).hasSize(1);
        assertThat(count("select count(*) from article")).isEqualTo(1);
    }

    @Test
    void linksAndStoriesDoNotDependOnUploadOrderOrConcurrency() throws Exception {
        List<WrittenCorpus.Item> corpus = WrittenCorpus.items();
        for (WrittenCorpus.Item item : corpus) {
            assertThat(post(item).statusCode()).isEqualTo(201);
        }
        Snapshot sequential = snapshot();
        assertThat(sequential.links()).as("the corpus links claims").hasSizeGreaterThanOrEqualTo(corpus.size());
        // Eight events, each reported by three outlets: every event's reports are linked into stories.
        assertThat(sequential.stories()).as("stories of linked reports").hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(story -> assertThat(story).hasSizeGreaterThanOrEqualTo(2));

        deleteAll();
        assertThat(count("select count(*) from claim_link") + count("select count(*) from story")).isZero();
        List<WrittenCorpus.Item> shuffled = new ArrayList<>(corpus);
        Collections.shuffle(shuffled, new Random(13));
        List<HttpResponse<String>> answers = inParallel(shuffled.size(), i -> post(shuffled.get(i)));
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);

        assertThat(snapshot()).isEqualTo(sequential);
    }

    @Test
    void uploadsDeletesReanalysesAndStoryReadsInterleavedStayConsistent() throws Exception {
        List<WrittenCorpus.Item> corpus = WrittenCorpus.items();
        Map<Integer, Long> stored = new ConcurrentHashMap<>();
        Queue statuses = new Queue();
        AtomicBoolean uploading = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<?>> uploads = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                int n = i;
                uploads.add(pool.submit(() -> {
                    HttpResponse<String> r = post(corpus.get(n));
                    statuses.add("POST", r.statusCode());
                    stored.put(n, JSON.readTree(r.body()).path("id").asLong());
                    return null;
                }));
            }
            Random random = new Random(7);
            List<Future<?>> others = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int worker = w;
                others.add(pool.submit(() -> {
                    // Each keeps going while uploads run, and until it has done its part at least four times.
                    for (int done = 0; uploading.get() || done < 4; ) {
                        List<Integer> known = new ArrayList<>(stored.keySet());
                        if (worker == 0) {
                            known.removeIf(n -> n % 3 != 0);
                        }
                        if (known.isEmpty()) {
                            if (!uploading.get()) {
                                break;
                            }
                            Thread.sleep(20);
                            continue;
                        }
                        int n = known.get(random.nextInt(known.size()));
                        Long id = stored.get(n);
                        if (worker == 0) {
                            if (id != null && stored.remove(n, id)) {
                                statuses.add("DELETE", send(request("api/articles/" + id).DELETE()).statusCode());
                                done++;
                            }
                        } else if (worker == 1) {
                            if (id != null) {
                                statuses.add("REANALYSE", reanalyse(id));
                                done++;
                            }
                        } else {
                            for (JsonNode story : JSON.readTree(get("api/stories").body()).path("items")) {
                                statuses.add("STORY", get("stories/" + story.path("id").asLong()).statusCode());
                            }
                            done++;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : uploads) {
                f.get();
            }
            uploading.set(false);
            for (Future<?> f : others) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses.codes("POST")).containsOnly(201);
        assertThat(statuses.codes("DELETE")).isNotEmpty().isSubsetOf(204, 404);
        assertThat(statuses.codes("REANALYSE")).isNotEmpty().isSubsetOf(200, 404);
        assertThat(statuses.codes("STORY")).isNotEmpty().isSubsetOf(200, 404);

        // What survived, linked and clustered under that storm, is what storing it one by one gives.
        Snapshot afterStorm = snapshot();
        Set<String> survivors = new TreeSet<>(afterStorm.articles());
        deleteAll();
        for (WrittenCorpus.Item item : corpus) {
            if (survivors.contains(ContentHash.of(item.text()))) {
                assertThat(post(item).statusCode()).isEqualTo(201);
            }
        }
        assertThat(snapshot()).isEqualTo(afterStorm);
    }

    /** Links and stories named by content (article hash and claim position), not by generated ids. */
    record Snapshot(Set<String> articles, Set<String> links, Set<Set<String>> stories) {
    }

    private Snapshot snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, String> claimKey = new HashMap<>();
            Set<String> articles = new TreeSet<>();
            for (Object row : em.createNativeQuery("select c.id, a.contentHash, c.ordinal from claim c join article a on a.id = c.article_id")
                    .getResultList()) {
                Object[] r = (Object[]) row;
                claimKey.put(((Number) r[0]).longValue(), r[1] + "#" + r[2]);
                articles.add((String) r[1]);
            }
            Set<String> links = new TreeSet<>();
            for (Object row : em.createNativeQuery("select fromClaim_id, toClaim_id, relation from claim_link").getResultList()) {
                Object[] r = (Object[]) row;
                String a = claimKey.get(((Number) r[0]).longValue());
                String b = claimKey.get(((Number) r[1]).longValue());
                links.add((a.compareTo(b) < 0 ? a + " " + b : b + " " + a) + " " + r[2]);
            }
            Map<Long, Set<String>> stories = new TreeMap<>();
            for (Object row : em.createNativeQuery("select StoryEntity_id, claims_id from story_claim").getResultList()) {
                Object[] r = (Object[]) row;
                stories.computeIfAbsent(((Number) r[0]).longValue(), k -> new TreeSet<>()).add(claimKey.get(((Number) r[1]).longValue()));
            }
            assertThat(count("select count(*) from story")).as("no story without claims").isEqualTo(stories.size());
            return new Snapshot(articles, links, new HashSet<>(stories.values()));
        });
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private void deleteAll() throws Exception {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select id from article").getResultList()
                .stream().map(v -> ((Number) v).longValue()).toList());
        for (Long id : ids) {
            assertThat(send(request("api/articles/" + id).DELETE()).statusCode()).isEqualTo(204);
        }
    }

    private HttpResponse<String> post(WrittenCorpus.Item item) throws Exception {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("text", item.text());
        body.put("outlet", item.outlet());
        body.put("publishedOn", item.publishedOn().toString());
        return send(request("api/articles").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** Re-analysis is an admin form action (login and CSRF token): called on the service the form calls. */
    private int reanalyse(long id) {
        return articles.reanalyse(id).isPresent() ? 200 : 404;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).header("Authorization", AUTH);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private interface Call {
        HttpResponse<String> call(int i) throws Exception;
    }

    private static List<HttpResponse<String>> inParallel(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 16));
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> call.call(k)));
            }
            List<HttpResponse<String>> out = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Status codes by kind of request, from many threads. */
    private static final class Queue {
        private final ConcurrentLinkedQueue<String> entries = new ConcurrentLinkedQueue<>();

        void add(String kind, int status) {
            entries.add(kind + " " + status);
        }

        List<Integer> codes(String kind) {
            return entries.stream().filter(e -> e.startsWith(kind + " ")).map(e -> Integer.parseInt(e.substring(kind.length() + 1))).toList();
        }
    }
}
