/**
 * Stories: the articles and claims about one event, clustered at article level.
 *
 * <h2>Stages</h2>
 * <ol>
 *   <li>{@link org.mizan.core.story.ArticleProfile}: an article's title and lead stems weighted by
 *       rarity ({@link org.mizan.core.story.EventTerms}, {@link org.mizan.core.story.TermRarity}) and the
 *       people and organisations it quotes.</li>
 *   <li>{@link org.mizan.core.story.EventKeys}: the keys under which its event is found again.</li>
 *   <li>{@link org.mizan.core.story.EventMatcher}: whether it belongs to an event (its centroid, entities
 *       and days: {@link org.mizan.core.story.EventProfile}).</li>
 *   <li>{@link org.mizan.core.story.EventClusterer}: join, open, merge, split, against an
 *       {@link org.mizan.core.story.EventStore}.</li>
 * </ol>
 * Reprints of one wire sentence are not stories: they are reports inside the event's story, found by
 * the linker ({@code core.link.ReportKeys}) and grouped by outlet on the story page.
 */
package org.mizan.core.story;
