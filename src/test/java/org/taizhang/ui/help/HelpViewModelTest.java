package org.taizhang.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bundled guide, read as the help window reads it, and the libraries 关于 lists. */
class HelpViewModelTest {

    @Test
    void theChineseGuideWalksThroughTheYear() {
        HelpViewModel vm = new HelpViewModel(Locale.SIMPLIFIED_CHINESE);
        assertEquals("使用说明", vm.title());
        assertEquals("一年的工作怎样做", vm.sections().get(0).title());
        assertEquals(vm.sections().get(0), vm.shownProperty().get());
        List<String> steps = vm.sections().get(0).blocks().stream().filter(Guide.Block::bullet)
                .map(b -> b.spans().get(0).text()).toList();
        assertEquals(List.of("年初建台账", "下发填报表", "收回并导入", "随时调整", "开会前出报表", "年终对账销号、结转"), steps);
        assertTrue(vm.sections().get(0).blocks().get(1).spans().get(0).bold(), "**…** is bold");
    }

    @Test
    void searchKeepsTheSectionsThatMentionTheWords() {
        HelpViewModel vm = new HelpViewModel(Locale.SIMPLIFIED_CHINESE);
        int all = vm.sections().size();
        vm.searchProperty().set("打印机");
        assertTrue(vm.sections().size() < all);
        assertTrue(vm.sections().stream().allMatch(s -> s.blocks().stream().anyMatch(b -> b.text().contains("打印机"))
                || s.title().contains("打印机")));
        assertTrue(vm.sections().contains(vm.shownProperty().get()), "the section shown is one still listed");
        vm.searchProperty().set("没有这个词的说明");
        assertTrue(vm.sections().isEmpty());
        vm.searchProperty().set("");
        assertEquals(all, vm.sections().size());
    }

    @Test
    void theEnglishGuideHasTheSameSections() {
        HelpViewModel zh = new HelpViewModel(Locale.SIMPLIFIED_CHINESE);
        HelpViewModel en = new HelpViewModel(Locale.ENGLISH);
        assertEquals(zh.sections().size(), en.sections().size());
        assertEquals("The year's work", en.sections().get(0).title());
    }

    @Test
    void markdownMarksBecomeSpans() {
        assertEquals(List.of(new Guide.Span("运行 ", false, false), new Guide.Span("taizhang", false, true),
                new Guide.Span("，", false, false), new Guide.Span("注意", true, false)),
                Guide.spans("运行 `taizhang`，**注意**"));
        Guide g = Guide.parse("# T\n\n## A\n- x\ny\n## B\n");
        assertEquals("T", g.title());
        assertEquals(2, g.sections().size());
        assertTrue(g.sections().get(0).blocks().get(0).bullet());
        assertFalse(g.sections().get(0).blocks().get(1).bullet());
        assertTrue(g.sections().get(1).blocks().isEmpty());
    }

    @Test
    void everyBundledLibraryHasALicence() {
        List<AboutViewModel.Library> libs = AboutViewModel.libraries();
        assertTrue(libs.size() > 20);
        assertTrue(libs.stream().allMatch(l -> !l.licence().isBlank() && !l.version().isBlank()));
        assertTrue(new AboutViewModel(null, "/d", "/d/taizhang.log").version().contains("开发版"));
    }

    /** The lines of the 快捷键 page under each menu's heading, as the page shows them. */
    private static java.util.Map<String, List<String>> shortcutPage(Guide.Section page) {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        List<String> under = null;
        for (Guide.Block b : page.blocks()) {
            if (!b.bullet() && b.spans().size() == 1 && b.spans().get(0).bold()) {
                under = new java.util.ArrayList<>();
                out.put(b.text(), under);
            } else if (b.bullet() && under != null) {
                under.add(b.text());
            }
        }
        return out;
    }

    @Test
    void theShortcutPageListsExactlyTheKeysOfTheActions() {
        HelpViewModel vm = new HelpViewModel(Locale.SIMPLIFIED_CHINESE);
        Guide.Section page = vm.sections().get(vm.sections().size() - 1);
        assertEquals("快捷键", page.title());
        java.util.Map<String, List<String>> shown = shortcutPage(page);
        shown.remove("其他按键");

        java.util.Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (org.taizhang.ui.command.StandardAction a : org.taizhang.ui.command.StandardAction.values()) {
            for (String k : a.shortcutSpecs()) {
                assertTrue(keys.add(k), "one action a key: " + k + " is also " + a);
            }
            if (!a.shortcutSpecs().isEmpty()) {
                expected.computeIfAbsent(a.menu().text(), m -> new java.util.ArrayList<>()).add(a.text() + "　"
                        + String.join(" / ", a.shortcuts().stream().map(k -> k.getName()).toList())
                                .replace("Shortcut", "Ctrl"));
            }
        }
        assertEquals(expected, shown, "the page says what StandardAction says, menu by menu");
        assertTrue(shown.get("编辑").contains("修改任务…　Ctrl+E / F2"), shown.get("编辑").toString());
        assertTrue(shown.get("查看").contains("清除筛选　Shift+Ctrl+L"), "as the menu writes it: " + shown.get("查看"));
        assertTrue(shown.get("查看").contains("刷新　F5"));
        assertTrue(shown.get("文件").contains("另存为…　F12"), shown.get("文件").toString());

        vm.searchProperty().set("Shift+F10");
        assertEquals(List.of(page), vm.sections(), "the keys of no action are there too, and found");
        vm.searchProperty().set("");
        vm.showShortcuts();
        assertEquals(page, vm.shownProperty().get());
    }
}
