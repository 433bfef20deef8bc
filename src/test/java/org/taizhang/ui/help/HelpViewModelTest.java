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
}
