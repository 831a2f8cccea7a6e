-- The guidance collection: legislation, statutory guidance and local procedures, kept apart from
-- case records (no case permissions apply; every practitioner may read them). The text is as the
-- document's file gave it, so paragraph numbers and quotes keep their offsets.
create table guidance_document (
    id          varchar(128)  not null primary key,
    title       varchar(512)  not null,
    issuer      varchar(512),
    kind        varchar(16)   not null,
    version     varchar(64),
    doc_date    date,
    body        text          not null,
    stored_at   timestamp     not null
);
