package dev.finsuite.common.cache;

import java.util.List;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.type.TypeFactory;

/**
 * Declares what one cache holds, so its entries are stored as JSON of exactly that type. A service declares a
 * bean per cache it uses; a cache nobody declared cannot be used. Reading a declared type, rather than a class
 * name written into the entry, means a tampered Redis can at worst give a wrong answer for a short while, never
 * choose a class to instantiate, and a record that changed shape between deploys reads as a miss.
 */
public record CachedValue(String cache, JavaType type) {

    public static CachedValue of(String cache, Class<?> type) {
        return new CachedValue(cache, TypeFactory.createDefaultInstance().constructType(type));
    }

    public static CachedValue listOf(String cache, Class<?> element) {
        return new CachedValue(cache, TypeFactory.createDefaultInstance().constructCollectionType(List.class, element));
    }
}
