/**
 * Linking claims across articles; the stories they belong to (events) are {@code org.mizan.core.story}.
 * Who the parties are is {@code org.mizan.core.identity}'s answer (actors, real parties, places); how two
 * texts relate as a reader sees them is {@code org.mizan.core.stance}'s (the text comparator and its
 * trained model); predicate keys and their families are {@code org.mizan.core.semantics.PredicateLexicon}'s.
 *
 * <h2>Pipeline</h2>
 * <ol>
 *   <li>{@link org.mizan.core.link.PropositionResolver} resolves each proposition once: predicate family
 *       and stance ({@link org.mizan.core.semantics.PredicateLexicon}, predicate-families.tsv), subject
 *       ({@link org.mizan.core.identity.ActorResolver}: titles stripped, surnames, bodies led by a person,
 *       forces of a leader, groups and their members), object
 *       ({@link org.mizan.core.link.ObjectResolver}: every agreement-type object is one object).</li>
 *   <li>{@link org.mizan.core.link.ClaimComparator}, the one comparator, decides AGREE / CONFLICT /
 *       CONTRAST between two claims — one statement reported twice (same speaker identity or a reprint,
 *       judged on shared words by its text half {@code TextStance}), or propositions of real parties
 *       ({@code RealParty}) about one act — with an Arabic reason and evidence spans; a pair may bear
 *       several relations. {@code /api/compare} asks the same class about two bare texts.</li>
 *   <li>{@link org.mizan.core.link.ClaimLinker} finds the candidates for a new article's claims through
 *       {@code LinkIndex}: blocking keys (question = family + object; party = question + actor key; each
 *       with its stance; the speaker's identity keys and min-hash keys of the content, {@code ReportKeys},
 *       where reports of one statement meet), a date window (default ±14 days) and caps per key and per claim, so the work
 *       per article does not grow with the corpus. Claims of the new article are linked to each other.</li>
 * </ol>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>"قوات حفتر" and "حفتر" are ASSOCIATED, not one actor: their acts only CONTRAST.</li>
 *   <li>"حكومة فايز السراج" REPRESENTS "فايز السراج": one party for agreement questions.</li>
 *   <li>A group ("طرفا النزاع الليبي") covers each member: "both accepted" CONFLICTs with "Haftar did
 *       not sign". Members come from the mention ("(السراج وحفتر)"), a known conjunction of names, or
 *       the conflict it names (groups.tsv, dated world knowledge).</li>
 *   <li>request_time implies "not (yet) consented" with weight 0.8; cease_fire implies consent to an
 *       agreement with weight 0.8; reject/refuse answer the consent question negatively.</li>
 *   <li>CONFLICT needs both propositions asserted (an intention does not contradict a fact); requests
 *       are never compared. CONTRAST across articles needs shared context: one article mentions the
 *       other's subject (otherwise every "agreement" in the window would contrast).</li>
 *   <li>Story title: the headline of the earliest article (human-written, how readers met the event);
 *       a title generated from the dominant proposition and actors only when no headline is known.</li>
 *   <li>Claims without a date are linked only inside their own article.</li>
 * </ul>
 */
package org.mizan.core.link;

import org.mizan.core.identity.RealParty;
import org.mizan.core.stance.TextStance;
