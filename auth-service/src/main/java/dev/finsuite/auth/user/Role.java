package dev.finsuite.auth.user;

/** What a member of a tenant may do; each role includes the ones below it. */
public enum Role {
    OWNER,
    ADMIN,
    MEMBER,
    VIEWER
}
