-- A per-account stamp that live sessions compare on every request: deactivation, a role or team change, a new
-- password and "sign out everywhere" change it, and the sessions opened before then end. Not audited (app_user_aud
-- keeps what administrators change; the stamp is bookkeeping, like last_login_at).
alter table app_user add column security_stamp bigint default 0 not null;
