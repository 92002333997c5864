-- Issue 14, finding 10: a password set by an administrator (a new account's, a reset's) works for 24 hours only.
-- Null for a password the user chose. Accounts waiting for their first change today get 24 hours from the upgrade.
alter table app_user add column password_expires_at timestamp with time zone;
update app_user set password_expires_at = current_timestamp + interval '24' hour where password_change_required = true;
