package org.taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A unit found as a clerk types its name: characters, or pinyin initials with no input method on. */
class NameFinderTest {
    static final List<String> UNITS = List.of("市发展改革委", "市医保局", "市重点项目办", "东风旗人民政府", "市委宣传部（市新闻出版局）",
            "市卫生健康委", "北疆经济技术开发区管委会");

    static List<String> find(String typed) {
        return UNITS.stream().filter(u -> NameFinder.matches(u, typed)).toList();
    }

    @Test
    void partOfTheNameInCharacters() {
        assertEquals(List.of("市医保局"), find("医保"));
        assertEquals(List.of("市委宣传部（市新闻出版局）"), find("新闻"));
        assertEquals(UNITS, find(""), "nothing typed finds everything");
    }

    @Test
    void pinyinInitialsOfAnyPart() {
        assertEquals(List.of("市医保局"), find("ybj"));
        assertEquals(List.of("市医保局"), find("YBJ"), "capitals too");
        assertEquals(List.of("市发展改革委"), find("fzg"));
        assertEquals(List.of("东风旗人民政府"), find("dfq"));
        assertEquals(List.of("北疆经济技术开发区管委会"), find("kfq"));
    }

    @Test
    void aCharacterWithTwoReadingsIsFoundByEither() {
        assertTrue(NameFinder.matches("市重点项目办", "zdxm"));
        assertTrue(NameFinder.matches("市重点项目办", "cdxm"));
        assertFalse(NameFinder.matches("市重点项目办", "ybj"));
    }

    @Test
    void lettersAndDigitsInANameMatchThemselves() {
        assertTrue(NameFinder.matches("5G网络建设专班", "5g"));
        assertTrue(NameFinder.matches("5G网络建设专班", "5gwl"));
    }
}
