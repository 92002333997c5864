-- Failed logins no longer lock an account (anyone could lock a user out): they are throttled in memory per client
-- address and account instead, and failed_logins is kept as an atomically updated count for administrators.
alter table app_user drop column locked_until;
