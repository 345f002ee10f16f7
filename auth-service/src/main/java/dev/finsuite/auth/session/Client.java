package dev.finsuite.auth.session;

/**
 * Who asked for tokens, as far as the request shows: the address (the gateway's X-Forwarded-For from a trusted
 * proxy) and the device's User-Agent, kept so a user recognises their sign-ins. Either may be null.
 */
record Client(String ipAddress, String userAgent) {

    private static final int LONGEST_USER_AGENT = 300;

    Client {
        if (userAgent != null) {
            userAgent = userAgent.strip();
            if (userAgent.isEmpty()) {
                userAgent = null;
            } else if (userAgent.length() > LONGEST_USER_AGENT) {
                userAgent = userAgent.substring(0, LONGEST_USER_AGENT);
            }
        }
    }
}
