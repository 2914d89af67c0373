package org.corridorgraph.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The font files of DejaVu Sans, the family the pictures name: PNGs are drawn with it and PDFs embed
 * it. Debian's fonts-dejavu-core has the upright faces, fonts-dejavu-extra the oblique ones;
 * {@code scripts/ensure-fonts.sh} installs them.
 *
 * @param faces the faces found, regular first; empty when DejaVu Sans is not installed
 */
public record PictureFonts(List<Face> faces) {
    public static final String FAMILY = "DejaVu Sans";
    /** Family names a picture may ask for (today's pictures name Helvetica first), all drawn in DejaVu Sans, as on Debian's PNGs. */
    public static final List<String> SANS = List.of(FAMILY, "sans-serif", "Helvetica", "Arial", "system-ui");
    /** Where Debian (and Ubuntu) put them, then Fedora and Arch. */
    private static final List<Path> FOLDERS = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu-sans-fonts"), Path.of("/usr/share/fonts/TTF"));

    /** One face of the family: its file, weight and slant. */
    public record Face(Path file, boolean bold, boolean italic) {
    }

    public PictureFonts {
        faces = List.copyOf(faces);
    }

    /** The faces installed on this machine. */
    public static PictureFonts installed() {
        for (Path folder : FOLDERS) {
            PictureFonts found = in(folder);
            if (found.present()) {
                return found;
            }
        }
        return new PictureFonts(List.of());
    }

    /** The faces in one folder, by their DejaVu file names. */
    public static PictureFonts in(Path folder) {
        List<Face> faces = new ArrayList<>();
        add(faces, folder.resolve("DejaVuSans.ttf"), false, false);
        if (faces.isEmpty()) {
            return new PictureFonts(List.of());
        }
        add(faces, folder.resolve("DejaVuSans-Bold.ttf"), true, false);
        add(faces, folder.resolve("DejaVuSans-Oblique.ttf"), false, true);
        add(faces, folder.resolve("DejaVuSans-BoldOblique.ttf"), true, true);
        return new PictureFonts(faces);
    }

    /** Whether at least the regular face is there. */
    public boolean present() {
        return !faces.isEmpty();
    }

    public Optional<Face> regular() {
        return faces.stream().filter(f -> !f.bold() && !f.italic()).findFirst();
    }

    private static void add(List<Face> faces, Path file, boolean bold, boolean italic) {
        if (Files.isRegularFile(file)) {
            faces.add(new Face(file, bold, italic));
        }
    }
}
