-- Mail leaves through an outbox (issue 14, finding 7): a notification's e-mail is written in the transaction of the
-- change that caused it and sent afterwards by whichever server claims the attempt, with retries, so a restart or a
-- mail relay that is down loses no mail. Identical on H2 and PostgreSQL.

-- body: the case code, the kind of event and a link only, never clinical text
create table mail_outbox (
    id              bigint                   not null primary key,
    version         bigint                   not null,
    recipient       varchar(254)             not null,
    subject         varchar(200)             not null,
    body            varchar(2000)            not null,
    created_at      timestamp with time zone not null,
    attempts        integer                  not null,
    next_attempt_at timestamp with time zone not null,
    sent_at         timestamp with time zone,
    last_error      varchar(300)
);
create index ix_mail_outbox_due on mail_outbox (sent_at, next_attempt_at);

-- An address receives notifications only once its owner followed the link sent to it (verified_email equals email).
alter table notification_preference add column verified_email varchar(254);
alter table notification_preference add column verification_token varchar(64);
alter table notification_preference add column verification_sent_at timestamp with time zone;
