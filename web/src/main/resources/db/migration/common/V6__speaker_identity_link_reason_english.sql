-- The identity service's lookup key of each speaker (a person's surname skeleton, an organisation's
-- name): where "حفتر" meets a stored "خليفة حفتر". Rows stored before it get theirs at start-up
-- (SpeakerDirectory.backfill), computed in Java: it needs the name rules, not SQL.
alter table speaker add column identityKey varchar(500);
create index speaker_identity on speaker (identityKey);

-- Every link's reason in English beside the Arabic one (null for links stored before, shown in Arabic).
alter table claim_link add column reasonEnglish varchar(2000);
