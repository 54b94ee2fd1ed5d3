package dk.borgerstemme.gateway.insight.chart;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Draws a series as a line chart with the interval as whiskers and every value written beside its
 * point, once as SVG for the page and once as PNG for the PDF, from the same geometry. The values are
 * written out, so nothing depends on colour; the table and summary beside the chart say it all again.
 */
public final class ChartDrawing {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 56;
    private static final int RIGHT = 24;
    private static final int TOP = 28;
    private static final int BOTTOM = 48;
    private static final String INK = "#1a1a1a";
    private static final String LINE = "#005aa0";
    private static final String GRID = "#c8c8c8";
    private static final Font FONT = loadFont();

    private ChartDrawing() {
    }

    public static String svg(String id, String title, String description, Series series, DoubleFunction<String> axisLabel) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"insight-chart\" role=\"img\" focusable=\"false\" viewBox=\"0 0 ")
            .append(WIDTH).append(' ').append(HEIGHT).append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
            .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
            .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        for (double tick : ticks(series)) {
            double y = y(tick, series);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, GRID, 1));
            svg.append(text(LEFT - 8, y + 4, "end", axisLabel.apply(tick), 12));
        }
        List<Slot> slots = slots(series);
        Slot before = null;
        for (Slot slot : slots) {
            Series.Point point = slot.point();
            svg.append(text(slot.x(), HEIGHT - BOTTOM + 20, "middle", shorten(point.label()), 12));
            if (point.value() == null) {
                svg.append(text(slot.x(), HEIGHT - BOTTOM - 8, "middle", point.valueText(), 12));
                before = null;
                continue;
            }
            double y = y(point.value(), series);
            if (point.lower() != null && point.upper() != null) {
                svg.append(line(slot.x(), y(point.lower(), series), slot.x(), y(point.upper(), series), INK, 1.5));
                svg.append(line(slot.x() - 6, y(point.lower(), series), slot.x() + 6, y(point.lower(), series), INK, 1.5));
                svg.append(line(slot.x() - 6, y(point.upper(), series), slot.x() + 6, y(point.upper(), series), INK, 1.5));
            }
            if (before != null) {
                svg.append(line(before.x(), y(before.point().value(), series), slot.x(), y, LINE, 2.5));
            }
            svg.append("<circle cx=\"").append(round(slot.x())).append("\" cy=\"").append(round(y))
                .append("\" r=\"5\" fill=\"").append(LINE).append("\" stroke=\"").append(INK).append("\"/>");
            svg.append(text(slot.x() + 10, y - 8, "start", point.valueText(), 13));
            before = slot;
        }
        return svg.append("</svg>").toString();
    }

    /** The same chart as a PNG data URI, at twice the size for print. */
    public static String pngDataUri(Series series, DoubleFunction<String> axisLabel) {
        int scale = 2;
        BufferedImage image = new BufferedImage(WIDTH * scale, HEIGHT * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            for (double tick : ticks(series)) {
                double y = y(tick, series);
                stroke(g, GRID, 1);
                g.draw(new Line2D.Double(LEFT, y, WIDTH - RIGHT, y));
                text(g, LEFT - 8, y + 4, "end", axisLabel.apply(tick), 12);
            }
            Slot before = null;
            for (Slot slot : slots(series)) {
                Series.Point point = slot.point();
                text(g, slot.x(), HEIGHT - BOTTOM + 20, "middle", shorten(point.label()), 12);
                if (point.value() == null) {
                    text(g, slot.x(), HEIGHT - BOTTOM - 8, "middle", point.valueText(), 12);
                    before = null;
                    continue;
                }
                double y = y(point.value(), series);
                if (point.lower() != null && point.upper() != null) {
                    stroke(g, INK, 1.5f);
                    double lower = y(point.lower(), series);
                    double upper = y(point.upper(), series);
                    g.draw(new Line2D.Double(slot.x(), lower, slot.x(), upper));
                    g.draw(new Line2D.Double(slot.x() - 6, lower, slot.x() + 6, lower));
                    g.draw(new Line2D.Double(slot.x() - 6, upper, slot.x() + 6, upper));
                }
                if (before != null) {
                    stroke(g, LINE, 2.5f);
                    g.draw(new Line2D.Double(before.x(), y(before.point().value(), series), slot.x(), y));
                }
                g.setColor(Color.decode(LINE));
                g.fill(new Ellipse2D.Double(slot.x() - 5, y - 5, 10, 10));
                text(g, slot.x() + 10, y - 8, "start", point.valueText(), 13);
                before = slot;
            }
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Slot(double x, Series.Point point) {
    }

    private static List<Slot> slots(Series series) {
        List<Slot> slots = new ArrayList<>();
        int count = series.points().size();
        double span = WIDTH - LEFT - RIGHT;
        for (int i = 0; i < count; i++) {
            slots.add(new Slot(LEFT + span * (i + 0.5) / count, series.points().get(i)));
        }
        return slots;
    }

    private static double[] ticks(Series series) {
        double max = series.maximum();
        return new double[] {0, max / 4, max / 2, max * 3 / 4, max};
    }

    private static double y(double value, Series series) {
        double plot = HEIGHT - TOP - BOTTOM;
        double max = series.maximum() <= 0 ? 1 : series.maximum();
        return TOP + plot * (1 - Math.min(value, max) / max);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width) {
        return "<line x1=\"" + round(x1) + "\" y1=\"" + round(y1) + "\" x2=\"" + round(x2) + "\" y2=\"" + round(y2)
            + "\" stroke=\"" + colour + "\" stroke-width=\"" + width + "\"/>";
    }

    private static String text(double x, double y, String anchor, String content, int size) {
        return "<text x=\"" + round(x) + "\" y=\"" + round(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
            + "\" fill=\"" + INK + "\">" + escape(content) + "</text>";
    }

    private static void stroke(Graphics2D g, String colour, float width) {
        g.setColor(Color.decode(colour));
        g.setStroke(new BasicStroke(width));
    }

    private static void text(Graphics2D g, double x, double y, String anchor, String content, int size) {
        g.setFont(FONT.deriveFont((float) size));
        g.setColor(Color.decode(INK));
        double width = g.getFontMetrics().stringWidth(content);
        double left = switch (anchor) {
            case "end" -> x - width;
            case "middle" -> x - width / 2;
            default -> x;
        };
        g.drawString(content, (float) left, (float) y);
    }

    private static String shorten(String label) {
        return label.length() <= 22 ? label : label.substring(0, 21) + "…";
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Font loadFont() {
        try (InputStream font = ChartDrawing.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            if (font == null) {
                throw new IllegalStateException("The chart font is missing from the jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, font);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("The chart font cannot be read", e);
        }
    }
}
