package io.arorp.bench.rp;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/** A two-panel grouped bar chart (p99 latency, throughput) drawn with java.awt, headless: no plotting library. */
final class Chart {
    private static final Color[] LEVEL_COLORS = {new Color(0x4e79a7), new Color(0xf28e2b), new Color(0xe15759),
        new Color(0x76b7b2), new Color(0x59a14f)};
    private static final int WIDTH = 1400;
    private static final int PANEL = 430;

    private Chart() {
    }

    static void write(List<Result> results, String title, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, 2 * PANEL + 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(title, 20, 28);
        panel(g, results, 50, "p99 latency (ms), lower is better", Result::p99, "%.1f");
        panel(g, results, 50 + PANEL, "throughput (requests/s), higher is better", Result::throughput, "%.0f");
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void panel(Graphics2D g, List<Result> results, int top, String label,
            ToDoubleFunction<Result> value, String format) {
        Set<String> scenarios = new LinkedHashSet<>();
        Set<Integer> levels = new LinkedHashSet<>();
        results.forEach(r -> {
            scenarios.add(r.scenario());
            levels.add(r.clients());
        });
        int left = 70;
        int bottom = top + PANEL - 110;
        int height = PANEL - 150;
        double max = results.stream().mapToDouble(value).filter(Double::isFinite).max().orElse(1);
        max = max <= 0 ? 1 : max * 1.15;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setColor(Color.BLACK);
        g.drawString(label, left, top + 20);
        g.setStroke(new BasicStroke(1));
        g.drawLine(left, bottom, WIDTH - 20, bottom);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int t = 0; t <= 4; t++) {
            int y = bottom - height * t / 4;
            g.setColor(new Color(0xdddddd));
            g.drawLine(left, y, WIDTH - 20, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(format, max * t / 4), 8, y + 4);
        }
        int groupWidth = (WIDTH - left - 40) / Math.max(1, scenarios.size());
        int barWidth = Math.max(8, (groupWidth - 30) / Math.max(1, levels.size()));
        int s = 0;
        for (String scenario : scenarios) {
            int x0 = left + 15 + s * groupWidth;
            int l = 0;
            for (Integer level : levels) {
                Result r = results.stream().filter(x -> x.scenario().equals(scenario) && x.clients() == level)
                        .findFirst().orElse(null);
                double v = r == null ? Double.NaN : value.applyAsDouble(r);
                int x = x0 + l * barWidth;
                if (Double.isFinite(v)) {
                    int h = (int) Math.round(height * v / max);
                    g.setColor(LEVEL_COLORS[l % LEVEL_COLORS.length]);
                    g.fillRect(x, bottom - h, barWidth - 4, h);
                    g.setColor(Color.BLACK);
                    g.drawString(String.format(format, v), x, bottom - h - 4);
                }
                l++;
            }
            g.setColor(Color.BLACK);
            drawWrapped(g, scenario, x0, bottom + 18, groupWidth - 20);
            s++;
        }
        int l = 0;
        for (Integer level : levels) {
            g.setColor(LEVEL_COLORS[l % LEVEL_COLORS.length]);
            g.fillRect(WIDTH - 260 + l * 80, top + 8, 14, 14);
            g.setColor(Color.BLACK);
            g.drawString(level + " clients", WIDTH - 242 + l * 80, top + 20);
            l++;
        }
    }

    private static void drawWrapped(Graphics2D g, String text, int x, int y, int width) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && g.getFontMetrics().stringWidth(line + " " + word) > width) {
                g.drawString(line.toString(), x, y);
                y += 14;
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        g.drawString(line.toString(), x, y);
    }
}
