-- An e-mail's attachments are records of their own (<id>~att-1, ...): each names the record of the
-- e-mail it came with, so the e-mail lists them, and deleting or re-sending the e-mail removes them.
alter table record_original add column parent_id varchar(128);
create index record_original_parent_idx on record_original (parent_id);
