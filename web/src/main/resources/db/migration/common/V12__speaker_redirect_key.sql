-- A merged-away speaker's exact name key, so a later mention of that name finds the entity it joined.
alter table speaker_redirect add column matchKey varchar(500);
create index speaker_redirect_key on speaker_redirect (matchKey);
