package org.taizhang.exchange.read;

/** A sheet of a workbook: its position, name, and whether the workbook hides it. */
public record SheetInfo(int index, String name, boolean hidden) {
}
