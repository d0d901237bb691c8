-- H2 writes a sequence's next block of values to the file when its cached ones run out, and does so by
-- committing the whole store: every page the open write has changed is written then, mid-write, besides the
-- write's own commit. actor_lesson takes about ten ids per stored article, so with H2's default cache of 32
-- that extra store came every third article and cost as much as half the commits (JFR on bench/writeload.sh);
-- search_change takes one per article. A crash only skips unused ids. H2 only: on PostgreSQL a cache is per
-- connection, so ids would be handed out of order across processes, and both tables are read back in id order.
alter table actor_lesson alter column id set cache 4096;
alter table if exists search_change alter column if exists seq set cache 4096;
