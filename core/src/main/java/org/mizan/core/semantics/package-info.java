/**
 * Meaning, shared by ingest and the comparator: words with their clitic-stripped readings
 * ({@link org.mizan.core.semantics.ArabicTokenizer}), predicates by key in every inflection
 * ({@link org.mizan.core.semantics.PredicateLexicon}, predicates.tsv), their opposites
 * ({@link org.mizan.core.semantics.Antonyms}, antonyms.tsv), clause boundaries
 * ({@link org.mizan.core.semantics.ClauseSplitter}, clause-openers.tsv) and negators with their scope
 * ({@link org.mizan.core.semantics.Negation}, negators.tsv). All matching is on folded forms; every
 * span points into the original text.
 */
package org.mizan.core.semantics;
