package dev.finsuite.common.security;

/** The configured signing key would make tokens forgeable; the service must not start. */
public class InvalidSecretKey extends RuntimeException {
    public InvalidSecretKey(String message) {
        super(message);
    }
}
