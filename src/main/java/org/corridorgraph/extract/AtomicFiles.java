package org.corridorgraph.extract;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.corridorgraph.CorridorGraphException;
import org.corridorgraph.ErrorKind;

/**
 * Replaces a file so that a reader, or a crash, sees the old content or the new, never half of it:
 * the new bytes go to a temporary file in the same folder (a rename is atomic only within one file
 * system), are forced to disk, and the temporary file is renamed over the old one.
 */
final class AtomicFiles {
    void write(Path file, byte[] content) {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(java.nio.ByteBuffer.wrap(content));
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            syncFolder(dir);
        } catch (AtomicMoveNotSupportedException e) {
            throw new CorridorGraphException(ErrorKind.INTERNAL, "the file system of " + dir + " cannot rename atomically",
                    "keep the seed-data and draft folders on a local disk", e);
        } catch (IOException e) {
            throw new CorridorGraphException("cannot write " + file + ": " + e.getMessage(), "check the folder's permissions and free space", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the original is untouched; a stray temporary file is all that is left
                }
            }
        }
    }

    /** The rename itself is durable only once the folder's entry is on disk; not every platform lets a folder be opened. */
    private static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort: the data itself was forced before the rename
        }
    }
}
