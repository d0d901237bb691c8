package org.mizan.web.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.web.review.ClaimReviewEntity;
import org.mizan.web.review.ReviewRating;

/**
 * A claim as schema.org JSON-LD. What the analyser read is a {@code Claim}: who said it (a Person or an
 * Organization), when, and the news articles it appeared in. Only a claim an editor reviewed is a
 * {@code ClaimReview} — a person's verdict, published by the organisation in {@code mizan.publisher.*}; a
 * machine link is never presented as one.
 */
public final class ClaimJsonLd {

    private static final String CONTEXT = "https://schema.org";

    /** Who publishes the reviews (schema.org author of a ClaimReview). */
    public record Publisher(String name, String url) {
    }

    private ClaimJsonLd() {
    }

    /**
     * {@code appearances} are the claim's reports in other articles (reprints of the same statement); the
     * claim's own article is always one. {@code review} is null for a claim no editor reviewed.
     */
    public static Map<String, Object> of(ClaimEntity c, List<ClaimEntity> appearances, ClaimReviewEntity review,
                                         Publisher publisher, String baseUrl) {
        String claimUrl = baseUrl + "/claims/" + c.id;
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        claim.put("url", claimUrl);
        claim.put("text", c.contentText);
        claim.put("inLanguage", language(c));
        claim.put("author", author(c, baseUrl));
        if (c.statedOn != null) {
            claim.put("datePublished", c.statedOn.toString());
        }
        List<ClaimEntity> all = new ArrayList<>();
        all.add(c);
        appearances.stream().filter(a -> !a.article.id.equals(c.article.id)).forEach(all::add);
        List<Map<String, Object>> articles = all.stream().map(a -> newsArticle(a, baseUrl)).distinct().toList();
        claim.put("appearance", articles.size() == 1 ? articles.get(0) : articles);
        all.stream().filter(a -> a.article.publishedOn != null).min(Comparator.comparing(a -> a.article.publishedOn))
                .ifPresent(first -> claim.put("firstAppearance", newsArticle(first, baseUrl)));
        if (review == null) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("@context", CONTEXT);
            out.putAll(claim);
            return out;
        }
        ReviewRating rating = review.ratingKind();
        Map<String, Object> reviewRating = new LinkedHashMap<>();
        reviewRating.put("@type", "Rating");
        reviewRating.put("ratingValue", rating.value);
        reviewRating.put("bestRating", ReviewRating.BEST);
        reviewRating.put("worstRating", ReviewRating.WORST);
        reviewRating.put("alternateName", rating.arabic);

        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", "Organization");
        author.put("name", publisher.name());
        author.put("url", publisher.url());

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@context", CONTEXT);
        out.put("@type", "ClaimReview");
        out.put("url", claimUrl);
        out.put("claimReviewed", c.contentText);
        out.put("itemReviewed", claim);
        out.put("author", author);
        out.put("datePublished", review.reviewedOn().toString());
        out.put("inLanguage", language(c));
        out.put("reviewRating", reviewRating);
        out.put("reviewBody", review.explanation);
        if (!review.sourceList().isEmpty()) {
            out.put("citation", review.sourceList());
        }
        return out;
    }

    /**
     * The speaker: a person (also an unnamed source, who is one) as {@code Person} with the role as job
     * title; an organisation, group, document or other as {@code Organization}, the only other author type.
     */
    private static Map<String, Object> author(ClaimEntity c, String baseUrl) {
        boolean person = "person".equals(c.speaker.kind) || "anonymous".equals(c.speaker.kind);
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", person ? "Person" : "Organization");
        author.put("name", c.speaker.name);
        if (person && c.speakerRole != null) {
            author.put("jobTitle", c.speakerRole);
        }
        author.put("url", baseUrl + "/speakers/" + c.speaker.id);
        return author;
    }

    private static Map<String, Object> newsArticle(ClaimEntity c, String baseUrl) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@type", "NewsArticle");
        if (c.article.title != null) {
            article.put("headline", c.article.title);
        }
        // The sender's address only when it is a web address; else Mizan's page of the article.
        boolean web = c.article.url != null && c.article.url.matches("(?i)https?://\\S+");
        article.put("url", web ? c.article.url : baseUrl + "/articles/" + c.article.id);
        if (c.article.publishedOn != null) {
            article.put("datePublished", c.article.publishedOn.toString());
        }
        if (c.article.outlet != null) {
            article.put("publisher", Map.of("@type", "Organization", "name", c.article.outlet));
        }
        return article;
    }

    private static String language(ClaimEntity c) {
        return c.article.language == null ? "ar" : c.article.language;
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
