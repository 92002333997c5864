-- The view log (case_view) gets a sequence of its own, one id at a time, drawn inside the insert: opening a case
-- is then exactly one statement, never a block fetch from refract_seq first (CaseViewLog). Rows logged before
-- keep their ids negated, so that the new sequence, counting from 1, never meets them; nothing refers to them.
update case_view set id = -id;
create sequence case_view_seq start with 1 increment by 1;
