package dev.finsuite.market.providerkey;

import dev.finsuite.common.data.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A tenant's own API key for a keyed provider, kept encrypted; only its last four characters are clear. */
@Entity
@Table(name = "provider_keys")
class ProviderKey extends AuditedEntity {

    @Id
    private UUID id;

    private UUID tenantId;
    private String provider;
    private String ciphertext;
    private String lastFour;

    protected ProviderKey() {}

    ProviderKey(UUID tenantId, String provider) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.provider = provider;
    }

    /** Rotation: the same row takes the new key. */
    void store(String apiKey, KeyCipher cipher) {
        this.ciphertext = cipher.encrypt(apiKey, associatedData());
        this.lastFour = apiKey.substring(apiKey.length() - 4);
    }

    String reveal(KeyCipher cipher) {
        return cipher.decrypt(ciphertext, associatedData());
    }

    private String associatedData() {
        return tenantId + "/" + provider;
    }

    UUID getId() {
        return id;
    }

    String getProvider() {
        return provider;
    }

    String getLastFour() {
        return lastFour;
    }
}
