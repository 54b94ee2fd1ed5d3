package dk.borgerstemme.gateway.insight.questions;

import java.util.List;

/**
 * The share positive of each question as horizontal bars with the interval as a whisker and the value written at
 * the end, as SVG. Every value is written out, so nothing depends on colour; the table and the summary beside the
 * chart say it all again.
 */
final class QuestionBars {

    /** One bar: the label, the share and interval (null when hidden or unanswered) and the text written beside it. */
    record Bar(String label, Double share, Double lower, Double upper, String valueText) {
    }

    private static final int WIDTH = 640;
    private static final int ROW = 36;
    private static final int TOP = 8;
    private static final int BAR_LEFT = 310;
    private static final int BAR_WIDTH = 250;
    private static final int LONGEST_LABEL = 44;
    private static final String INK = "#1a1a1a";
    private static final String BAR = "#005aa0";
    private static final String TRACK = "#e6e6e6";

    private QuestionBars() {
    }

    static String svg(String id, String title, String description, List<Bar> bars) {
        int height = TOP * 2 + ROW * bars.size();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"insight-chart insight-question-bars\" role=\"img\" focusable=\"false\" viewBox=\"0 0 ")
            .append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
            .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
            .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int top = TOP + i * ROW;
            int middle = top + ROW / 2;
            svg.append(text(4, middle + 5, "start", shorten(bar.label()), 13));
            svg.append("<rect x=\"").append(BAR_LEFT).append("\" y=\"").append(top + 8).append("\" width=\"").append(BAR_WIDTH)
                .append("\" height=\"").append(ROW - 16).append("\" fill=\"").append(TRACK).append("\"/>");
            double end = BAR_LEFT;
            if (bar.share() != null) {
                end = BAR_LEFT + BAR_WIDTH * bar.share();
                svg.append("<rect x=\"").append(BAR_LEFT).append("\" y=\"").append(top + 8).append("\" width=\"").append(round(end - BAR_LEFT))
                    .append("\" height=\"").append(ROW - 16).append("\" fill=\"").append(BAR).append("\"/>");
                if (bar.lower() != null && bar.upper() != null) {
                    double lower = BAR_LEFT + BAR_WIDTH * bar.lower();
                    double upper = BAR_LEFT + BAR_WIDTH * bar.upper();
                    svg.append(line(lower, middle, upper, middle)).append(line(lower, middle - 6, lower, middle + 6))
                        .append(line(upper, middle - 6, upper, middle + 6));
                    end = Math.max(end, upper);
                }
            }
            svg.append(text(end + 6, middle + 5, "start", bar.valueText(), 13));
        }
        return svg.append("</svg>").toString();
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + round(x1) + "\" y1=\"" + round(y1) + "\" x2=\"" + round(x2) + "\" y2=\"" + round(y2)
            + "\" stroke=\"" + INK + "\" stroke-width=\"1.5\"/>";
    }

    private static String text(double x, double y, String anchor, String text, int size) {
        return "<text x=\"" + round(x) + "\" y=\"" + round(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size + "\" fill=\"" + INK + "\">"
            + escape(text) + "</text>";
    }

    private static String shorten(String label) {
        return label.length() <= LONGEST_LABEL ? label : label.substring(0, LONGEST_LABEL - 1).stripTrailing() + "…";
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
