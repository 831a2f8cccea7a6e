-- The original file a record was extracted from (documents only). The bytes live under the data
-- directory, content-addressed by sha256; this row says which file, of what type, and whether any
-- text could be extracted from it (a scan without OCR has none).
create table record_original (
    record_id   varchar(128)  not null primary key references case_record (id) on delete cascade,
    sha256      varchar(64)   not null,
    file_name   varchar(512),
    media_type  varchar(256)  not null,
    size_bytes  bigint        not null,
    has_text    boolean       not null
);
create index record_original_sha_idx on record_original (sha256);
