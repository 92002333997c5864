-- The home page's reviews due read a caller's teams' open review calls, the earliest due first (OutcomeService); with
-- no index in that order PostgreSQL joined and sorted every open call of the team to answer ten: 76 ms a page once
-- the daily loop had raised 26,330 calls at 100,000 cases (issue 16). The query orders by closed_at first (null for
-- every open call), so that one index, on H2 and PostgreSQL alike, is read in order.
create index ix_review_call_open_due on review_call (closed_at, due_on, id);

-- The home page's recent mentions read one kind of a person's notifications, newest first: among thousands of review
-- notices the recipient's index alone made PostgreSQL read them all to find a few mentions.
create index ix_notification_recipient_kind on notification (recipient_id, kind, created_at, id);
