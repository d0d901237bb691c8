package org.mizan.web.story;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.pages.NoSeedsProfile;
import org.mizan.web.speaker.SpeakerEntity;

/**
 * The story page is a page of the story's claims at a time, newest statement first, with links to the
 * rest: every claim is on exactly one page, the total is the story's, and page two costs a range read too.
 */
@QuarkusTest
@TestProfile(NoSeedsProfile.class)
class StoryPagingTest {

    /** More than two pages' worth: 2 full pages and a short third. */
    static final int CLAIMS = StoryComparison.PAGE * 2 + 7;
    static final Pattern TIMELINE_ENTRY = Pattern.compile("<li><time datetime=\"([0-9-]*)\">.*?<a href=\"/claims/(\\d+)\">");
    static final Pattern NEXT = Pattern.compile("<a rel=\"next\" href=\"\\?cursor=([A-Za-z0-9_-]+)\">");
    static final Pattern PREVIOUS = Pattern.compile("<a rel=\"prev\" href=\"\\?cursor=([A-Za-z0-9_-]+)\">");

    @Inject
    StoryService stories;

    static long storyId;
    static final Map<Long, LocalDate> dates = new HashMap<>();

    @BeforeEach
    void store() {
        if (storyId != 0) {
            return;
        }
        storyId = QuarkusTransaction.requiringNew().call(() -> {
            SpeakerEntity speaker = new SpeakerEntity();
            speaker.name = "سلمى عواد";
            speaker.matchKey = speaker.name;
            speaker.kind = "person";
            speaker.persist();
            List<ClaimEntity> claims = new ArrayList<>();
            for (int i = 0; i < CLAIMS; i++) {
                // Dates repeat (several statements a day), and the last article has no date at all: both must page.
                LocalDate day = i == CLAIMS - 1 ? null : LocalDate.of(2022, 5, 1).plusDays(i % 9);
                String content = "المشروع رقم " + i + " سيكتمل قبل نهاية العام";
                String text = "خبر المشروع " + i + "\n\nقالت سلمى عواد إن " + content + ".";
                ArticleEntity a = new ArticleEntity();
                a.contentHash = "paging-" + i;
                a.title = "خبر المشروع " + i;
                a.outlet = "صحيفة الصفحات";
                a.language = "ar";
                a.publishedOn = day;
                a.publishedOnSource = "given";
                a.text = text;
                a.bodyStart = text.indexOf("\n\n") + 2;
                a.bodyEnd = text.length();
                a.storedAt = Instant.now();
                ClaimEntity c = new ClaimEntity();
                c.article = a;
                c.ordinal = 0;
                c.localId = "c1";
                c.cueText = "قالت";
                c.cueStart = text.indexOf("قالت");
                c.cueEnd = c.cueStart + 4;
                c.speaker = speaker;
                c.speakerMention = speaker.name;
                c.contentText = content;
                c.contentStart = text.indexOf(content);
                c.contentEnd = c.contentStart + content.length();
                c.statedOnSource = "published";
                c.polarity = "affirmed";
                a.claims.add(c);
                a.persist();
                claims.add(c);
            }
            ClaimEntity.getEntityManager().flush();
            claims.forEach(c -> dates.put(c.id, c.article.publishedOn));
            return stories.save("paging:project", "مشروع الصفحات", claims).orElseThrow().id;
        });
    }

    /** The claims a page lists on its timeline, in page order, with the date each shows. */
    private static List<long[]> timeline(String page) {
        String section = page.substring(page.indexOf("<ol class=\"timeline\">"), page.indexOf("</ol>", page.indexOf("<ol class=\"timeline\">")));
        List<long[]> entries = new ArrayList<>();
        Matcher m = TIMELINE_ENTRY.matcher(section);
        while (m.find()) {
            entries.add(new long[] {Long.parseLong(m.group(2)), m.group(1).isEmpty() ? Long.MIN_VALUE : LocalDate.parse(m.group(1)).toEpochDay()});
        }
        return entries;
    }

    private static String get(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void everyClaimIsOnExactlyOnePageNewestFirstAndTheTotalIsTheStorys() {
        Set<Long> seen = new LinkedHashSet<>();
        List<Long> oldestOfPage = new ArrayList<>();
        List<Long> newestOfPage = new ArrayList<>();
        String page = get("/stories/" + storyId);
        int pages = 0;
        while (true) {
            pages++;
            assertThat(page).contains(CLAIMS + " ");
            List<long[]> entries = timeline(page);
            assertThat(entries).hasSizeBetween(1, StoryComparison.PAGE);
            for (long[] e : entries) {
                assertThat(seen.add(e[0])).as("claim %d shown twice", e[0]).isTrue();
            }
            oldestOfPage.add(entries.stream().mapToLong(e -> e[1]).min().orElseThrow());
            newestOfPage.add(entries.stream().mapToLong(e -> e[1]).max().orElseThrow());
            Matcher next = NEXT.matcher(page);
            if (!next.find()) {
                break;
            }
            page = get("/stories/" + storyId + "?cursor=" + next.group(1));
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(dates.keySet());
        // Newest first across pages: nothing on a later page is newer than anything on an earlier one
        // (the undated claim comes last, after every dated one).
        for (int i = 1; i < pages; i++) {
            assertThat(newestOfPage.get(i)).isLessThanOrEqualTo(oldestOfPage.get(i - 1));
        }
    }

    @Test
    void aLaterPageLeadsBackToTheOneBefore() {
        String first = get("/stories/" + storyId);
        assertThat(PREVIOUS.matcher(first).find()).isFalse();
        Matcher next = NEXT.matcher(first);
        assertThat(next.find()).isTrue();
        String second = get("/stories/" + storyId + "?cursor=" + next.group(1));
        Matcher previous = PREVIOUS.matcher(second);
        assertThat(previous.find()).isTrue();
        String back = get("/stories/" + storyId + "?cursor=" + previous.group(1));
        assertThat(timeline(back).stream().map(e -> e[0]).toList())
                .containsExactlyInAnyOrderElementsOf(timeline(first).stream().map(e -> e[0]).toList());
    }

    @Test
    void aCursorNotTakenFromAPageIsABadRequest() {
        given().get("/stories/" + storyId + "?cursor=not-a-cursor").then().statusCode(400);
    }
}
