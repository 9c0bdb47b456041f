package io.arorp.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * MicroProfile Config treats an empty default as "not set", so {@code defaultValue = ""} fails deployment in exactly
 * the environment that relies on the default (it once broke the dev run command while every test passed). Optional
 * values must be {@code Optional<String>}.
 */
class ConfigPropertyDefaultsTest {

    @Test
    void noConfigPropertyHasAnEmptyDefault() throws Exception {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : classes()) {
            for (Field field : type.getDeclaredFields()) {
                check(field.getAnnotation(ConfigProperty.class), type.getName() + "." + field.getName(), offenders);
            }
            for (Executable e : Stream.concat(Stream.of(type.getDeclaredConstructors()),
                    Stream.of(type.getDeclaredMethods())).toList()) {
                for (Annotation[] parameter : e.getParameterAnnotations()) {
                    for (Annotation a : parameter) {
                        if (a instanceof ConfigProperty c) {
                            check(c, type.getName() + "#" + e.getName() + "(" + c.name() + ")", offenders);
                        }
                    }
                }
            }
        }
        assertTrue(offenders.isEmpty(), "empty @ConfigProperty defaults: " + offenders);
    }

    private static void check(ConfigProperty property, String where, List<String> offenders) {
        if (property != null && property.defaultValue().isEmpty()) {
            offenders.add(where);
        }
    }

    private static List<Class<?>> classes() throws IOException {
        Path root = Path.of("target/classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                try {
                    classes.add(Class.forName(name, false, ConfigPropertyDefaultsTest.class.getClassLoader()));
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    // a class whose optional dependencies are absent cannot carry an injection point we use
                }
            }
        }
        return classes;
    }
}
