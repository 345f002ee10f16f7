-- "Where am I signed in?": each link of a sign-in (a refresh token) records the device (User-Agent, cut to 300
-- characters) and the address it was issued to, so a user can list their sign-ins and end one they do not know.
-- Rows issued before this migration have neither.
alter table refresh_tokens
    add column user_agent text,
    add column ip_address text;
