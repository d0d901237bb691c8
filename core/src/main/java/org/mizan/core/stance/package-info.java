/**
 * How two claim texts relate as a reader sees them, side by side: {@link org.mizan.core.stance.PairAnalysis}
 * aligns their content words (stems, skeletons, predicate keys, numbers, places, negation) and
 * {@link org.mizan.core.stance.TextStance} decides agree / conflict / contrast / unrelated from it with a
 * logistic model ({@link org.mizan.core.stance.StanceModel}) that {@link org.mizan.core.stance.StanceTrainer}
 * fits on ANS train at build time (core/pom.xml, {@code stance-model.tsv}). The text half of
 * {@code org.mizan.core.link.ClaimComparator}, never called on its own by the app.
 */
package org.mizan.core.stance;
