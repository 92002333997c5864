package org.refract.demo.synthetic;

import java.time.Duration;

/**
 * What a bulk write stored and how fast.
 *
 * @param cases cases (and patients) written
 * @param observations observation rows
 * @param treatmentLines treatment-line rows
 * @param findings resistance-finding rows
 * @param elapsed wall-clock time of the write
 */
public record WriteSummary(long cases, long observations, long treatmentLines, long findings, Duration elapsed) {

    /** All rows: one patient and one case per case, plus their clinical rows. */
    public long rows() {
        return 2 * cases + observations + treatmentLines + findings;
    }

    public double rowsPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return rows() / seconds;
    }
}
