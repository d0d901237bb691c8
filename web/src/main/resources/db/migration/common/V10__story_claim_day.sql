-- The story page reads a story's claims a page at a time, newest statement first (issue 14): each membership
-- row carries its claim's date (stated, else published), so a page is a range read on (story, date, claim)
-- and the thousandth claim of a story costs what the first does.
alter table story_claim add column claimDay date;
update story_claim set claimDay = (select coalesce(c.statedOn, a.publishedOn) from claim c join article a on a.id = c.article_id
    where c.id = story_claim.claims_id);
create index story_claim_day on story_claim (StoryEntity_id, claimDay, claims_id);
