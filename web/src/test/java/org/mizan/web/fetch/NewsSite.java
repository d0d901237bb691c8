package org.mizan.web.fetch;

import java.nio.charset.Charset;

/** A small news site of invented articles, served by a {@link LocalSite}. */
public final class NewsSite {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    public static final String BRIDGE = page("افتتاح جسر جديد فوق النهر", """
            <article>
            <p>بغداد (رويترز) - افتتحت وزارة النقل جسرا جديدا فوق النهر صباح الأحد بعد عامين من أعمال البناء المتواصلة.</p>
            <p>وقال وزير النقل إن الجسر سيخفف الزحام عن وسط المدينة ويختصر الطريق إلى المطار بنحو عشرين دقيقة.</p>
            <p>وأضاف أن الوزارة ستفتح جسرا ثانيا في الجنوب قبل نهاية العام المقبل إذا وصلت المواد في موعدها.</p>
            </article>""");

    public static final String SCHOOL = page("مدارس جديدة في الريف", """
            <article>
            <p>أعلنت وزارة التربية بناء خمس عشرة مدرسة جديدة في القرى البعيدة خلال الصيف المقبل.</p>
            <p>وقالت المتحدثة باسم الوزارة إن المدارس ستستقبل أكثر من ستة آلاف تلميذ في العام الدراسي القادم.</p>
            <p>المصدر: وكالات</p>
            </article>""");

    /** Only divs: a menu, a ticker and readers' comments around the story. */
    public static final String MARKET = page("سوق الخضار الجديد", """
            <div class="menu"><div><a href="/">الصفحة الأولى</a></div><div><a href="/sport">ملاعب</a></div></div>
            <div class="ticker"><a href="/n/9">شريط الأخبار: إغلاق طريق الساحل ليلا لأعمال صيانة</a></div>
            <div class="main-wrap"><div class="story-body">
            <div>افتتحت البلدية سوقا جديدة للخضار والفواكه في الحي الغربي بعد أن ضاقت السوق القديمة بالباعة والزبائن على حد سواء.</div>
            <div>وقال مدير السوق إن المبنى الجديد يضم مئتي محل ومخازن مبردة ومواقف واسعة للسيارات والشاحنات الصغيرة.</div>
            <div>وأوضح أن الإيجارات ستبقى كما كانت في السوق القديمة طوال السنة الأولى، وأن التجار القدامى لهم الأولوية في الحجز.</div>
            <div>وأشار إلى أن السوق ستفتح أبوابها من السادسة صباحا حتى التاسعة مساء طوال أيام الأسبوع ما عدا يوم الجمعة.</div>
            </div></div>
            <div id="comments" class="comments"><div class="comment">تعليق زائر: الأسعار في السوق الجديدة أغلى بكثير من أسعار الحي.</div>
            <div class="comment">تعليق زائر آخر: المواقف ممتلئة دائما منذ الصباح الباكر.</div></div>""");

    public static final String FRENCH = page("Un nouveau pont", """
            <article>
            <p>Le ministère des transports a inauguré dimanche un nouveau pont sur le fleuve après deux ans de travaux.</p>
            <p>Le ministre a déclaré que l'ouvrage allégera la circulation dans le centre-ville et raccourcira le trajet vers l'aéroport.</p>
            </article>""");

    public static final String PERSIAN = page("پل جدید", """
            <article>
            <p>وزارت راه یک پل جدید روی رودخانه را پس از دو سال کار ساختمانی افتتاح کرد.</p>
            <p>وزیر گفت که این پل ترافیک مرکز شهر را کاهش می‌دهد و راه فرودگاه را کوتاه‌تر می‌کند.</p>
            </article>""");

    /** Arabic in Windows-1256; {@code declared} says so in a meta element, otherwise nothing says it. */
    public static byte[] windows1256(boolean declared) {
        String head = declared ? "<meta charset=\"windows-1256\">" : "";
        return ("<html lang=\"ar\"><head>" + head + "<title>تشجير الشوارع</title></head><body><article>"
                + "<p>بدأت البلدية حملة لزراعة ألف شجرة على جانبي الشوارع الرئيسية في الأحياء الجديدة.</p>"
                + "<p>وقال رئيس البلدية إن الحملة تستمر حتى نهاية الشتاء بمشاركة طلاب المدارس والجامعات.</p>"
                + "</article></body></html>").getBytes(WINDOWS_1256);
    }

    /** A page with no text of its own: a menu and a script. */
    public static final String EMPTY = "<html><body><nav><a href=\"/\">الرئيسية</a></nav><script>var x = 1;</script></body></html>";

    private NewsSite() {
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<nav><a href=\"/\">الرئيسية</a> <a href=\"/world\">العالم</a></nav><h1>" + title + "</h1>" + body
                + "<footer>جميع الحقوق محفوظة</footer></body></html>";
    }

    public static String rss(LocalSite site, String... paths) {
        StringBuilder items = new StringBuilder();
        for (String path : paths) {
            items.append("<item><title>خبر</title><link>").append(site.url(path)).append("</link><guid>")
                    .append(site.url(path)).append("</guid></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>أخبار محلية</title>"
                + "<link>" + site.url("/") + "</link><description>آخر الأخبار</description>" + items + "</channel></rss>";
    }

    /** An Atom feed whose entries link relative to the feed. */
    public static String atom(String... relativePaths) {
        StringBuilder entries = new StringBuilder();
        int n = 0;
        for (String path : relativePaths) {
            n++;
            entries.append("<entry><title>خبر ").append(n).append("</title><id>urn:test:").append(n)
                    .append("</id><updated>2026-01-0").append(n).append("T10:00:00Z</updated><link rel=\"alternate\" href=\"")
                    .append(path).append("\"/></entry>");
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>موجز</title>"
                + "<id>urn:test:feed</id><updated>2026-01-05T10:00:00Z</updated>" + entries + "</feed>";
    }
}
