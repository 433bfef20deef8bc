package org.taizhang.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a test needs of the machine (LibreOffice, a font, a mount namespace, the system's lock
 * table). On a developer's PC a test whose need is missing is skipped; under CI (CI=true, which
 * .ci/run sets and whose script installs every need) it fails: a guarantee left unchecked must
 * not look like one that held.
 */
public final class Needs {
    private Needs() {
    }

    public static void need(boolean present, String what) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(present, "CI provides this, and it is missing: " + what);
        } else {
            assumeTrue(present, what);
        }
    }
}
