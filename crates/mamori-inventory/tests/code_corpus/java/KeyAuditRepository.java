package com.acme.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

public class KeyAuditRepository {
    private final Connection connection;

    public KeyAuditRepository(Connection connection) {
        this.connection = connection;
    }

    public int countWeakKeys(int minSize) throws Exception {
        String sql = "SELECT COUNT(*) FROM keys WHERE algorithm = 'RSA' AND size < " + minSize
                + " OR algorithm IN ('DES', 'RC4', 'MD5')";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
