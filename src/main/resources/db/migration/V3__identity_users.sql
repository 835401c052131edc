-- Identity: the people who sign in to the back office. One role and one data scope per user
-- (domain §1). Lockout state lives here, not in memory, so that every node behind the load
-- balancer counts the same failed attempts.
CREATE TABLE identity_user (
    username            VARCHAR(50)              NOT NULL,
    display_name        VARCHAR(100)             NOT NULL,
    email               VARCHAR(254),
    password_hash       VARCHAR(255)             NOT NULL,
    role                VARCHAR(30)              NOT NULL,
    scope_kind          VARCHAR(20)              NOT NULL,
    scope_reference     VARCHAR(64)              NOT NULL DEFAULT '',
    enabled             BOOLEAN                  NOT NULL DEFAULT TRUE,
    failed_attempts     INT                      NOT NULL DEFAULT 0,
    locked_until        TIMESTAMP WITH TIME ZONE,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- username, display name and e-mail folded to lower case without diacritics, for the filter
    search_text         TEXT                     NOT NULL,
    CONSTRAINT identity_user_pk PRIMARY KEY (username),
    -- usernames are stored folded to lower case: uniqueness is case-insensitive
    CONSTRAINT identity_user_username_lower_ck CHECK (username = lower(username)),
    CONSTRAINT identity_user_role_ck CHECK (role IN ('ADMIN', 'PROVINCIAL_OFFICER', 'LOCAL_OFFICER',
        'COUNCIL_MEMBER', 'ORGANISATION_REP', 'DEPARTMENT_HANDLER', 'EDITOR', 'PUBLISHER')),
    CONSTRAINT identity_user_scope_kind_ck CHECK (scope_kind IN ('NATION', 'PROVINCE', 'UNIT',
        'ORGANISATION', 'COUNCIL', 'DEPARTMENT')),
    CONSTRAINT identity_user_failed_attempts_ck CHECK (failed_attempts >= 0)
);
CREATE INDEX identity_user_role_idx ON identity_user (role, username);
CREATE INDEX identity_user_scope_idx ON identity_user (scope_kind, scope_reference);
