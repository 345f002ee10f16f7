package dev.finsuite.auth.user;

import java.util.UUID;

/**
 * The access a user's tokens state is no longer theirs (their role changed): every access token issued to them
 * so far must be refused by every service, while their sign-ins go on and refresh into tokens with the new
 * role. Published inside the changing transaction.
 */
public record AccessOutdated(UUID userId) {}
