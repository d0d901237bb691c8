package org.mizan.web.analyze;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.mizan.core.Article;
import org.mizan.web.error.BadInputException;

/** Turns an API request into the pipeline's {@link Article}, refusing what is malformed with a 4xx. */
public final class ArticleRequests {

    private ArticleRequests() {
    }

    public static Article toArticle(AnalyzeRequest request) {
        if (request == null) {
            throw new BadInputException(400, "missing body", "Send a JSON object with at least a \"text\" field.");
        }
        if (request.text() == null) {
            throw new BadInputException(422, "missing text", "The \"text\" field is required.");
        }
        return new Article(request.text(), blankToNull(request.title()), parseDate(request.publishedOn()),
                blankToNull(request.outlet()), blankToNull(request.url()));
    }

    private static LocalDate parseDate(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(iso.strip().length() > 10 ? iso.strip().substring(0, 10) : iso.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(422, "bad publishedOn", "publishedOn must be an ISO date such as 2020-01-14, not \"" + iso + "\".");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
