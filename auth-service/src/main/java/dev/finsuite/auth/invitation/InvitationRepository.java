package dev.finsuite.auth.invitation;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface InvitationRepository extends Repository<Invitation, UUID> {

    Invitation save(Invitation invitation);

    Optional<Invitation> findByIdAndTenantId(UUID id, UUID tenantId);

    void delete(Invitation invitation);

    @Query("select i from Invitation i where i.tenantId = :tenantId and i.acceptedAt is null and i.expiresAt > :now"
            + " order by i.createdAt desc, i.id")
    List<Invitation> pending(UUID tenantId, Instant now);

    /** Locked, so one invitation makes one account however often its link is used at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.tokenHash = :tokenHash")
    Optional<Invitation> lockByTokenHash(String tokenHash);

    /** A new invitation to the same address replaces the household's earlier pending one. */
    @Modifying
    @Query("delete from Invitation i where i.tenantId = :tenantId and i.email = :email and i.acceptedAt is null")
    int deletePending(UUID tenantId, String email);
}
