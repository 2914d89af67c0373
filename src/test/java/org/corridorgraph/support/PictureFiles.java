package org.corridorgraph.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PNG or PDF holds, read as a viewer reads it: the PNG's header chunks, the PDF through PDFBox. */
public final class PictureFiles {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PictureFiles() {
    }

    public static boolean isPng(byte[] file) {
        return file.length > 24 && Arrays.equals(Arrays.copyOf(file, 8), PNG_SIGNATURE);
    }

    /** The image's width in pixels, from IHDR. */
    public static int pngWidth(byte[] file) {
        return ByteBuffer.wrap(file, 16, 4).getInt();
    }

    public static int pngHeight(byte[] file) {
        return ByteBuffer.wrap(file, 20, 4).getInt();
    }

    /** The resolution the PNG records (pHYs, in pixels per metre), as dots per inch; 0 when it records none. */
    public static long pngDpi(byte[] file) {
        ByteBuffer png = ByteBuffer.wrap(file);
        int at = 8;
        while (at + 8 <= file.length) {
            int length = png.getInt(at);
            String type = new String(file, at + 4, 4, StandardCharsets.US_ASCII);
            if (type.equals("pHYs")) {
                return Math.round(png.getInt(at + 8) * 0.0254);
            }
            at += 12 + length;
        }
        return 0;
    }

    public static boolean isPdf(byte[] file) {
        return new String(file, 0, Math.min(5, file.length), StandardCharsets.US_ASCII).equals("%PDF-");
    }

    /** A PDF's facts that the tests check. */
    public record Pdf(int pages, float firstPageWidthPt, List<String> embeddedFonts, List<String> otherFonts, int images,
                      int forms, String text) {
    }

    public static Pdf pdf(byte[] file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file)) {
            List<String> embedded = new ArrayList<>();
            List<String> other = new ArrayList<>();
            int[] counts = new int[2];
            for (PDPage page : doc.getPages()) {
                walk(page.getResources(), embedded, other, counts);
            }
            return new Pdf(doc.getNumberOfPages(), doc.getPage(0).getMediaBox().getWidth(), embedded, other, counts[0], counts[1],
                    new PDFTextStripper().getText(doc));
        }
    }

    /** Fonts and XObjects of a resource dictionary and of the forms it draws, recursively. */
    private static void walk(PDResources resources, List<String> embedded, List<String> other, int[] counts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            PDFontDescriptor descriptor = font.getFontDescriptor();
            boolean isEmbedded = descriptor != null
                    && (descriptor.getFontFile2() != null || descriptor.getFontFile() != null || descriptor.getFontFile3() != null);
            (isEmbedded ? embedded : other).add(font.getName());
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                counts[0]++;
            } else if (x instanceof PDFormXObject form) {
                counts[1]++;
                walk(form.getResources(), embedded, other, counts);
            }
        }
    }
}
