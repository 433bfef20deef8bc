package org.taizhang.core.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the search's words occur in a text, for the window to mark. */
class TaskSearchHitsTest {

    @Test
    void everyOccurrenceOfEveryWordIgnoringCase() {
        assertEquals(List.of(new TaskSearch.Hit(1, 3), new TaskSearch.Hit(6, 8)),
                TaskSearch.hits("市医保局会同医保中心", "医保"));
        assertEquals(List.of(new TaskSearch.Hit(0, 2), new TaskSearch.Hit(5, 7)), TaskSearch.hits("5G基站与5g网络", "5G"));
        assertEquals(List.of(new TaskSearch.Hit(0, 2), new TaskSearch.Hit(3, 5)), TaskSearch.hits("医保、财政", "财政  医保"));
    }

    @Test
    void overlappingWordsAreOneMark() {
        assertEquals(List.of(new TaskSearch.Hit(1, 4)), TaskSearch.hits("市医保局", "医保 保局"));
    }

    @Test
    void noWordsNoMarks() {
        assertEquals(List.of(), TaskSearch.hits("市医保局", " "));
        assertEquals(List.of(), TaskSearch.hits("市医保局", "财政"));
    }

    @Test
    void aFullWidthSpaceTypedByAChineseInputMethodSeparatesWordsToo() {
        assertEquals(List.of(new TaskSearch.Hit(0, 2), new TaskSearch.Hit(3, 5)), TaskSearch.hits("医保、财政", "财政\u3000医保"));
        assertEquals(true, TaskSearch.contains("医保、财政", "财政\u3000医保"));
        assertEquals(false, TaskSearch.contains("医保、财政", "财政\u3000教育"));
        assertEquals(true, TaskSearch.contains("医保、财政", "\t医保 "));
    }
}
