package dev.finsuite.auth.recovery;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PasswordResetRepository extends Repository<PasswordReset, String> {

    PasswordReset save(PasswordReset reset);

    /** Locked, so a link used twice at once resets the password once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from PasswordReset r where r.tokenHash = :tokenHash")
    Optional<PasswordReset> lockByTokenHash(String tokenHash);

    /** A new link voids the user's earlier unused ones. */
    @Modifying
    @Query("delete from PasswordReset r where r.userId = :userId and r.usedAt is null")
    int deleteUnusedOf(UUID userId);
}
