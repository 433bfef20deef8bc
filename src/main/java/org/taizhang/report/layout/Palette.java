package org.taizhang.report.layout;

import java.util.Map;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.Status;

/**
 * The colours of statuses and lights on paper: the same as the window's (the -color-status-* and
 * -color-light-* tokens of fxml/taizhang.css; CssTokensTest keeps the two equal), so a chart reads
 * alike on screen and in print. A merged task is a lighter grey than a cancelled one, to tell the
 * two apart in a pie.
 */
public final class Palette {
    public static final int WITHDRAWN = 0x9E9E9E;
    public static final Map<Status, Integer> STATUS = Map.of(Status.DONE, 0x2E7D32, Status.IN_PROGRESS, 0x1565C0,
            Status.BEHIND, 0xC62828, Status.NOT_STARTED, 0x757575, Status.CANCELLED, WITHDRAWN, Status.MERGED, 0xCFCFCF,
            Status.ONGOING, 0x6A1B9A, Status.CARRIED_OVER, 0x00838F);
    public static final Map<Light, Integer> LIGHT = Map.of(Light.GREEN, 0x2E9E44, Light.YELLOW, 0xE0A100,
            Light.RED, 0xD32F2F);

    private Palette() {
    }
}
