package org.taizhang.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import org.taizhang.core.task.TaskSearch;

/**
 * A text with the search's hits marked behind it, as a highlighter would, on every line the text
 * wraps to: so a row found through a word deep in its progress shows why it was found.
 */
public final class HitText extends Group {
    private final Text text = new Text();
    private final Path marks = new Path();
    private List<TaskSearch.Hit> hits = List.of();

    public HitText() {
        marks.getStyleClass().add(Css.SEARCH_HIT);
        marks.setStrokeWidth(0);
        getChildren().addAll(marks, text);
        // the shapes follow the lines: wrapping to a new width or a new text moves them
        text.layoutBoundsProperty().addListener((o, was, now) -> mark());
    }

    /** The text node, to wrap and style as the place it is shown needs. */
    public Text text() {
        return text;
    }

    /** Shows {@code value}, marking where the words of {@code query} occur in it. */
    public void show(String value, String query) {
        List<TaskSearch.Hit> found = TaskSearch.hits(value, query);
        if (value.equals(text.getText()) && found.equals(hits)) {
            return; // a word typed on that marks nothing new here: nothing to redraw
        }
        hits = found;
        text.setText(value);
        mark();
    }

    private void mark() {
        List<PathElement> shapes = new ArrayList<>();
        for (TaskSearch.Hit h : hits) {
            shapes.addAll(List.of(text.rangeShape(h.start(), h.end())));
        }
        marks.getElements().setAll(shapes);
    }

    /** What is marked; for tests. */
    public List<TaskSearch.Hit> hits() {
        return hits;
    }

    /** Whether something is marked; for tests. */
    public boolean marked() {
        return !marks.getElements().isEmpty();
    }
}
