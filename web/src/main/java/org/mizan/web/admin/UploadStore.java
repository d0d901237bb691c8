package org.mizan.web.admin;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import org.mizan.ingest.RejectedInputException;
import org.mizan.web.article.ArticleService;

/**
 * Uploads between the form and the save: analysed (in the background when there are several files, so
 * the page can show progress), previewed, then saved one article per transaction. Held in memory, for a
 * limited time and number: an upload nobody saves is simply forgotten.
 */
@ApplicationScoped
public class UploadStore {

    private static final Logger LOG = Logger.getLogger(UploadStore.class);
    static final Duration KEPT_FOR = Duration.ofHours(2);
    static final int MAX_KEPT = 20;

    @Inject
    ArticleService articles;
    @Inject
    CorpusAdmin corpus;

    private final Map<String, Upload> uploads = new LinkedHashMap<>();
    // One analysis at a time: the machine's cores serve the readers too.
    private final ExecutorService analyser = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mizan-upload-analyser");
        t.setDaemon(true);
        return t;
    });

    void stop(@Observes ShutdownEvent event) {
        analyser.shutdownNow();
    }

    /** Keeps the upload and analyses its items: at once if there is one, in the background otherwise. */
    public Upload submit(String actor, List<UploadItem> items) {
        Upload upload = new Upload(actor, items);
        synchronized (uploads) {
            Instant horizon = Instant.now().minus(KEPT_FOR);
            uploads.values().removeIf(u -> u.createdAt().isBefore(horizon));
            while (uploads.size() >= MAX_KEPT) {
                uploads.remove(uploads.keySet().iterator().next());
            }
            uploads.put(upload.id(), upload);
        }
        List<UploadItem> pending = items.stream().filter(UploadItem::pending).toList();
        if (pending.size() <= 1) {
            pending.forEach(this::analyse);
        } else {
            analyser.submit(() -> pending.forEach(this::analyse));
        }
        return upload;
    }

    public Optional<Upload> find(String id) {
        synchronized (uploads) {
            return Optional.ofNullable(uploads.get(id));
        }
    }

    /**
     * Stores every item that is ready, each in its own transaction with its audit entry: one failure
     * leaves the others stored and itself not stored at all.
     */
    public void save(Upload upload, String actor) {
        synchronized (upload) {
            if (upload.isSaved() || upload.analysing()) {
                return;
            }
            for (UploadItem item : upload.items()) {
                if (!item.ready()) {
                    continue;
                }
                try {
                    CorpusAdmin.Outcome outcome = corpus.store(item.article(), item.analysis(), actor, item.name());
                    item.saved(outcome.articleId(), outcome.created());
                } catch (RejectedInputException e) {
                    item.reject(reasonOf(e), e.getMessage());
                } catch (RuntimeException e) {
                    LOG.error("storing " + item.name() + " failed", e);
                    item.reject("failed", "It could not be stored; nothing of it was kept.");
                }
            }
            upload.markSaved();
        }
    }

    private void analyse(UploadItem item) {
        try {
            item.analysed(articles.analyze(item.article()));
        } catch (RejectedInputException e) {
            item.reject(reasonOf(e), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("analysing " + item.name() + " failed", e);
            item.reject("failed", "The analysis failed on this text; nothing of it was kept.");
        }
    }

    static String reasonOf(RejectedInputException e) {
        return e.reason().name().toLowerCase().replace('_', '-');
    }
}
