package org.taizhang.ui.report;

import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import javafx.geometry.VPos;
import org.taizhang.report.layout.Marks;

/**
 * Draws laid-out pages as JavaFX nodes, one point to one pixel, for the print preview and the
 * printer: the same marks the PDF is drawn from, in the same font, bold made the same way.
 */
final class PageNodes {
    private final String family;
    private final float ascent;
    private final Map<Float, Font> fonts = new HashMap<>();

    PageNodes(Paper.Pages pages) {
        this.ascent = pages.ascent();
        this.family = pages.fontFamily();
    }

    /** Makes the font file known to JavaFX (a .ttc holds several faces) and returns its family. */
    static String load(Path file, String family) {
        try {
            Font[] loaded = Font.loadFonts(file.toUri().toURL().toExternalForm(), 10);
            if (loaded != null) {
                for (Font f : loaded) {
                    if (f.getFamily().equalsIgnoreCase(family)) {
                        return f.getFamily();
                    }
                }
                if (loaded.length > 0) {
                    return loaded[0].getFamily();
                }
            }
        } catch (MalformedURLException | RuntimeException e) {
            // the system's own copy of the family, or JavaFX's fallback, still draws Chinese
        }
        return family;
    }

    /** One page: a white sheet with its marks. */
    Pane page(Marks.Report report, Marks.Page page) {
        Pane sheet = new Pane();
        sheet.getStyleClass().add("print-page");
        sheet.setMinSize(report.size().width(), report.size().height());
        sheet.setPrefSize(report.size().width(), report.size().height());
        sheet.setMaxSize(report.size().width(), report.size().height());
        Group marks = new Group();
        for (Marks.Mark mark : page.marks()) {
            marks.getChildren().add(node(mark));
        }
        sheet.getChildren().add(marks);
        return sheet;
    }

    private Node node(Marks.Mark mark) {
        if (mark instanceof Marks.Text t) {
            Text text = new Text(t.x(), t.y() + ascent * t.size(), t.text());
            text.setFont(fonts.computeIfAbsent(t.size(), size -> Font.font(family, size)));
            text.setTextOrigin(VPos.BASELINE);
            text.setBoundsType(TextBoundsType.LOGICAL);
            text.setFill(color(t.color()));
            if (t.bold()) {
                text.setStroke(color(t.color()));
                text.setStrokeWidth(t.size() * 0.035);
            }
            return text;
        }
        if (mark instanceof Marks.Box b) {
            Rectangle r = new Rectangle(b.x(), b.y(), b.width(), b.height());
            r.setFill(b.fill() < 0 ? Color.TRANSPARENT : color(b.fill()));
            if (b.stroke() >= 0) {
                r.setStroke(color(b.stroke()));
                r.setStrokeWidth(0.5);
            }
            return r;
        }
        if (mark instanceof Marks.Rule r) {
            Line line = new Line(r.x1(), r.y1(), r.x2(), r.y2());
            line.setStroke(color(r.color()));
            line.setStrokeWidth(r.width());
            return line;
        }
        Marks.Wedge w = (Marks.Wedge) mark;
        Arc arc = new Arc(w.cx(), w.cy(), w.radius(), w.radius(), w.start(), w.sweep());
        arc.setType(ArcType.ROUND);
        arc.setFill(color(w.color()));
        arc.setStroke(Color.WHITE);
        arc.setStrokeWidth(0.8);
        return arc;
    }

    private static Color color(int rgb) {
        return Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }
}
