package com.cxworkbook.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Text and lines on one PDF page, in points from the top-left corner (PDF counts from the bottom). Text is
 * real text in Liberation Sans (SIL OFL; PDFBox ships it), embedded as a subset so the page looks the same
 * everywhere and stays selectable and searchable. Bold is the same font filled and outlined, which keeps a
 * single embedded font. Characters the font lacks (CJK, emoji) are printed as "?" rather than failing.
 */
final class PdfCanvas implements AutoCloseable {

    static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDPageContentStream out;
    private final PDType0Font font;
    private final float height;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();

    PdfCanvas(PDDocument document, PDPageContentStream out, float height) throws IOException {
        this.out = out;
        this.height = height;
        try (InputStream in = PdfCanvas.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IOException("the PDF font " + FONT_RESOURCE + " is missing from the app");
            }
            this.font = PDType0Font.load(document, in, true);
        }
    }

    /** The text with every character the font cannot show replaced by "?", and line breaks as spaces. */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder();
        text.replaceAll("\\s+", " ").codePoints().forEach(cp -> {
            if (glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                safe.appendCodePoint(cp);
            } else {
                safe.append('?');
            }
        });
        return safe.toString().strip();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(printable(text)) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * size * 0.5f;
        }
    }

    /** The text cut with "…" to fit the width. */
    String fit(String text, float size, float maxWidth) {
        String safe = printable(text);
        if (width(safe, size) <= maxWidth) {
            return safe;
        }
        int end = safe.length();
        while (end > 0 && width(safe.substring(0, end) + "…", size) > maxWidth) {
            end--;
        }
        return safe.substring(0, end).stripTrailing() + "…";
    }

    /** Writes one line; x, y are the left end of the baseline, measured from the top-left. */
    void text(String text, float x, float y, float size, boolean bold) throws IOException {
        String safe = printable(text);
        if (safe.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        if (bold) {
            out.setRenderingMode(RenderingMode.FILL_STROKE);
            out.setLineWidth(size / 30f);
        } else {
            out.setRenderingMode(RenderingMode.FILL);
        }
        out.newLineAtOffset(x, height - y);
        out.showText(safe);
        out.endText();
    }

    /** Centred on x. */
    void centred(String text, float x, float y, float size, boolean bold) throws IOException {
        text(text, x - width(text, size) / 2, y, size, bold);
    }

    void gray(float level) throws IOException {
        out.setStrokingColor(level);
        out.setNonStrokingColor(level);
    }

    void line(float x1, float y1, float x2, float y2, float width, float[] dash) throws IOException {
        out.setLineWidth(width);
        out.setLineDashPattern(dash == null ? new float[0] : dash, 0);
        out.moveTo(x1, height - y1);
        out.lineTo(x2, height - y2);
        out.stroke();
        out.setLineDashPattern(new float[0], 0);
    }

    /** A closed polygon through the points (x0, y0, x1, y1, …), stroked and optionally filled with a grey. */
    void polygon(float[] points, float width, float[] dash, Float fill) throws IOException {
        out.setLineWidth(width);
        out.setLineDashPattern(dash == null ? new float[0] : dash, 0);
        out.moveTo(points[0], height - points[1]);
        for (int i = 2; i < points.length; i += 2) {
            out.lineTo(points[i], height - points[i + 1]);
        }
        out.closePath();
        if (fill != null) {
            out.setNonStrokingColor(fill);
            out.fillAndStroke();
        } else {
            out.stroke();
        }
        out.setLineDashPattern(new float[0], 0);
    }

    void dot(float x, float y, float radius) throws IOException {
        float k = radius * 0.552f;
        float cy = height - y;
        out.moveTo(x + radius, cy);
        out.curveTo(x + radius, cy + k, x + k, cy + radius, x, cy + radius);
        out.curveTo(x - k, cy + radius, x - radius, cy + k, x - radius, cy);
        out.curveTo(x - radius, cy - k, x - k, cy - radius, x, cy - radius);
        out.curveTo(x + k, cy - radius, x + radius, cy - k, x + radius, cy);
        out.fill();
    }

    void rule(float x, float y, float w) throws IOException {
        line(x, y, x + w, y, 0.5f, null);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
