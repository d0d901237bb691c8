package org.mizan.web.link;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.mizan.web.article.ArticleService.ClaimsRetired;
import org.mizan.web.story.StoryService;

/**
 * When an article's claims are about to be removed (the article deleted or re-analysed), removes the
 * links that touch them and takes them out of their stories, in the same transaction.
 */
@ApplicationScoped
public class RetiredClaimsCleaner {

    @Inject
    LinkService links;
    @Inject
    StoryService stories;

    void onRetired(@Observes ClaimsRetired event) {
        links.forgetClaims(event.claimIds());
        stories.forgetClaims(event.claimIds());
    }
}
