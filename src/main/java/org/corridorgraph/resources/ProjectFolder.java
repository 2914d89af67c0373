package org.corridorgraph.resources;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.corridorgraph.CorridorGraphException;

/**
 * One of the project's editable top-level folders (seed-data/, cypher/), read from disk when the
 * user points at it or runs from the project, otherwise from the copy packaged in the jar.
 *
 * @param root    where the files are; inside the jar this is a zip file-system path
 * @param display how error messages name the folder
 */
public record ProjectFolder(Path root, String display) {

    /** The folder given, else ./NAME when it exists, else the jar's copy. */
    public static ProjectFolder locate(String name, Path explicit) {
        if (explicit != null) {
            if (!Files.isDirectory(explicit)) {
                throw new CorridorGraphException("folder " + explicit + " does not exist",
                        "pass an existing " + name + "/ folder, or leave the option out to use the packaged one");
            }
            return new ProjectFolder(explicit, explicit.toString());
        }
        Path local = Path.of(name);
        if (Files.isDirectory(local)) {
            return new ProjectFolder(local, name);
        }
        return packaged(name);
    }

    /** The copy of NAME/ on the class path (the jar, or target/classes in a build). */
    public static ProjectFolder packaged(String name) {
        URL url = ProjectFolder.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new CorridorGraphException("the packaged folder " + name + "/ is missing from the class path",
                    "rebuild with mvn package, or pass the folder explicitly");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // another folder of the same jar opened it first
                }
            }
            return new ProjectFolder(Path.of(uri), "jar:" + name);
        } catch (URISyntaxException | IOException e) {
            throw new CorridorGraphException("cannot open the packaged folder " + name + "/: " + e.getMessage(),
                    "pass the folder explicitly", e);
        }
    }

    public Path resolve(String relative) {
        return root.resolve(relative);
    }

    /** How messages name a file in this folder. */
    public String describe(String relative) {
        return display + "/" + relative;
    }

    public boolean exists(String relative) {
        return Files.isRegularFile(resolve(relative));
    }

    public String read(String relative) {
        Path file = resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new CorridorGraphException("file " + describe(relative) + " is missing",
                    "restore it from the repository, or check the folder you passed");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CorridorGraphException("cannot read " + describe(relative) + ": " + e.getMessage(), "check its permissions", e);
        }
    }

    public List<String> lines(String relative) {
        return read(relative).lines().toList();
    }

    /** Names, relative to this folder, of the files in SUBDIR ending with SUFFIX, sorted. */
    public List<String> list(String subdir, String suffix) {
        Path dir = subdir.isEmpty() ? root : resolve(subdir);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(suffix))
                    .sorted()
                    .map(n -> subdir.isEmpty() ? n : subdir + "/" + n)
                    .toList();
        } catch (IOException e) {
            throw new CorridorGraphException("cannot list " + describe(subdir) + ": " + e.getMessage(), "check its permissions", e);
        }
    }
}
