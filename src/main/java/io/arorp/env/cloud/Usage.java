package io.arorp.env.cloud;

/**
 * One quota of a subscription in a region.
 *
 * @param name         the usage name's value, e.g. {@code cores}, {@code standardDSv3Family}, {@code PublicIPAddresses}
 * @param currentValue in use now
 * @param limit        the maximum allowed
 */
public record Usage(String name, long currentValue, long limit) {
}
