package tw.smartdesk.loadtests;

import java.util.List;
import java.util.Locale;

/**
 * An SVG chart of latency over time: one panel per scenario, p50 and p99 of each second of its measured window, on
 * a logarithmic millisecond scale (0.1 ms to 100 s) so that a fast read and a queueing burst fit the same axes.
 */
final class LatencyChart {

    static final int WIDTH = 760;
    static final int PANEL_HEIGHT = 170;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 28;
    private static final int PLOT_HEIGHT = 110;
    private static final double MIN_MS = 0.1;
    private static final double MAX_MS = 100_000;

    private LatencyChart() {
    }

    static String render(List<ScenarioResult> scenarios) {
        StringBuilder svg = new StringBuilder();
        int height = Math.max(1, scenarios.size()) * PANEL_HEIGHT + 30;
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, height, WIDTH, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(legend());
        for (int i = 0; i < scenarios.size(); i++) {
            panel(svg, scenarios.get(i), 30 + i * PANEL_HEIGHT);
        }
        return svg.append("</svg>\n").toString();
    }

    private static String legend() {
        return "<line x1=\"" + LEFT + "\" y1=\"14\" x2=\"" + (LEFT + 20) + "\" y2=\"14\" stroke=\"#1f77b4\" stroke-width=\"2\"/>"
                + "<text x=\"" + (LEFT + 25) + "\" y=\"18\">p50</text>"
                + "<line x1=\"" + (LEFT + 60) + "\" y1=\"14\" x2=\"" + (LEFT + 80) + "\" y2=\"14\" stroke=\"#d62728\" stroke-width=\"2\"/>"
                + "<text x=\"" + (LEFT + 85) + "\" y=\"18\">p99 (ms, log scale, per second of the measured window)</text>\n";
    }

    private static void panel(StringBuilder svg, ScenarioResult scenario, int top) {
        int plotTop = top + TOP;
        int plotWidth = WIDTH - LEFT - RIGHT;
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s [%s]</text>%n", LEFT, top + 16,
                escape(scenario.name()), escape(scenario.load())));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n",
                LEFT, plotTop, plotWidth, PLOT_HEIGHT));
        for (double tick = MIN_MS; tick <= MAX_MS; tick *= 10) {
            double y = y(tick, plotTop);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, y, LEFT + plotWidth, y, LEFT - 4, y + 4, tickLabel(tick)));
        }
        double seconds = Math.max(1, Math.max(scenario.seconds(),
                scenario.timeline().stream().mapToInt(ScenarioResult.Second::second).max().orElse(0) + 1));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.0f s</text>%n", LEFT + plotWidth,
                plotTop + PLOT_HEIGHT + 14, seconds));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">0 s</text>%n", LEFT, plotTop + PLOT_HEIGHT + 14));
        svg.append(line(scenario.timeline(), true, plotTop, plotWidth, seconds, "#1f77b4"));
        svg.append(line(scenario.timeline(), false, plotTop, plotWidth, seconds, "#d62728"));
    }

    private static String line(List<ScenarioResult.Second> timeline, boolean p50, int plotTop, int plotWidth, double seconds, String colour) {
        if (timeline.isEmpty()) {
            return "";
        }
        StringBuilder points = new StringBuilder();
        for (ScenarioResult.Second second : timeline) {
            double x = LEFT + (second.second() + 0.5) / seconds * plotWidth;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(p50 ? second.p50() : second.p99(), plotTop)));
        }
        return String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/>%n", colour,
                points.toString().trim());
    }

    /** The y coordinate of {@code millis} on the log scale, clamped to the plot. */
    static double y(double millis, int plotTop) {
        double clamped = Math.min(MAX_MS, Math.max(MIN_MS, millis));
        double share = (Math.log10(clamped) - Math.log10(MIN_MS)) / (Math.log10(MAX_MS) - Math.log10(MIN_MS));
        return plotTop + PLOT_HEIGHT - share * PLOT_HEIGHT;
    }

    private static String tickLabel(double millis) {
        if (millis < 1) {
            return String.format(Locale.ROOT, "%.1f ms", millis);
        }
        return millis >= 1000 ? String.format(Locale.ROOT, "%.0f s", millis / 1000) : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
