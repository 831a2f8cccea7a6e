-- What each record says about people and events (mentions, its significant event, its milestone),
-- found when the record is stored: the eco-map and the chronology aggregate these findings over
-- the records a caller may see. A null or older version is found again at start-up.
alter table case_record add column insight text;
alter table case_record add column insight_version integer;
