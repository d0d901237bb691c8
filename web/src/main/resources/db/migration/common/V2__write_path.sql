-- The write path (ArticleWriter): the corpus version every committed write moves on, read by each
-- process to know whether what it holds in memory (linking index, rendered story pages) is current.
create table corpus_version (id integer not null, version bigint not null, primary key (id));
insert into corpus_version (id, version) values (1, 0);

-- Lookups by the referring side, which the primary keys and unique constraints do not serve:
-- which story holds a claim, a claim's propositions, a story's or speaker's element rows.
create index story_claim_claim on story_claim (claims_id);
create index claim_proposition_claim on claim_proposition (ClaimEntity_id);
create index claim_link_evidence_link on claim_link_evidence (ClaimLinkEntity_id);
create index story_actor_story on story_actor (StoryEntity_id);
create index story_source_story on story_source (StoryEntity_id);
create index speaker_alias_speaker on speaker_alias (SpeakerEntity_id);
create index speaker_role_speaker on speaker_role (SpeakerEntity_id);
create index article_timex_article on article_timex (ArticleEntity_id);
