-- Stories are events clustered at article level (core.story): each article's profile (rare title and lead
-- stems, quoted entities, day) and the keys its event is found under, written in the write's transaction,
-- so placing an article is an indexed lookup by key and day and nothing is replayed at start-up.
create table story_event_article (article_id bigint not null, event_id bigint not null, article_day date, outlet varchar(300), title varchar(1000), terms varchar(4000), entities varchar(4000), primary key (article_id));
create index story_event_article_event on story_event_article (event_id);
create table story_event_key (event_key varchar(300) not null, article_day date, event_id bigint not null, article_id bigint not null);
create index story_event_key_lookup on story_event_key (event_key, article_day);
create index story_event_key_article on story_event_key (article_id);
