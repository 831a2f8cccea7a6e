-- Who may call Casesearch and what each caller may see.

-- Keys for other systems. Only a SHA-256 of each key is kept (keys are 256 random bits, so a
-- fast hash is enough); the key itself is shown once, when it is created.
create table api_key (
    id          varchar(64)   not null primary key,
    name        varchar(256)  not null,
    key_hash    varchar(64)   not null,
    roles       varchar(512)  not null,
    teams       varchar(4096) not null,
    all_cases   boolean       not null,
    restricted  boolean       not null,
    created_at  timestamp     not null,
    created_by  varchar(256)  not null,
    revoked_at  timestamp
);
create unique index api_key_hash_idx on api_key (key_hash);

-- A case's access list: the teams and users who may see it, and the users who may also see its
-- restricted (sealed court and adoption) records. A case with no rows is seen only by callers
-- holding all_cases.
create table case_access (
    case_id     varchar(128)  not null,
    grantee_kind varchar(8)   not null,
    grantee     varchar(256)  not null,
    restricted  boolean       not null,
    primary key (case_id, grantee_kind, grantee)
);
create index case_access_grantee_idx on case_access (grantee_kind, grantee);

-- Append-only audit trail. Each row carries the SHA-256 of the previous row's hash and its own
-- content, so editing or deleting a row breaks the chain (the audit verify command finds where).
create table audit_event (
    seq         bigint        not null primary key,
    at_ms       bigint        not null,
    actor       varchar(256)  not null,
    action      varchar(64)   not null,
    case_id     varchar(128),
    record_id   varchar(128),
    detail      text          not null,
    prev_hash   varchar(64)   not null,
    hash        varchar(64)   not null
);
create index audit_event_actor_idx on audit_event (actor, at_ms);
create index audit_event_case_idx on audit_event (case_id, at_ms);
create index audit_event_at_idx on audit_event (at_ms);

-- Which cases each event touched (a search can return records of many cases): an index over the
-- hashed detail, so "who has looked at this child's records" is one query.
create table audit_case (
    seq         bigint        not null references audit_event (seq),
    case_id     varchar(128)  not null,
    primary key (case_id, seq)
);
