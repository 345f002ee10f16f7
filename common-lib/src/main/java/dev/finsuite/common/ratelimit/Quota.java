package dev.finsuite.common.ratelimit;

/**
 * One budget applied to one caller: {@code policy} names it in the response headers ({@code user-writes}),
 * {@code key} is its bucket's Redis key ({@code finance:ratelimit:<tenant>:user:<user>:writes}).
 */
record Quota(String policy, String key, Budget budget) {}
