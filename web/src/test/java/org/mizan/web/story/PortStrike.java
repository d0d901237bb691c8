package org.mizan.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mizan.web.admin.AdminSession;

/**
 * One invented event written for these tests: a dock strike reported by three outlets over two days, all
 * three reprinting one wire sentence of the union's head, and an unrelated article from the same town on
 * the same day (another happening, another speaker) that must stay out of the strike's story.
 */
final class PortStrike {

    static final String WIRE = "وقال رئيس نقابة عمال الموانئ سامر الخطيب إن الإضراب سيستمر حتى تستجيب الإدارة"
            + " لمطالب العمال بزيادة الأجور وتحسين شروط السلامة في الأرصفة.";

    record Piece(String outlet, String day, String title, String text) {
    }

    static final List<Piece> STRIKE = List.of(
            new Piece("صحيفة الشمال", "2024-03-10", "إضراب عمال ميناء الرمال يوقف حركة الشحن",
                    "توقفت حركة الشحن في ميناء الرمال صباح الأحد بعد أن بدأ عمال الميناء إضرابا مفتوحا احتجاجا على"
                            + " تدني الأجور. " + WIRE + " وأضاف الخطيب أن أكثر من ألفي عامل يشاركون في الإضراب."),
            new Piece("موقع الجنوب", "2024-03-10", "عمال ميناء الرمال يضربون والسفن تنتظر في عرض البحر",
                    "أعلن عمال ميناء الرمال إضرابا شاملا الأحد فتوقف تفريغ السفن الراسية في الميناء. " + WIRE
                            + " من جهتها قالت إدارة الميناء إنها مستعدة للحوار مع النقابة."),
            new Piece("قناة الوسط", "2024-03-11", "إدارة ميناء الرمال تدعو نقابة العمال إلى الحوار لإنهاء الإضراب",
                    "دعت إدارة ميناء الرمال نقابة العمال إلى جلسة حوار لإنهاء الإضراب الذي أوقف حركة الشحن منذ الأحد. "
                            + WIRE + " وأكد مدير الميناء نادر سليم أن الإدارة تدرس مطالب العمال بجدية."));

    static final Piece UNRELATED = new Piece("صحيفة الشمال", "2024-03-10", "افتتاح معرض الكتاب في مدينة الرمال",
            "افتتح وزير الثقافة كريم الحداد معرض الكتاب السنوي في مدينة الرمال مساء الأحد بمشاركة مئتي دار نشر."
                    + " وقال الحداد إن المعرض يستقبل الزوار يوميا حتى نهاية الشهر وإن الدخول مجاني للطلاب.");

    private PortStrike() {
    }

    static long store(Piece p) {
        return AdminSession.api().contentType(ContentType.JSON)
                .body(Map.of("text", p.title() + "\n\n" + p.text(), "title", p.title(), "outlet", p.outlet(), "publishedOn", p.day()))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Stores the strike's articles and the unrelated one; answers their ids, the unrelated one last. */
    static List<Long> storeAll() {
        List<Long> ids = new ArrayList<>();
        STRIKE.forEach(p -> ids.add(store(p)));
        ids.add(store(UNRELATED));
        return ids;
    }

    static void deleteAll(List<Long> ids) {
        ids.forEach(id -> AdminSession.api().delete("/api/articles/" + id));
    }

    /** The id of the story holding the claims of this article (one story: an article is in one event). */
    static long storyOf(long articleId) {
        List<Integer> stories = AdminSession.api().get("/api/articles/" + articleId).then().statusCode(200)
                .extract().jsonPath().getList("claims.id", Integer.class).stream()
                .flatMap(c -> AdminSession.api().get("/api/claims/" + c).jsonPath().getList("stories.id", Integer.class).stream())
                .distinct().toList();
        assertThat(stories).as("stories of article " + articleId).hasSize(1);
        return stories.get(0);
    }
}
