package org.corridorgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Citations never come from an import the graph no longer holds, and the cache stays bounded. */
class SentenceCacheTest {
    private final EntityDirectory firstImport = new EntityDirectory(List.of());
    private final EntityDirectory secondImport = new EntityDirectory(List.of());

    @Test
    void aSentenceReadUnderOneImportIsForgottenWhenTheNextImportReplacesTheDirectory() {
        SentenceCache cache = new SentenceCache(10);
        cache.lookup(List.of("s1"), firstImport);
        cache.put("s1", new SentenceCache.Text("article", "old wording"), firstImport);
        assertThat(cache.lookup(List.of("s1", "s2"), firstImport)).containsOnlyKeys("s1");

        assertThat(cache.lookup(List.of("s1"), secondImport)).isEmpty();
        // a slow request that read under the first import does not put its text back
        cache.put("s1", new SentenceCache.Text("article", "old wording"), firstImport);
        assertThat(cache.lookup(List.of("s1"), secondImport)).isEmpty();
    }

    @Test
    void aFullCacheStartsOverInsteadOfGrowing() {
        SentenceCache cache = new SentenceCache(2);
        cache.lookup(List.of(), firstImport);
        cache.put("s1", new SentenceCache.Text("a", "one"), firstImport);
        cache.put("s2", new SentenceCache.Text("a", "two"), firstImport);
        cache.put("s3", new SentenceCache.Text("a", "three"), firstImport);

        assertThat(cache.lookup(List.of("s1", "s2", "s3"), firstImport)).containsOnlyKeys("s3");
    }
}
