package com.acme.reports;

import java.util.List;

public final class ReportFormatter {
    private ReportFormatter() {}

    /** Renders one line per finding, e.g. "host1: AES/ECB/PKCS5Padding (weak)". */
    public static String render(List<String[]> rows) {
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            sb.append(String.format("%s: %s (%s)%n", row[0], row[1], row[2]));
        }
        return sb.toString();
    }

    public static String header() {
        return String.format("%-20s %-24s %s", "host", "algorithm (e.g. SHA1withRSA)", "status");
    }
}
