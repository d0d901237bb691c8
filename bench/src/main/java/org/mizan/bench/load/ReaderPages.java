package org.mizan.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One address per reader page, the heaviest of a few candidates where it matters: home, the biggest recent
 * story, the busiest speaker, the most linked of recent claims, an article with many claims, the busiest
 * outlet, a search for a common word. Found through the public API, so it works on any stored corpus.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.mizan.bench.load.ReaderPages --base http://127.0.0.1:8080 [--query الرئيس]
 * </pre>
 * prints "name path" lines (for wrk or any other client).
 */
public final class ReaderPages {

    private ReaderPages() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        URI base = Loopback.require(args.get("base", "http://127.0.0.1:8080"));
        HttpClient http = HttpClient.newHttpClient();
        pick(http, base, args.get("query", "الرئيس")).forEach((name, path) -> System.out.println(name + " " + path));
    }

    static Map<String, String> pick(HttpClient http, URI base, String query) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("story", "/stories/" + PageLoad.pickStory(http, base));
        JsonNode claims = get(http, base, "/api/claims?limit=100", json).path("items");
        Map<Long, Integer> bySpeaker = new HashMap<>();
        long claim = -1;
        int mostLinks = -1;
        for (JsonNode c : claims) {
            bySpeaker.merge(c.path("speaker").path("id").asLong(), 1, Integer::sum);
        }
        for (int i = 0; i < Math.min(20, claims.size()); i++) {
            long id = claims.get(i).path("id").asLong();
            int links = get(http, base, "/api/claims/" + id, json).path("links").size();
            if (links > mostLinks) {
                mostLinks = links;
                claim = id;
            }
        }
        long speaker = -1;
        long mostClaims = -1;
        for (long id : bySpeaker.keySet()) {
            long n = get(http, base, "/api/speakers/" + id, json).path("claimCount").asLong();
            if (n > mostClaims) {
                mostClaims = n;
                speaker = id;
            }
        }
        pages.put("claim", "/claims/" + claim);
        pages.put("speaker", "/speakers/" + speaker);
        JsonNode articles = get(http, base, "/api/articles?limit=100", json).path("items");
        long article = -1;
        int mostArticleClaims = -1;
        Map<String, Integer> byOutlet = new HashMap<>();
        for (JsonNode a : articles) {
            if (a.path("claimCount").asInt() > mostArticleClaims) {
                mostArticleClaims = a.path("claimCount").asInt();
                article = a.path("id").asLong();
            }
            if (!a.path("outlet").isNull()) {
                byOutlet.merge(a.path("outlet").asText(), 1, Integer::sum);
            }
        }
        pages.put("article", "/articles/" + article);
        byOutlet.entrySet().stream().max(Map.Entry.comparingByValue())
                .ifPresent(e -> pages.put("outlet", "/outlets/" + encode(e.getKey())));
        pages.put("search", "/search?q=" + encode(query));
        return pages;
    }

    private static JsonNode get(HttpClient http, URI base, String path, ObjectMapper json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
        }
        return json.readTree(r.body());
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
