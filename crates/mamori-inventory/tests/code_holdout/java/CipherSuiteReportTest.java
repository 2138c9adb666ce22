package com.acme.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CipherSuiteReportTest {

    @Test
    void flagsRc4AndDesInReport() {
        Report r = Report.parse("TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_DES_CBC_SHA");
        assertEquals(2, r.weakSuites().size());
    }

    @Test
    void sha1WithRsaCertificateIsWarnedAbout() {
        Report r = Report.parseCertificate("sigalg=SHA1withRSA keysize=1024");
        assertEquals("weak", r.grade());
    }
}
