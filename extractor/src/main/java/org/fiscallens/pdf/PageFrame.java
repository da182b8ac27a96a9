package org.fiscallens.pdf;

/**
 * Maps PDF user-space points (relative to the crop box's lower-left corner) into a page's upright frame:
 * origin top-left, y growing downwards, turned by {@code rotation} degrees clockwise. This mirrors
 * PDFBox's {@code TextPosition} adjustments, so glyphs and rulings land in the same frame.
 */
record PageFrame(double pageWidth, double pageHeight, int rotation) {

    PageFrame {
        rotation = ((rotation % 360) + 360) % 360;
    }

    double frameWidth() { return rotation == 90 || rotation == 270 ? pageHeight : pageWidth; }

    double frameHeight() { return rotation == 90 || rotation == 270 ? pageWidth : pageHeight; }

    double x(double px, double py) {
        return switch (rotation) {
            case 90 -> py;
            case 180 -> pageWidth - px;
            case 270 -> pageHeight - py;
            default -> px;
        };
    }

    double y(double px, double py) {
        return switch (rotation) {
            case 90 -> px;
            case 180 -> py;
            case 270 -> pageWidth - px;
            default -> pageHeight - py;
        };
    }
}
