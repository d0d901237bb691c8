package org.mizan.web.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.web.link.ClaimLinkEntity;

/**
 * A claim as schema.org {@code ClaimReview} of a {@code Claim}: who made it, when, where it appeared,
 * and what the corpus says of it (corroborated, disputed, or not compared yet). Mizan does not rate truth;
 * the rating only reports what other stored claims say.
 */
public final class ClaimJsonLd {

    private ClaimJsonLd() {
    }

    public static Map<String, Object> of(ClaimEntity c, List<ClaimLinkEntity> links, String baseUrl) {
        String claimUrl = baseUrl + "/claims/" + c.id;
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", "person".equals(c.speaker.kind) ? "Person" : "organization".equals(c.speaker.kind) ? "Organization" : "Thing");
        author.put("name", c.speaker.name);
        if (c.speakerRole != null) {
            author.put("jobTitle", c.speakerRole);
        }
        author.put("url", baseUrl + "/speakers/" + c.speaker.id);

        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "NewsArticle");
        appearance.put("headline", c.article.title);
        appearance.put("url", c.article.url != null ? c.article.url : baseUrl + "/articles/" + c.article.id);
        if (c.article.publishedOn != null) {
            appearance.put("datePublished", c.article.publishedOn.toString());
        }
        if (c.article.outlet != null) {
            appearance.put("publisher", Map.of("@type", "Organization", "name", c.article.outlet));
        }

        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        claim.put("text", c.contentText);
        claim.put("inLanguage", c.article.language == null ? "ar" : c.article.language);
        claim.put("author", author);
        if (c.statedOn != null) {
            claim.put("datePublished", c.statedOn.toString());
        }
        claim.put("appearance", appearance);

        long conflicts = links.stream().filter(l -> "conflict".equals(l.relation)).count();
        long agreements = links.stream().filter(l -> "agree".equals(l.relation)).count();
        String rating = conflicts > 0 ? "Disputed by other reports" : agreements > 0 ? "Corroborated by other reports" : "Not compared yet";

        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", claimUrl);
        review.put("claimReviewed", c.contentText);
        review.put("itemReviewed", claim);
        review.put("author", Map.of("@type", "Organization", "name", "Mizan"));
        review.put("reviewRating", Map.of("@type", "Rating", "alternateName", rating));
        review.put("relatedLink", links.stream().map(l -> baseUrl + "/claims/" + l.other(c.id).id).distinct().toList());
        return review;
    }

    /**
     * JSON safe to put between {@code <script>} tags: {@code <}, {@code >} and {@code &} (which can only
     * occur inside JSON strings) become \\u escapes, so "</script>" or "<!--" in a quote cannot end or
     * change the script; U+2028/2029 too, for old parsers.
     */
    public static String forScript(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }
}
