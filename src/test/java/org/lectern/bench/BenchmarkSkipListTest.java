package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which benchmark sections a skip list leaves out, as the pom's benchmark profile documents it. */
class BenchmarkSkipListTest {

    private static List<Integer> skippedBy(String skip) {
        return IntStream.rangeClosed(1, 10).filter(section -> Benchmark.skipped(skip, section)).boxed().toList();
    }

    @Test
    void a_run_of_the_nine_old_digits_leaves_only_the_team_section_to_run() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), skippedBy("123456789"));
    }

    @Test
    void ten_in_a_comma_list_names_the_team_section_and_not_sections_one_and_ten() {
        assertEquals(List.of(3, 10), skippedBy("3,10"));
    }

    @Test
    void a_zero_stands_for_section_ten() {
        assertEquals(List.of(1, 2, 10), skippedBy("1,2,0"));
    }

    @Test
    void the_profile_default_skips_nothing() {
        assertEquals(List.of(), skippedBy("none"));
        assertEquals(List.of(), skippedBy(""));
    }
}
