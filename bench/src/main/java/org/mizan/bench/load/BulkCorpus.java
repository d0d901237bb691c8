package org.mizan.bench.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;

/**
 * Fills a Mizan data directory with N synthetic articles in bulk, straight into the Flyway schema over
 * JDBC (the write path stores ~10–30 articles/s; this ~300 on a loaded machine): articles of template text (no real
 * sentences), three attributed claims each, speakers quoted with a steep (cubic) skew so the busiest holds
 * ~6 % of all claims, 40 outlets, events of ten reports that become one story each, and agree/conflict
 * links between the same statement in successive reports. Only for measuring pages at scale: the claims
 * carry no propositions, so the linker links nothing new against them. The directory must hold a schema
 * (start Mizan on it once) and no running server; the app rebuilds its search index at the next start.
 *   java -cp bench/target/benchmarks.jar:web/target/quarkus-app/lib/main/com.h2database.h2-*.jar \
 *     org.mizan.bench.load.BulkCorpus --data DIR --articles 100000
 */
public final class BulkCorpus {

    static final int CLAIMS_PER_ARTICLE = 3;
    static final int ARTICLES_PER_EVENT = 10;
    static final int OUTLETS = 40;
    static final int BATCH = 2000;

    private static final String[] FIRST = {"أحمد", "محمد", "خالد", "سامي", "عمر", "يوسف", "فيصل", "ناصر", "طارق", "هشام",
            "كريم", "وليد", "ماجد", "رامي", "عادل", "منى", "سلمى", "ليلى", "هدى", "ريم"};
    private static final String[] FAMILY = {"العلي", "الحسن", "السعيد", "النجار", "الخطيب", "المصري", "الشامي", "الزين",
            "القاسم", "الراشد", "البدري", "الطيب", "الهاشمي", "العمري", "الجابري", "الصالح", "المنصور", "الفارس", "الحداد",
            "السالم", "الكردي", "العطار", "الدباغ", "الشريف", "الأنصاري"};
    private static final String[] ROLES = {"وزير المالية", "المتحدث باسم الحكومة", "رئيس البرلمان", "وزير الخارجية",
            "محافظ البنك المركزي", "رئيس النقابة", "المبعوث الأممي", "وزير الداخلية", "رئيس الوزراء", "مدير الشركة"};
    private static final String[] PARTIES = {"الحكومة", "المعارضة", "البرلمان", "النقابة", "الوفد الرسمي", "البنك المركزي",
            "وزارة الاقتصاد", "اتحاد الصناعات", "المجلس البلدي", "اللجنة العليا"};
    private static final String[] ACTS = {"وافقت على", "رفضت", "وقعت على", "عارضت", "أيدت", "أجلت"};
    private static final String[] OBJECTS = {"الميزانية العامة", "قانون الانتخابات", "خطة الإصلاح", "زيادة الأجور",
            "أسعار الوقود", "مشروع السد", "اتفاق الهدنة", "قانون الاستثمار", "خطة الإعمار", "قرض التنمية"};
    private static final String[] CUES = {"وقال", "وأكد", "وأوضح", "وأعلن"};

    private BulkCorpus() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String data = args.get("data", null);
        int articles = args.getInt("articles", 100_000);
        int speakers = args.getInt("speakers", 5_000);
        if (data == null) {
            throw new IllegalArgumentException("--data DIR (a Mizan data directory whose schema exists) is required");
        }
        String url = "jdbc:h2:file:" + data + "/mizan;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE";
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, args.get("user", "mizan"), args.get("password", "mizan"))) {
            db.setAutoCommit(false);
            new Writer(db, speakers).write(articles, args.getInt("seed", 7));
        }
        System.out.printf("%d articles, %d claims stored in %.1f s%n", articles, articles * CLAIMS_PER_ARTICLE,
                (System.nanoTime() - started) / 1e9);
    }

    private static final class Writer {
        private final Connection db;
        private final int speakers;
        private final long articleBase;
        private final long claimBase;
        private final long speakerBase;
        private final long storyBase;
        private final long linkBase;
        private int pending;

        Writer(Connection db, int speakers) throws SQLException {
            this.db = db;
            this.speakers = speakers;
            articleBase = max("article");
            claimBase = max("claim");
            speakerBase = max("speaker");
            storyBase = max("story");
            linkBase = max("claim_link");
        }

        void write(int articles, long seed) throws Exception {
            Random random = new Random(seed);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement sp = db.prepareStatement("insert into speaker (id, kind, matchKey, name) values (?, 'person', ?, ?)");
                 PreparedStatement role = db.prepareStatement("insert into speaker_role (SpeakerEntity_id, role) values (?, ?)")) {
                for (int s = 0; s < speakers; s++) {
                    String name = speakerName(s);
                    sp.setLong(1, speakerBase + s + 1);
                    sp.setString(2, name + " " + s);
                    sp.setString(3, name);
                    add(sp);
                    role.setLong(1, speakerBase + s + 1);
                    role.setString(2, ROLES[s % ROLES.length]);
                    add(role);
                }
                sp.executeBatch();
                role.executeBatch();
            }
            try (PreparedStatement art = db.prepareStatement("insert into article (id, contentHash, title, outlet, url, language,"
                    + " publishedOn, publishedOnSource, text, bodyStart, bodyEnd, storedAt) values (?, ?, ?, ?, ?, 'ar', ?, 'published', ?, ?, ?, ?)");
                 PreparedStatement claim = db.prepareStatement("insert into claim (id, article_id, ordinal, localId, cueText, cueStart, cueEnd,"
                         + " speaker_id, speakerMention, speakerStart, speakerEnd, speakerRole, speakerImplicit, speakerRule, contentText,"
                         + " contentStart, contentEnd, statedOn, statedOnSource, polarity) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false,"
                         + " 'synthetic', ?, ?, ?, ?, 'published', ?)");
                 PreparedStatement story = db.prepareStatement("insert into story (id, clusterKey, title, firstDate, lastDate, updatedAt,"
                         + " claimCount) values (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement member = db.prepareStatement("insert into story_claim (StoryEntity_id, claims_id) values (?, ?)");
                 PreparedStatement actor = db.prepareStatement("insert into story_actor (StoryEntity_id, actor) values (?, ?)");
                 PreparedStatement source = db.prepareStatement("insert into story_source (StoryEntity_id, source) values (?, ?)");
                 PreparedStatement link = db.prepareStatement("insert into claim_link (id, fromClaim_id, toClaim_id, relation, confidence,"
                         + " reason, linkedAt) values (?, ?, ?, ?, 0.8, 'synthetic', ?)")) {
                LocalDate start = LocalDate.of(2020, 1, 1);
                int days = 3 * 365;
                long links = 0;
                int reported = 0;
                Set<String> actors = new LinkedHashSet<>();
                Set<String> sources = new LinkedHashSet<>();
                for (int i = 0; i < articles; i++) {
                    int event = i / ARTICLES_PER_EVENT;
                    int inEvent = i % ARTICLES_PER_EVENT;
                    long storyId = storyBase + event + 1;
                    Random er = new Random(seed * 31 + event);
                    String object = OBJECTS[er.nextInt(OBJECTS.length)];
                    String party = PARTIES[er.nextInt(PARTIES.length)];
                    LocalDate eventStart = start.plusDays((long) event * ARTICLES_PER_EVENT * days / Math.max(articles, 1));
                    LocalDate published = eventStart.plusDays(inEvent / 4);
                    String outlet = "outlet-" + (i * 7 % OUTLETS + 1);
                    String title = "تطورات " + object + " في التقرير " + (i + 1);
                    StringBuilder text = new StringBuilder(title).append("\n\n");
                    int bodyStart = text.length();
                    text.append("تابعت الأوساط السياسية النقاش حول ").append(object).append(" في جلسة مطولة.\n\n");
                    long articleId = articleBase + i + 1;
                    int[][] spans = new int[CLAIMS_PER_ARTICLE][];
                    long[] who = new long[CLAIMS_PER_ARTICLE];
                    boolean[] negated = new boolean[CLAIMS_PER_ARTICLE];
                    for (int c = 0; c < CLAIMS_PER_ARTICLE; c++) {
                        int s = (int) (speakers * Math.pow(random.nextDouble(), 3));
                        who[c] = speakerBase + s + 1;
                        negated[c] = random.nextInt(4) == 0;
                        int cueStart = text.length();
                        String cue = CUES[random.nextInt(CUES.length)];
                        text.append(cue).append(' ').append(ROLES[s % ROLES.length]).append(' ');
                        int speakerStart = text.length();
                        text.append(speakerName(s));
                        int speakerEnd = text.length();
                        text.append(" إن ");
                        int contentStart = text.length();
                        text.append(party).append(' ').append(negated[c] ? ACTS[1] : ACTS[c % ACTS.length]).append(' ').append(object);
                        int contentEnd = text.length();
                        text.append(".\n\n");
                        spans[c] = new int[] {cueStart, cueStart + cue.length(), speakerStart, speakerEnd, contentStart, contentEnd};
                        actors.add(speakerName(s));
                    }
                    String body = text.toString();
                    if (inEvent == 0) {
                        int lastInEvent = Math.min(ARTICLES_PER_EVENT, articles - i) - 1;
                        story.setLong(1, storyId);
                        story.setString(2, "synthetic-" + storyId);
                        story.setString(3, party + " و" + object);
                        story.setDate(4, Date.valueOf(eventStart));
                        story.setDate(5, Date.valueOf(eventStart.plusDays(lastInEvent / 4)));
                        story.setTimestamp(6, now);
                        story.setInt(7, (lastInEvent + 1) * CLAIMS_PER_ARTICLE);
                        add(story);
                    }
                    art.setLong(1, articleId);
                    art.setString(2, sha256(seed + "/" + i));
                    art.setString(3, title);
                    art.setString(4, outlet);
                    art.setString(5, "https://example.org/" + outlet + "/" + (i + 1));
                    art.setDate(6, Date.valueOf(published));
                    art.setString(7, body);
                    art.setInt(8, bodyStart);
                    art.setInt(9, body.length());
                    art.setTimestamp(10, now);
                    add(art);
                    for (int c = 0; c < CLAIMS_PER_ARTICLE; c++) {
                        long claimId = claimBase + (long) i * CLAIMS_PER_ARTICLE + c + 1;
                        int[] sp = spans[c];
                        claim.setLong(1, claimId);
                        claim.setLong(2, articleId);
                        claim.setInt(3, c);
                        claim.setString(4, "c" + c);
                        claim.setString(5, body.substring(sp[0], sp[1]));
                        claim.setInt(6, sp[0]);
                        claim.setInt(7, sp[1]);
                        claim.setLong(8, who[c]);
                        claim.setString(9, body.substring(sp[2], sp[3]));
                        claim.setInt(10, sp[2]);
                        claim.setInt(11, sp[3]);
                        claim.setString(12, ROLES[(int) ((who[c] - speakerBase - 1) % ROLES.length)]);
                        claim.setString(13, body.substring(sp[4], sp[5]));
                        claim.setInt(14, sp[4]);
                        claim.setInt(15, sp[5]);
                        claim.setDate(16, Date.valueOf(published));
                        claim.setString(17, negated[c] ? "negated" : "affirmed");
                        add(claim);
                        member.setLong(1, storyId);
                        member.setLong(2, claimId);
                        add(member);
                        if (inEvent > 0) {
                            link.setLong(1, linkBase + ++links);
                            link.setLong(2, claimId - CLAIMS_PER_ARTICLE);
                            link.setLong(3, claimId);
                            link.setString(4, negated[c] ? "conflict" : "agree");
                            link.setTimestamp(5, now);
                            add(link);
                        }
                    }
                    sources.add(outlet);
                    if (inEvent == ARTICLES_PER_EVENT - 1 || i == articles - 1) {
                        for (String a : actors.stream().limit(6).toList()) {
                            actor.setLong(1, storyId);
                            actor.setString(2, a);
                            add(actor);
                        }
                        for (String o : sources) {
                            source.setLong(1, storyId);
                            source.setString(2, o);
                            add(source);
                        }
                        actors.clear();
                        sources.clear();
                    }
                    if (pending >= BATCH || i == articles - 1) {
                        // Parents before children: the foreign keys are checked row by row.
                        for (PreparedStatement p : new PreparedStatement[] {art, claim, story, member, actor, source, link}) {
                            p.executeBatch();
                        }
                        db.commit();
                        pending = 0;
                        if ((i + 1) / 10_000 > reported) {
                            reported = (i + 1) / 10_000;
                            System.out.printf("%d articles%n", i + 1);
                        }
                    }
                }
                try (Statement st = db.createStatement()) {
                    restart(st, "article_SEQ", articleBase + articles);
                    restart(st, "claim_SEQ", claimBase + (long) articles * CLAIMS_PER_ARTICLE);
                    restart(st, "speaker_SEQ", speakerBase + speakers);
                    restart(st, "story_SEQ", storyBase + (articles + ARTICLES_PER_EVENT - 1) / ARTICLES_PER_EVENT);
                    restart(st, "claim_link_SEQ", linkBase + links);
                    st.executeUpdate("update corpus_version set version = version + 1");
                }
                db.commit();
            }
        }

        private void add(PreparedStatement p) throws SQLException {
            p.addBatch();
            pending++;
        }

        private long max(String table) throws SQLException {
            try (Statement st = db.createStatement(); var rs = st.executeQuery("select coalesce(max(id), 0) from " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        private static void restart(Statement st, String sequence, long used) throws SQLException {
            st.executeUpdate("alter sequence " + sequence + " restart with " + (used + 100));
        }

        private static String speakerName(int s) {
            String name = FIRST[s % FIRST.length] + " " + FAMILY[(s / FIRST.length) % FAMILY.length];
            int round = s / (FIRST.length * FAMILY.length);
            return round == 0 ? name : name + " " + FAMILY[(round * 7) % FAMILY.length];
        }

        private static String sha256(String s) throws Exception {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
