package org.corridorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.corridorgraph.support.CliRun;
import org.corridorgraph.support.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract refuses what is not an article, says why and what to do, and writes no draft. */
class ExtractInputTest {
    @TempDir
    Path temp;

    private CliRun extract(Path article) {
        return CliRun.of("extract", article.toString(), "--out", temp.resolve("draft").toString(), "--corpus", Paths.CORPUS.toString());
    }

    private void assertRefused(CliRun run, String why) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(why).contains("hint:").doesNotContain("\tat ");
        assertThat(temp.resolve("draft")).doesNotExist();
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertRefused(extract(Files.writeString(temp.resolve("empty.txt"), "")), "is empty");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws Exception {
        assertRefused(extract(Files.write(temp.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', 'o', 'k', '.'})), "is not valid UTF-8");
    }

    @Test
    void aBinaryFileIsRefused() throws Exception {
        assertRefused(extract(Files.write(temp.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})), "binary");
    }

    @Test
    void aTwentyMegabyteFileIsRefusedBeforeItIsRead() throws Exception {
        Path big = temp.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(20L * 1024 * 1024);
        }
        assertRefused(extract(big), "over the limit");
    }

    @Test
    void anArticleWithNoSentenceIsRefused() throws Exception {
        assertRefused(extract(Files.writeString(temp.resolve("heading.txt"), "Only a heading\n")), "has no sentence");
    }
}
