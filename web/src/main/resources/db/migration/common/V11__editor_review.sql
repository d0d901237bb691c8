-- Editor review (web.review): an editor's rating of a claim, decisions on machine links (a rejected link
-- is never made again), corrections that re-analysis and re-clustering keep, and where a claim that
-- re-analysis removed now lives (its article).
create sequence claim_review_SEQ start with 1 increment by 50;
create table claim_review (id bigint not null, claim_id bigint not null, rating integer not null, explanation varchar(4000) not null, sources varchar(4000), reviewer varchar(100) not null, reviewedAt timestamp(6) with time zone not null, primary key (id), constraint claim_review_claim unique (claim_id));
alter table claim_review add constraint claim_review_claim_fk foreign key (claim_id) references claim;

create sequence link_decision_SEQ start with 1 increment by 50;
create table link_decision (id bigint not null, lowClaim bigint not null, highClaim bigint not null, relation varchar(16) not null, decision varchar(16) not null, decidedBy varchar(100) not null, decidedAt timestamp(6) with time zone not null, primary key (id), constraint link_decision_pair unique (lowClaim, highClaim, relation));
create index link_decision_high on link_decision (highClaim);

create table claim_redirect (claimId bigint not null, articleId bigint not null, primary key (claimId));
create index claim_redirect_article on claim_redirect (articleId);

alter table claim_link add column confirmedBy varchar(100);
alter table claim add column speakerSetBy varchar(100);
alter table story add column titleSetBy varchar(100);

-- The audit log says what an act changed: its target, the value before and the value after.
alter table audit_entry add column target varchar(200);
alter table audit_entry add column beforeValue varchar(2000);
alter table audit_entry add column afterValue varchar(2000);

-- A speaker merged into another (web.review): its address leads to the one it joined.
create table speaker_redirect (speakerId bigint not null, intoId bigint not null, primary key (speakerId));
create index speaker_redirect_into on speaker_redirect (intoId);
