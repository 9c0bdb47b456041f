package io.arorp.database;

/**
 * Changes a freshly read document inside a patch. It may run several times (once per attempt after a lost race),
 * so it must only depend on the document it is given; throwing aborts the patch without retry.
 */
@FunctionalInterface
public interface Mutation<D> {
    void apply(D document);
}
