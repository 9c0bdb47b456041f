package io.arorp.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which cluster versions get ARO operator updates: semantic versions from 4.7.0 on, as the original parses them. */
class OperatorCutOffVersionTest {
    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "4.7.0, true", "4.7.1, true", "4.10.3, true", "4.15.35, true", "5.0.0, true", "4.7.0+build.1, true",
            "4.6.99, false", "3.11.0, false", "4.7.0-rc.1, false", "4.7, false", "v4.8.0, false", "'', false",
            "null, false"})
    void fromFourSevenZero(String version, boolean update) {
        assertEquals(update, OperatorVersionSteps.shouldUpdateOperator(version));
    }
}
