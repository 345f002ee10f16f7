package dev.finsuite.common.security;

/** A bearer or refresh token that cannot be trusted; the message is safe to show the caller. */
public class InvalidToken extends RuntimeException {
    public InvalidToken(String message) {
        super(message);
    }
}
