package org.mizan.web.admin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One submission of the upload form: pasted text and/or files, each an {@link UploadItem}. Held in
 * memory between the preview and the save ({@link UploadStore}); nothing of it is stored until Save.
 */
public final class Upload {

    public enum Stage { ANALYSING, PREVIEW, SAVED }

    private final String id = UUID.randomUUID().toString();
    private final String actor;
    private final Instant createdAt = Instant.now();
    private final List<UploadItem> items;
    private volatile boolean saved;

    public Upload(String actor, List<UploadItem> items) {
        this.actor = actor;
        this.items = List.copyOf(items);
    }

    public String id() {
        return id;
    }

    public String actor() {
        return actor;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<UploadItem> items() {
        return items;
    }

    public Stage stage() {
        if (saved) {
            return Stage.SAVED;
        }
        return items.stream().anyMatch(UploadItem::pending) ? Stage.ANALYSING : Stage.PREVIEW;
    }

    public boolean analysing() {
        return stage() == Stage.ANALYSING;
    }

    public boolean previewing() {
        return stage() == Stage.PREVIEW;
    }

    public boolean isSaved() {
        return saved;
    }

    void markSaved() {
        saved = true;
    }

    public int total() {
        return items.size();
    }

    public int analysed() {
        return (int) items.stream().filter(i -> !i.pending()).count();
    }

    public int count(UploadItem.Status status) {
        return (int) items.stream().filter(i -> i.status() == status).count();
    }

    public int ready() {
        return count(UploadItem.Status.READY);
    }

    public int stored() {
        return count(UploadItem.Status.STORED);
    }

    public int duplicates() {
        return count(UploadItem.Status.DUPLICATE);
    }

    public int rejected() {
        return count(UploadItem.Status.REJECTED);
    }

    public boolean single() {
        return items.size() == 1;
    }
}
