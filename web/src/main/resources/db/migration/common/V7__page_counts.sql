-- Reader pages read bounded pages over indexes and never count a corpus-sized set per request (issue 14).
-- A story's claim count is kept with the story (StoryService.refresh), so story lists need not count members.
alter table story add column claimCount integer default 0 not null;
update story set claimCount = (select count(*) from story_claim sc where sc.StoryEntity_id = story.id);
-- A claim's links a page at a time by link id, on either end: (end, id) so PostgreSQL reads the page in order too.
create index claim_link_from_id on claim_link (fromClaim_id, id);
create index claim_link_to_id on claim_link (toClaim_id, id);
