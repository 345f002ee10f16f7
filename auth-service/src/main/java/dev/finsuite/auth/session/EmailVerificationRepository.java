package dev.finsuite.auth.session;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EmailVerificationRepository extends Repository<EmailVerification, String> {

    EmailVerification save(EmailVerification verification);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from EmailVerification v where v.tokenHash = :tokenHash")
    Optional<EmailVerification> lockByTokenHash(String tokenHash);
}
