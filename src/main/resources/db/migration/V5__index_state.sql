-- What the service knows about its indexes between runs. A clean shutdown writes 'clean_stop', a
-- random token also written beside the indexes; the next start deletes it before anything else
-- changes, and skips the full comparison of the indexes with the records only when the two tokens
-- (and the indexes' commits) still match.
create table index_state (
    name    varchar(64)  not null primary key,
    content varchar(512) not null
);
