package io.arorp.env.cloud;

/**
 * One compute quota of a subscription in a region, as {@code Microsoft.Compute/locations/usages} reports it: the
 * regional {@code cores} or a VM family ({@code standardDSv3Family}).
 */
public record ComputeUsage(String name, long currentValue, long limit) {
}
