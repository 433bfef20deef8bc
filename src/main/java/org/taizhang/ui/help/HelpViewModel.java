package org.taizhang.ui.help;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.taizhang.core.task.TaskSearch;

/** The user guide: its sections, the one shown, and a search that keeps the sections that mention a word. */
public final class HelpViewModel {
    private final Guide guide;
    /** The guide's sections and, last, the 快捷键 page made from the actions themselves. */
    private final List<Guide.Section> all;
    private final ObservableList<Guide.Section> sections = FXCollections.observableArrayList();
    private final ObjectProperty<Guide.Section> shown = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");

    public HelpViewModel(Locale locale) {
        this.guide = Guide.load(locale);
        all = new java.util.ArrayList<>(guide.sections());
        all.add(ShortcutList.section());
        sections.setAll(all);
        shown.set(sections.isEmpty() ? null : sections.get(0));
        search.addListener((o, was, now) -> filter(now));
    }

    private void filter(String words) {
        String query = words == null ? "" : words.strip();
        sections.setAll(all.stream().filter(s -> query.isEmpty() || mentions(s, query)).toList());
        if (!sections.contains(shown.get())) {
            shown.set(sections.isEmpty() ? null : sections.get(0));
        }
    }

    private static boolean mentions(Guide.Section s, String query) {
        StringBuilder all = new StringBuilder(s.title());
        s.blocks().forEach(b -> all.append('\n').append(b.text()));
        return TaskSearch.contains(all.toString().toLowerCase(Locale.ROOT), query);
    }

    public String title() {
        return guide.title();
    }

    /** The sections that mention the search words (all of them when there are none). */
    public ObservableList<Guide.Section> sections() {
        return sections;
    }

    public ObjectProperty<Guide.Section> shownProperty() {
        return shown;
    }

    /** Shows the 快捷键 page (the last section). */
    public void showShortcuts() {
        search.set("");
        shown.set(all.get(all.size() - 1));
    }

    public StringProperty searchProperty() {
        return search;
    }
}
