package io.lodestar.jira.persistence;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.Test;

public class ChunksTest {

    @Test
    public void shouldSplitIntoGroupsOfAtMostFiveHundredWhenThereAreMoreValues() {
        List<Integer> values = IntStream.rangeClosed(1, 1_201).boxed().collect(Collectors.toList());

        List<List<Integer>> chunks = Chunks.of(values);

        assertEquals(List.of(500, 500, 201), chunks.stream().map(List::size).collect(Collectors.toList()));
        assertEquals(values, chunks.stream().flatMap(List::stream).collect(Collectors.toList()));
    }

    @Test
    public void shouldGiveNoChunkWhenThereIsNoValue() {
        assertEquals(List.of(), Chunks.of(List.of()));
    }

    @Test
    public void shouldWriteOnePlaceholderPerValueWhenBuildingInList() {
        assertEquals("?, ?, ?", Chunks.placeholders(List.of(7, 8, 9)));
    }
}
