package org.mizan.web.search;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.speaker.SpeakerEntity;

/** Keeps the search keys of articles, claims and speakers current: the write path calls {@link #index} on every store; old rows at start. */
@ApplicationScoped
public class SearchIndexer {

    @Transactional
    void onStart(@Observes StartupEvent event) {
        for (ArticleEntity a : ArticleEntity.<ArticleEntity>list("searchKey is null")) {
            index(a);
        }
        for (SpeakerEntity s : SpeakerEntity.<SpeakerEntity>list("searchKey is null")) {
            index(s);
        }
    }

    public static void index(ArticleEntity a) {
        a.searchKey = SearchKeys.key(a.title, a.outlet, a.text.substring(a.bodyStart, a.bodyEnd));
        for (ClaimEntity c : a.claims) {
            c.searchKey = SearchKeys.key(c.contentText, c.speaker.name, c.speakerMention);
            index(c.speaker);
        }
    }

    public static void index(SpeakerEntity s) {
        List<String> texts = new ArrayList<>();
        texts.add(s.name);
        texts.addAll(s.aliases);
        texts.addAll(s.roles);
        String key = SearchKeys.key(texts.toArray(String[]::new));
        s.searchKey = key.length() <= 20000 ? key : key.substring(0, 20000);
    }
}
