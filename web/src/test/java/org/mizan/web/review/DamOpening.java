package org.mizan.web.review;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mizan.web.admin.AdminSession;

/**
 * One invented event written for these tests: a dam opened, reported by three outlets on two days, each
 * reprinting one wire sentence of the minister (so the linker joins the three reports pairwise), each
 * with a sentence of its own.
 */
final class DamOpening {

    static final String WIRE = "وقال وزير الري حسام العطار إن السد الجديد سيخزن مياه الأمطار لري الحقول"
            + " في القرى الشرقية طوال موسم الصيف المقبل.";

    record Piece(String outlet, String day, String title, String text) {
    }

    static final List<Piece> PIECES = List.of(
            new Piece("صحيفة الساحل", "2024-05-06", "افتتاح سد وادي السنديان",
                    "افتتحت الحكومة سد وادي السنديان صباح الاثنين بحضور عدد من النواب وسكان القرى المجاورة. " + WIRE
                            + " وأضاف العطار أن كلفة المشروع بلغت أربعين مليون دينار."),
            new Piece("موقع الهضبة", "2024-05-06", "سد وادي السنديان يدخل الخدمة",
                    "دخل سد وادي السنديان الخدمة الاثنين بعد ثلاث سنوات من العمل. " + WIRE
                            + " من جهته قال رئيس بلدية السنديان عماد الراعي إن الأهالي ينتظرون المياه منذ زمن."),
            new Piece("إذاعة السهل", "2024-05-07", "مزارعو القرى الشرقية يرحبون بسد وادي السنديان",
                    "رحب مزارعو القرى الشرقية بافتتاح سد وادي السنديان يوم الاثنين. " + WIRE
                            + " وقال المزارع سليم الحوراني إن الموسم المقبل سيكون أفضل من سابقه."));

    private DamOpening() {
    }

    static long store(Piece p) {
        return AdminSession.api().contentType(ContentType.JSON)
                .body(Map.of("text", p.title() + "\n\n" + p.text(), "title", p.title(), "outlet", p.outlet(), "publishedOn", p.day()))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static List<Long> storeAll() {
        List<Long> ids = new ArrayList<>();
        PIECES.forEach(p -> ids.add(store(p)));
        return ids;
    }

    static void deleteAll(List<Long> ids) {
        ids.forEach(id -> AdminSession.api().delete("/api/articles/" + id));
    }

    static List<Long> claimsOf(long articleId) {
        return AdminSession.api().get("/api/articles/" + articleId).then().statusCode(200).extract().jsonPath()
                .getList("claims.id", Long.class);
    }

    /** The claim of this article that reports the wire sentence. */
    static long wireClaim(long articleId) {
        JsonPath article = AdminSession.api().get("/api/articles/" + articleId).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> claims = article.getList("claims");
        return claims.stream().filter(c -> String.valueOf(c.get("content")).contains("السد الجديد"))
                .map(c -> ((Number) c.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no wire claim in " + claims));
    }

    /** The ids of the links between these two claims (either direction), from the claim's API. */
    static List<Long> linksBetween(long a, long b) {
        JsonPath claim = AdminSession.api().get("/api/claims/" + a).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> links = claim.getList("links");
        return links.stream().filter(l -> ((Number) l.get("claimId")).longValue() == b)
                .map(l -> ((Number) l.get("id")).longValue()).toList();
    }

    static void reanalyse(AdminSession admin, long articleId) {
        admin.form().post("/admin/articles/" + articleId + "/reanalyse").then().statusCode(303);
    }
}
