-- Sign-in failures per throttle key (the SHA-256 of "user:<name>" or "addr:<address>"), shared by every node
-- so that alternating between nodes does not multiply a password guesser's attempts (news.account.LoginThrottle).
CREATE TABLE LOGIN_FAILURE (
    THROTTLE_KEY CHAR(64)     NOT NULL PRIMARY KEY,
    FAILURES     INTEGER      NOT NULL,
    LAST_FAILURE TIMESTAMP(6) NOT NULL
);
CREATE INDEX LOGIN_FAILURE_LAST_IDX ON LOGIN_FAILURE (LAST_FAILURE);
