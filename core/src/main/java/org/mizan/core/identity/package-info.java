/**
 * Who a mention is, across articles: {@link org.mizan.core.identity.ActorResolver} resolves subject
 * mentions for linking (titles stripped, surnames, bodies led by a person, forces of a leader, groups),
 * {@link org.mizan.core.identity.RealParty} tells a real party from a word of the sentence, and
 * {@link org.mizan.core.identity.Places} knows states and regions. Names compare on folded tokens and
 * transliteration skeletons ({@link org.mizan.core.identity.NameTokens}).
 */
package org.mizan.core.identity;
