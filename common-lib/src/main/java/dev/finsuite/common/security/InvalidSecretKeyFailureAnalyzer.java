package dev.finsuite.common.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Replaces the stack trace of a refused {@code SECRET_KEY} with one clear line and what to do. */
class InvalidSecretKeyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSecretKey> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSecretKey cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set SECRET_KEY to a random value of at least 32 bytes, or run with the 'dev' profile on a laptop.",
                cause);
    }
}
