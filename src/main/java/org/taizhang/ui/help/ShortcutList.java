package org.taizhang.ui.help;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.I18n;
import org.taizhang.ui.command.MenuGroup;
import org.taizhang.ui.command.StandardAction;

/**
 * The help's 快捷键 page, made from {@link StandardAction} itself so that it can never say other
 * keys than those that work: each menu's actions that have keys, then the keys of the table, the
 * menus and the forms, which belong to no action.
 */
public final class ShortcutList {
    /** One action and its keys as the clerk reads them ("Ctrl+E / F2"). */
    public record Entry(StandardAction action, String keys) {
    }

    /** The keys that belong to no action, in the bundle's words. */
    static final List<String> OTHER_KEYS = List.of("help.keys.menus", "help.keys.rowMenu", "help.keys.delete",
            "help.keys.copy", "help.keys.forms");

    private ShortcutList() {
    }

    /** Each menu's actions that have keys, in the menu bar's order. */
    public static Map<MenuGroup, List<Entry>> byMenu() {
        Map<MenuGroup, List<Entry>> out = new LinkedHashMap<>();
        for (MenuGroup menu : MenuGroup.values()) {
            List<Entry> entries = new ArrayList<>();
            for (StandardAction a : StandardAction.values()) {
                if (a.menu() == menu && !a.shortcutSpecs().isEmpty()) {
                    entries.add(new Entry(a, String.join(" / ", a.keyTexts())));
                }
            }
            if (!entries.isEmpty()) {
                out.put(menu, entries);
            }
        }
        return out;
    }

    /** The page: a heading per menu, a line per action ("编辑任务　Ctrl+E / F2"), then the other keys. */
    public static Guide.Section section() {
        List<Guide.Block> blocks = new ArrayList<>();
        blocks.add(new Guide.Block(false, List.of(new Guide.Span(I18n.text("help.shortcutsIntro"), false, false))));
        byMenu().forEach((menu, entries) -> {
            blocks.add(new Guide.Block(false, List.of(new Guide.Span(menu.text(), true, false))));
            for (Entry e : entries) {
                blocks.add(new Guide.Block(true, List.of(new Guide.Span(e.action().text() + "　", false, false),
                        new Guide.Span(e.keys(), false, true))));
            }
        });
        blocks.add(new Guide.Block(false, List.of(new Guide.Span(I18n.text("help.keys.heading"), true, false))));
        for (String key : OTHER_KEYS) {
            blocks.add(new Guide.Block(true, Guide.spans(I18n.text(key))));
        }
        return new Guide.Section(I18n.text("help.shortcuts"), List.copyOf(blocks));
    }
}
