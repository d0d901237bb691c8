package org.mizan.ingest.document;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;
import org.mizan.core.Article;
import org.mizan.core.PublishedOnSource;

/**
 * Reads an article as plain text or HTML. Plain text is analysed exactly as received. HTML is parsed
 * with jsoup and the analysed text is the <em>extracted plain text</em>: the paragraphs of the article
 * element (or of the main element, or else of the content Readability4J's port of Mozilla Readability
 * picks, which leaves out tickers, menus and reader comments of a page built of divs), separated by blank
 * lines, with scripts, styles, navigation, footers, asides, frames and forms dropped; every offset of
 * the analysis then points into that extracted text. From HTML it also takes the title (og:title,
 * {@code <title>}, the first h1) and the publication date (article:published_time, og:published_time,
 * JSON-LD datePublished, {@code <time datetime>}, meta date/pubdate). A publication date given with the
 * article always wins, and is GIVEN; one from the page's metadata is INFERRED.
 */
public final class ArticleReader {

    /** Only this much of the head of a text is scanned for tags when it does not start with one. */
    private static final int SNIFF_CHARS = 64 * 1024;
    private static final int MIN_CLOSING_TAGS = 3;
    /**
     * Readability's scoring grows faster than the page: beyond this many elements (a news page has a few
     * thousand) the page is read by paragraph text alone, so a hostile page cannot stall ingestion.
     */
    static final int MAX_READABILITY_ELEMENTS = 20_000;
    private static final String[] CLOSING_TAGS = {"</p>", "</div>", "</a>", "</span>", "</li>", "</h1>", "</h2>",
            "</h3>", "</td>", "</article>", "</section>", "</script>", "</body>", "</html>", "<br>", "<br/>", "<br />"};
    private static final String DROPPED = "script, style, noscript, template, nav, footer, aside, iframe, frame,"
            + " frameset, form, svg, math, object, embed, button, select, textarea, input, canvas, audio, video,"
            + " link, meta, head";
    private static final String BLOCKS = "p div h1 h2 h3 h4 h5 h6 li ul ol blockquote section article main header"
            + " br tr td th table pre dd dt dl figure figcaption hr address center";
    private static final List<String> BLOCK_TAGS = List.of(BLOCKS.split(" "));
    // Bounded, non-nested: safe on any input.
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s{0,10}:\\s{0,10}\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ISO_DATE = Pattern.compile("^\\s{0,10}(\\d{4}-\\d{2}-\\d{2})");

    public ReadArticle read(Article article) {
        String text = article.text();
        LocalDate given = article.publishedOn();
        // A blank title field (an empty form input) is no title: the text's own title line then counts.
        // Titles arrive from feeds and CMS exports still HTML-encoded ("&quot;"): decoded here, once; pages escape them once.
        String givenTitle = article.title() == null || article.title().isBlank() ? null
                : org.jsoup.parser.Parser.unescapeEntities(article.title(), false).strip();
        if (!looksLikeHtml(text)) {
            return new ReadArticle(text, givenTitle, given,
                    given != null ? PublishedOnSource.GIVEN : PublishedOnSource.UNKNOWN, false);
        }
        org.jsoup.nodes.Document page = Jsoup.parse(text);
        String title = givenTitle != null ? givenTitle : htmlTitle(page);
        LocalDate published = given != null ? given : htmlDate(page);
        PublishedOnSource source = given != null ? PublishedOnSource.GIVEN
                : published != null ? PublishedOnSource.INFERRED : PublishedOnSource.UNKNOWN;
        Element h1 = page.selectFirst("h1");
        String h1Text = h1 == null ? null : h1.text().strip();
        page.select(DROPPED).remove();
        Element root = articleRoot(page, article.url());
        String extracted = paragraphs(root);
        if (h1Text != null && !h1Text.isEmpty() && (h1 == null || !isInside(h1, root))) {
            // The headline usually sits above the article element: keep it as the text's first line.
            extracted = extracted.isEmpty() ? h1Text : h1Text + "\n\n" + extracted;
        }
        return new ReadArticle(extracted, title, published, source, true);
    }

    /** HTML when the text opens with a tag, or carries a few closing tags near its head. */
    static boolean looksLikeHtml(String text) {
        int i = 0;
        while (i < text.length() && Lexicon.isSpace(text.charAt(i))) {
            i++;
        }
        if (i + 1 < text.length() && text.charAt(i) == '<') {
            char next = text.charAt(i + 1);
            if (Character.isLetter(next) || next == '!' || next == '?') {
                return true;
            }
        }
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS)).toLowerCase(Locale.ROOT);
        int tags = 0;
        for (String tag : CLOSING_TAGS) {
            for (int at = head.indexOf(tag); at >= 0 && tags < MIN_CLOSING_TAGS; at = head.indexOf(tag, at + 1)) {
                tags++;
            }
        }
        return tags >= MIN_CLOSING_TAGS;
    }

    /**
     * og:title, else {@code <title>}, else the first h1. A {@code <title>} that merely wraps the h1 with
     * the site's name ("العنوان | الموقع") gives way to the h1.
     */
    private static String htmlTitle(org.jsoup.nodes.Document page) {
        String og = metaContent(page, "meta[property=og:title]");
        if (og != null) {
            return og;
        }
        Element h1 = page.selectFirst("h1");
        String heading = h1 == null ? "" : h1.text().strip();
        String title = page.title().strip();
        if (!title.isEmpty() && (heading.isEmpty() || !title.contains(heading))) {
            return title;
        }
        return heading.isEmpty() ? null : heading;
    }

    private static LocalDate htmlDate(org.jsoup.nodes.Document page) {
        for (String query : List.of("meta[property=article:published_time]", "meta[property=og:published_time]",
                "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]",
                "meta[name=publish-date]", "meta[name=article:published_time]")) {
            LocalDate date = isoDate(metaContent(page, query));
            if (date != null) {
                return date;
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                LocalDate date = isoDate(m.group(1));
                if (date != null) {
                    return date;
                }
            }
        }
        for (Element time : page.select("time[datetime]")) {
            LocalDate date = isoDate(time.attr("datetime"));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static String metaContent(org.jsoup.nodes.Document page, String query) {
        Element meta = page.selectFirst(query);
        if (meta == null) {
            return null;
        }
        String content = meta.attr("content").strip();
        return content.isEmpty() ? null : content;
    }

    private static LocalDate isoDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value.length() > 64 ? value.substring(0, 64) : value);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The article element, else main, else articleBody, else what Readability scores as the content,
     * else the block with the most paragraph text.
     */
    private static Element articleRoot(org.jsoup.nodes.Document page, String url) {
        for (String query : List.of("article", "main", "[itemprop=articleBody]")) {
            Elements found = page.select(query);
            Element best = null;
            for (Element e : found) {
                if (best == null || e.text().length() > best.text().length()) {
                    best = e;
                }
            }
            if (best != null && !best.text().isBlank()) {
                return best;
            }
        }
        Element readable = readable(page, url);
        if (readable != null) {
            return readable;
        }
        // Score each parent by the text of its paragraph children, in one pass over the paragraphs.
        java.util.Map<Element, Long> scores = new java.util.IdentityHashMap<>();
        Element best = null;
        long bestScore = 0;
        for (Element p : page.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            long score = scores.merge(parent, (long) p.text().length(), Long::sum);
            if (score > bestScore) {
                bestScore = score;
                best = parent;
            }
        }
        if (best != null) {
            return best;
        }
        return page.body() != null ? page.body() : page;
    }

    /** Readability's content element, or null when it finds none; it works on a copy, the page stays as is. */
    private static Element readable(org.jsoup.nodes.Document page, String url) {
        if (page.getAllElements().size() > MAX_READABILITY_ELEMENTS) {
            return null;
        }
        try {
            Element content = new Readability4JExtended(url == null ? "" : url, page.clone()).parse().getArticleContent();
            return content == null || content.text().isBlank() ? null : content;
        } catch (RuntimeException | StackOverflowError e) {
            // A library failure on an odd page (its recursion overflows on markup nested thousands deep)
            // costs the better extraction, never the article.
            return null;
        }
    }

    private static boolean isInside(Element e, Element root) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    /** The visible text of {@code root}: one paragraph per block, blank lines between, spaces collapsed. */
    static String paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(current, t.getWholeText());
                } else if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    flush(current, paragraphs);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    flush(current, paragraphs);
                }
            }
        });
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void appendCollapsed(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Lexicon.isSpace(c) && c != '\u200F' && c != '\u200E' && c != '\u200C' && c != '\u200D') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (c >= ' ' || c == '\t') {
                out.append(c);
            }
        }
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String p = current.toString().strip();
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
        current.setLength(0);
    }
}
