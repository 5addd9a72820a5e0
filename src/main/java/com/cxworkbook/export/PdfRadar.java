package com.cxworkbook.export;

import com.cxworkbook.domain.SectionProfile;
import java.io.IOException;
import java.util.List;

/**
 * A radar (spider) chart drawn as vector lines, told apart without colour so it survives a black-and-white
 * printer: grey rings per scale step, the top of the scale as a thin grey outline, the target dashed, the
 * result as a thick black outline with dots, and a grey bar along an axis for the range a partly rated
 * section can still end up in. The centre is 0, so a 1 on a 1–5 scale is a small, not an empty, result.
 */
final class PdfRadar {

    static final float[] DASH = {3f, 2f};

    private PdfRadar() {}

    /** The previous round's outline: fine dots, lighter than the result. */
    static final float[] DOTTED = {1f, 1.5f};

    static void draw(PdfCanvas canvas, List<SectionProfile> sections, float cx, float cy, float radius)
            throws IOException {
        draw(canvas, sections, null, cx, cy, radius);
    }

    /** As {@link #draw(PdfCanvas, List, float, float, float)}, with the previous round's results when given. */
    static void draw(
            PdfCanvas canvas,
            List<SectionProfile> sections,
            List<SectionProfile> previous,
            float cx,
            float cy,
            float radius)
            throws IOException {
        int n = sections.size();
        if (n == 0) {
            return;
        }
        int top = sections.get(0).top();
        canvas.gray(0.8f);
        for (int step = 1; step <= top; step++) {
            canvas.polygon(ring(n, cx, cy, radius * step / top), 0.3f, null, null);
        }
        if (top == 1) {
            canvas.polygon(ring(n, cx, cy, radius / 2), 0.3f, null, null);
        }
        for (int i = 0; i < n; i++) {
            canvas.line(cx, cy, x(i, n, cx, radius), y(i, n, cy, radius), 0.3f, null);
        }
        canvas.gray(0.55f);
        canvas.polygon(ring(n, cx, cy, radius), 0.6f, null, null);

        canvas.gray(0.35f);
        for (int i = 0; i < n; i++) {
            SectionProfile s = sections.get(i);
            if (s.isPartial()) {
                float lo = radius * s.low().floatValue() / top;
                float hi = radius * s.high().floatValue() / top;
                canvas.line(x(i, n, cx, lo), y(i, n, cy, lo), x(i, n, cx, hi), y(i, n, cy, hi), 3.2f, null);
            }
        }
        if (previous != null && previous.size() == n) {
            canvas.gray(0.45f);
            canvas.polygon(values(previous, cx, cy, radius, false), 0.9f, DOTTED, null);
        }
        canvas.gray(0f);
        float[] target = values(sections, cx, cy, radius, true);
        if (target != null) {
            canvas.polygon(target, 0.9f, DASH, null);
        }
        float[] result = values(sections, cx, cy, radius, false);
        canvas.polygon(result, 1.6f, null, null);
        for (int i = 0; i < n; i++) {
            if (sections.get(i).result() != null) {
                canvas.dot(result[2 * i], result[2 * i + 1], 1.8f);
            }
        }
        float labelSize = n > 7 ? 5.5f : 6.5f;
        for (int i = 0; i < n; i++) {
            double angle = angle(i, n);
            float lx = x(i, n, cx, radius + 5);
            float ly = y(i, n, cy, radius + 5) + labelSize / 3;
            float cos = (float) Math.cos(angle);
            float sin = (float) Math.sin(angle);
            if (sin < -0.9f) {
                ly -= 2;
            } else if (sin > 0.9f) {
                ly += labelSize * 0.7f;
            }
            String label = canvas.fit(sections.get(i).section().name(), labelSize, radius * 1.1f);
            float w = canvas.width(label, labelSize);
            float left = cos > 0.3f ? lx : cos < -0.3f ? lx - w : lx - w / 2;
            canvas.text(label, left, ly, labelSize, false);
        }
    }

    /** Points of the result (or target) per axis; unrated axes sit at the centre. Null when no target at all. */
    private static float[] values(List<SectionProfile> sections, float cx, float cy, float radius, boolean target) {
        int n = sections.size();
        float[] points = new float[2 * n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            SectionProfile s = sections.get(i);
            Double value = target ? s.target() : s.result();
            any |= value != null;
            float r = value == null ? 0 : radius * value.floatValue() / s.top();
            points[2 * i] = x(i, n, cx, r);
            points[2 * i + 1] = y(i, n, cy, r);
        }
        return target && !any ? null : points;
    }

    private static float[] ring(int n, float cx, float cy, float r) {
        float[] points = new float[2 * n];
        for (int i = 0; i < n; i++) {
            points[2 * i] = x(i, n, cx, r);
            points[2 * i + 1] = y(i, n, cy, r);
        }
        return points;
    }

    /** First axis straight up, then clockwise. */
    static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static float x(int i, int n, float cx, float r) {
        return cx + r * (float) Math.cos(angle(i, n));
    }

    private static float y(int i, int n, float cy, float r) {
        return cy + r * (float) Math.sin(angle(i, n));
    }
}
