package org.mizan.web.admin;

import java.util.List;
import org.mizan.core.Article;
import org.mizan.core.ArticleAnalysis;
import org.mizan.core.Span;

/**
 * One article of an upload (the pasted text, or one file) through its life: waiting for analysis,
 * ready with its analysis for the preview, then stored or found to be a duplicate — or rejected, with
 * the reason, at any step. Written by one thread at a time, read by the pages: fields are volatile.
 */
public final class UploadItem {

    public enum Status { PENDING, READY, STORED, DUPLICATE, REJECTED }

    private final String name;
    private final long bytes;
    private final String encodingNote;
    private final Article article;
    private volatile Status status;
    private volatile ArticleAnalysis analysis;
    private volatile String rejection;
    private volatile String rejectionReason;
    private volatile Long articleId;

    private UploadItem(String name, long bytes, String encodingNote, Article article, Status status) {
        this.name = name;
        this.bytes = bytes;
        this.encodingNote = encodingNote;
        this.article = article;
        this.status = status;
    }

    /** An article to analyse; {@code encodingNote} names a guessed encoding, or is null. */
    public static UploadItem of(String name, long bytes, Article article, String encodingNote) {
        return new UploadItem(name, bytes, encodingNote, article, Status.PENDING);
    }

    /** A file refused before analysis (empty, binary, too large, undecodable). */
    public static UploadItem refused(String name, long bytes, String reason, String message) {
        UploadItem item = new UploadItem(name, bytes, null, null, Status.REJECTED);
        item.reject(reason, message);
        return item;
    }

    void analysed(ArticleAnalysis result) {
        analysis = result;
        status = Status.READY;
    }

    void reject(String reason, String message) {
        rejectionReason = reason;
        rejection = message;
        analysis = null;
        status = Status.REJECTED;
    }

    void saved(long id, boolean created) {
        articleId = id;
        status = created ? Status.STORED : Status.DUPLICATE;
    }

    public String name() {
        return name;
    }

    public long bytes() {
        return bytes;
    }

    public String encodingNote() {
        return encodingNote;
    }

    public Article article() {
        return article;
    }

    public Status status() {
        return status;
    }

    public String statusName() {
        return status.name();
    }

    public boolean pending() {
        return status == Status.PENDING;
    }

    public boolean ready() {
        return status == Status.READY;
    }

    public boolean rejected() {
        return status == Status.REJECTED;
    }

    public ArticleAnalysis analysis() {
        return analysis;
    }

    public boolean hasAnalysis() {
        return analysis != null;
    }

    /** The reason in a word (empty, binary, too large, not text, failed) and the detail the user can act on. */
    public String rejectionReason() {
        return rejectionReason;
    }

    public String rejection() {
        return rejection;
    }

    public Long articleId() {
        return articleId;
    }

    /** What the pipeline cut as boilerplate, as text. */
    public List<String> strippedTexts() {
        return analysis == null ? List.of() : analysis.stripped().stream().map(Span::text).toList();
    }

    public String bodyText() {
        return analysis == null ? "" : analysis.body().text();
    }

    public String provenanceText() {
        return analysis == null || analysis.provenance() == null ? null : analysis.provenance().text();
    }
}
